// Node types: this test runs a local HTTP server (the app itself runs in browsers).
/// <reference types="node" />
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SAMPLE_ACTORS,
  SAMPLE_EVENTS,
  SAMPLE_ORDER,
  SAMPLE_SOURCES,
} from '../../../lib/testing/fixture-store';
import {
  MAX_STORE_BYTES,
  type StoreEvent,
  type StoreHeader,
  validateStoreText,
} from '../../../format/validate-store';
import { type LoadProgress, type LoadRequest, loadStore } from './load-store';
import { StoreLoadError } from './store-load-error';

/*
 * The loading pipeline as the store worker runs it, in Node (fetch, Blob, ReadableStream
 * and TextDecoder are the web platform's own there), against a local HTTP server that
 * answers each path with one way a store can fail.
 */

const GOOD = {
  format: 'sourceline/1',
  title: 'Fixture store',
  language: 'en',
  sources: SAMPLE_SOURCES,
  actors: SAMPLE_ACTORS,
  events: SAMPLE_EVENTS,
};
const GOOD_TEXT = JSON.stringify(GOOD, null, 2);
const GOOD_BYTES = Buffer.byteLength(GOOD_TEXT);

const NO_VALID_EVENTS = JSON.stringify({
  ...GOOD,
  events: [
    { id: 'bad-date', title: 'A day that does not exist', start: '2023-02-30', actors: ['russia'] },
    { id: 'no-one', title: 'An unknown actor', start: '2023', actors: ['atlantis'] },
  ],
});

/** The good store cut after its third event: what a slow server has sent so far. */
const HELD_AT = GOOD_TEXT.indexOf(`"id": "${SAMPLE_EVENTS[3]!.id}"`);
let releaseHeld: () => void = () => {};

/** Actors and sources after the events: a layout that cannot be checked while it arrives. */
const EVENTS_FIRST_TEXT = JSON.stringify({
  events: GOOD.events,
  format: GOOD.format,
  title: GOOD.title,
  language: GOOD.language,
  sources: GOOD.sources,
  actors: GOOD.actors,
});

/** The good store with a syntax error in its last event. */
const LATE_SYNTAX_TEXT = (() => {
  const last = GOOD_TEXT.lastIndexOf('"id"');
  return `${GOOD_TEXT.slice(0, last)}"id" "${GOOD_TEXT.slice(last + 5)}`;
})();

/** Paths whose answer the test decides as it goes (a stall, a trickle). */
type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const closedEarly = new Set<string>();

const TIMELINEJS_TEXT = JSON.stringify({
  events: [{ start_date: { year: '2022' }, text: { headline: 'A slide' } }],
});

const routes: Record<string, Handler> = {
  '/timeline3.json': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(TIMELINEJS_TEXT);
  },
  '/events.csv': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/csv' });
    res.end('date,title,actors\n2022-02-24,Invasion,Russia\n');
  },
  '/good.json': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': GOOD_BYTES });
    res.end(GOOD_TEXT);
  },
  '/chunked.json': (_req, res) => {
    // No Content-Length: the size is unknown until the end.
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.write(GOOD_TEXT.slice(0, 100));
    res.end(GOOD_TEXT.slice(100));
  },
  '/gzip.json': (_req, res) => {
    const body = gzipSync(GOOD_TEXT);
    res.writeHead(200, {
      'Content-Type': 'application/json',
      'Content-Encoding': 'gzip',
      'Content-Length': body.byteLength,
    });
    res.end(body);
  },
  '/held.json': (_req, res) => {
    // The header and three events, then the rest only when the test says so.
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': GOOD_BYTES });
    res.write(GOOD_TEXT.slice(0, HELD_AT));
    releaseHeld = () => res.end(GOOD_TEXT.slice(HELD_AT));
  },
  '/events-first.json': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(EVENTS_FIRST_TEXT);
  },
  '/late-syntax.json': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    const cut = LATE_SYNTAX_TEXT.lastIndexOf('"id"') - 20;
    res.write(LATE_SYNTAX_TEXT.slice(0, cut));
    setTimeout(() => res.end(LATE_SYNTAX_TEXT.slice(cut)), 50);
  },
  '/missing.json': (_req, res) => {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('Not Found');
  },
  '/broken.json': (_req, res) => {
    res.writeHead(500, { 'Content-Type': 'text/plain' });
    res.end('Internal Server Error');
  },
  '/page.json': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<!doctype html>\n<html><body><h1>Welcome</h1></body></html>\n');
  },
  '/syntax.json': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end('{\n  "format": "sourceline/1",\n  "title": "Trailing comma",\n}\n');
  },
  '/v2.json': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ ...GOOD, format: 'sourceline/2' }));
  },
  '/no-valid-events.json': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(NO_VALID_EVENTS);
  },
  '/huge.json': (req, res) => {
    // Declares 300 MB and sends the first bytes; the loader must give up without the rest.
    req.socket.on('close', () => closedEarly.add('/huge.json'));
    res.writeHead(200, {
      'Content-Type': 'application/json',
      'Content-Length': String(300 * 1024 * 1024),
    });
    res.write('{"format": "sourceline/1", "events": [');
  },
  '/silent.json': () => {
    // Accepts the request and never answers.
  },
  '/stall.json': (_req, res) => {
    // Answers, sends a first part, then nothing more.
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': GOOD_BYTES });
    res.write(GOOD_TEXT.slice(0, 200));
  },
  '/trickle.json': (_req, res) => {
    // Slow but steady: the whole store takes longer than the timeout, each pause is shorter.
    const parts = 6;
    const size = Math.ceil(GOOD_TEXT.length / parts);
    res.writeHead(200, { 'Content-Type': 'application/json' });
    let sent = 0;
    const next = () => {
      if (res.destroyed) return;
      const part = GOOD_TEXT.slice(sent * size, (sent + 1) * size);
      sent++;
      if (sent >= parts) {
        res.end(part);
        return;
      }
      res.write(part);
      setTimeout(next, TRICKLE_PAUSE_MS);
    };
    next();
  },
};

const TIMEOUT_MS = 1_000;
const TRICKLE_PAUSE_MS = 250;

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const handler = routes[new URL(req.url ?? '/', 'http://x').pathname];
    if (handler) handler(req, res);
    else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const fromUrl = (path: string, timeoutMs = 10_000): LoadRequest => ({
  kind: 'url',
  url: `${base}${path}`,
  timeoutMs,
});

async function failure(request: LoadRequest): Promise<StoreLoadError> {
  const error = await loadStore(request, () => {}).then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error, 'the load fails with a StoreLoadError').toBeInstanceOf(StoreLoadError);
  return error as StoreLoadError;
}

/** A sink that records what the worker would post to the page. */
function recordingSink() {
  const seen = {
    header: null as StoreHeader | null,
    events: [] as StoreEvent[],
    restarts: 0,
  };
  return {
    seen,
    sink: {
      header: (header: StoreHeader) => (seen.header = header),
      events: (events: StoreEvent[]) => seen.events.push(...events),
      restart: () => {
        seen.restarts++;
        seen.header = null;
        seen.events = [];
      },
    },
  };
}

describe('loadStore: events checked while the store downloads', () => {
  it('hands valid events to the page before the last byte has arrived', async () => {
    const whole = await loadStore(fromUrl('/good.json'), () => {});
    const { seen, sink } = recordingSink();
    const loading = loadStore(fromUrl('/held.json'), () => {}, sink);
    await expect.poll(() => seen.events.length, { timeout: 5_000 }).toBeGreaterThan(0);
    // Only what has arrived: the server still holds the rest.
    expect(seen.events.length).toBeLessThanOrEqual(3);
    expect(seen.header?.title).toBe('Fixture store');
    releaseHeld();
    const loaded = await loading;
    // Everything went to the sink; the page sorts what it received.
    expect(loaded.store.events).toEqual([]);
    const byId = (a: StoreEvent, b: StoreEvent) => (a.id < b.id ? -1 : 1);
    expect([...seen.events].sort(byId)).toEqual([...whole.store.events].sort(byId));
    expect(loaded.problems).toEqual(whole.problems);
    expect(seen.restarts).toBe(0);
  });

  it('checks a store with its events first as a whole, with the same result', async () => {
    const whole = await loadStore(fromUrl('/good.json'), () => {});
    const { seen, sink } = recordingSink();
    const loaded = await loadStore(fromUrl('/events-first.json'), () => {}, sink);
    expect(seen.events).toEqual([]);
    expect(loaded.store.events).toEqual(whole.store.events);
  });

  it('on a syntax error after events were handed out, voids them and says where it is', async () => {
    const { seen, sink } = recordingSink();
    const loading = loadStore(fromUrl('/late-syntax.json'), () => {}, sink);
    const error = await loading.then(
      () => null,
      (reason: unknown) => reason as StoreLoadError,
    );
    expect(seen.restarts).toBe(1);
    expect(seen.events).toEqual([]);
    const classic = validateStoreText(LATE_SYNTAX_TEXT);
    expect(classic.ok).toBe(false);
    expect(error?.data.problems).toEqual(classic.problems);
    expect(error?.data.problems?.[0]?.message).toMatch(/^not JSON: syntax error at line \d+/);
  });
});

describe('loadStore over HTTP: a good store', () => {
  it('loads, validates and sorts the events in time order', async () => {
    const progress: LoadProgress[] = [];
    const loaded = await loadStore(fromUrl('/good.json'), (p) => progress.push(p));
    expect(loaded.store.title).toBe('Fixture store');
    expect(loaded.store.events.map((event) => event.id)).toEqual([...SAMPLE_ORDER]);
    expect(loaded.byteLength).toBe(GOOD_BYTES);
    expect(loaded.dropped).toEqual({ sources: 0, actors: 0, events: 0 });
    // Four events without excerpts, and Ukraine takes part in no event: warnings, all kept.
    expect(loaded.warnings).toBe(5);
    expect(loaded.problems.every((problem) => problem.severity === 'warning')).toBe(true);
    expect(loaded.problems.map((problem) => problem.path)).toContain('actors[3]');
    // Bytes first, with the declared size; then the check, at the full size.
    expect(progress.at(-2)).toEqual({ phase: 'download', loaded: GOOD_BYTES, total: GOOD_BYTES });
    expect(progress.at(-1)).toEqual({ phase: 'validate', loaded: GOOD_BYTES, total: GOOD_BYTES });
  });

  it('without a Content-Length, reports progress with an unknown total', async () => {
    const progress: LoadProgress[] = [];
    const loaded = await loadStore(fromUrl('/chunked.json'), (p) => progress.push(p));
    expect(loaded.store.events).toHaveLength(SAMPLE_EVENTS.length);
    expect(progress.filter((p) => p.phase === 'download').every((p) => p.total === null)).toBe(
      true,
    );
  });

  it('does not take a compressed Content-Length for the size of the store', async () => {
    const progress: LoadProgress[] = [];
    const loaded = await loadStore(fromUrl('/gzip.json'), (p) => progress.push(p));
    expect(loaded.byteLength).toBe(GOOD_BYTES);
    expect(progress.find((p) => p.phase === 'download')?.total).toBeNull();
  });
});

describe('loadStore over HTTP: failures', () => {
  it('a 404 is an http error, not worth retrying', async () => {
    const error = await failure(fromUrl('/missing.json'));
    expect(error.data).toMatchObject({ kind: 'http', status: 404 });
    expect(error.message).toBe('The server answered 404 Not Found.');
    expect(error.retryable).toBe(false);
  });

  it('a 500 is an http error worth retrying', async () => {
    const error = await failure(fromUrl('/broken.json'));
    expect(error.data).toMatchObject({ kind: 'http', status: 500 });
    expect(error.retryable).toBe(true);
  });

  it('an unreachable server is a network error worth retrying', async () => {
    // A port that was just free: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const error = await failure({
      kind: 'url',
      url: `http://127.0.0.1:${port}/x.json`,
      timeoutMs: 10_000,
    });
    expect(error.kind).toBe('network');
    expect(error.retryable).toBe(true);
  });

  it('an HTML page is refused as not JSON, with the position', async () => {
    const error = await failure(fromUrl('/page.json'));
    expect(error.kind).toBe('refused');
    expect(error.retryable).toBe(false);
    expect(error.data.problems).toHaveLength(1);
    expect(error.data.problems?.[0]).toMatchObject({
      severity: 'refused',
      path: '$',
      message: 'not JSON: syntax error at line 1, column 1 (character 1)',
    });
  });

  it('a file the app imports is refused as a store and named for import', async () => {
    const timeline = await failure(fromUrl('/timeline3.json'));
    expect(timeline.kind).toBe('refused');
    expect(timeline.data.importable).toEqual({ format: 'timelinejs' });
    expect((await failure(fromUrl('/events.csv'))).data.importable).toEqual({ format: 'csv' });
    // Not offered for a store that is broken, nor for a page that is not data at all.
    expect((await failure(fromUrl('/v2.json'))).data.importable).toBeUndefined();
    expect((await failure(fromUrl('/page.json'))).data.importable).toBeUndefined();
    // A file picked or dropped has been through the Import dialog's own detection.
    const picked = await failure({
      kind: 'file',
      file: new Blob([TIMELINEJS_TEXT], { type: 'application/json' }),
    });
    expect(picked.data.importable).toBeUndefined();
  });

  it('a JSON syntax error is refused with its line and column', async () => {
    const error = await failure(fromUrl('/syntax.json'));
    expect(error.kind).toBe('refused');
    expect(error.data.problems?.[0]?.message).toBe(
      'not JSON: syntax error at line 4, column 1 (character 60)',
    );
  });

  it('another format is refused, naming it', async () => {
    const error = await failure(fromUrl('/v2.json'));
    expect(error.kind).toBe('refused');
    expect(error.data.problems?.[0]).toMatchObject({
      path: 'format',
      message: 'unknown format "sourceline/2"',
    });
  });

  it('a store whose events are all dropped is "empty", with every problem', async () => {
    const error = await failure(fromUrl('/no-valid-events.json'));
    expect(error.kind).toBe('empty');
    expect(error.message).toBe('The store has no valid events: all 2 were dropped.');
    const paths = error.data.problems?.map((problem) => problem.path);
    expect(paths).toContain('events[0].start');
    expect(paths).toContain('events[1].actors[0]');
  });

  it('a declared size over the limit is refused at once, and the connection dropped', async () => {
    const started = performance.now();
    const error = await failure(fromUrl('/huge.json'));
    expect(error.kind).toBe('too-large');
    expect(error.retryable).toBe(false);
    expect(error.message).toBe('The store is larger than 200.0 MB (at least 300.0 MB).');
    expect(performance.now() - started).toBeLessThan(5_000);
    await expect.poll(() => closedEarly.has('/huge.json')).toBe(true);
  });
});

describe('loadStore over HTTP: the stall timeout', () => {
  it('times out when the server never answers', async () => {
    const started = performance.now();
    const error = await failure(fromUrl('/silent.json', TIMEOUT_MS));
    const elapsed = performance.now() - started;
    expect(error.kind).toBe('timeout');
    expect(error.retryable).toBe(true);
    expect(error.message).toMatch(/^The server sent nothing for \d+ seconds\.$/);
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(elapsed).toBeLessThan(TIMEOUT_MS + 5_000);
  });

  it('times out when the server stops sending in the middle of the store', async () => {
    const progress: LoadProgress[] = [];
    const started = performance.now();
    const error = await loadStore(fromUrl('/stall.json', TIMEOUT_MS), (p) => progress.push(p)).then(
      () => null,
      (reason: unknown) => reason as StoreLoadError,
    );
    expect(error).toBeInstanceOf(StoreLoadError);
    expect(error?.kind).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(TIMEOUT_MS + 5_000);
    expect(progress.some((p) => p.phase === 'validate')).toBe(false);
  });

  it('does not time out a slow server that keeps sending: each chunk restarts the clock', async () => {
    // Six parts 250 ms apart take about 1.25 s, longer than the 1 s timeout.
    const started = performance.now();
    const loaded = await loadStore(fromUrl('/trickle.json', TIMEOUT_MS), () => {});
    expect(performance.now() - started).toBeGreaterThan(TIMEOUT_MS);
    expect(loaded.store.events).toHaveLength(SAMPLE_EVENTS.length);
  });
});

describe('loadStore from a file', () => {
  const file = (text: string) => new Blob([text], { type: 'application/json' });

  it('loads a good store, with progress over the file size', async () => {
    const progress: LoadProgress[] = [];
    const loaded = await loadStore({ kind: 'file', file: file(GOOD_TEXT) }, (p) =>
      progress.push(p),
    );
    expect(loaded.store.events.map((event) => event.id)).toEqual([...SAMPLE_ORDER]);
    expect(loaded.byteLength).toBe(GOOD_BYTES);
    expect(progress).toEqual([
      { phase: 'download', loaded: GOOD_BYTES, total: GOOD_BYTES },
      { phase: 'validate', loaded: GOOD_BYTES, total: GOOD_BYTES },
    ]);
  });

  it('reports what it dropped and the warnings, keeping the rest', async () => {
    const events = [
      ...SAMPLE_EVENTS,
      {
        id: 'bad-date',
        title: 'A day that does not exist',
        start: '2023-02-30',
        actors: ['russia'],
      },
    ];
    const loaded = await loadStore(
      { kind: 'file', file: file(JSON.stringify({ ...GOOD, events })) },
      () => {},
    );
    expect(loaded.store.events).toHaveLength(SAMPLE_EVENTS.length);
    expect(loaded.dropped.events).toBe(1);
    expect(loaded.warnings).toBe(5);
    expect(loaded.problems.map((problem) => `${problem.severity} ${problem.path}`)).toEqual(
      expect.arrayContaining([
        `dropped events[${SAMPLE_EVENTS.length}].start`,
        'warning actors[3]',
      ]),
    );
  });

  it('refuses a file that is not JSON, with the position', async () => {
    const error = await failure({
      kind: 'file',
      file: file('{"format": "sourceline/1",\n  oops}'),
    });
    expect(error.kind).toBe('refused');
    expect(error.data.problems?.[0]?.message).toBe(
      'not JSON: syntax error at line 2, column 3 (character 30)',
    );
  });

  it('opens a store with no events at all, a timeline begun: valid, and empty', async () => {
    const loaded = await loadStore(
      { kind: 'file', file: file(JSON.stringify({ ...GOOD, events: [] })) },
      () => {},
    );
    expect(loaded.store.events).toEqual([]);
    expect(loaded.store.title).toBe(GOOD.title);
    expect(loaded.dropped.events).toBe(0);
  });

  it('refuses a file over the size limit without reading it', async () => {
    let read = false;
    const huge = {
      size: MAX_STORE_BYTES + 1,
      stream: () =>
        new ReadableStream<Uint8Array>(
          {
            pull() {
              read = true;
            },
          },
          { highWaterMark: 0 },
        ),
    } as unknown as Blob;
    const error = await failure({ kind: 'file', file: huge });
    expect(error.kind).toBe('too-large');
    expect(read).toBe(false);
  });

  it('says a file that cannot be read could not be read', async () => {
    const unreadable = {
      size: 10,
      stream: () =>
        new ReadableStream<Uint8Array>({
          pull(controller) {
            controller.error(new DOMException('The file was moved.', 'NotReadableError'));
          },
        }),
    } as unknown as Blob;
    const error = await failure({ kind: 'file', file: unreadable });
    expect(error.data).toEqual({ kind: 'file', message: 'The file could not be read.' });
  });
});
