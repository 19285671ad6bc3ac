import { describe, expect, it } from 'vitest';
import { parseStoreDate } from '../../../format/dates';
import type { StoreEvent } from '../../../format/validate-store';
import { eventTime } from '../../../lib/store-index';
import type { RowGroupSpan } from '../../../format/packed/row-groups';
import type { TimeWindow } from '../../../lib/time-window';
import { type HeldWindow, followHeldWindows } from './held-windows';
import { HeldEvents } from './held-events';
import type { PackedOpening } from './load-packed';
import { packedRequestRelay } from './packed-requests';
import { windowsOf } from './shown-windows';

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
function run(
  window: TimeWindow | null,
  limits = { heldRows: 60, windowReadRows: 30 },
  eventAt: (day: number) => StoreEvent = eventOn,
  store = spans,
  dropDays: ReadonlySet<number> = new Set(),
) {
  const read: number[] = [];
  const said: { opening: PackedOpening[]; windowIn: [TimeWindow, HeldWindow | null][] } = {
    opening: [],
    windowIn: [],
  };
  const evicted: number[] = [];
  const found: string[] = [];
  /** The events handed out, in order. */
  const handed: string[] = [];
  const held = new HeldEvents();
  let group = -1;
  const requests = packedRequestRelay();
  const windows = {
    show: (window: TimeWindow) => requests.tell({ type: 'show-window', window }),
  };
  const failed = followHeldWindows({
    spans: store,
    total: GROUPS * 10,
    extent: days(0, GROUPS * 10),
    density: Promise.resolve(null),
    async readGroup(at) {
      read.push(at);
      const first = 10 * at;
      const events = Array.from({ length: 10 }, (_, i) => eventAt(first + i));
      return {
        count: 10,
        startMs: (i) => eventTime(events[i]!).start,
        endMs: (i) => eventTime(events[i]!).end,
        // A day in `dropDays` is a row the checks drop, said at its row in the file.
        check: (positions) => {
          const kept = positions.filter((i) => !dropDays.has(first + i));
          return {
            events: kept.map((i) => events[i]!),
            rows: kept.map((i) => first + i),
            problems: positions
              .filter((i) => dropDays.has(first + i))
              .map((i) => ({
                severity: 'dropped' as const,
                path: `events[${first + i}].start`,
                expected: 'a date',
                message: 'invalid value; the event dropped',
              })),
          };
        },
      };
    },
    sink: {
      header: () => {},
      restart: () => {},
      group: (next) => (group = next),
      events: (events) => {
        handed.push(...events.map((event) => event.id));
        held.add(group, events);
      },
      evict: (groups) => {
        evicted.push(...groups);
        held.evict(groups);
      },
      opening: (opening) => said.opening.push(opening),
      windowIn: (shown, look) => said.windowIn.push([shown, look ?? null]),
      checked: (problems) => found.push(...problems.map((problem) => problem.path)),
    },
    onProgress: () => {},
    window,
    shownWindows: windowsOf(requests),
    limits,
  });
  return { read, said, evicted, held, windows, failed, handed, found };
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

  it('hands out the rows of a group that start in the window first, then the rest, and says the look again', async () => {
    const { said, handed } = run(days(53, 56));
    await settle();
    await settle();
    // Group 5 holds days 50–59: days 53–55 first, then the rest of the group.
    expect(handed.slice(0, 3)).toEqual(['e53', 'e54', 'e55']);
    expect(handed.slice(3, 10).sort()).toEqual(['e50', 'e51', 'e52', 'e56', 'e57', 'e58', 'e59']);
    expect(said.opening.length).toBeGreaterThan(1);
    expect(said.opening.at(-1)!.held?.groups).toContain(5);
  });

  it('of a group that only reaches into the window, hands out only the events that overlap it, and holds none', async () => {
    // Day 25's event (group 2) runs to day 55, into the window.
    const long = (day: number): StoreEvent =>
      day === 25
        ? {
            ...eventOn(25),
            end: isoDay(54),
            when: { start: parseStoreDate(isoDay(25))!, end: parseStoreDate(isoDay(54))! },
          }
        : eventOn(day);
    const reaching = spans.map((span, i) => (i === 2 ? { ...span, lastEnd: at(55) } : span));
    const { read, said, handed, held, windows, evicted } = run(
      days(53, 56),
      { heldRows: 60, windowReadRows: 30 },
      long,
      reaching,
    );
    await settle();
    await settle();
    expect(read).toContain(2);
    expect(handed.filter((id) => ['e20', 'e21', 'e25', 'e29'].includes(id))).toEqual(['e25']);
    const look = said.opening.at(-1)!.held!;
    expect(look.complete).toBe(true);
    expect(look.groups).toContain(-3);
    expect(held.look(look).map((event) => event.id)).toContain('e25');
    // The next window reads it again if it needs it; this look is dropped.
    windows.show(days(150, 156));
    await settle();
    expect(evicted).toContain(-3);
  });

  it('says what the checks of the rows read found, at their rows in the file, and drops those rows', async () => {
    const { said, found, held } = run(days(50, 60), undefined, eventOn, spans, new Set([55, 95]));
    await settle();
    await settle();
    // Day 55 is in the window's group; day 95 is in no group read.
    expect(found).toEqual(['events[55].start']);
    const look = held.look(said.opening.at(-1)!.held!).map((event) => event.id);
    expect(look).toContain('e54');
    expect(look).not.toContain('e55');
  });
});
