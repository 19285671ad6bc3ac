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
import {
  type RowGroupSpan,
  groupsOverlapping,
  lastGroupsHolding,
} from '../../../format/packed/row-groups';
import { marginGroups, tooWideToRead, withMargin } from '../../../format/packed/window-reach';
import type { DensityStrip } from '../../../format/packed/density-strip';
import type { StoreEvent } from '../../../format/validate-store';
import { OPENING, openingWindow } from '../../../lib/opening-window';
import { eventTime, sortByTime } from '../../../lib/store-index';
import type { TimeWindow } from '../../../lib/time-window';
import type { LoadProgress } from './load-store';
import type { PackedReport, PackedSink } from './load-packed';
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

export interface HeldWindowsInput {
  readonly spans: readonly RowGroupSpan[];
  readonly total: number;
  readonly extent: TimeWindow;
  /** The pyramid's overview, awaited only once the opening window is known. */
  readonly density: Promise<DensityStrip | null>;
  /** Reads and checks one group's rows. */
  readGroup(
    group: number,
    signal?: AbortSignal,
  ): Promise<{ events: readonly StoreEvent[]; rows: readonly number[] }>;
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

  const readGroup = async (group: number, signal?: AbortSignal) => {
    const { events, rows } = await input.readGroup(group, signal);
    const evicted = cache.add(group, rowsOf(group), wanted);
    for (const at of evicted) schedule.forget(at);
    if (evicted.length > 0) sink.evict?.(evicted);
    for (let from = 0; from < events.length; from += HANDED_AT_ONCE) {
      sink.group?.(group);
      sink.rows?.(rows.slice(from, from + HANDED_AT_ONCE));
      sink.events(events.slice(from, from + HANDED_AT_ONCE));
    }
    if (events.length === 0) {
      // The page still learns that the group is held (a group whose rows were all dropped).
      sink.group?.(group);
      sink.events([]);
    }
    input.onProgress({ phase: 'download', loaded: cache.heldRows, total, unit: 'events' });
    return events;
  };

  // The window shown, what has been said of it, and whether it is the opening one.
  let shown: { window: TimeWindow; opening: boolean; said: 'none' | 'starts' | 'complete' } | null =
    null;
  const heldWindow = (window: TimeWindow, complete: boolean): HeldWindow => {
    const span = withMargin(window);
    const groups = groupsOverlapping(spans, span).filter((at) => cache.has(at));
    return { window, span, groups, complete };
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
    async ({ group }, signal) => {
      await readGroup(group, signal);
    },
    () => {
      announce();
      if (pending !== null && !openingUnsaid()) {
        const next = pending;
        pending = null;
        show(next, false);
      }
    },
  );
  const show = (window: TimeWindow, opening: boolean) => {
    if (tooWideToRead(spans, window, limits.windowReadRows)) {
      shown = null;
      wanted = new Set();
      reads.clearWindow();
      say(window, opening, null);
      return;
    }
    shown = { window, opening, said: 'none' };
    const own = groupsOverlapping(spans, window);
    const margin = marginGroups(spans, window, own);
    wanted = new Set([...own, ...margin]);
    cache.use(wanted);
    reads.showWindow(window, margin);
    announce();
  };

  let window = input.window;
  if (window === null) {
    const recent: StoreEvent[] = [];
    for (const at of lastGroupsHolding(spans, OPENING.recentEvents)) {
      recent.push(...(await readGroup(at)));
      schedule.markRead(at);
    }
    const last = sortByTime(recent).slice(-(OPENING.recentEvents + 1));
    window = openingWindow(
      last.map((event) => eventTime(event).start),
      last.map((event) => eventTime(event).end),
      input.extent,
    );
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
