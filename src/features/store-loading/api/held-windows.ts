/**
 * A packed store too large to hold whole (issue 18: a million events): only the row groups
 * of the windows the person looks at are read, with a margin of one window width either
 * side, and kept within a budget of rows (least recently used groups put out, and the page
 * told to drop them). A window holding more rows than are worth reading for one look (zoomed
 * far out) reads none: the density pyramid under the timeline shows where the events are.
 * Nothing is read in the background, so the load never ends by itself: the worker follows
 * the windows until the page stops it.
 */
import { GroupCache } from '../../../format/packed/group-cache';
import { READS_AT_ONCE, RowGroupSchedule } from '../../../format/packed/row-group-schedule';
import { type RowGroupSpan, groupsOverlapping } from '../../../format/packed/row-groups';
import { marginGroups, tooWideToRead, withMargin } from '../../../format/packed/window-reach';
import type { DensityStrip } from '../../../format/packed/density-strip';
import type { StoreEvent } from '../../../format/validate-store';
import type { Problem } from '../../../format/problems';
import type { TimeWindow } from '../../../lib/time-window';
import type { LoadProgress } from './load-store';
import type { PackedReport, PackedSink } from './load-packed';
import { openingWindowOfLastGroups } from './packed-opening';
import { ScheduledReads } from './scheduled-reads';
import type { ShownWindows } from './shown-windows';

/** A store of more events than this is not read whole: only the windows shown are. */
export const WHOLE_STORE_ROWS = 200_000;
/** Rows held at most (a few window widths of a month at a million events, ~100 MB of events). */
export const HELD_ROWS = 200_000;
/**
 * A window whose events start in groups of more rows than this is too wide to read for one
 * look (eight groups of 8,192: about a year of a million events over 25 years).
 */
export const WINDOW_READ_ROWS = 65_536;

/** The look at a window of a store read only window by window. */
export interface HeldWindow {
  readonly window: TimeWindow;
  /** The window with its margin: the held events that overlap it make up the look. */
  readonly span: TimeWindow;
  /** The held row groups that may hold an event of `span`. */
  readonly groups: readonly number[];
  /** Every group that may hold an event of the window is in (else those starting in it are). */
  readonly complete: boolean;
}

/** A row group's light rows as read, in the file's order (by start): checked a stretch at a time. */
export interface GroupRows {
  readonly count: number;
  /** The first instant of row `i`'s start (ms), from the file's `start_ms`. */
  startMs(i: number): number;
  /** The first instant after row `i`'s event (ms), from the file's `end_ms`. */
  endMs(i: number): number;
  /**
   * Checks these rows (positions in the group): the events kept, each one's row in the file,
   * and what the checks found, at the rows' places in the file (`events[row]`).
   */
  check(positions: readonly number[]): {
    events: readonly StoreEvent[];
    rows: readonly number[];
    problems: readonly Problem[];
  };
}

export interface HeldWindowsInput {
  readonly spans: readonly RowGroupSpan[];
  readonly total: number;
  readonly extent: TimeWindow;
  /** The pyramid's overview, awaited only once the opening window is known. */
  readonly density: Promise<DensityStrip | null>;
  /** Reads one group's rows (not checked yet). */
  readGroup(group: number, signal?: AbortSignal): Promise<GroupRows>;
  readonly sink: PackedSink;
  readonly onProgress: (progress: LoadProgress) => void;
  /** Where the page fetches each event's heavy columns (and the bytes fetched so far). */
  readonly report?: () => PackedReport;
  /** The link's window; otherwise the store's opening window (its last events). */
  readonly window: TimeWindow | null;
  readonly shownWindows?: ShownWindows | undefined;
  /** Tests hold fewer rows. */
  readonly limits?: { readonly heldRows: number; readonly windowReadRows: number };
}

/** Events per hand-over to the page: the worker posts each as one message. */
const HANDED_AT_ONCE = 5_000;

/** Settles only if a read fails: the windows are followed until the worker is stopped. */
export async function followHeldWindows(input: HeldWindowsInput): Promise<never> {
  const { spans, total, sink } = input;
  const limits = input.limits ?? { heldRows: HELD_ROWS, windowReadRows: WINDOW_READ_ROWS };
  const cache = new GroupCache(limits.heldRows);
  const schedule = new RowGroupSchedule(spans, READS_AT_ONCE, false);
  /** The groups of the window shown and its margin: never put out while it is shown. */
  let wanted = new Set<number>();
  const rowsOf = (group: number) => spans[group]!.rowEnd - spans[group]!.rowStart;

  /** Each group's latest read, so that the rest of an earlier one is not handed out twice. */
  const latestRead = new Map<number, object>();
  /** The rests of groups whose window rows went first, each checked in a task of its own. */
  const rests: (() => void)[] = [];
  let draining = false;
  /** Groups whose rest is out since the look was last said: said again once all are. */
  const restsOut = new Set<number>();
  const drainRests = () => {
    if (draining) return;
    if (rests.length === 0) {
      // One new look for all of them, not one per group: each look is indexed and drawn.
      if (restsOut.size > 0) sayAgain([...restsOut]);
      restsOut.clear();
      return;
    }
    // Not before the window shown is complete: they would hold up its other groups.
    if (shown !== null && shown.said !== 'complete') return;
    draining = true;
    setTimeout(() => {
      draining = false;
      rests.shift()?.();
      drainRests();
    }, 0);
  };
  const checkRows = (read: GroupRows, at: readonly number[]) => {
    const checked = read.check(at);
    if (checked.problems.length > 0) sink.checked?.(checked.problems);
    return checked;
  };
  const handOut = (group: number, events: readonly StoreEvent[], rows: readonly number[]) => {
    for (let from = 0; from < events.length; from += HANDED_AT_ONCE) {
      sink.group?.(group);
      sink.rows?.(rows.slice(from, from + HANDED_AT_ONCE));
      sink.events(events.slice(from, from + HANDED_AT_ONCE));
    }
  };
  const hold = (group: number) => {
    const evicted = cache.add(group, rowsOf(group), wanted);
    for (const at of evicted) schedule.forget(at);
    if (evicted.length > 0) sink.evict?.(evicted);
    input.onProgress({ phase: 'download', loaded: cache.heldRows, total, unit: 'events' });
  };
  /**
   * Reads a group, checks and hands out its rows. Given `first` (a window whose events start
   * in this group), the rows that start in it go first, and the read counts as done once they
   * are out: checking rows is most of a group's cost, and those are what the person looks at.
   * The rest of the group (events begun before the window, and after it) waits until the
   * window is complete (`drainRests`), and the look is said again once it is out.
   */
  const readGroup = async (group: number, signal?: AbortSignal, first?: TimeWindow) => {
    const read = await input.readGroup(group, signal);
    const token = {};
    latestRead.set(group, token);
    // Held whole from now on: a look at it for another window is replaced.
    if (peeked.delete(group)) sink.evict?.([peekKey(group)]);
    if (first === undefined) {
      const { events, rows } = checkRows(read, positions(0, read.count));
      hold(group);
      // The page learns that the group is held even when its rows were all dropped.
      if (events.length === 0) sink.group?.(group);
      if (events.length === 0) sink.events([]);
      handOut(group, events, rows);
      return events;
    }
    const from = firstRowFrom(read, first.start);
    const to = firstRowFrom(read, first.end);
    const starting = checkRows(read, positions(from, to));
    hold(group);
    handOut(group, starting.events, starting.rows);
    rests.push(() => {
      // Put out meanwhile (and maybe read again since): its rows are read when a window needs them.
      if (!cache.has(group) || latestRead.get(group) !== token) return;
      for (const [a, b] of [
        [0, from],
        [to, read.count],
      ] as const) {
        const rest = checkRows(read, positions(a, b));
        handOut(group, rest.events, rest.rows);
      }
      restsOut.add(group);
    });
    return starting.events;
  };

  /**
   * Groups that reach into the window shown only by events begun before it (a long war in
   * a group of a year long past): of those, only the events that overlap the window and its
   * margin are checked and handed out, under a key of their own (`peekKey`), and not held:
   * read again for the next window. Whole, they would be most of what a window reads.
   */
  const peeked = new Set<number>();
  const peek = async (group: number, signal: AbortSignal) => {
    const read = await input.readGroup(group, signal);
    if (cache.has(group) || shown === null) return;
    const span = withMargin(shown.window);
    const overlapping: number[] = [];
    for (let i = 0; i < read.count; i++) {
      if (read.startMs(i) < span.end && read.endMs(i) > span.start) overlapping.push(i);
    }
    const { events, rows } = checkRows(read, overlapping);
    peeked.add(group);
    sink.evict?.([peekKey(group)]);
    sink.group?.(peekKey(group));
    sink.events([]);
    handOut(peekKey(group), events, rows);
  };
  const forgetPeeks = () => {
    const keys = [...peeked].map(peekKey);
    for (const group of peeked) schedule.forget(group);
    peeked.clear();
    if (keys.length > 0) sink.evict?.(keys);
  };

  // The window shown, what has been said of it, and whether it is the opening one.
  let shown: { window: TimeWindow; opening: boolean; said: 'none' | 'starts' | 'complete' } | null =
    null;
  const heldWindow = (window: TimeWindow, complete: boolean): HeldWindow => {
    const span = withMargin(window);
    const groups = groupsOverlapping(spans, span).filter((at) => cache.has(at));
    return { window, span, groups: [...groups, ...[...peeked].map(peekKey)], complete };
  };
  const say = (window: TimeWindow, opening: boolean, held: HeldWindow | null) => {
    if (opening) {
      sink.opening?.({
        window,
        extent: input.extent,
        total,
        density,
        complete: held === null || held.complete,
        held,
        ...(input.report ? { report: input.report() } : {}),
      });
    } else {
      sink.windowIn?.(window, held);
    }
  };
  /** Groups' rests are out: the window shown, already said, is said again with their events. */
  const sayAgain = (groups: readonly number[]) => {
    if (shown === null || shown.said === 'none') return;
    const around = groupsOverlapping(spans, withMargin(shown.window));
    if (!groups.some((group) => around.includes(group))) return;
    say(shown.window, shown.opening, heldWindow(shown.window, shown.said === 'complete'));
  };
  const announce = () => {
    if (shown === null || shown.said === 'complete') return;
    if (schedule.windowComplete()) {
      shown.said = 'complete';
      say(shown.window, shown.opening, heldWindow(shown.window, true));
    } else if (schedule.windowStartsIn() && shown.said === 'none') {
      // The events that start in the window are drawn; those of groups that reach into it
      // only by a long event begun earlier are still on their way.
      shown.said = 'starts';
      say(shown.window, shown.opening, heldWindow(shown.window, false));
    }
  };
  // A window asked for while the opening one is read waits for it: the first look is the
  // opening window's.
  let pending: TimeWindow | null = null;
  const openingUnsaid = () => shown !== null && shown.opening && shown.said !== 'complete';
  const reads = new ScheduledReads(
    schedule,
    async ({ group, forWindow }, signal) => {
      const window = shown?.window;
      const own = forWindow && window !== undefined && schedule.shownGroups().includes(group);
      if (own && !schedule.startsIn(group)) await peek(group, signal);
      else await readGroup(group, signal, own ? window : undefined);
    },
    () => {
      announce();
      drainRests();
      if (pending !== null && !openingUnsaid()) {
        const next = pending;
        pending = null;
        show(next, false);
      }
    },
  );
  const show = (window: TimeWindow, opening: boolean) => {
    if (tooWideToRead(spans, window, limits.windowReadRows)) {
      forgetPeeks();
      shown = null;
      wanted = new Set();
      reads.clearWindow();
      say(window, opening, null);
      drainRests();
      return;
    }
    forgetPeeks();
    shown = { window, opening, said: 'none' };
    const own = groupsOverlapping(spans, window);
    const margin = marginGroups(spans, window, own);
    wanted = new Set([...own, ...margin]);
    cache.use(wanted);
    reads.showWindow(window, margin);
    announce();
    drainRests();
  };

  let window = input.window;
  if (window === null) {
    window = await openingWindowOfLastGroups(spans, input.extent, async (at) => {
      const events = await readGroup(at);
      schedule.markRead(at);
      return events;
    });
  }
  const density = await input.density;
  show(window, true);
  const stopFollowing = input.shownWindows?.follow((next) => {
    if (openingUnsaid()) pending = next;
    else show(next, false);
  });
  try {
    await reads.run();
    // Every group read (a store barely over the budget): windows are still followed, held.
    return await new Promise<never>(() => {});
  } finally {
    stopFollowing?.();
  }
}

/** The first row whose start is at or after `at` (rows are in order of start). */
function firstRowFrom(read: GroupRows, at: number): number {
  let low = 0;
  let high = read.count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (read.startMs(middle) < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The key under which a group's events overlapping one window are handed out (see `peek`). */
export const peekKey = (group: number) => -1 - group;

const positions = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
