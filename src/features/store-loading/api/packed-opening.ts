import { type RowGroupSpan, lastGroupsHolding } from '../../../format/packed/row-groups';
import type { StoreEvent } from '../../../format/validate-store';
import { OPENING, openingWindow } from '../../../lib/opening-window';
import { eventTime, sortByTime } from '../../../lib/store-index';
import type { TimeWindow } from '../../../lib/time-window';

/**
 * The window a packed store opens at when the link gives none: the same as a JSON store's
 * (openingWindow, around its most recent events), from the events of its last row groups
 * only, read here (`readGroup` marks each read, so that no schedule reads it again).
 */
export async function openingWindowOfLastGroups(
  spans: readonly RowGroupSpan[],
  extent: TimeWindow,
  readGroup: (group: number) => Promise<readonly StoreEvent[]>,
): Promise<TimeWindow> {
  const recent: StoreEvent[] = [];
  for (const group of lastGroupsHolding(spans, OPENING.recentEvents)) {
    recent.push(...(await readGroup(group)));
  }
  const last = sortByTime(recent).slice(-(OPENING.recentEvents + 1));
  return openingWindow(
    last.map((event) => eventTime(event).start),
    last.map((event) => eventTime(event).end),
    extent,
  );
}
