import type { StoreEvent } from '../format/validate-store';
import { type StoreIndex, lanesOfEvent } from './store-index';
import { runningSpans } from './running-spans';
import { lowerBound } from './time-bins';
import type { LaneMode } from './view-store';
import { isContested } from './event-evidence';

/** The one lane of the single-lane view. */
export const SINGLE_LANE = '*';

export interface LaneTimes {
  /** Positions into `TimeIndex.events`, in time order. */
  readonly positions: Int32Array;
  /** Start instant of each of those events, for binary search. */
  readonly starts: Float64Array;
  /** Positions of the lane's spans (periods, and dates as coarse as a month), in time order. */
  readonly periods: Int32Array;
  /**
   * How many of the lane's first k events are disputed or refuted, at k: any stretch's count
   * is two lookups, for the counts drawn when the lane is too crowded for its events.
   */
  readonly contested: Int32Array;
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

/** An event whose start is a month or a year, not a day or a moment ("2023-09", "2019"). */
export function isDatedToMonthOrYear(event: StoreEvent): boolean {
  const { precision } = event.when.start;
  return precision === 'year' || precision === 'month';
}

/**
 * Events drawn across a stretch of time: periods, and events dated only to a month or a
 * year, which cover that month or year. They can be in view while starting before it.
 */
export function isSpan(event: StoreEvent): boolean {
  return event.when.end !== undefined || isDatedToMonthOrYear(event);
}

/**
 * Builds the time index of `events`, a filtered selection of `index.events`. Every filter
 * change needs one, so what does not depend on the filter (each event's lanes and kind) is
 * worked out once per store and lane mode, and a selection is indexed with typed arrays
 * only: ~90 ms at 100,000 events became a few.
 */
export function buildTimeIndex(
  index: StoreIndex,
  events: readonly StoreEvent[],
  laneMode: LaneMode,
): TimeIndex {
  const lanes = storeLanes(index, laneMode);
  if (events === index.events) {
    // From the store's lanes just worked out, not from the events again: a second walk over
    // every event's lanes was half of this index's time (scripts/measure-load.ts).
    lanes.whole ??= indexSelection(lanes, events, Int32Array.from(events.keys()));
    return lanes.whole;
  }
  const positions = positionsInStore(index, events);
  return positions === null
    ? buildTimeIndexDirectly(index, events, laneMode)
    : indexSelection(lanes, events, positions);
}

/**
 * The time index of the whole store (buildTimeIndex of `index.events`, kept with the index) in
 * two steps, each event's lanes and then the index of them, for a large store's loader to
 * let the page paint between them (get-store.ts): at 100,000 events the whole was a frame of
 * up to ~105 ms.
 */
export function* wholeTimeIndexSteps(
  index: StoreIndex,
  laneMode: LaneMode,
): Generator<void, TimeIndex> {
  storeLanes(index, laneMode);
  yield;
  return buildTimeIndex(index, index.events, laneMode);
}

/** Each event's lanes, as numbers into `laneIds`: those of event p are at from[p]..from[p+1]. */
interface StoreLanes {
  readonly laneIds: readonly string[];
  readonly from: Int32Array;
  readonly lanes: Int32Array;
  readonly starts: Float64Array;
  readonly span: Uint8Array;
  /** 1 for an event disputed or refuted. */
  readonly contested: Uint8Array;
  whole?: TimeIndex;
}

const storeLanesCache = new WeakMap<StoreIndex, Map<LaneMode, StoreLanes>>();

function storeLanes(index: StoreIndex, laneMode: LaneMode): StoreLanes {
  let byMode = storeLanesCache.get(index);
  if (!byMode) storeLanesCache.set(index, (byMode = new Map()));
  let found = byMode.get(laneMode);
  if (found) return found;
  const { events } = index;
  const laneIds = laneMode === 'single' ? [SINGLE_LANE] : index.laneIds;
  const number = new Map(laneIds.map((lane, i) => [lane, i]));
  const from = new Int32Array(events.length + 1);
  const lanes: number[] = [];
  const starts = new Float64Array(events.length);
  const span = new Uint8Array(events.length);
  const contested = new Uint8Array(events.length);
  events.forEach((event, position) => {
    from[position] = lanes.length;
    starts[position] = event.when.start.start;
    if (isSpan(event)) span[position] = 1;
    if (isContested(event.status)) contested[position] = 1;
    if (laneMode === 'single') lanes.push(0);
    else for (const lane of lanesOfEvent(index, event)) lanes.push(number.get(lane)!);
  });
  from[events.length] = lanes.length;
  found = { laneIds, from, lanes: Int32Array.from(lanes), starts, span, contested };
  byMode.set(laneMode, found);
  return found;
}

/**
 * Where each of `events` is in the store, or null when they are not a selection of it in
 * its order. A walk along both lists: no lookups.
 */
function positionsInStore(index: StoreIndex, events: readonly StoreEvent[]): Int32Array | null {
  const all = index.events;
  const positions = new Int32Array(events.length);
  let at = 0;
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    while (at < all.length && all[at] !== event) at++;
    if (at === all.length) return null;
    positions[i] = at++;
  }
  return positions;
}

function indexSelection(
  store: StoreLanes,
  events: readonly StoreEvent[],
  positions: Int32Array,
): TimeIndex {
  const starts = new Float64Array(events.length);
  const counts = new Int32Array(store.laneIds.length);
  const spanCounts = new Int32Array(store.laneIds.length);
  let periodCount = 0;
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i]!;
    starts[i] = store.starts[position]!;
    const span = store.span[position]!;
    periodCount += span;
    for (let k = store.from[position]!; k < store.from[position + 1]!; k++) {
      counts[store.lanes[k]!]!++;
      spanCounts[store.lanes[k]!]! += span;
    }
  }
  const lanePositions = Array.from(counts, (count) => new Int32Array(count));
  const lanePeriods = Array.from(spanCounts, (count) => new Int32Array(count));
  const periods = new Int32Array(periodCount);
  counts.fill(0);
  spanCounts.fill(0);
  periodCount = 0;
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i]!;
    const span = store.span[position] === 1;
    if (span) periods[periodCount++] = i;
    for (let k = store.from[position]!; k < store.from[position + 1]!; k++) {
      const lane = store.lanes[k]!;
      lanePositions[lane]![counts[lane]!++] = i;
      if (span) lanePeriods[lane]![spanCounts[lane]!++] = i;
    }
  }
  const laneIds: string[] = [];
  const lanes = new Map<string, LaneTimes>();
  store.laneIds.forEach((lane, number) => {
    const laneList = lanePositions[number]!;
    if (laneList.length === 0) return;
    const laneStarts = new Float64Array(laneList.length);
    const contested = new Int32Array(laneList.length + 1);
    for (let i = 0; i < laneList.length; i++) {
      laneStarts[i] = starts[laneList[i]!]!;
      contested[i + 1] = contested[i]! + store.contested[positions[laneList[i]!]!]!;
    }
    laneIds.push(lane);
    lanes.set(lane, {
      positions: laneList,
      starts: laneStarts,
      periods: lanePeriods[number]!,
      contested,
    });
  });
  return { events, starts, periods, laneIds, lanes };
}

/** The time index of `events` in any order, from their dates and lanes. */
export function buildTimeIndexDirectly(
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
    const contested = new Int32Array(positions.length + 1);
    positions.forEach((position, i) => {
      laneStarts[i] = starts[position]!;
      if (span[position] === 1) periods.push(position);
      contested[i + 1] = contested[i]! + (isContested(events[position]!.status) ? 1 : 0);
    });
    lanes.set(lane, {
      positions,
      starts: laneStarts,
      periods: Int32Array.from(periods),
      contested,
    });
  }
  return { events, starts, periods: Int32Array.from(allPeriods), laneIds, lanes };
}

/** Disputed or refuted events among a lane's events `from` (inclusive) to `to` (exclusive). */
export function contestedBetween(times: LaneTimes, from: number, to: number): number {
  return times.contested[to]! - times.contested[from]!;
}

/** How many events are at least partly inside the window (each counted once). */
export function countInWindow(time: TimeIndex, window: { start: number; end: number }): number {
  const startingIn = lowerBound(time.starts, window.end) - lowerBound(time.starts, window.start);
  return startingIn + runningSpans(time.events, time.periods).countAt(window.start);
}
