import type { StoreIndex } from '../../lib/store-index';
import { isDatedToMonthOrYear } from '../../lib/time-index';

const found = new WeakMap<StoreIndex, boolean>();

/**
 * Whether some event is dated to a month or a year only (and is not a period): the timeline
 * hatches those (timeline-items.ts `imprecise`), and its legend says so. Once per store.
 */
export function hasCoarseDates(index: StoreIndex): boolean {
  let coarse = found.get(index);
  if (coarse === undefined) {
    coarse = index.events.some(
      (event) => event.when.end === undefined && isDatedToMonthOrYear(event),
    );
    found.set(index, coarse);
  }
  return coarse;
}
