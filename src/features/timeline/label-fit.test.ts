import { describe, expect, it } from 'vitest';
import {
  LABEL_METRICS,
  firstWords,
  labelFitsInWindow,
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
    expect(shortestLabelPx('Russia invades Ukraine')).toBe(
      'Russia invades'.length * LABEL_METRICS.charPx + LABEL_METRICS.paddingPx,
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

  it('collapses the most crowded lanes first, until all fit, and never an expanded one', () => {
    const rows = new Map([
      ['russia', 8],
      ['north-korea', 6],
      ['china', 1],
    ]);
    expect(lanesToCollapse(rows, 20)).toEqual(new Set());
    expect(lanesToCollapse(rows, 10)).toEqual(new Set(['russia']));
    expect(lanesToCollapse(rows, 4)).toEqual(new Set(['russia', 'north-korea']));
    expect(lanesToCollapse(rows, 10, new Set(['russia']))).toEqual(new Set(['north-korea']));
  });
});
