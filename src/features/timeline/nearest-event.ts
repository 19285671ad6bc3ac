import type { StoreEvent } from '../../format/validate-store';
import { eventTime } from '../../lib/store-index';
import type { TimeWindow } from '../../lib/time-window';

export interface NearestEvent {
  readonly event: StoreEvent;
  readonly side: 'earlier' | 'later';
}

/**
 * The event nearest a window that holds none of `events` (time-ordered by start): the first
 * to start after it, or the last to end before it, whichever is closer (the later on a tie).
 */
export function nearestOutside(
  events: readonly StoreEvent[],
  window: TimeWindow,
): NearestEvent | null {
  let earlier: StoreEvent | null = null;
  let earlierEnd = -Infinity;
  for (const event of events) {
    const time = eventTime(event);
    if (time.start >= window.end) {
      const laterGap = time.start - window.end;
      return earlier !== null && window.start - earlierEnd < laterGap
        ? { event: earlier, side: 'earlier' }
        : { event, side: 'later' };
    }
    // Ordered by start, not by end: the last to end before the window may come early.
    if (time.end <= window.start && time.end > earlierEnd) {
      earlier = event;
      earlierEnd = time.end;
    }
  }
  return earlier === null ? null : { event: earlier, side: 'earlier' };
}
