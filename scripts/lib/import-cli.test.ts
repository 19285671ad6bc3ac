import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateStore } from '../../src/format/validate-store.ts';
import { type ImportCliIo, USAGE, nodeImportIo, parseMapping, runImportCli } from './import-cli.ts';

const fixtures = fileURLToPath(new URL('./fixtures/import/', import.meta.url));
const written = new Map<string, string>();
const io: ImportCliIo = {
  ...nodeImportIo,
  cwd: fixtures,
  writeFile: async (path, text) => void written.set(path, text),
};
const run = (...argv: string[]) => runImportCli(argv, io);

function storeFrom(stdout: string) {
  const result = validateStore(JSON.parse(stdout));
  if (!result.ok) throw new Error('refused');
  return result.store;
}

describe('import CLI', () => {
  it.each([
    ['timelinejs.json', 'TimelineJS JSON', 4],
    ['sheet.csv', 'TimelineJS sheet (CSV)', 3],
    ['simile.xml', 'SIMILE Timeline', 2],
    ['timemap.json', 'timemap export', 1],
    ['bom-semicolon.csv', 'CSV/TSV table', 1],
  ])(
    '%s: recognised, converted, store on stdout, report on stderr, exit 0',
    async (file, name, events) => {
      const result = await run(file);
      expect(result.exitCode).toBe(0);
      expect(result.stderr.split('\n')[0]).toMatch(
        new RegExp(`^${file}: ${name.replace(/[()]/g, '\\$&')}, \\d+ read$`),
      );
      expect(storeFrom(result.stdout).events).toHaveLength(events);
    },
  );

  it('reads an XML file in the Latin-1 it declares, not as broken UTF-8', async () => {
    const result = await run('latin1-simile.xml');
    expect(result.exitCode).toBe(0);
    expect(storeFrom(result.stdout).events[0]!.title).toBe('Exposition universelle à Paris');
  });

  it('reports what was dropped with its JSON path (a BCE year)', async () => {
    const result = await run('timelinejs.json');
    expect(result.stderr).toContain(
      'Dropped (1):\n  events[3].start_date: {"year":"-3000"}: its year is outside 0001–9999',
    );
  });

  it('says a note shared by many rows once, naming the rows, and counts them all', async () => {
    const result = await run('no-actors.csv');
    expect(result.exitCode).toBe(0);
    const lines = result.stderr.split('\n');
    const guessed = lines.indexOf('Guessed (4):');
    expect(guessed).toBeGreaterThan(0);
    expect(lines[guessed + 1]).toBe('  rows 2–4, 6: no actor: put in the lane "Unassigned"');
    expect(lines[guessed + 2]).toBe('Dropped (1):');
  });

  it('says a problem of many rows with different values once, with a few of the values', async () => {
    const result = await run('lat-without-lon.csv');
    expect(result.exitCode).toBe(0);
    const lines = result.stderr.split('\n');
    const dropped = lines.indexOf('Dropped (16):');
    expect(dropped).toBeGreaterThan(0);
    expect(lines.slice(dropped + 1, dropped + 4)).toEqual([
      '  rows 3, 5, 7, 9, 11, 13, 15, 17, 19, 21 and 5 more: lon missing beside lat …: coordinates left out (e.g. "50.45", "39.97", "48.2")',
      '  row 20: lat "north" not read (such as 50.45 or 50°27′N): coordinates left out',
      'Store check:',
    ]);
  });

  it('--json: each note with the values it quotes, and the notes grouped as the text lists them', async () => {
    const body = JSON.parse((await run('lat-without-lon.csv', '--json')).stdout);
    expect(body).toMatchObject({ dropped: 16, droppedItems: 0, leftOutFields: 16 });
    const missing = body.notes.filter((note: { message: string }) =>
      note.message.startsWith('lon missing'),
    );
    expect(missing).toHaveLength(15);
    expect(missing[1]).toEqual({
      kind: 'dropped',
      where: 'row 5',
      message: 'lon missing beside lat "39.97": coordinates left out',
      template: ['lon missing beside lat ', ': coordinates left out'],
      values: ['"39.97"'],
    });
    expect(body.groups.filter((note: { kind: string }) => note.kind === 'dropped')).toEqual([
      {
        kind: 'dropped',
        where: 'rows 3, 5, 7, 9, 11, 13, 15, 17, 19, 21 and 5 more',
        message: 'lon missing beside lat …: coordinates left out',
        template: ['lon missing beside lat ', ': coordinates left out'],
        values: ['"50.45"'],
        varied: [0],
        examples: [['"50.45"'], ['"39.97"'], ['"48.2"']],
        places: 15,
      },
      {
        kind: 'dropped',
        where: 'row 20',
        message: 'lat "north" not read (such as 50.45 or 50°27′N): coordinates left out',
        template: ['lat ', ' not read (such as 50.45 or 50°27′N): coordinates left out'],
        values: ['"north"'],
      },
    ]);
  });

  it('maps a column by hand, writes --out and says where', async () => {
    const byName = await run('observations.csv');
    expect(byName.stderr).toContain('columns not imported: What happened');
    const result = await run(
      'observations.csv',
      '--map',
      'title=What happened',
      '--out',
      'out.json',
    );
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('  title ← "What happened" (mapped by hand)');
    expect(result.stderr).toContain('  day/month order read as dmy from row 3\n');
    expect(result.stderr).toContain('  row 5: empty row');
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe(
      'observations: 4 events, 3 actors, 1 source → out.json',
    );
    const store = storeFrom(written.get(`${fixtures}out.json`)!);
    // The row's link, with no quote beside it, is a source to quote from.
    expect(store.sources.map((s) => [s.title, s.url])).toEqual([
      ['example.org/a', 'https://example.org/a'],
    ]);
    expect(store.events.map((e) => [e.title, e.start])).toEqual([
      ['Invasion begins', '2022-02-24'],
      ['Summit', '2022-03-24'],
      ['Month-only event', '2022-04'],
      ['Year-only event', '2022'],
    ]);
  });

  it('refuses an ambiguous file naming its rows (exit 1), and reads it with --date-order', async () => {
    const refused = await run('ambiguous.csv');
    expect(refused).toEqual({
      exitCode: 1,
      stdout: '',
      stderr:
        'ambiguous.csv: refused: the day/month order of the dates cannot be told (rows 2–3); run again with --date-order dmy or --date-order mdy\n',
    });
    const read = await run('ambiguous.csv', '--date-order', 'mdy');
    expect(storeFrom(read.stdout).events.map((e) => e.start)).toEqual(['2020-03-04', '2020-05-06']);
  });

  it('--json: the report as JSON on stdout, with the store when there is no --out', async () => {
    const result = await run('simile.xml', '--json');
    expect(result.exitCode).toBe(0);
    const body = JSON.parse(result.stdout);
    expect(body).toMatchObject({ ok: true, format: 'simile', items: 2, counts: { events: 2 } });
    expect(storeFrom(JSON.stringify(body.store)).events).toHaveLength(2);
    const refused = JSON.parse((await run('ambiguous.csv', '--json')).stdout);
    expect(refused).toMatchObject({ ok: false, rows: [2, 3], unit: 'row' });
  });

  it('reads a file fetched from an address with its relative links against that address', async () => {
    const timeline = {
      events: [
        {
          start_date: { year: '1642' },
          text: { headline: 'Pascaline' },
          media: { url: 'img/pascaline.jpg', caption: 'The machine' },
        },
      ],
    };
    const fetched: string[] = [];
    const result = await runImportCli(['https://ex.org/stories/calc.json', '--json'], {
      ...io,
      fetch: async (url) => {
        fetched.push(url);
        return new Response(JSON.stringify(timeline), {
          headers: { 'Content-Type': 'application/json' },
        });
      },
    });
    expect(fetched).toEqual(['https://ex.org/stories/calc.json']);
    expect(result.exitCode).toBe(0);
    const { store } = JSON.parse(result.stdout) as { store: { sources: { url: string }[] } };
    expect(store.sources.map((source) => source.url)).toEqual([
      'https://ex.org/stories/img/pascaline.jpg',
    ]);
  });

  it('opens a KMZ: its KML imported, the archive in the report; a ZIP with no KML refused', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kmz-'));
    const kml = strToU8(
      '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>Depot hit</name>' +
        '<TimeStamp><when>2022-03-14</when></TimeStamp></Placemark></Document></kml>',
    );
    writeFileSync(
      join(folder, 'strikes.kmz'),
      zipSync({ 'doc.kml': kml, 'files/a.png': strToU8('') }),
    );
    writeFileSync(join(folder, 'notes.zip'), zipSync({ 'notes.txt': strToU8('hello') }));
    const result = await run(join(folder, 'strikes.kmz'));
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain('a KMZ archive: its KML, doc.kml, read');
    expect(result.stderr).toContain('the other file in the archive (files/a.png) not imported');
    expect(storeFrom(result.stdout).events.length).toBeGreaterThan(0);

    const refused = await run(join(folder, 'notes.zip'));
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toBe(
      `${join(folder, 'notes.zip')}: refused: a ZIP archive with no KML file in it (a KMZ holds one)\n`,
    );
  });

  it('exit 1 for a table without a date column, saying which --map names one', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'import-cli-nodate-'));
    writeFileSync(join(folder, 'nodate.csv'), 'Happened,Title\nyesterday,Talks\n');
    const result = await run(join(folder, 'nodate.csv'));
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(
      'refused: no column of dates recognised by its name ("Date", "Fecha", "Start"…); columns: Happened, Title; name the column with --map date=COLUMN',
    );
  });

  it('exit 1 for a file that is nothing it can import', async () => {
    const result = await run('../../../../package.json');
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('not a format Sourceline imports');
  });

  it.each([
    [[], 'error: no file given'],
    [['a.csv', 'b.csv'], 'error: one file at a time (got 2)'],
    [
      ['a.csv', '--from', 'excel'],
      'error: --from takes one of auto, csv, timelinejs, timemap, timemapjs, simile, kml, feed, geojson, not "excel"',
    ],
    [
      ['a.csv', '--map', 'when=Date'],
      'error: --map: unknown field "when" (fields: date, end, title, summary, actors, tags, place, lat, lon, url, source, quote, translation, status)',
    ],
    [['a.csv', '--date-order', 'ymd'], 'error: --date-order takes dmy or mdy, not "ymd"'],
    [['missing.csv'], 'error: no such file: missing.csv'],
    [
      ['ambiguous.csv', '--map', 'title=Nope'],
      'error: --map: no column "Nope" (columns: date, title, actor)',
    ],
  ])('bad usage %j: exit 2', async (argv, message) => {
    const result = await run(...argv);
    expect(result).toEqual({ exitCode: 2, stdout: '', stderr: `${message}\n${USAGE}\n` });
  });

  it('parses --map pairs', () => {
    expect(parseMapping('date=When,title=What happened')).toEqual({
      date: 'When',
      title: 'What happened',
    });
  });
});
