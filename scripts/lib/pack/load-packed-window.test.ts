/**
 * A packed store read while the person moves the timeline (issue 18): a real pack, served
 * by a stand-in for `fetch` that answers range requests and holds back the row groups the
 * test has not let through yet. What a person would notice: the window they move to is
 * complete while the rest is still held, a window they left stops being fetched, and in the
 * end every event arrives exactly once. (Here beside the packer, which makes the pack: the
 * app's own type-check does not take the scripts' imports.)
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FileMetaData, parquetMetadata } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateStore } from '../gen-store.ts';
import { runPackCli } from './pack-cli.ts';
import { groupsOverlapping, rowGroupSpans } from '../../../src/format/packed/row-groups.ts';
import type { StoreEvent } from '../../../src/format/validate-store.ts';
import { eventTime } from '../../../src/lib/store-index.ts';
import type { TimeWindow } from '../../../src/lib/time-window.ts';
import {
  type PackedOpening,
  loadPackedStore,
} from '../../../src/features/store-loading/api/load-packed.ts';
import { packedRequestRelay } from '../../../src/features/store-loading/api/packed-requests.ts';

const EVENTS = 3000;
const BASE = 'http://pack.test/p/';
const day = (date: string) => Date.parse(date);
/** Where the link opens, and two windows far from it at either end of the 25 years. */
const LINKED: TimeWindow = { start: day('2012-03-01'), end: day('2012-05-01') };
const EARLY: TimeWindow = { start: day('2001-03-01'), end: day('2001-05-01') };
const LATE: TimeWindow = { start: day('2023-03-01'), end: day('2023-05-01') };

let dir: string;
let metadata: FileMetaData;
/** Each row group's bytes in events.parquet. */
let groupBytes: { start: number; end: number }[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sourceline-load-packed-'));
  await writeFile(
    join(dir, 'store.json'),
    JSON.stringify(generateStore({ events: EVENTS, seed: 7 })),
  );
  const packed = await runPackCli([
    join(dir, 'store.json'),
    '--out',
    join(dir, 'pack'),
    '--rows-per-group',
    '250',
  ]);
  expect(packed.stderr).toBe('');
  const bytes = await readFile(join(dir, 'pack', 'events.parquet'));
  metadata = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  groupBytes = metadata.row_groups.map((group) => {
    const starts = group.columns.map((c) =>
      Number(c.meta_data!.dictionary_page_offset ?? c.meta_data!.data_page_offset),
    );
    const ends = group.columns.map(
      (c, i) => starts[i]! + Number(c.meta_data!.total_compressed_size),
    );
    return { start: Math.min(...starts), end: Math.max(...ends) };
  });
}, 120_000);

afterAll(async () => {
  vi.unstubAllGlobals();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/**
 * A static host answering range requests from the pack's folder. Requests for a row group
 * of events.parquet wait until the test lets that group through; one aborted while it waits
 * is recorded.
 */
function servePack() {
  const allowed = new Set<number>();
  const waiting: { group: number; go(): void }[] = [];
  const aborted: number[] = [];
  /** Byte ranges of events.parquet served, by row group. */
  const served = new Map<number, [number, number][]>();
  const asked: number[] = [];
  const groupOf = (start: number, end: number) =>
    groupBytes.findIndex((group) => start >= group.start && end <= group.end);
  const fetch = async (input: string, init: RequestInit = {}) => {
    const name = new URL(input).pathname.split('/').pop()!;
    const body = await readFile(join(dir, 'pack', name));
    const range = /bytes=(\d+)-(\d+)/.exec(new Headers(init.headers).get('Range') ?? '');
    const start = range ? Number(range[1]) : 0;
    const end = range ? Math.min(Number(range[2]) + 1, body.length) : body.length;
    const group = name === 'events.parquet' ? groupOf(start, end) : -1;
    if (group >= 0) {
      asked.push(group);
      if (!allowed.has(group)) {
        await new Promise<void>((go, stop) => {
          waiting.push({ group, go });
          init.signal?.addEventListener('abort', () => {
            aborted.push(group);
            stop(new DOMException('The read was aborted.', 'AbortError'));
          });
        });
      }
      served.set(group, [...(served.get(group) ?? []), [start, end]]);
    }
    return new Response(body.subarray(start, end), {
      status: range ? 206 : 200,
      headers: { 'Content-Range': `bytes ${start}-${end - 1}/${body.length}` },
    });
  };
  return {
    fetch,
    aborted,
    served,
    asked,
    allow(groups: Iterable<number>) {
      for (const group of groups) allowed.add(group);
      for (const held of waiting.splice(0)) {
        if (allowed.has(held.group)) held.go();
        else waiting.push(held);
      }
    },
  };
}

const overlaps = (event: StoreEvent, window: TimeWindow) => {
  const time = eventTime(event);
  return time.start < window.end && time.end > window.start;
};

describe('loadPackedStore while the window moves', () => {
  it('reads the window moved to next, aborts the reads for a window left, and reads each group once', async () => {
    const spans = rowGroupSpans(metadata);
    const of = (window: TimeWindow) => groupsOverlapping(spans, window);
    expect(
      of(EARLY).some((group) => of(LATE).includes(group)),
      'far apart',
    ).toBe(false);
    const server = servePack();
    server.allow(of(LINKED));
    vi.stubGlobal('fetch', server.fetch);

    const handed: StoreEvent[] = [];
    const openings: PackedOpening[] = [];
    const windowsIn: TimeWindow[] = [];
    const shown = packedRequestRelay();
    const loaded = loadPackedStore(
      `${BASE}manifest.json`,
      () => {},
      {
        header: () => {},
        events: (events) => handed.push(...events),
        restart: () => {},
        opening: (opening) => openings.push(opening),
        windowIn: (window) => windowsIn.push(window),
      },
      { window: LINKED, requests: shown },
    );
    await vi.waitFor(() => expect(openings.at(-1)?.complete).toBe(true));
    // The rest is held; the person moves to the early years, whose rows are asked for next.
    const background = server.asked.filter((group) => !of(LINKED).includes(group));
    expect(background.every((group) => !of(LATE).includes(group))).toBe(true);
    shown.tell({ type: 'show-window', window: EARLY });
    await vi.waitFor(() => expect(server.asked).toContain(of(EARLY)[0]));
    expect(windowsIn).toEqual([]);

    // Then, before those arrive, on to the last years.
    server.allow(of(LATE));
    shown.tell({ type: 'show-window', window: LATE });
    await vi.waitFor(() => expect(windowsIn).toEqual([LATE]));
    const early = new Set(of(EARLY));
    expect(server.aborted.length, 'reads for the window left were aborted').toBeGreaterThan(0);
    expect(server.aborted.every((group) => early.has(group))).toBe(true);
    // Every event of the late window is in, while most of the store is still held.
    const { validateStore } = await import('../../../src/format/validate-store.ts');
    const whole = validateStore(generateStore({ events: EVENTS, seed: 7 }));
    if (!whole.ok) throw new Error('the generated store was refused');
    const lateIds = (events: readonly StoreEvent[]) =>
      events.filter((event) => overlaps(event, LATE)).map((event) => event.id);
    expect(new Set(lateIds(handed))).toEqual(new Set(lateIds(whole.store.events)));
    // Only those of the windows shown: the groups of the other years are still held.
    const rowsOf = (groups: Iterable<number>) =>
      [...groups].reduce((sum, group) => sum + spans[group]!.rowEnd - spans[group]!.rowStart, 0);
    expect(handed).toHaveLength(rowsOf(new Set([...of(LINKED), ...of(LATE)])));
    expect(handed.length).toBeLessThan(EVENTS);

    server.allow(spans.keys());
    const result = await loaded;
    expect(result.dropped).toEqual(whole.dropped);
    expect(handed).toHaveLength(EVENTS);
    expect(new Set(handed.map((event) => event.id)).size).toBe(EVENTS);
    // No byte of any group was served twice: what was read was kept, never read again.
    for (const [group, ranges] of server.served) {
      const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
      sorted.slice(1).forEach(([start], i) => {
        expect(start, `group ${group} served once`).toBeGreaterThanOrEqual(sorted[i]![1]);
      });
    }
  });
});
