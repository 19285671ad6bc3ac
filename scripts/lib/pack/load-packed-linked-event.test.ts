/**
 * A link to one event of a packed store, with no window (`?event=…`): the store opens around
 * that event, as a JSON store would (the contract: "an event without from/to opens with that
 * event in view"), whether it is read whole or window by window, and a link to an id no row
 * has says so, after every row's id was looked at. (Here beside the packer: the app's own
 * type-check does not take its imports.)
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { StoreEvent } from '../../../src/format/validate-store.ts';
import { eventTime } from '../../../src/lib/store-index.ts';
import { focusWindow } from '../../../src/lib/time-window.ts';
import type { LoadProgress } from '../../../src/features/store-loading/api/load-store.ts';
import {
  type PackedOpening,
  loadPackedStore,
} from '../../../src/features/store-loading/api/load-packed.ts';
import { packedRequestRelay } from '../../../src/features/store-loading/api/packed-requests.ts';
import { SERVED_PACK, servedPack } from './served-pack';

const EVENTS = 2000;
/** A row near the start: the search, from the last group, reaches it after all the others. */
const LINKED_ROW = 30;
/** A row that breaks the format (its date is not on the calendar). */
const BROKEN_ROW = 1200;
let pack: Awaited<ReturnType<typeof servedPack>>;
let sorted: StoreEvent[];

beforeAll(async () => {
  pack = await servedPack({
    events: EVENTS,
    seed: 5,
    rowsPerGroup: 100,
    edit: (rows) =>
      rows.map((event, row) =>
        row === BROKEN_ROW ? ({ ...event, start: '2011-02-30' } as StoreEvent) : event,
      ),
  });
  sorted = pack.sorted;
}, 120_000);

afterAll(() => pack?.remove());

/** Opens the pack as a link with `event` (or none) and no window; resolves at its first opening. */
async function openAt(event: string | null, wholeStoreRows?: number) {
  const openings: PackedOpening[] = [];
  const progress: LoadProgress[] = [];
  const handed: StoreEvent[] = [];
  void loadPackedStore(
    SERVED_PACK,
    (next) => progress.push(next),
    {
      header: () => {},
      events: (events) => handed.push(...events),
      restart: () => {},
      opening: (opening) => openings.push(opening),
    },
    {
      ...(event === null ? {} : { event }),
      requests: packedRequestRelay(),
      ...(wholeStoreRows === undefined ? {} : { wholeStoreRows }),
    },
  ).catch(() => {});
  await vi.waitFor(() => expect(openings.length).toBeGreaterThan(0), { timeout: 20_000 });
  return { opening: openings[0]!, progress, handed };
}

const searched = (progress: readonly LoadProgress[]) =>
  progress.filter((step) => step.phase === 'find-event');

describe('a link to an event of a packed store, without a window', () => {
  it.each([
    ['read whole', undefined],
    ['read window by window', 500],
  ])('%s: opens around the event, which is among the first events handed out', async (_, rows) => {
    const linked = sorted[LINKED_ROW]!;
    const { opening, progress, handed } = await openAt(linked.id, rows);
    expect(opening.window).toEqual(focusWindow(eventTime(linked)));
    expect(opening.linkedEvent).toEqual({ id: linked.id, found: true });
    expect(handed.map((event) => event.id)).toContain(linked.id);
    if (rows !== undefined) expect(opening.held).toBeTruthy();
    // Said as it went: rows searched, of all, never more than all.
    const steps = searched(progress);
    expect(steps.length).toBeGreaterThan(1);
    expect(steps.every((step) => step.total === EVENTS && step.loaded <= EVENTS)).toBe(true);
    expect(steps.at(-1)!.loaded).toBeGreaterThan(EVENTS / 2);
  });

  it('a recent event is found in the last row groups, without searching the others', async () => {
    const linked = sorted[EVENTS - 5]!;
    const { opening, progress } = await openAt(linked.id, 500);
    expect(opening.window).toEqual(focusWindow(eventTime(linked)));
    expect(Math.max(0, ...searched(progress).map((step) => step.loaded))).toBeLessThanOrEqual(200);
  });

  it('an id no row has: every row searched, said absent, and the store opens as without it', async () => {
    const { opening, progress } = await openAt('no-such-event', 500);
    expect(opening.linkedEvent).toEqual({ id: 'no-such-event', found: false });
    expect(searched(progress).at(-1)!.loaded).toBe(EVENTS);
    const plain = await openAt(null, 500);
    expect(opening.window).toEqual(plain.opening.window);
  });

  it('a row that breaks the format is found, but opens nothing: the store opens as without it', async () => {
    const broken = sorted[BROKEN_ROW]!;
    const { opening } = await openAt(broken.id, 500);
    expect(opening.linkedEvent).toEqual({ id: broken.id, found: true });
    const plain = await openAt(null, 500);
    expect(opening.window).toEqual(plain.opening.window);
  });
});
