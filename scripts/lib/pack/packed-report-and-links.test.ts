/**
 * What a packed store shows as the same store in JSON does: each event's related events both
 * ways (the relations other events state about it come in its own details row, the
 * `related_in` column), and what the packer dropped and warned about (kept in the manifest,
 * bounded). Packs written before either still read. (Here beside the packer: the app's own
 * type-check does not take the scripts' imports.)
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ParquetWriter, fileWriter } from 'hyparquet-writer';
import { parquetReadObjects, asyncBufferFromFile } from 'hyparquet';
import { runPackCli } from './pack-cli.ts';
import { toParquet } from './parquet-columns.ts';
import { validateStore, type StoreEvent } from '../../../src/format/validate-store.ts';
import {
  MANIFEST_PROBLEMS_LISTED,
  type PackedManifest,
  manifestSchema,
} from '../../../src/format/packed/packed-format.ts';
import {
  loadPackedStore,
  packerReportOf,
} from '../../../src/features/store-loading/api/load-packed.ts';
import { buildStoreIndex } from '../../../src/lib/store-index.ts';
import { type IncomingRelation, relatedLinks } from '../../../src/lib/event-evidence.ts';
import { withIncoming } from '../../../src/features/event-details/packed-related.ts';
import { fetchEventDetails } from '../../../src/lib/packed-details.ts';
import { rangeFetch } from './range-fetch';

const EXAMPLE = new URL('../../../public/data/example-evidence.json', import.meta.url);
const BASE = 'http://pack.test/';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sourceline-packed-links-'));
  vi.stubGlobal(
    'fetch',
    rangeFetch((url) => join(dir, url.pathname)),
  );
});

afterAll(async () => {
  vi.unstubAllGlobals();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function pack(name: string, store: unknown): Promise<PackedManifest> {
  await writeFile(join(dir, `${name}.json`), JSON.stringify(store));
  const result = await runPackCli([join(dir, `${name}.json`), '--out', join(dir, name), '--json']);
  expect(result.stderr).toBe('');
  return (JSON.parse(result.stdout) as { manifest: PackedManifest }).manifest;
}

async function load(name: string) {
  const events: StoreEvent[] = [];
  const rows: number[] = [];
  const result = await loadPackedStore(`${BASE}${name}/manifest.json`, () => {}, {
    header: () => {},
    events: (batch) => events.push(...batch),
    rows: (batch) => rows.push(...batch),
    restart: () => {},
  });
  const index = buildStoreIndex({ ...result.store, events });
  const rowOf = new Map(events.map((event, i) => [event.id, rows[i]!]));
  return { result, index, source: { ...result.packed, rowOf } };
}

/** As the details list them: the event's own links, and those fetched with its row. */
const linksOf = (
  index: Parameters<typeof relatedLinks>[0],
  event: Parameters<typeof relatedLinks>[1],
  incoming?: readonly IncomingRelation[],
) => {
  const own = relatedLinks(index, event);
  return incoming ? withIncoming(index, event, own, incoming) : own;
};

const said = (links: ReturnType<typeof linksOf>) =>
  links.map((link) => `${link.direction} ${link.relation} ${link.event.id}`);

describe('related events of a packed store', () => {
  it('are those of the same store in JSON, both ways, for every event', async () => {
    const example = JSON.parse(await readFile(EXAMPLE, 'utf8')) as unknown;
    await pack('example', example);
    const json = validateStore(example);
    if (!json.ok) throw new Error('the example store must load');
    const jsonIndex = buildStoreIndex(json.store);
    const { index, source } = await load('example');
    let reverse = 0;
    for (const listed of index.events) {
      const { relatedIn, ...fields } = await fetchEventDetails(source, listed.id);
      const links = linksOf(index, { ...listed, ...fields }, relatedIn);
      const expected = relatedLinks(jsonIndex, jsonIndex.eventById.get(listed.id)!);
      expect(said(links), listed.id).toEqual(said(expected));
      reverse += links.filter((link) => link.direction === 'in').length;
    }
    // The example states relations, so each is found from the other side too.
    expect(reverse).toBeGreaterThan(0);
    expect(said(relatedLinks(jsonIndex, jsonIndex.eventById.get('varna-quotas-set')!))).toEqual([
      'in causes varna-agreement-signed',
      'in responds-to south-shore-over-quota',
      'in responds-to fishers-open-letter',
    ]);
  });

  it('of a pack written before the related_in column: only the event’s own, as before', async () => {
    // The details file rewritten without the column, its size in the manifest with it.
    const details = join(dir, 'example', 'details.parquet');
    const rows = await parquetReadObjects({ file: await asyncBufferFromFile(details) });
    const old = ['id', 'summary', 'date_note', 'status_note', 'excerpts', 'related'].map(
      (name) => ({
        name,
        kind: (name === 'id' ? 'string' : /excerpts|related/.test(name) ? 'json?' : 'string?') as
          'string' | 'string?' | 'json?',
        data: rows.map((row) => row[name] ?? null),
      }),
    );
    const { schema, columnData } = toParquet(old);
    const writer = new ParquetWriter({ writer: fileWriter(details), schema: schema as never });
    await writer.write({ columnData });
    await writer.finish();
    const manifestPath = join(dir, 'example', 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as PackedManifest;
    manifest.files.details.bytes = (await stat(details)).size;
    await writeFile(manifestPath, JSON.stringify(manifest));
    const { index, source } = await load('example');
    const listed = index.eventById.get('south-shore-over-quota')!;
    const { relatedIn, ...fields } = await fetchEventDetails(
      { ...source, detailsUrl: `${source.detailsUrl}?old` },
      listed.id,
    );
    expect(relatedIn).toBeUndefined();
    expect(said(linksOf(index, { ...listed, ...fields }, relatedIn))).toEqual([
      'out responds-to varna-quotas-set',
    ]);
  });
});

describe('what the packer found', () => {
  it('is kept in the manifest, the first of it listed, and read with the store', async () => {
    const example = JSON.parse(await readFile(EXAMPLE, 'utf8')) as {
      events: Record<string, unknown>[];
    };
    // An unknown field on many events (a warning each), and one event off the calendar.
    const many = MANIFEST_PROBLEMS_LISTED + 50;
    const first = example.events[0]!;
    const events = [
      ...example.events,
      ...Array.from({ length: many }, (_, i) => ({ ...first, id: `copy-${i}`, colour: 'red' })),
      { ...first, id: 'off-the-calendar', start: '2023-02-30' },
    ];
    const store = { ...example, events };
    const manifest = await pack('problems', store);
    const json = validateStore(store);
    if (!json.ok) throw new Error('the store must load');
    expect(manifest.dropped).toEqual(json.dropped);
    expect(manifest.problems?.total).toBe(json.problems.length);
    expect(manifest.problems?.warnings).toBe(json.warnings);
    expect(manifest.problems?.listed).toEqual(
      json.problems.slice(0, MANIFEST_PROBLEMS_LISTED).map((problem) => ({ ...problem })),
    );

    const { result } = await load('problems');
    expect(result.packed.packer).toEqual({
      dropped: 1,
      warnings: json.warnings,
      total: json.problems.length,
      problems: manifest.problems!.listed,
    });
  });

  it('from an older manifest: the dropped counts alone; a report not of its shape is ignored', async () => {
    const manifestPath = join(dir, 'problems', 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as PackedManifest;
    const { problems: _problems, ...older } = manifest;
    expect(packerReportOf(manifestSchema.parse(older))).toEqual({
      dropped: 1,
      warnings: null,
      total: null,
      problems: [],
    });
    const odd = manifestSchema.parse({ ...older, problems: { total: 'many', listed: 3 } });
    expect(odd.problems).toBeUndefined();
    expect(packerReportOf(odd)?.dropped).toBe(1);
    // Nothing dropped and nothing found: no report.
    expect(
      packerReportOf(
        manifestSchema.parse({ ...older, dropped: { events: 0, actors: 0, sources: 0 } }),
      ),
    ).toBeUndefined();
  });
});
