/**
 * A store packed and read back by DuckDB, a Parquet reader that shares no code with the
 * writer (hyparquet-writer) or the app's reader (hyparquet): the files are real Parquet,
 * in the documented order and columns, not something only Sourceline reads.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateStore } from '../gen-store.ts';
import { runPackCli } from './pack-cli.ts';
import type { PackedManifest } from '../../../src/format/packed/packed-format.ts';

const EVENTS = 20_000;
let dir: string;
let db: DuckDBConnection;
let manifest: PackedManifest;
const store = generateStore({ events: EVENTS, seed: 11 });
/** The store's events as the packer must order them: by first instant, then id. */
let expectedOrder: { id: string; start: string }[];

const rows = async (sql: string) => (await db.runAndReadAll(sql)).getRowObjectsJson();
const file = (name: string) => `'${join(dir, name)}'`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sourceline-pack-'));
  // Reversed, so that the packer must sort; and one event that breaks the format.
  const events = [...store.events].reverse() as unknown[];
  events.splice(5, 0, { id: 'Not A Slug', title: 'x', start: '2020-01-01', actors: ['x'] });
  await writeFile(join(dir, 'store.json'), JSON.stringify({ ...store, events }));
  const result = await runPackCli([join(dir, 'store.json'), '--out', join(dir, 'pack'), '--json']);
  expect(result.stderr).toBe('');
  manifest = (JSON.parse(result.stdout) as { manifest: PackedManifest }).manifest;
  dir = join(dir, 'pack');

  const { parseStoreDate } = await import('../../../src/format/dates.ts');
  expectedOrder = store.events
    .map((e) => ({ id: e.id, start: e.start, ms: parseStoreDate(e.start)!.start }))
    .sort((a, b) => a.ms - b.ms || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const instance = await DuckDBInstance.create(':memory:');
  db = await instance.connect();
}, 120_000);

afterAll(async () => {
  db?.closeSync();
  if (dir) await rm(join(dir, '..'), { recursive: true, force: true });
});

describe('a packed store read by DuckDB', () => {
  it('has every valid event once, the invalid one dropped', async () => {
    expect(manifest.counts.events).toBe(EVENTS);
    expect(manifest.dropped?.events).toBe(1);
    const [count] = await rows(
      `select count(*)::int as n, count(distinct id)::int as ids from ${file('events.parquet')}`,
    );
    expect(count).toEqual({ n: EVENTS, ids: EVENTS });
    const [details] = await rows(`select count(*)::int as n from ${file('details.parquet')}`);
    expect(details).toEqual({ n: EVENTS });
  });

  it('orders events by start, then id, with the first and last where the store has them', async () => {
    const first = await rows(`select id, start from ${file('events.parquet')} limit 1`);
    const last = await rows(`select id, start from ${file('events.parquet')} offset ${EVENTS - 1}`);
    const idAndStart = ({ id, start }: { id: string; start: string }) => ({ id, start });
    expect(first[0]).toEqual(idAndStart(expectedOrder[0]!));
    expect(last[0]).toEqual(idAndStart(expectedOrder.at(-1)!));
    const [unordered] = await rows(`
      select count(*)::int as n from (
        select start_ms, id, lag(start_ms) over () as prev_ms, lag(id) over () as prev_id
        from ${file('events.parquet')})
      where start_ms < prev_ms or (start_ms = prev_ms and id < prev_id)`);
    expect(unordered).toEqual({ n: 0 });
  });

  it('keeps each event’s heavy columns in the same row as its light ones', async () => {
    const original = store.events.find((e) => e.id === expectedOrder[1234]!.id)!;
    const [row] = await rows(`
      select e.id, e.actors, d.summary, d.excerpts->0->>'quote' as quote
      from (select *, row_number() over () as n from ${file('events.parquet')}) e
      join (select *, row_number() over () as n from ${file('details.parquet')}) d using (n)
      where e.n = 1235`);
    expect(row).toEqual({
      id: original.id,
      actors: original.actors,
      summary: original.summary ?? null,
      quote: original.excerpts![0]!.quote,
    });
  });

  it('counts every event once per level in the density pyramid', async () => {
    const totals = await rows(`
      select level, sum(count)::int as n from ${file('density.parquet')}
      where dimension = 'all' group by level order by level`);
    expect(totals).toEqual([
      { level: 'day', n: EVENTS },
      { level: 'month', n: EVENTS },
      { level: 'year', n: EVENTS },
    ]);
  });

  it('lists actors and sources, and the byte sizes the manifest gives', async () => {
    const [actors] = await rows(`select count(*)::int as n from ${file('actors.parquet')}`);
    const [sources] = await rows(`select count(*)::int as n from ${file('sources.parquet')}`);
    expect(actors).toEqual({ n: manifest.counts.actors });
    expect(sources).toEqual({ n: store.sources.length });
    const { statSync } = await import('node:fs');
    for (const entry of Object.values(manifest.files)) {
      expect(statSync(join(dir, entry.path)).size).toBe(entry.bytes);
    }
  });
});
