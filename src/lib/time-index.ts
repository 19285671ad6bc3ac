import type { StoreEvent } from '../format/validate-store';
import { type StoreIndex, lanesOfEvent } from './store-index';
import { lowerBound } from './time-bins';
import type { LaneMode } from './view-store';

/** The one lane of the single-lane view. */
export const SINGLE_LANE = '*';

export interface LaneTimes {
  /** Positions into `TimeIndex.events`, in time order. */
  readonly positions: Int32Array;
  /** Start instant of each of those events, for binary search. */
  readonly starts: Float64Array;
  /** Positions of the lane's spans (periods, and dates as coarse as a month), in time order. */
  readonly periods: Int32Array;
}

/**
 * The filtered events arranged by lane and time, built once per filter change, so that a
 * pan or zoom only does binary searches over it and never scans every event.
 */
export interface TimeIndex {
  readonly events: readonly StoreEvent[];
  readonly starts: Float64Array;
  /** Positions of all spans, in time order. */
  readonly periods: Int32Array;
  /** Lanes holding at least one event, in lane order. */
  readonly laneIds: readonly string[];
  readonly lanes: ReadonlyMap<string, LaneTimes>;
}

/**
 * Events drawn across a stretch of time: periods, and events dated only to a month or a
 * year, which cover that month or year. They can be in view while starting before it.
 */
export function isSpan(event: StoreEvent): boolean {
  const { precision } = event.when.start;
  return event.when.end !== undefined || precision === 'year' || precision === 'month';
}

export function buildTimeIndex(
  index: StoreIndex,
  events: readonly StoreEvent[],
  laneMode: LaneMode,
): TimeIndex {
  const starts = new Float64Array(events.length);
  const span = new Uint8Array(events.length);
  const allPeriods: number[] = [];
  const laneLists = new Map<string, number[]>();
  const laneOfEach = (event: StoreEvent) =>
    laneMode === 'single' ? [SINGLE_LANE] : lanesOfEvent(index, event);
  events.forEach((event, position) => {
    starts[position] = event.when.start.start;
    if (isSpan(event)) {
      span[position] = 1;
      allPeriods.push(position);
    }
    for (const lane of laneOfEach(event)) {
      let list = laneLists.get(lane);
      if (!list) laneLists.set(lane, (list = []));
      list.push(position);
    }
  });
  const order = laneMode === 'single' ? [SINGLE_LANE] : index.laneIds;
  const laneIds = order.filter((lane) => laneLists.has(lane));
  const lanes = new Map<string, LaneTimes>();
  for (const lane of laneIds) {
    const positions = Int32Array.from(laneLists.get(lane)!);
    const laneStarts = new Float64Array(positions.length);
    const periods: number[] = [];
    positions.forEach((position, i) => {
      laneStarts[i] = starts[position]!;
      if (span[position] === 1) periods.push(position);
    });
    lanes.set(lane, { positions, starts: laneStarts, periods: Int32Array.from(periods) });
  }
  return { events, starts, periods: Int32Array.from(allPeriods), laneIds, lanes };
}

/** How many events are at least partly inside the window (each counted once). */
export function countInWindow(time: TimeIndex, window: { start: number; end: number }): number {
  let count = lowerBound(time.starts, window.end) - lowerBound(time.starts, window.start);
  for (const position of time.periods) {
    const event = time.events[position]!;
    if (event.when.start.start >= window.start) break;
    if ((event.when.end ?? event.when.start).end > window.start) count++;
  }
  return count;
}
