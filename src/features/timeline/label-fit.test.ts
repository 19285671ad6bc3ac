import { describe, expect, it } from 'vitest';
import {
  LABEL_METRICS,
  firstWords,
  labelFitsInWindow,
  laneHeightPx,
  lanesToCollapse,
  rangeHoldsLabel,
  shortestLabelPx,
  stackedRows,
} from './label-fit';
import type { TimelineItemSpec } from './timeline-items';

const DAY = 86_400_000;

function item(title: string, start: number, end: number | null = null): TimelineItemSpec {
  return {
    kind: 'event',
    id: title,
    eventId: title,
    group: null,
    start,
    end,
    type: end === null ? 'point' : 'range',
    imprecise: false,
    title,
    dateLabel: '',
    color: '#000',
    signature: title,
  };
}

describe('label fit', () => {
  it('asks for the first two words, or the whole of a shorter title', () => {
    expect(firstWords('Russia invades Ukraine')).toBe('Russia invades');
    expect(firstWords('  Summit ')).toBe('Summit');
    // The two words, the ellipsis after them, the padding and the status mark (✓, ?, ✕, ◌).
    expect(shortestLabelPx('Russia invades Ukraine')).toBe(
      'Russia invades'.length * LABEL_METRICS.charPx +
        LABEL_METRICS.ellipsisPx +
        LABEL_METRICS.paddingPx +
        LABEL_METRICS.statusPx,
    );
    // A title of two words is never cut: no ellipsis.
    expect(shortestLabelPx('Summit held')).toBe(
      'Summit held'.length * LABEL_METRICS.charPx +
        LABEL_METRICS.paddingPx +
        LABEL_METRICS.statusPx,
    );
  });

  it('a period narrower than its first two words is not given a label', () => {
    const period = item('Russia invades Ukraine', 0, 10 * DAY);
    const needed = shortestLabelPx(period.title);
    expect(rangeHoldsLabel(period, needed / (10 * DAY))).toBe(true);
    expect(rangeHoldsLabel(period, (needed - 1) / (10 * DAY))).toBe(false);
    expect(rangeHoldsLabel(item('A point', 0), 1e-12)).toBe(true);
  });

  it('a point too close to the right edge for two words becomes a mark; one further in keeps its label', () => {
    const pxPerMs = 1 / DAY; // one pixel a day
    const width = 600;
    const title = 'China, an important ally';
    const needed = LABEL_METRICS.dotPx + shortestLabelPx(title);
    expect(labelFitsInWindow(item(title, (width - needed) * DAY), 0, pxPerMs, width)).toBe(true);
    expect(labelFitsInWindow(item(title, (width - needed + 1) * DAY), 0, pxPerMs, width)).toBe(
      false,
    );
    // Outside the window: not on screen, nothing to cut.
    expect(labelFitsInWindow(item(title, (width + 5) * DAY), 0, pxPerMs, width)).toBe(true);
    expect(labelFitsInWindow(item(title, -5 * DAY), 0, pxPerMs, width)).toBe(true);
  });

  it('a period counts only its part inside the window', () => {
    const pxPerMs = 1 / DAY;
    const title = 'Sanctions regime';
    const needed = shortestLabelPx(title);
    // Starts before the window and ends just inside it: too little shows.
    expect(labelFitsInWindow(item(title, -100 * DAY, (needed - 1) * DAY), 0, pxPerMs, 600)).toBe(
      false,
    );
    expect(labelFitsInWindow(item(title, -100 * DAY, (needed + 1) * DAY), 0, pxPerMs, 600)).toBe(
      true,
    );
  });

  it('counts the rows a lane stacks into, as the widget places items', () => {
    const pxPerMs = 1 / DAY;
    const apart = [item('One', 0), item('Two', 400 * DAY)];
    expect(stackedRows(apart, 0, pxPerMs, 1000)).toBe(1);
    const together = [item('One', 0), item('Two', 10 * DAY), item('Three', 20 * DAY)];
    expect(stackedRows(together, 0, pxPerMs, 1000)).toBe(3);
    // Items out of the window are not counted.
    expect(stackedRows(together, 0, pxPerMs, 5)).toBe(1);
  });

  it('gives a lane the height vis-timeline draws it at (measured at 768×1024)', () => {
    // Drawn: 1 row 29 px, 2 rows 60 px, 6 rows 192 px, 14 rows 431 px, a counted lane 38 px.
    const drawn: [number, boolean, number][] = [
      [1, false, 29],
      [2, false, 60],
      [6, true, 192],
      [14, true, 431],
      [1, true, 38],
    ];
    for (const [rows, toggled, px] of drawn) {
      const estimate = laneHeightPx(rows, toggled);
      // Never less than drawn (a lane judged to fit does), and within a few pixels a row.
      expect(estimate).toBeGreaterThanOrEqual(px);
      expect(estimate - px).toBeLessThanOrEqual(Math.max(4, rows * 1.5));
    }
  });

  // The default store at 768×1024 (381 px of lanes): rows per lane in its first view.
  const tablet = new Map([
    ['russia', 14],
    ['north-korea', 12],
    ['united-states', 6],
    ['china', 1],
    ['south-korea', 1],
    ['ukraine', 2],
    ['united-nations', 1],
  ]);
  const heightOf = (rows: ReadonlyMap<string, number>, collapsed: ReadonlySet<string>) => {
    let px = 0;
    for (const [lane, count] of rows)
      px += collapsed.has(lane) ? laneHeightPx(1, true) : laneHeightPx(count, count > 1);
    return px;
  };

  it('collapses the most crowded lanes first, only until all fit, and never an opened one', () => {
    expect(lanesToCollapse(tablet, 2000)).toEqual(new Set());
    // Room for all but Russia's 14 rows.
    expect(lanesToCollapse(tablet, 800)).toEqual(new Set(['russia']));
    const atTablet = lanesToCollapse(tablet, 381);
    expect(atTablet).toEqual(new Set(['russia', 'north-korea', 'united-states']));
    expect(heightOf(tablet, atTablet)).toBeLessThanOrEqual(381);
    // The United States' six rows do not fit in what is left: it is counted for a reason.
    expect(heightOf(tablet, new Set(['russia', 'north-korea']))).toBeGreaterThan(381);
    expect(lanesToCollapse(tablet, 900, new Set(['russia']))).toEqual(new Set(['north-korea']));
  });

  it('opens again a lane that fits in the room a bigger collapsed lane left', () => {
    // Collapsing Russia is not enough and collapsing North Korea frees more than needed:
    // the United States (6 rows) fits again in what is left.
    const rows = new Map([
      ['russia', 14],
      ['north-korea', 12],
      ['united-states', 6],
      ['china', 1],
    ]);
    const height = laneHeightPx(1, true) * 2 + laneHeightPx(6, true) + laneHeightPx(1, false);
    expect(lanesToCollapse(rows, height)).toEqual(new Set(['russia', 'north-korea']));
    // Greedy alone would have counted the US too once its turn came; a few px less and it must.
    expect(lanesToCollapse(rows, height - 10)).toEqual(
      new Set(['russia', 'north-korea', 'united-states']),
    );
  });

  it('collapses none when even all counted the lanes would not fit (they scroll)', () => {
    const countedAll = heightOf(
      tablet,
      new Set(['russia', 'north-korea', 'united-states', 'ukraine']),
    );
    expect(lanesToCollapse(tablet, countedAll)).not.toEqual(new Set());
    expect(lanesToCollapse(tablet, countedAll - 1)).toEqual(new Set());
  });
});
