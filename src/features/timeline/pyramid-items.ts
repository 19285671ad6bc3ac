/**
 * A packed store zoomed out too far to read its rows (issue 18): each lane's counts drawn
 * from the pack's density pyramid (its counts per top-level actor and bucket), as the same
 * count strips the level of detail draws for a crowded lane, so that the timeline shows
 * where the events are without a row read. Clicking a bin zooms in, as on any strip.
 */
import type { DensityStrip } from '../../format/packed/density-strip';
import type { Locale } from '../../lib/date-format';
import { formatNumber } from '../../lib/number-format';
import { type StoreIndex, laneColorOf } from '../../lib/store-index';
import { approximateSize, binFloor, binNext, chooseBinUnit } from '../../lib/time-bins';
import type { TimeWindow } from '../../lib/time-window';
import { visibleRange } from './level-of-detail';
import {
  type AggregateBin,
  type AggregateItemSpec,
  type TimelineGroupSpec,
  aggregateIdFor,
} from './timeline-items';

const MONTH = 28 * 86_400_000;
/** As the level of detail's: bins wide enough for a count to be read. */
const MIN_BIN_PX = 34;

export function pyramidItems(
  density: DensityStrip,
  index: StoreIndex,
  window: TimeWindow,
  locale: Locale,
  widthPx: number | null,
): { items: AggregateItemSpec[]; groups: TimelineGroupSpec[]; range: TimeWindow } {
  const lanes = (density.lanes ?? []).filter((lane) => index.actorById.has(lane.key));
  const order = new Map(index.laneIds.map((id, i) => [id, i]));
  lanes.sort((a, b) => (order.get(a.key) ?? Infinity) - (order.get(b.key) ?? Infinity));
  const span = window.end - window.start;
  const maxBins = Math.max(
    4,
    Math.min(
      48,
      Math.floor(480 / Math.max(1, lanes.length)),
      widthPx ? Math.floor(widthPx / MIN_BIN_PX) : Infinity,
    ),
  );
  let unit = chooseBinUnit(span, maxBins);
  // Never finer than the pyramid's buckets (months, or days for a short store).
  if (density.level !== 'day' && approximateSize(unit) < MONTH) unit = { kind: 'months', size: 1 };
  const wanted = visibleRange(window);
  const range = {
    start: binFloor(wanted.start, unit),
    end: binNext(binFloor(wanted.end, unit), unit),
  };
  const items: AggregateItemSpec[] = [];
  const groups: TimelineGroupSpec[] = [];
  for (const lane of lanes) {
    const counted = new Map<number, number>();
    density.starts.forEach((start, i) => {
      const count = lane.counts[i] ?? 0;
      if (count === 0 || start < range.start || start >= range.end) return;
      const bin = binFloor(start, unit);
      counted.set(bin, (counted.get(bin) ?? 0) + count);
    });
    if (counted.size === 0) continue;
    let densest = 1;
    let total = 0;
    for (const count of counted.values()) {
      densest = Math.max(densest, count);
      total += count;
    }
    const bins: AggregateBin[] = [...counted]
      .sort(([a], [b]) => a - b)
      .map(([start, count]) => ({
        start,
        end: binNext(start, unit),
        count,
        density: count / densest,
        label: formatNumber(count, locale),
      }));
    const color = laneColorOf(index, lane.key);
    const name = index.actorById.get(lane.key)?.name ?? lane.key;
    items.push({
      kind: 'aggregate',
      id: aggregateIdFor(lane.key),
      group: lane.key,
      start: range.start,
      end: range.end,
      bins,
      count: total,
      color,
      signature: `pyramid|${range.start}|${range.end}|${color}|${bins.map((bin) => `${bin.start}:${bin.count}`).join(',')}`,
    });
    groups.push({ id: lane.key, name, color, count: total, signature: `${name}|${color}` });
  }
  return { items, groups, range };
}
