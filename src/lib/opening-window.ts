import { type TimeWindow, fitWindow, roundWindow, span } from './time-window';
import { type StoreIndex, eventTime } from './store-index';

const DAY = 86_400_000;

/** How the first view of a store is chosen (see openingWindow). */
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
  /** A stretch holds at least this many events, gaps or not: one lone event is no overview. */
  fewestEvents: 4,
  /** A gap wider than this share of the whole extent ends the recent stretch. */
  breakShare: 1 / 8,
  /** The narrowest first view. */
  minSpan: 120 * DAY,
  /** A stretch wider than this share of the extent is as good as the whole: fit all. */
  fitAllShare: 0.6,
  /** Room left of the first event and right of the last, whose labels run to the right. */
  leftMargin: 0.06,
  rightMargin: 0.55,
};

/**
 * The window a store opens at when the link names none: the most recent stretch of events
 * at a size where they can be read, not the whole extent, where a few early events would
 * squeeze all the others into a sliver. Walking back from the last event, the stretch takes
 * up to `recentEvents` events and stops at the first long quiet gap (a break between eras)
 * once it holds a few;
 * `Fit all` shows everything. `starts` and `ends` are in time order of start (StoreIndex.events).
 */
export function openingWindow(
  starts: readonly number[],
  ends: readonly number[],
  extent: TimeWindow,
  options = OPENING,
  areaPx = Infinity,
): TimeWindow {
  const count = starts.length;
  if (count === 0) return fitWindow(extent, areaPx);
  const breakGap = span(extent) * options.breakShare;
  let first = count - 1;
  while (first > 0 && count - first < options.recentEvents) {
    const held = count - first;
    if (held >= options.fewestEvents && starts[first]! - starts[first - 1]! > breakGap) break;
    first -= 1;
  }
  const start = starts[first]!;
  const lastStart = starts[count - 1]!;
  // A period of the stretch that runs on is followed at most as far again as the stretch.
  const reach = lastStart + Math.max(lastStart - start, options.minSpan);
  let end = lastStart;
  for (let i = first; i < count; i++) end = Math.max(end, Math.min(ends[i]!, reach));
  if (end - start >= span(extent) * options.fitAllShare) return fitWindow(extent, areaPx);
  const width = Math.max(end - start, options.minSpan);
  const left = (start + end) / 2 - width / 2;
  return roundWindow({
    start: left - width * options.leftMargin,
    end: left + width * (1 + options.rightMargin),
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
  );
}
