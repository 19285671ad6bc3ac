import { type TimeWindow, fitWindow, roundWindow, span } from './time-window';
import { type StoreIndex, eventTime } from './store-index';

const DAY = 86_400_000;

/** How the first view of a store is chosen (see openingWindow); tests vary these. */
export const OPENING = {
  /** The most events the first view is built around: enough to read, few enough to label. */
  recentEvents: 40,
  /**
   * The same on a narrow screen (a phone, a small embed), whose few hundred pixels of time
   * would show 40 events' lanes as counts: a shorter recent stretch, read event by event.
   */
  narrowRecentEvents: 8,
  /** Screens this wide or narrower are narrow (the phone layout's width, app.css). */
  narrowWidthPx: 600,
  /** The narrowest first view. */
  minSpan: 120 * DAY,
};

// Constants rather than fields of OPENING: a field's name stays whole in the first screen's
// script, and no test varies these.
/** A stretch holds at least this many events, gaps or not: one lone event is no overview. */
const FEWEST_EVENTS = 4;
/** A gap wider than this share of the whole extent ends the recent stretch. */
const BREAK_SHARE = 1 / 8;
/** A stretch wider than this share of the extent is as good as the whole: fit all. */
const FIT_ALL_SHARE = 0.6;
/** Room left of the first event and right of the last, whose labels run to the right. */
const LEFT_MARGIN = 0.06;
const RIGHT_MARGIN = 0.55;

/**
 * A small store (all of it looked at) whose stretch would leave out more than this share of
 * its events opens on the whole: a first view of 6 of 10 hides half the story…
 */
const SMALL_STORE_LEFT_OUT = 1 / 4;
/** …unless the whole would squeeze the stretch into less than this share of the width. */
const SMALL_STORE_SQUEEZE = 1 / 8;

/**
 * The window a store opens at when the link names none: the most recent stretch of events
 * at a size where they can be read, not the whole extent, where a few early events would
 * squeeze all the others into a sliver. Walking back from the last event, the stretch takes
 * up to `recentEvents` events and stops at the first long quiet gap (a break between eras)
 * once it holds a few;
 * `Fit all` shows everything. `starts` and `ends` are in time order of start (StoreIndex.events):
 * the store's last `recentEvents + 1` events, or all of them when it has no more; the store
 * holds `storeEvents`.
 */
export function openingWindow(
  starts: readonly number[],
  ends: readonly number[],
  extent: TimeWindow,
  options: Pick<typeof OPENING, 'recentEvents' | 'minSpan'> = OPENING,
  areaPx = Infinity,
  storeEvents = starts.length,
): TimeWindow {
  const count = starts.length;
  if (count === 0) return fitWindow(extent, areaPx);
  const breakGap = span(extent) * BREAK_SHARE;
  let first = count - 1;
  while (first > 0 && count - first < options.recentEvents) {
    const held = count - first;
    if (held >= FEWEST_EVENTS && starts[first]! - starts[first - 1]! > breakGap) break;
    first -= 1;
  }
  const start = starts[first]!;
  const lastStart = starts[count - 1]!;
  // A period of the stretch that runs on is followed at most as far again as the stretch.
  const reach = lastStart + Math.max(lastStart - start, options.minSpan);
  let end = lastStart;
  for (let i = first; i < count; i++) end = Math.max(end, Math.min(ends[i]!, reach));
  const share = (end - start) / span(extent);
  const hidesMuchOfSmallStore =
    count <= options.recentEvents &&
    first > count * SMALL_STORE_LEFT_OUT &&
    share >= SMALL_STORE_SQUEEZE;
  if (share >= FIT_ALL_SHARE || hidesMuchOfSmallStore) {
    return fitWindow(extent, areaPx, storeEvents);
  }
  const width = Math.max(end - start, options.minSpan);
  const left = (start + end) / 2 - width / 2;
  return roundWindow({
    start: left - width * LEFT_MARGIN,
    end: left + width * (1 + RIGHT_MARGIN),
  });
}

/**
 * The opening window of a loaded store on a screen `widthPx` wide, whose timeline shows time
 * on `areaPx` of it: only its last events are looked at, fewer on a narrow screen.
 */
export function openingWindowOf(
  index: StoreIndex,
  widthPx = Infinity,
  areaPx = widthPx,
): TimeWindow {
  const recentEvents =
    widthPx <= OPENING.narrowWidthPx ? OPENING.narrowRecentEvents : OPENING.recentEvents;
  const recent = index.events.slice(-(recentEvents + 1));
  return openingWindow(
    recent.map((event) => eventTime(event).start),
    recent.map((event) => eventTime(event).end),
    index.extent,
    { ...OPENING, recentEvents },
    areaPx,
    index.events.length,
  );
}
