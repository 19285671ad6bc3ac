import { readFile } from 'node:fs/promises';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_STORE_BYTES } from '../../src/format/validate-store.ts';
import { type CliIo, USAGE, nodeIo, runValidateCli } from './validate-cli.ts';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
/** Node io, with relative paths resolved from the fixtures folder. */
const io: CliIo = { ...nodeIo, cwd: fixtures };
const run = (...argv: string[]) => runValidateCli(argv, io);

describe('validate CLI: files', () => {
  it('a clean store: exit 0, header, no problems, summary', async () => {
    const result = await run('clean.json');
    expect(result).toEqual({
      exitCode: 0,
      stderr: '',
      stdout: [
        'Clean store (clean.json): 1 event, 3 actors, 1 source',
        'No problems.',
        'events: 1 kept · actors: 3 kept · sources: 1 kept · 0 warnings',
        '',
      ].join('\n'),
    });
  });

  it('a store with dropped items: exit 1, problems grouped by severity', async () => {
    const result = await run('dropped.json');
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')).toEqual([
      'Store with problems (dropped.json): 3 events, 2 actors, 1 source',
      'Dropped (2):',
      '  events[1].start: invalid value; the event dropped (found "2023-02-30"); expected a date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM], years 0001 to 9999, on the calendar',
      '  events[2].excerpts[0].quote: the quote is not in the text of source "report"; the event dropped (found "una \\"asociación estratégica integral\\""); expected the words of the source verbatim (only runs of white space may differ)',
      'Warnings (1):',
      '  actors[1]: the actor takes part in no event (found "china"); expected an actor that at least one event names',
      'events: 1 kept, 2 dropped · actors: 2 kept · sources: 1 kept · 1 warning',
      '',
    ]);
  });

  it('bad evidence values: each left out with a warning, the items kept, exit 0', async () => {
    const result = await run('evidence-left-out.json');
    expect(result.exitCode).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      'Hostile evidence (evidence-left-out.json): 1 event, 1 actor, 1 source',
      'Warnings (6):',
      '  sources[0].archiveUrl: invalid value; the field left out (found "javascript:alert(1)"); expected an absolute http:// or https:// URL',
      '  sources[0].reliability: invalid value; the field left out (found "Z"); expected one of "A", "B", "C", "D", "E", "F" (the Admiralty scale)',
      '  events[0].status: invalid value; the field left out (found "rumoured"); expected one of "confirmed", "reported", "disputed", "refuted"',
      '  events[0].excerpts[1].stance: invalid value; the excerpt left out (found "neutral"); expected one of "supports", "disputes"',
      '  events[0].related[0].event: the event itself; the entry left out (found "treaty-signed"); expected the id of another event in this store',
      '  events[0].related[1].event: unknown event; the entry left out (found "atlantis"); expected the id of another event in this store',
      'events: 1 kept · actors: 1 kept · sources: 1 kept · 6 warnings',
      '',
    ]);
  });

  it('a store that is not JSON is refused: exit 1, with the position', async () => {
    const result = await run('not-json.txt');
    expect(result.exitCode).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      'not-json.txt: refused',
      'Refused (1):',
      '  $: not JSON: syntax error at line 3, column 12 (character 42) (found "}\\n"); expected a JSON document',
      'refused: nothing from this store can be shown',
      '',
    ]);
  });

  it('a file of a format the importer reads is refused, and pointed to npm run import', async () => {
    const result = await run('teacher-sheet.csv');
    expect(result.exitCode).toBe(1);
    expect(result.stdout.split('\n').slice(-2)).toEqual([
      'this looks like a CSV/TSV table file: convert it with npm run import -- teacher-sheet.csv',
      '',
    ]);
    // A store refused says nothing of the kind.
    expect((await run('not-json.txt')).stdout).not.toContain('npm run import');
  });

  it('an unknown format is refused, naming it', async () => {
    const result = await run('unknown-format.json');
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('format: unknown format "sourceline/2"');
  });

  it('an absolute path works too, and the app’s default store is clean', async () => {
    const path = fileURLToPath(new URL('../../public/data/events.json', import.meta.url));
    const result = await run(path);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('18 events, 10 actors, 1 source');
  });

  it('a file with a byte-order mark is read as the browser reads it', async () => {
    const text = await readFile(`${fixtures}clean.json`);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...text]);
    const result = await runValidateCli(['bom.json'], {
      ...io,
      stat: async () => ({ size: withBom.byteLength, isFile: () => true }),
      readFile: async () => withBom,
    });
    expect(result.exitCode).toBe(0);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const result = await runValidateCli(['huge.json'], {
      ...io,
      stat: async () => ({ size: MAX_STORE_BYTES + 1, isFile: () => true }),
      readFile: () => {
        throw new Error('must not read a file that is too large');
      },
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      '$: the store is too large (200.0 MB); expected at most 200.0 MB',
    );
  });

  it('escapes control characters from the store instead of printing them', async () => {
    const text = JSON.stringify({
      format: 'sourceline/1',
      title: 'Evil\u001b[2J',
      language: 'en',
      sources: [],
      actors: [],
      events: [],
    });
    const bytes = new TextEncoder().encode(text);
    const result = await runValidateCli(['evil.json'], {
      ...io,
      stat: async () => ({ size: bytes.byteLength, isFile: () => true }),
      readFile: async () => bytes,
    });
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).toContain('Evil\\u001b[2J (evil.json)');
  });
});

describe('validate CLI: --json', () => {
  it('prints { ok, title, counts, dropped, problems }', async () => {
    const result = await run('dropped.json', '--json');
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['ok', 'title', 'counts', 'dropped', 'problems']);
    expect(report).toMatchObject({
      ok: false,
      title: 'Store with problems',
      counts: { sources: 1, actors: 2, events: 1 },
      dropped: { sources: 0, actors: 0, events: 2 },
    });
    expect(
      report.problems.map((p: { severity: string; path: string }) => `${p.severity} ${p.path}`),
    ).toEqual([
      'dropped events[1].start',
      'dropped events[2].excerpts[0].quote',
      'warning actors[1]',
    ]);
  });

  it('ok is true for a clean store, and the flag may come first', async () => {
    const result = await run('--json', 'clean.json');
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      ok: true,
      title: 'Clean store',
      counts: { sources: 1, actors: 3, events: 1 },
      dropped: { sources: 0, actors: 0, events: 0 },
      problems: [],
    });
  });

  it('a refused store has no title or counts', async () => {
    const result = await run('not-json.txt', '--json');
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ ok: false, title: null, counts: null, dropped: null });
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0].severity).toBe('refused');
  });
});

describe('validate CLI: bad usage (exit 2, message and usage on stderr)', () => {
  it.each([
    [[], 'error: no store given'],
    [['--json'], 'error: no store given'],
    [['clean.json', '--verbose'], 'error: unknown option --verbose'],
    [['clean.json', 'dropped.json'], 'error: one store at a time (got 2)'],
    [['missing.json'], 'error: no such file: missing.json'],
    [['.'], 'error: not a file: .'],
    [['--json=1', 'clean.json'], 'error: unknown option --json=1'],
    [['-hx'], 'error: unknown option -hx'],
    [['--bogus', '--help'], 'error: unknown option --bogus'],
    [['-', 'clean.json'], 'error: one store at a time (got 2)'],
  ])('%j', async (argv, message) => {
    const result = await runValidateCli(argv, io);
    expect(result).toEqual({ exitCode: 2, stdout: '', stderr: `${message}\n${USAGE}\n` });
  });

  it('--help and -h print the usage and exit 0, even before a wrong option', async () => {
    for (const argv of [['--help'], ['-h'], ['clean.json', '--help', '--bogus']]) {
      expect(await run(...argv)).toEqual({ exitCode: 0, stdout: `${USAGE}\n`, stderr: '' });
    }
  });

  it('after --, an argument that looks like an option is a file name', async () => {
    const result = await run('--json', '--', '--verbose');
    expect(result).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: `error: no such file: --verbose\n${USAGE}\n`,
    });
    expect((await run('--', 'clean.json')).exitCode).toBe(0);
  });
});

describe('validate CLI: URLs', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      const name = request.url?.slice(1) ?? '';
      if (name === 'huge.json') {
        // Claims more than the limit; the CLI must give up after the headers.
        response.writeHead(200, { 'content-length': String(MAX_STORE_BYTES + 1) });
        response.write('{');
        return;
      }
      readFile(`${fixtures}${name}`).then(
        (body) => response.writeHead(200, { 'content-type': 'application/json' }).end(body),
        () => response.writeHead(404, 'Not Found').end('no such store'),
      );
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  });

  it('fetches and validates a store', async () => {
    const result = await run(`${base}/clean.json`);
    expect(result.exitCode).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(
      `Clean store (${base}/clean.json): 1 event, 3 actors, 1 source`,
    );
  });

  it('reports dropped items from a URL with exit 1', async () => {
    const result = await run(`${base}/dropped.json`, '--json');
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stdout).dropped.events).toBe(2);
  });

  it('fails clearly on a non-2xx status', async () => {
    expect(await run(`${base}/missing.json`)).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: `error: could not fetch ${base}/missing.json: HTTP 404 Not Found\n`,
    });
  });

  it('refuses a response whose Content-Length is over the limit', async () => {
    const result = await run(`${base}/huge.json`);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('the store is too large');
  });

  it('fails clearly on a network error', async () => {
    // A port that was just freed: nothing listens there.
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const { port } = closed.address() as AddressInfo;
    await new Promise((done) => closed.close(done));
    expect(await run(`http://127.0.0.1:${port}/clean.json`)).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: `error: could not fetch http://127.0.0.1:${port}/clean.json: ECONNREFUSED\n`,
    });
  });
});
