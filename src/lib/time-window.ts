/** A visible span of time, in epoch milliseconds (UTC). */
export interface TimeWindow {
  readonly start: number;
  readonly end: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

/** The narrowest and widest windows the timeline offers; links outside are clamped. */
export const MIN_SPAN = 10 * MINUTE;
export const MAX_SPAN = 2000 * YEAR;

export function span(window: TimeWindow): number {
  return window.end - window.start;
}

export function center(window: TimeWindow): number {
  return (window.start + window.end) / 2;
}

/**
 * Rounds a window so that it survives a trip through the URL unchanged: to the minute,
 * or to the second when zoomed in to less than a day.
 */
export function roundWindow(window: TimeWindow): TimeWindow {
  const unit = span(window) < DAY ? 1000 : MINUTE;
  return {
    start: Math.round(window.start / unit) * unit,
    end: Math.round(window.end / unit) * unit,
  };
}

function clampSpan(window: TimeWindow): TimeWindow {
  const width = Math.min(MAX_SPAN, Math.max(MIN_SPAN, span(window)));
  const middle = center(window);
  return { start: middle - width / 2, end: middle + width / 2 };
}

/**
 * Zooms around a moment that keeps its place on screen (the window's centre unless one is
 * given): factor < 1 zooms in, > 1 zooms out.
 */
export function zoomWindow(window: TimeWindow, factor: number, at = center(window)): TimeWindow {
  return roundWindow(
    clampSpan({ start: at - (at - window.start) * factor, end: at + (window.end - at) * factor }),
  );
}

/**
 * Room right of the last event for its label: a dot and a title's first two words, the least a
 * label shows (label-fit.ts), for most titles.
 */
const LAST_LABEL_PX = 180;

/**
 * The most events drawn one by one (LOD_LIMITS.total in level-of-detail.ts): beyond it, the
 * densest lanes are drawn as counts, and the last events have no label to make room for.
 */
export const MOST_ITEMS_DRAWN = 250;

/**
 * The whole extent of `events` events with a margin: more on the right, where the labels of
 * the last events run on past their dates. On a time area `widthPx` wide it holds a label, up
 * to half the view: 16% of the 465 px a lane per actor has beside the details at 1280 px is
 * not one, and the last events were drawn as marks. Events too many to be labelled get the
 * left's margin on the right too: a store of 20,000 over 28 years ran 23 years on, empty.
 */
export function fitWindow(extent: TimeWindow, widthPx = Infinity, events = 0): TimeWindow {
  const width = Math.max(span(extent), 30 * DAY);
  const middle = center(extent);
  const share = Math.min(0.5, LAST_LABEL_PX / widthPx);
  const right =
    width * (events > MOST_ITEMS_DRAWN ? 0.04 : Math.max(0.16, (1.04 * share) / (1 - share)));
  return roundWindow(clampSpan({ start: middle - width * 0.54, end: middle + width / 2 + right }));
}

/**
 * A window that shows an event with some context: a period fills about half the view;
 * a point event gets a few months either side so its neighbours are visible.
 */
export function focusWindow(event: TimeWindow): TimeWindow {
  const width = Math.max(span(event) * 2, 120 * DAY);
  const middle = center(event);
  return roundWindow(clampSpan({ start: middle - width / 2, end: middle + width / 2 }));
}

/**
 * Pans (never zooms) the window just enough to bring an event's start into view: an event
 * already on screen leaves the window alone; one off screen is brought in to a tenth of the
 * width from the nearer edge, so the view moves as little as it can.
 */
export function revealInWindow(window: TimeWindow, event: TimeWindow): TimeWindow {
  if (event.start >= window.start && event.start <= window.end) return window;
  const width = span(window);
  const margin = width * 0.1;
  const start = event.start < window.start ? event.start - margin : event.start + margin - width;
  return roundWindow({ start, end: start + width });
}

export function sameWindow(a: TimeWindow, b: TimeWindow, tolerance = 0.001): boolean {
  const allowed = Math.max(1000, span(a) * tolerance);
  return Math.abs(a.start - b.start) <= allowed && Math.abs(a.end - b.end) <= allowed;
}
