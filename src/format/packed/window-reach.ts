/**
 * What a packed store too large to hold whole reads for a window (issue 18): the row groups
 * of the window, and of a margin of one window width either side (where the person is
 * likeliest to pan next), unless the window holds more rows than are worth reading for one
 * look: zoomed far out, the density pyramid draws where the events are instead.
 */
import { type TimeWindow, span } from '../../lib/time-window';
import { type RowGroupSpan, groupsOverlapping, groupsStartingIn } from './row-groups';

/** The window widened by one window width either side. */
export function withMargin(window: TimeWindow): TimeWindow {
  const width = span(window);
  return { start: window.start - width, end: window.end + width };
}

/** Rows of the groups that may hold an event starting in `window`: what one look would read. */
export function rowsStartingIn(spans: readonly RowGroupSpan[], window: TimeWindow): number {
  const starting = groupsStartingIn(spans, groupsOverlapping(spans, window), window);
  return starting.reduce((rows, at) => rows + spans[at]!.rowEnd - spans[at]!.rowStart, 0);
}

/** Whether a window holds too many rows to read for one look (`limit` rows at most). */
export function tooWideToRead(
  spans: readonly RowGroupSpan[],
  window: TimeWindow,
  limit: number,
): boolean {
  return rowsStartingIn(spans, window) > limit;
}

/**
 * The groups the margin around `window` adds to those of the window itself, nearest to the
 * window first; only those of events that start in the margin (the groups that reach into it
 * only by a long event begun earlier are read when a window needs them).
 */
export function marginGroups(
  spans: readonly RowGroupSpan[],
  window: TimeWindow,
  windowGroups: readonly number[],
): number[] {
  const margin = withMargin(window);
  const own = new Set(windowGroups);
  const starting = groupsStartingIn(spans, groupsOverlapping(spans, margin), margin);
  const distance = (at: number) => {
    const { firstStart, lastStart } = spans[at]!;
    if (firstStart !== null && firstStart >= window.end) return firstStart - window.end;
    if (lastStart !== null && lastStart < window.start) return window.start - lastStart;
    return 0;
  };
  return starting.filter((at) => !own.has(at)).sort((a, b) => distance(a) - distance(b) || a - b);
}
