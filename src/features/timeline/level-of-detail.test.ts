import { describe, expect, it } from 'vitest';
import { generateStore } from '../../../scripts/lib/gen-store';
import { validateStore } from '../../format/validate-store';
import { filterEvents } from '../../lib/event-filter';
import { type StoreIndex, buildStoreIndex } from '../../lib/store-index';
import { buildTimeIndex, countInWindow, isSpan } from '../../lib/time-index';
import { fitWindow, zoomWindow } from '../../lib/time-window';
import type { LaneMode } from '../../lib/view-store';
import { LOD_LIMITS, buildVisibleItems, visibleRange, windowWithinItems } from './level-of-detail';
import { type AnyItemSpec, targetOfItem } from './timeline-items';

function generatedIndex(events: number, seed: number): StoreIndex {
  const result = validateStore(generateStore({ events, seed }));
  if (!result.ok) throw new Error('generated store refused');
  return buildStoreIndex(result.store);
}

const big = generatedIndex(6_000, 11);

/** Events whose start lies in the range, per lane, as the items account for them. */
function accountedStarts(items: readonly AnyItemSpec[], range: { start: number; end: number }) {
  const perLane = new Map<string | null, number>();
  for (const item of items) {
    const inRange = item.start >= range.start && item.start < range.end;
    if (!inRange) continue;
    const add = item.kind === 'aggregate' ? item.count : 1;
    perLane.set(item.group, (perLane.get(item.group) ?? 0) + add);
  }
  return perLane;
}

describe('buildVisibleItems', () => {
  const windows = (index: StoreIndex) => {
    const all = fitWindow(index.extent);
    const list = [all];
    let window = all;
    for (let i = 0; i < 12; i++) {
      window = zoomWindow(window, 0.45);
      list.push(window);
    }
    return list;
  };

  it.each<LaneMode>(['actors', 'single'])(
    'accounts for every event starting in range, at every zoom (%s lanes)',
    (laneMode) => {
      const time = buildTimeIndex(big, big.events, laneMode);
      for (const window of windows(big)) {
        const { items, range: covered } = buildVisibleItems(big, time, window, 'en', null);
        expect(covered.start).toBeLessThanOrEqual(visibleRange(window).start);
        expect(covered.end).toBeGreaterThanOrEqual(visibleRange(window).end);
        const accounted = accountedStarts(items, covered);
        for (const lane of time.laneIds) {
          const starts = time.lanes.get(lane)!.starts;
          const expected = starts.filter(
            (start) => start >= covered.start && start < covered.end,
          ).length;
          const group = laneMode === 'single' ? null : lane;
          expect(accounted.get(group) ?? 0, `lane ${lane}`).toBe(expected);
        }
      }
    },
  );

  it('never hands the widget more than the budget allows', () => {
    const time = buildTimeIndex(big, big.events, 'actors');
    for (const window of windows(big)) {
      const { items } = buildVisibleItems(big, time, window, 'en', null);
      const individual = items.filter((item) => item.kind === 'event').length;
      const aggregates = items.filter((item) => item.kind === 'aggregate');
      expect(individual).toBeLessThanOrEqual(LOD_LIMITS.total);
      // One item per dense lane; its bins span two window widths (the half-window margin
      // on each side), plus the edges.
      expect(new Set(aggregates.map((item) => item.group)).size).toBe(aggregates.length);
      const bins = aggregates.reduce((sum, item) => sum + item.bins.length, 0);
      expect(bins).toBeLessThanOrEqual(2 * LOD_LIMITS.binsPerWindow + 2 * time.laneIds.length);
    }
  });

  it('shows counts when zoomed out and the events themselves when zoomed in', () => {
    const time = buildTimeIndex(big, big.events, 'actors');
    const all = buildVisibleItems(big, time, fitWindow(big.extent), 'en', null);
    expect(all.items.some((item) => item.kind === 'aggregate')).toBe(true);
    const event = big.events[Math.floor(big.events.length / 2)]!;
    const narrow = {
      start: event.when.start.start - 3_600_000,
      end: event.when.start.start + 3_600_000,
    };
    const close = buildVisibleItems(big, time, narrow, 'en', null);
    expect(close.items.every((item) => item.kind === 'event')).toBe(true);
    expect(close.items.some((item) => item.kind === 'event' && item.eventId === event.id)).toBe(
      true,
    );
  });

  it('respects the filters: only filtered events are drawn or counted', () => {
    const actor = big.laneIds[0]!;
    const filtered = filterEvents(big, { actorIds: [actor], match: 'any' });
    const time = buildTimeIndex(big, filtered, 'single');
    const { items } = buildVisibleItems(big, time, fitWindow(big.extent), 'en', null);
    const total = items.reduce(
      (sum, item) => sum + (item.kind === 'aggregate' ? item.count : 1),
      0,
    );
    expect(total).toBe(filtered.length);
  });

  it('always draws the selected event, even inside an aggregate', () => {
    const time = buildTimeIndex(big, big.events, 'actors');
    const selected = big.events[1234]!;
    const { items } = buildVisibleItems(big, time, fitWindow(big.extent), 'en', selected.id);
    const drawn = items.filter((item) => item.kind === 'event' && item.eventId === selected.id);
    expect(drawn.length).toBeGreaterThan(0);
  });

  it("tiles each aggregate's range with its bins, in order, their counts adding up", () => {
    const time = buildTimeIndex(big, big.events, 'actors');
    for (const window of windows(big).slice(0, 6)) {
      const { items } = buildVisibleItems(big, time, window, 'en', null);
      for (const item of items) {
        if (item.kind !== 'aggregate') continue;
        expect(targetOfItem(item.id)).toEqual({ kind: 'aggregate' });
        expect(item.bins.length).toBeGreaterThan(0);
        let previousEnd = item.start;
        for (const bin of item.bins) {
          expect(bin.start).toBeGreaterThanOrEqual(previousEnd);
          expect(bin.end).toBeGreaterThan(bin.start);
          expect(bin.count).toBeGreaterThan(0);
          expect(bin.density).toBeGreaterThan(0);
          expect(bin.density).toBeLessThanOrEqual(1);
          previousEnd = bin.end;
        }
        expect(previousEnd).toBeLessThanOrEqual(item.end);
        expect(Math.max(...item.bins.map((bin) => bin.density))).toBe(1);
        expect(item.bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(item.count);
      }
    }
  });

  it('counts the disputed and refuted events of each bin, as a scan of the lane would', () => {
    const time = buildTimeIndex(big, big.events, 'actors');
    let contestedSeen = 0;
    for (const window of windows(big).slice(0, 6)) {
      const { items } = buildVisibleItems(big, time, window, 'en', null);
      for (const item of items) {
        if (item.kind !== 'aggregate') continue;
        const lane = time.lanes.get(item.group!)!;
        for (const bin of item.bins) {
          let expected = 0;
          lane.positions.forEach((position, i) => {
            const status = time.events[position]!.status;
            const starts = lane.starts[i]!;
            if (starts >= bin.start && starts < bin.end)
              expected += status === 'disputed' || status === 'refuted' ? 1 : 0;
          });
          expect(bin.contested).toBe(expected);
          contestedSeen += expected;
        }
        expect(item.bins.reduce((sum, bin) => sum + bin.contested!, 0)).toBe(item.contested);
      }
    }
    expect(contestedSeen).toBeGreaterThan(0);
  });
});

describe('buildTimeIndex', () => {
  it('puts each event in every lane it touches, in time order', () => {
    const time = buildTimeIndex(big, big.events, 'actors');
    let placements = 0;
    for (const lane of time.laneIds) {
      const { starts } = time.lanes.get(lane)!;
      for (let i = 1; i < starts.length; i++)
        expect(starts[i]!).toBeGreaterThanOrEqual(starts[i - 1]!);
      placements += starts.length;
    }
    expect(placements).toBeGreaterThanOrEqual(big.events.length);
  });

  it('counts the events in a window once each, periods included', () => {
    const time = buildTimeIndex(big, big.events, 'actors');
    const window = zoomWindow(fitWindow(big.extent), 0.1);
    // Spans (periods, month- or year-precision dates) count while they overlap; points by start.
    const expected = big.events.filter((event) => {
      const start = event.when.start.start;
      const end = isSpan(event) ? (event.when.end ?? event.when.start).end : start + 1;
      return start < window.end && end > window.start;
    }).length;
    expect(countInWindow(time, window)).toBe(expected);
  });
});

describe('windowWithinItems', () => {
  const window = { start: 1_000_000, end: 2_000_000 };
  const moved = (by: number) => ({ start: window.start + by, end: window.end + by });

  it('is true for a drag that stays within the items built for half a window either side', () => {
    expect(windowWithinItems(window, window)).toBe(true);
    expect(windowWithinItems(window, moved(250_000))).toBe(true);
    expect(windowWithinItems(window, moved(-500_000))).toBe(true);
  });

  it('is true for a zoom in anywhere within them, or a zoom out they still cover', () => {
    expect(windowWithinItems(window, { start: 1_100_000, end: 1_900_000 })).toBe(true);
    expect(windowWithinItems(window, { start: 600_000, end: 700_000 })).toBe(true);
    expect(windowWithinItems(window, { start: 900_000, end: 2_100_000 })).toBe(true);
  });

  it('is false beyond them: a longer pan, a wider zoom out', () => {
    expect(windowWithinItems(window, moved(500_001))).toBe(false);
    expect(windowWithinItems(window, { start: 400_000, end: 2_600_000 })).toBe(false);
  });
});
