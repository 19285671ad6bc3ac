/**
 * Rows of a pack that break the format (a pack written by another tool), read by the app:
 * dropped, and each said at its row in the events file, whether the store is read whole (its
 * row groups out of order, window first) or window by window (only the rows read, as they
 * are read). (Here beside the packer: the app's own type-check does not take its imports.)
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { StoreEvent } from '../../../src/format/validate-store.ts';
import type { Problem } from '../../../src/format/problems.ts';
import type { TimeWindow } from '../../../src/lib/time-window.ts';
import {
  type PackedOpening,
  loadPackedStore,
} from '../../../src/features/store-loading/api/load-packed.ts';
import { packedRequestRelay } from '../../../src/features/store-loading/api/packed-requests.ts';
import { SERVED_PACK, servedPack } from './served-pack';

const EVENTS = 2000;
/** The broken rows: one near the start, one near the end (read first, window first). */
const EARLY_ROW = 10;
const LATE_ROW = EVENTS - 20;
let pack: Awaited<ReturnType<typeof servedPack>>;
let lateWindow: TimeWindow;

beforeAll(async () => {
  pack = await servedPack({
    events: EVENTS,
    seed: 3,
    rowsPerGroup: 100,
    edit: (sorted) =>
      sorted.map((event, row) =>
        row === EARLY_ROW
          ? ({ ...event, start: '2011-02-30' } as StoreEvent)
          : row === LATE_ROW
            ? { ...event, actors: ['nobody-we-know'] }
            : event,
      ),
  });
  const late = pack.sorted[LATE_ROW]!.when.start.start;
  lateWindow = { start: late - 5 * 86_400_000, end: late + 5 * 86_400_000 };
}, 120_000);

afterAll(() => pack?.remove());

const paths = (problems: readonly Problem[]) => problems.map((problem) => problem.path);

describe('a pack whose rows break the format', () => {
  it('read whole, window first: the rows are dropped and said at their rows in the file', async () => {
    const handed: StoreEvent[] = [];
    const result = await loadPackedStore(SERVED_PACK, () => {}, {
      header: () => {},
      events: (events) => handed.push(...events),
      restart: () => {},
    });
    expect(paths(result.problems)).toEqual(
      expect.arrayContaining([`events[${EARLY_ROW}].start`, `events[${LATE_ROW}].actors[0]`]),
    );
    expect(result.dropped.events).toBe(2);
    expect(handed).toHaveLength(EVENTS - 2);
  });

  it('read window by window: what the checks of the rows read found, at their rows, and no more', async () => {
    const found: Problem[] = [];
    const openings: PackedOpening[] = [];
    const shown = packedRequestRelay();
    void loadPackedStore(
      SERVED_PACK,
      () => {},
      {
        header: () => {},
        events: () => {},
        restart: () => {},
        opening: (opening) => openings.push(opening),
        checked: (problems) => found.push(...problems),
      },
      { window: lateWindow, requests: shown, wholeStoreRows: 500 },
    ).catch(() => {});
    await vi.waitFor(() => expect(openings.at(-1)?.held).toBeTruthy());
    await vi.waitFor(() => expect(paths(found)).toContain(`events[${LATE_ROW}].actors[0]`));
    // The early row's group was never read: nothing is said of it.
    expect(paths(found)).not.toContain(`events[${EARLY_ROW}].start`);
  });
});
