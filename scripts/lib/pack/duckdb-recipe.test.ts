/**
 * The DuckDB recipe in docs/examples/pack-with-duckdb.sql, run as written (only its output
 * folder moved to a temp dir) on tables made from a generated store: what it writes must
 * pass `npm run validate -- DIR`, so the documented way to pack elsewhere stays true.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, expect, it } from 'vitest';
import { generateStore } from '../gen-store.ts';
import { nodeIo, runValidateCli } from '../validate-cli.ts';

let root = '';
afterAll(() => (root ? rm(root, { recursive: true, force: true }) : undefined));

const day = (date: string) =>
  date.length >= 10 ? date.slice(0, 10) : `${date}-01-01`.slice(0, 10);

it('writes a packed store that passes the validator', async () => {
  root = await mkdtemp(join(tmpdir(), 'sourceline-duckdb-'));
  const store = generateStore({ events: 500, seed: 3 });
  const lines = (rows: object[]) => rows.map((row) => JSON.stringify(row)).join('\n');
  await writeFile(
    join(root, 'events.ndjson'),
    lines(
      store.events.map((e) => ({
        id: e.id,
        title: e.title,
        start: day(e.start),
        end: e.end === undefined ? null : day(e.end) < day(e.start) ? day(e.start) : day(e.end),
        approximate: e.approximate ?? null,
        actors: e.actors,
        tags: e.tags ?? [],
        status: e.status ?? null,
        place_name: e.place?.name ?? null,
        lat: e.place?.lat ?? null,
        lon: e.place?.lon ?? null,
        summary: e.summary ?? null,
        date_note: e.dateNote ?? null,
        status_note: e.statusNote ?? null,
        excerpts: e.excerpts ?? null,
        related: e.related ?? null,
      })),
    ),
  );
  await writeFile(
    join(root, 'actors.ndjson'),
    lines(
      store.actors.map((a) => ({
        id: a.id,
        name: a.name,
        kind: a.kind,
        member_of: a.memberOf ?? null,
        color: a.color ?? null,
      })),
    ),
  );
  await writeFile(
    join(root, 'sources.ndjson'),
    lines(
      store.sources.map((s) => ({
        id: s.id,
        title: s.title,
        language: s.language,
        publisher: s.publisher ?? null,
        published: s.published ?? null,
        url: s.url ?? null,
        text: s.text ?? null,
        archive_url: s.archiveUrl ?? null,
        accessed: s.accessed ?? null,
        reliability: s.reliability ?? null,
        locator_label: s.locatorLabel ?? null,
      })),
    ),
  );
  const db = await (await DuckDBInstance.create(':memory:')).connect();
  const at = (name: string) => `'${join(root, name)}'`;
  await db.run(`CREATE TABLE src_events AS SELECT * FROM read_json(${at('events.ndjson')}, columns = {
    id: 'VARCHAR', title: 'VARCHAR', start: 'DATE', "end": 'DATE', approximate: 'BOOLEAN',
    actors: 'VARCHAR[]', tags: 'VARCHAR[]', status: 'VARCHAR', place_name: 'VARCHAR',
    lat: 'DOUBLE', lon: 'DOUBLE', summary: 'VARCHAR', date_note: 'VARCHAR',
    status_note: 'VARCHAR', excerpts: 'JSON', related: 'JSON'})`);
  await db.run(`CREATE TABLE src_actors AS SELECT * FROM read_json(${at('actors.ndjson')}, columns = {
    id: 'VARCHAR', name: 'VARCHAR', kind: 'VARCHAR', member_of: 'VARCHAR', color: 'VARCHAR'})`);
  await db.run(`CREATE TABLE src_sources AS SELECT * FROM read_json(${at('sources.ndjson')}, columns = {
    id: 'VARCHAR', title: 'VARCHAR', language: 'VARCHAR', publisher: 'VARCHAR',
    published: 'VARCHAR', url: 'VARCHAR', text: 'VARCHAR', archive_url: 'VARCHAR',
    accessed: 'VARCHAR', reliability: 'VARCHAR', locator_label: 'VARCHAR'})`);

  const pack = join(root, 'pack');
  await mkdir(pack);
  const recipe = (await readFile('docs/examples/pack-with-duckdb.sql', 'utf8')).replaceAll(
    "'pack/",
    `'${pack}/`,
  );
  await db.run(recipe);
  db.closeSync();

  const { stdout, exitCode } = await runValidateCli([pack], { ...nodeIo, cwd: root });
  expect(stdout).toContain('My store');
  expect(stdout).toContain('sourceline/1+parquet): 500 events');
  expect(stdout).toContain('events: 500 kept');
  expect(stdout).not.toMatch(/Refused|Dropped/);
  expect(exitCode).toBe(0);
}, 60_000);
