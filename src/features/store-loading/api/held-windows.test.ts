import { describe, expect, it } from 'vitest';
import { parseStoreDate } from '../../../format/dates';
import type { StoreEvent } from '../../../format/validate-store';
import type { RowGroupSpan } from '../../../format/packed/row-groups';
import type { TimeWindow } from '../../../lib/time-window';
import { type HeldWindow, followHeldWindows } from './held-windows';
import { HeldEvents } from './held-events';
import type { PackedOpening } from './load-packed';
import { windowRelay } from './shown-windows';

const DAY = 86_400_000;
const at = (day: number) => Date.UTC(2020, 0, 1) + day * DAY;
const isoDay = (day: number) => new Date(at(day)).toISOString().slice(0, 10);

/** Twenty groups of ten one-day events, group i on days 10·i to 10·i + 9. */
const GROUPS = 20;
const spans: RowGroupSpan[] = Array.from({ length: GROUPS }, (_, i) => ({
  rowStart: 10 * i,
  rowEnd: 10 * (i + 1),
  firstStart: at(10 * i),
  lastStart: at(10 * i + 9),
  lastEnd: at(10 * i + 10),
}));
const eventOn = (day: number): StoreEvent => ({
  id: `e${day}`,
  title: `Event ${day}`,
  start: isoDay(day),
  actors: [],
  when: { start: parseStoreDate(isoDay(day))! },
});
const days = (from: number, to: number): TimeWindow => ({ start: at(from), end: at(to) });

/** Runs the reader on the fake store, recording what it reads and says; reads finish at once. */
function run(window: TimeWindow | null, limits = { heldRows: 60, windowReadRows: 30 }) {
  const read: number[] = [];
  const said: { opening: PackedOpening[]; windowIn: [TimeWindow, HeldWindow | null][] } = {
    opening: [],
    windowIn: [],
  };
  const evicted: number[] = [];
  const held = new HeldEvents();
  let group = -1;
  const windows = windowRelay();
  const failed = followHeldWindows({
    spans,
    total: GROUPS * 10,
    extent: days(0, GROUPS * 10),
    density: Promise.resolve(null),
    async readGroup(at) {
      read.push(at);
      const first = 10 * at;
      const events = Array.from({ length: 10 }, (_, i) => eventOn(first + i));
      return { events, rows: events.map((_, i) => first + i) };
    },
    sink: {
      header: () => {},
      restart: () => {},
      group: (next) => (group = next),
      events: (events) => held.add(group, events),
      evict: (groups) => {
        evicted.push(...groups);
        held.evict(groups);
      },
      opening: (opening) => said.opening.push(opening),
      windowIn: (shown, look) => said.windowIn.push([shown, look ?? null]),
    },
    onProgress: () => {},
    window,
    shownWindows: windows,
    limits,
  });
  return { read, said, evicted, held, windows, failed };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('followHeldWindows', () => {
  it('reads the window’s groups and its margin’s only, and says which make up its look', async () => {
    const { read, said, held } = run(days(50, 60));
    await settle();
    // Days 50–59 are group 5; the margin (days 40–69) adds groups 4 and 6.
    expect(read.sort((a, b) => a - b)).toEqual([4, 5, 6]);
    // Said as soon as the window's own group is in: the margin's follow.
    const opening = said.opening.at(-1)!;
    expect(opening.complete).toBe(true);
    expect(opening.held?.groups).toEqual([5]);
    expect(opening.held?.span).toEqual(days(40, 70));
    expect(held.look(opening.held!).map((event) => event.id)).toContain('e55');
  });

  it('reads a window moved to, and puts out the least recently used groups beyond the budget', async () => {
    const { read, said, evicted, held, windows } = run(days(50, 60), {
      heldRows: 30,
      windowReadRows: 30,
    });
    await settle();
    windows.show(days(150, 160));
    await settle();
    expect(read).toEqual(expect.arrayContaining([14, 15, 16]));
    const [shown, look] = said.windowIn.at(-1)!;
    expect(shown).toEqual(days(150, 160));
    expect(look?.groups).toEqual([15]);
    // Thirty rows at most: the three groups of the first window are put out.
    expect(evicted.sort((a, b) => a - b)).toEqual([4, 5, 6]);
    expect(held.size).toBe(30);
  });

  it('reads a group put out again when a window needs it', async () => {
    const { read, windows, said } = run(days(50, 60), { heldRows: 30, windowReadRows: 30 });
    await settle();
    windows.show(days(150, 160));
    await settle();
    windows.show(days(50, 60));
    await settle();
    expect(read.filter((group) => group === 5)).toHaveLength(2);
    expect(said.windowIn.at(-1)![1]?.groups).toEqual([5]);
  });

  it('reads nothing for a window too wide to read, and says so', async () => {
    const { read, said, windows } = run(days(50, 60));
    await settle();
    const before = read.length;
    windows.show(days(0, 200));
    await settle();
    expect(read).toHaveLength(before);
    expect(said.windowIn.at(-1)).toEqual([days(0, 200), null]);
  });

  it('opens at the store’s last events when no window is asked for', async () => {
    const { read, said } = run(null, { heldRows: 200, windowReadRows: 200 });
    await settle();
    // The last groups, until they hold more than the 40 events an opening is built around.
    expect(read.slice(0, 5)).toEqual([15, 16, 17, 18, 19]);
    const opening = said.opening.at(-1)!;
    expect(opening.window.end).toBeGreaterThan(at(190));
    expect(opening.held).not.toBeNull();
  });
});
