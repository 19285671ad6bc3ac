import type { Locale } from '../../lib/date-format';
import { formatNumber } from '../../lib/number-format';
import { type StoreIndex, laneColorOf } from '../../lib/store-index';
import { SINGLE_LANE, type TimeIndex, contestedBetween } from '../../lib/time-index';
import { runningSpans } from '../../lib/running-spans';
import { binFloor, binNext, chooseBinUnit, lowerBound } from '../../lib/time-bins';
import { MOST_ITEMS_DRAWN, type TimeWindow } from '../../lib/time-window';
import {
  type AggregateBin,
  type AnyItemSpec,
  DEFAULT_ACTOR_COLOR,
  type TimelineItemSpec,
  aggregateIdFor,
  itemFor,
} from './timeline-items';
import { labelFitsInWindow, lanesToCollapse, rangeHoldsLabel, stackedRows } from './label-fit';

/** The narrowest bin of counts, when the width is known: room for a number. */
const MIN_BIN_PX = 34;

/**
 * Level of detail. vis-timeline draws a few hundred DOM items smoothly and no more, so the
 * timeline is never handed more: lanes whose events in view fit the budget show them one by
 * one; denser lanes show counts per calendar bin (one canvas-painted item per lane), which
 * zoom in when clicked. The range
 * covers half a window either side, so short pans reveal items already placed.
 */
export const LOD_LIMITS = {
  /** Most individual items in one lane before it is aggregated. */
  perLane: 60,
  /** Most individual items in all lanes together. */
  total: MOST_ITEMS_DRAWN,
  /** Most aggregate bins in all lanes within one window width. */
  binsPerWindow: 480,
  /** Periods shorter than this share of the window are drawn as points (see itemFor). */
  shortestRangeShare: 1 / 120,
};

export interface VisibleItems {
  readonly items: AnyItemSpec[];
  /** The span the items cover: the window plus margins, snapped to bin edges. */
  readonly range: TimeWindow;
  /** Events covered by aggregates rather than drawn. */
  readonly aggregatedEvents: number;
  readonly individualEvents: number;
  /** Lanes drawn as counts only because they were too crowded for the height (ScreenFit). */
  readonly crowdedLanes: ReadonlySet<string>;
}

export function visibleRange(window: TimeWindow): TimeWindow {
  const span = window.end - window.start;
  return { start: window.start - span / 2, end: window.end + span / 2 };
}

/**
 * Whether the items built for `builtFor` still cover every part of `window`: they reach half
 * a window either side of it (visibleRange), so a pan no further than that, or a zoom in
 * anywhere within them, finds them all drawn, and new ones can wait. A zoom out, or a longer
 * pan, would show lanes with gaps until they come.
 */
export function windowWithinItems(builtFor: TimeWindow, window: TimeWindow): boolean {
  const covered = visibleRange(builtFor);
  return window.start >= covered.start && window.end <= covered.end;
}

/**
 * The room the timeline has on screen, when known: labels are fitted to it (label-fit.ts)
 * and lanes too crowded for their share of the height are collapsed into counts.
 */
export interface ScreenFit {
  /** The time area (without the lane labels). */
  readonly widthPx: number;
  readonly heightPx: number;
  /** Lanes the person opened: drawn event by event however crowded. */
  readonly expandedLanes: ReadonlySet<string>;
}

export function buildVisibleItems(
  index: StoreIndex,
  time: TimeIndex,
  window: TimeWindow,
  locale: Locale,
  selectedEventId: string | null,
  limits = LOD_LIMITS,
  fit: ScreenFit | null = null,
): VisibleItems {
  const span = window.end - window.start;
  const shortestRange = span * limits.shortestRangeShare;
  const lanesShown = Math.max(1, time.laneIds.length);
  const unit = chooseBinUnit(
    span,
    Math.max(
      fit ? 4 : 8,
      Math.min(
        48,
        Math.floor(limits.binsPerWindow / lanesShown),
        // Wide enough for a count to be read in each bin.
        fit ? Math.floor(fit.widthPx / MIN_BIN_PX) : Infinity,
      ),
    ),
  );
  const wanted = visibleRange(window);
  // Snap the range to bin edges so that small pans produce the same items.
  const range = {
    start: binFloor(wanted.start, unit),
    end: binNext(binFloor(wanted.end, unit), unit),
  };
  const groupOf = (lane: string) => (lane === SINGLE_LANE ? null : lane);

  const lanes = time.laneIds.map((lane) => {
    const times = time.lanes.get(lane)!;
    const from = lowerBound(times.starts, range.start);
    const to = lowerBound(times.starts, range.end);
    // Periods that began before the range but are still running in it: counted here, and
    // listed only for a lane drawn event by event.
    const running = runningSpans(time.events, times.periods);
    return { lane, times, from, to, running, count: to - from + running.countAt(range.start) };
  });

  // Sparse lanes first: they get individual items while the budget lasts.
  const individualLanes = new Set<string>();
  let budget = limits.total;
  for (const lane of [...lanes].sort((a, b) => a.count - b.count)) {
    if (lane.count <= limits.perLane && lane.count <= budget) {
      individualLanes.add(lane.lane);
      budget -= lane.count;
    }
  }

  const items: AnyItemSpec[] = [];
  const drawn = new Set<string>();
  let aggregatedEvents = 0;
  let individualEvents = 0;
  const pixelsPerMs = fit ? fit.widthPx / span : 0;
  const eventItem = (position: number, lane: string): TimelineItemSpec => {
    let item = itemFor(index, time.events[position]!, groupOf(lane), locale, shortestRange);
    // A month or a year too narrow for its label is labelled as a day is, hatched as it is:
    // a blank sliver told a reader nothing, and its bar's width says little at this zoom.
    if (fit && item.imprecise && !rangeHoldsLabel(item, pixelsPerMs))
      item = { ...item, type: 'point', end: null, signature: `${item.signature}|point` };
    // A period too narrow for its first two words is a compact mark, never a fragment.
    return fit &&
      (!rangeHoldsLabel(item, pixelsPerMs) ||
        !labelFitsInWindow(item, window.start, pixelsPerMs, fit.widthPx))
      ? { ...item, mark: true, signature: `${item.signature}|mark` }
      : item;
  };
  const pushItem = (item: TimelineItemSpec) => {
    if (drawn.has(item.id)) return;
    drawn.add(item.id);
    items.push(item);
  };
  const pushEvent = (position: number, lane: string) => pushItem(eventItem(position, lane));

  // Lanes drawn event by event, and how many rows their labels stack into on screen.
  const laneItems = new Map<string, TimelineItemSpec[]>();
  for (const { lane, times, from, to, running } of lanes) {
    if (!individualLanes.has(lane)) continue;
    const built: TimelineItemSpec[] = [];
    for (const position of running.listAt(range.start)) built.push(eventItem(position, lane));
    for (let i = from; i < to; i++) built.push(eventItem(times.positions[i]!, lane));
    laneItems.set(lane, built);
  }
  const crowdedLanes = new Set<string>();
  // One lane pushes no other out of view: it stacks and scrolls as it needs.
  if (fit && lanes.length > 1) {
    const rows = new Map<string, number>();
    for (const { lane } of lanes) {
      const built = laneItems.get(lane);
      rows.set(lane, built ? stackedRows(built, window.start, pixelsPerMs, fit.widthPx) : 1);
    }
    const collapse = lanesToCollapse(rows, fit.heightPx, fit.expandedLanes);
    for (const lane of collapse) {
      individualLanes.delete(lane);
      crowdedLanes.add(lane);
    }
  }

  for (const { lane, times, from, to, count } of lanes) {
    if (individualLanes.has(lane)) {
      for (const item of laneItems.get(lane) ?? []) pushItem(item);
      individualEvents += count;
      continue;
    }
    const counted: { start: number; end: number; count: number; contested: number }[] = [];
    let cursor = from;
    for (let start = range.start; start < range.end && cursor < to;) {
      const end = binNext(start, unit);
      const next = lowerBound(times.starts, end);
      if (next > cursor)
        counted.push({
          start,
          end,
          count: next - cursor,
          contested: contestedBetween(times, cursor, next),
        });
      cursor = next;
      start =
        next < times.starts.length ? Math.max(end, binFloor(times.starts[next]!, unit)) : range.end;
    }
    if (counted.length === 0) continue;
    let densest = 1;
    for (const bin of counted) densest = Math.max(densest, bin.count);
    const bins: AggregateBin[] = counted.map((bin) => ({
      ...bin,
      density: bin.count / densest,
      label: formatNumber(bin.count, locale),
    }));
    const color = lane === SINGLE_LANE ? DEFAULT_ACTOR_COLOR : laneColorOf(index, lane);
    const total = to - from;
    const contested = contestedBetween(times, from, to);
    items.push({
      kind: 'aggregate',
      id: aggregateIdFor(groupOf(lane)),
      group: groupOf(lane),
      start: range.start,
      end: range.end,
      bins,
      count: total,
      contested,
      color,
      signature: `${range.start}|${range.end}|${color}|${counted.map((bin) => `${bin.start}:${bin.count}:${bin.contested}`).join(',')}`,
    });
    aggregatedEvents += total;
  }

  // The selected event is always drawn, even inside an aggregate, so a selection made in
  // the list or by the keyboard is visible on the timeline.
  if (selectedEventId !== null) {
    const position = time.events.findIndex((event) => event.id === selectedEventId);
    if (position >= 0) {
      for (const lane of time.laneIds) {
        const times = time.lanes.get(lane)!;
        const at = lowerBound(times.starts, time.starts[position]!);
        for (
          let i = at;
          i < times.starts.length && times.starts[i] === time.starts[position];
          i++
        ) {
          if (times.positions[i] === position) pushEvent(position, lane);
        }
      }
    }
  }
  return { items, range, aggregatedEvents, individualEvents, crowdedLanes };
}
