/**
 * Writes a checked store as a packed store: the Parquet files and manifest.json described in
 * docs/store-format.md ("Packed stores"). Each file is written row group by row group to
 * disk (hyparquet-writer's file writer flushes every megabyte).
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ParquetWriter, fileWriter } from 'hyparquet-writer';
import type { StoreEvent } from '../../../src/format/validate-store.ts';
import {
  DEFAULT_FILE_NAMES,
  DENSITY_LEVELS,
  MANIFEST_NAME,
  MANIFEST_PROBLEMS_LISTED,
  PACKED_FORMAT,
  RELATED_IN_COLUMN,
  type PackedFileRole,
  type PackedManifest,
  bucketStart,
} from '../../../src/format/packed/packed-format.ts';
import type { Relation } from '../../../src/format/schema.ts';
import { sortByTime } from '../../../src/lib/store-index.ts';
import type { CheckedStore } from './read-input.ts';
import { type ColumnSpec, toParquet } from './parquet-columns.ts';

/**
 * Rows per row group of the events file: about a month of a million events over 25 years,
 * so a month's window reads one or two groups. The details file uses small pages so that
 * one event's heavy columns are a few KB to read (through the offset index).
 */
export const EVENT_ROW_GROUP = 8192;
const EVENT_PAGE_BYTES = 64 * 1024;
const DETAIL_ROW_GROUP = 8192;
const DETAIL_PAGE_BYTES = 16 * 1024;

export interface PackResult {
  readonly manifest: PackedManifest;
  readonly dir: string;
}

/** Store order: by the first instant the start covers, then by id. */
export function compareEvents(a: StoreEvent, b: StoreEvent): number {
  const byStart = a.when.start.start - b.when.start.start;
  if (byStart !== 0) return byStart;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

async function writeParquet(
  path: string,
  columns: readonly ColumnSpec[],
  rowGroupSize: number | number[],
  pageSize: number,
  groups?: readonly (readonly ColumnSpec[])[],
): Promise<void> {
  const { schema } = toParquet(columns);
  const writer = new ParquetWriter({
    writer: fileWriter(path),
    schema: schema as never,
    createdBy: `sourceline ${PACKED_FORMAT}`,
  });
  for (const group of groups ?? [columns]) {
    await writer.write({ columnData: toParquet(group).columnData, rowGroupSize, pageSize });
  }
  await writer.finish();
}

/** The top-level actor (a state, or an actor that belongs to nothing) of each actor. */
function rootsOf(store: CheckedStore): Map<string, string> {
  const parent = new Map(store.header.actors.map((actor) => [actor.id, actor.memberOf]));
  const roots = new Map<string, string>();
  for (const { id } of store.header.actors) {
    let at = id;
    const seen = new Set<string>();
    for (let up = parent.get(at); up !== undefined && parent.has(up) && !seen.has(up);) {
      seen.add(at);
      at = up;
      up = parent.get(at);
    }
    roots.set(id, at);
  }
  return roots;
}

function eventColumns(events: readonly StoreEvent[]): ColumnSpec[] {
  return [
    { name: 'id', kind: 'string', data: events.map((e) => e.id) },
    { name: 'title', kind: 'string', data: events.map((e) => e.title) },
    { name: 'start', kind: 'string', data: events.map((e) => e.start) },
    {
      name: 'start_ms',
      kind: 'int64',
      data: events.map((e) => BigInt(e.when.start.start)),
      columnIndex: true,
    },
    { name: 'end', kind: 'string?', data: events.map((e) => e.end ?? null) },
    {
      name: 'end_ms',
      kind: 'int64',
      // The first instant after the event: its end date's period, or its start's.
      data: events.map((e) => BigInt((e.when.end ?? e.when.start).end)),
    },
    { name: 'approximate', kind: 'boolean?', data: events.map((e) => e.approximate ?? null) },
    { name: 'actors', kind: 'strings', data: events.map((e) => e.actors) },
    { name: 'tags', kind: 'strings', data: events.map((e) => e.tags ?? []) },
    { name: 'status', kind: 'string?', data: events.map((e) => e.status ?? null) },
    { name: 'place_name', kind: 'string?', data: events.map((e) => e.place?.name ?? null) },
    { name: 'lat', kind: 'double?', data: events.map((e) => e.place?.lat ?? null) },
    { name: 'lon', kind: 'double?', data: events.map((e) => e.place?.lon ?? null) },
  ];
}

/** JSON columns take the value itself: the writer serializes it. */
const jsonOrNull = (value: readonly unknown[] | undefined) =>
  value === undefined || value.length === 0 ? null : value;

/**
 * For each event id, the relations other events state about it, in the order the app lists
 * them for a JSON store (its time order, lib/event-evidence.ts): what the details of one
 * event need to show "caused by …" without every other event's row. A link of an event to
 * itself is left out, as the app leaves it out.
 */
export function incomingRelations(
  events: readonly StoreEvent[],
): Map<string, { event: string; relation: Relation }[]> {
  const incoming = new Map<string, { event: string; relation: Relation }[]>();
  for (const event of sortByTime(events)) {
    for (const entry of event.related ?? []) {
      if (entry.event === event.id) continue;
      const list = incoming.get(entry.event) ?? [];
      list.push({ event: event.id, relation: entry.relation });
      incoming.set(entry.event, list);
    }
  }
  return incoming;
}

function detailColumns(events: readonly StoreEvent[]): ColumnSpec[] {
  const incoming = incomingRelations(events);
  return [
    { name: 'id', kind: 'string', data: events.map((e) => e.id) },
    { name: 'summary', kind: 'string?', data: events.map((e) => e.summary ?? null) },
    { name: 'date_note', kind: 'string?', data: events.map((e) => e.dateNote ?? null) },
    { name: 'status_note', kind: 'string?', data: events.map((e) => e.statusNote ?? null) },
    { name: 'excerpts', kind: 'json?', data: events.map((e) => jsonOrNull(e.excerpts)) },
    { name: 'related', kind: 'json?', data: events.map((e) => jsonOrNull(e.related)) },
    {
      name: RELATED_IN_COLUMN,
      kind: 'json?',
      data: events.map((e) => jsonOrNull(incoming.get(e.id))),
    },
  ];
}

function actorColumns(store: CheckedStore): ColumnSpec[] {
  const actors = store.header.actors;
  return [
    { name: 'id', kind: 'string', data: actors.map((a) => a.id) },
    { name: 'name', kind: 'string', data: actors.map((a) => a.name) },
    { name: 'kind', kind: 'string', data: actors.map((a) => a.kind) },
    { name: 'member_of', kind: 'string?', data: actors.map((a) => a.memberOf ?? null) },
    { name: 'color', kind: 'string?', data: actors.map((a) => a.color ?? null) },
  ];
}

function sourceColumns(store: CheckedStore): ColumnSpec[] {
  const sources = store.header.sources;
  const optional = (pick: (s: (typeof sources)[number]) => string | undefined) =>
    sources.map((s) => pick(s) ?? null);
  return [
    { name: 'id', kind: 'string', data: sources.map((s) => s.id) },
    { name: 'title', kind: 'string', data: sources.map((s) => s.title) },
    { name: 'language', kind: 'string', data: sources.map((s) => s.language) },
    { name: 'publisher', kind: 'string?', data: optional((s) => s.publisher) },
    { name: 'published', kind: 'string?', data: optional((s) => s.published) },
    { name: 'url', kind: 'string?', data: optional((s) => s.url) },
    { name: 'text', kind: 'string?', data: optional((s) => s.text) },
    { name: 'archive_url', kind: 'string?', data: optional((s) => s.archiveUrl) },
    { name: 'accessed', kind: 'string?', data: optional((s) => s.accessed) },
    { name: 'reliability', kind: 'string?', data: optional((s) => s.reliability) },
    { name: 'locator_label', kind: 'string?', data: optional((s) => s.locatorLabel) },
  ];
}

/**
 * Counts of events by the bucket their start falls in, per level: in total, per top-level
 * actor (an event counts once for each top-level actor among its actors) and per status
 * ("none" when it states none). One write per level, so each level is its own row groups.
 */
function densityGroups(store: CheckedStore, events: readonly StoreEvent[]): ColumnSpec[][] {
  const roots = rootsOf(store);
  return DENSITY_LEVELS.map((level) => {
    const counts = new Map<string, number>();
    const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
    for (const event of events) {
      const bucket = bucketStart(event.when.start.start, level);
      add(`all\u0000\u0000${bucket}`);
      add(`status\u0000${event.status ?? 'none'}\u0000${bucket}`);
      const eventRoots = new Set(event.actors.map((id) => roots.get(id) ?? id));
      for (const root of eventRoots) add(`actor\u0000${root}\u0000${bucket}`);
    }
    const rows = [...counts].map(([composite, count]) => {
      const [by, key, bucket] = composite.split('\u0000') as [string, string, string];
      return { by, key: key === '' ? null : key, bucket: Number(bucket), count };
    });
    rows.sort((a, b) =>
      a.by !== b.by
        ? a.by < b.by
          ? -1
          : 1
        : (a.key ?? '') !== (b.key ?? '')
          ? (a.key ?? '') < (b.key ?? '')
            ? -1
            : 1
          : a.bucket - b.bucket,
    );
    return [
      { name: 'level', kind: 'string', data: rows.map(() => level) },
      { name: 'bucket_ms', kind: 'int64', data: rows.map((r) => BigInt(r.bucket)) },
      { name: 'dimension', kind: 'string', data: rows.map((r) => r.by) },
      { name: 'key', kind: 'string?', data: rows.map((r) => r.key) },
      { name: 'count', kind: 'int32', data: rows.map((r) => r.count) },
    ];
  });
}

/** Writes the pack into `dir` (created if needed) and returns its manifest. */
export interface PackOptions {
  /** Rows per row group of the events and details files (EVENT_ROW_GROUP unless given). */
  readonly rowsPerGroup?: number;
}

export async function writePack(
  store: CheckedStore,
  dir: string,
  options: PackOptions = {},
): Promise<PackResult> {
  const rowsPerGroup = options.rowsPerGroup ?? EVENT_ROW_GROUP;
  await mkdir(dir, { recursive: true });
  const events = store.events.sort(compareEvents);
  const path = (role: PackedFileRole) => join(dir, DEFAULT_FILE_NAMES[role]);

  await writeParquet(path('events'), eventColumns(events), rowsPerGroup, EVENT_PAGE_BYTES);
  await writeParquet(
    path('details'),
    detailColumns(events),
    options.rowsPerGroup ?? DETAIL_ROW_GROUP,
    DETAIL_PAGE_BYTES,
  );
  await writeParquet(path('actors'), actorColumns(store), 100_000, 1 << 20);
  await writeParquet(path('sources'), sourceColumns(store), 10_000, 1 << 20);
  const density = densityGroups(store, events);
  await writeParquet(path('density'), density[0]!, 1_000_000, 256 * 1024, density);

  const rows: Record<PackedFileRole, number> = {
    events: events.length,
    details: events.length,
    actors: store.header.actors.length,
    sources: store.header.sources.length,
    density: density.reduce((sum, group) => sum + group[0]!.data.length, 0),
  };
  const files = {} as PackedManifest['files'];
  for (const role of Object.keys(rows) as PackedFileRole[]) {
    const { size } = await stat(path(role));
    files[role] = { path: DEFAULT_FILE_NAMES[role], bytes: size, rows: rows[role] };
  }
  let extentEnd = -Infinity;
  for (const event of events)
    extentEnd = Math.max(extentEnd, (event.when.end ?? event.when.start).end);
  const { header } = store;
  const manifest: PackedManifest = {
    format: PACKED_FORMAT,
    title: header.title,
    ...(header.description === undefined ? {} : { description: header.description }),
    language: header.language,
    counts: {
      events: events.length,
      actors: header.actors.length,
      sources: header.sources.length,
    },
    extent: events.length === 0 ? null : { start: events[0]!.when.start.start, end: extentEnd },
    files,
    dropped: { ...store.totals.dropped },
    // The app shows these as the JSON store's report (the packer's own output lists them once).
    ...(store.totals.problems.length === 0
      ? {}
      : {
          problems: {
            total: store.totals.problems.length,
            warnings: store.totals.warnings,
            listed: store.totals.problems.slice(0, MANIFEST_PROBLEMS_LISTED),
          },
        }),
  };
  await writeFile(join(dir, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest, dir };
}
