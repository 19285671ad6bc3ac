import { describe, expect, it } from 'vitest';
import { ms } from './testing/fixture-store';
import {
  MAX_SPAN,
  MIN_SPAN,
  type TimeWindow,
  center,
  fitWindow,
  MOST_ITEMS_DRAWN,
  focusWindow,
  revealInWindow,
  roundWindow,
  sameWindow,
  span,
  zoomWindow,
} from './time-window';

const MINUTE = 60_000;
const DAY = 86_400_000;

const win = (start: string, end: string): TimeWindow => ({ start: ms(start), end: ms(end) });
const contains = (outer: TimeWindow, inner: TimeWindow) =>
  outer.start <= inner.start && inner.end <= outer.end;

describe('roundWindow', () => {
  it('rounds to the minute', () => {
    expect(
      roundWindow({ start: ms('2024-06-19T10:30:29.999Z'), end: ms('2024-06-21T08:15:30Z') }),
    ).toEqual(win('2024-06-19T10:30:00Z', '2024-06-21T08:16:00Z'));
  });

  it('rounds to the second when the window is shorter than a day', () => {
    expect(
      roundWindow({ start: ms('2024-06-19T10:30:29.400Z'), end: ms('2024-06-19T12:00:00.600Z') }),
    ).toEqual(win('2024-06-19T10:30:29Z', '2024-06-19T12:00:01Z'));
  });

  it('leaves a rounded window unchanged', () => {
    const window = win('2022-01-01T00:00:00Z', '2024-01-01T00:00:00Z');
    expect(roundWindow(window)).toEqual(window);
    expect(roundWindow(roundWindow(window))).toEqual(window);
  });
});

describe('zoomWindow', () => {
  const window = win('2020-01-01T00:00:00Z', '2022-01-01T00:00:00Z');

  it('zooms in and out around the centre', () => {
    const zoomedIn = zoomWindow(window, 0.5);
    expect(Math.abs(span(zoomedIn) - span(window) / 2)).toBeLessThanOrEqual(MINUTE);
    expect(Math.abs(center(zoomedIn) - center(window))).toBeLessThanOrEqual(MINUTE);
    const zoomedOut = zoomWindow(window, 2);
    expect(Math.abs(span(zoomedOut) - span(window) * 2)).toBeLessThanOrEqual(MINUTE);
    expect(Math.abs(center(zoomedOut) - center(window))).toBeLessThanOrEqual(MINUTE);
    expect(contains(zoomedOut, window)).toBe(true);
    expect(contains(window, zoomedIn)).toBe(true);
  });

  it('zooms around a moment given, which keeps its place in the window', () => {
    const at = ms('2020-04-01T00:00:00Z');
    const zoomed = zoomWindow(window, 0.5, at);
    expect(Math.abs(span(zoomed) - span(window) / 2)).toBeLessThanOrEqual(MINUTE);
    const share = (w: typeof window) => (at - w.start) / span(w);
    expect(share(zoomed)).toBeCloseTo(share(window), 3);
  });

  it('returns a rounded window', () => {
    const zoomed = zoomWindow(window, 0.37);
    expect(roundWindow(zoomed)).toEqual(zoomed);
  });

  it('never zooms in past MIN_SPAN, keeping the centre', () => {
    const narrow = win('2024-06-19T10:00:00Z', '2024-06-19T10:20:00Z');
    const zoomed = zoomWindow(narrow, 0.1);
    expect(span(zoomed)).toBe(MIN_SPAN);
    expect(center(zoomed)).toBe(center(narrow));
    // Zooming in again stays put.
    expect(zoomWindow(zoomed, 0.5)).toEqual(zoomed);
  });

  it('never zooms out past MAX_SPAN, keeping the centre', () => {
    const zoomed = zoomWindow(window, 10_000);
    expect(span(zoomed)).toBe(MAX_SPAN);
    expect(Math.abs(center(zoomed) - center(window))).toBeLessThanOrEqual(MINUTE);
  });
});

describe('fitWindow', () => {
  it('contains the whole extent, with a margin either side', () => {
    const extent = win('2000-07-19T00:00:00Z', '2024-07-01T00:00:00Z');
    const fitted = fitWindow(extent);
    expect(contains(fitted, extent)).toBe(true);
    expect(fitted.start).toBeLessThan(extent.start);
    expect(fitted.end).toBeGreaterThan(extent.end);
    // The margin is small: the extent fills most of the view. It is wider on the right,
    // where the last events' labels run on past their dates.
    expect(span(extent) / span(fitted)).toBeGreaterThan(0.8);
    expect(fitted.end - extent.end).toBeGreaterThan(extent.start - fitted.start);
    expect(roundWindow(fitted)).toEqual(fitted);
  });

  it('gives a single instant a sensible window around it', () => {
    const instant = ms('2024-06-19T10:30:00Z');
    const fitted = fitWindow({ start: instant, end: instant });
    expect(contains(fitted, { start: instant, end: instant })).toBe(true);
    expect(span(fitted)).toBeGreaterThanOrEqual(30 * DAY);
    expect(span(fitted)).toBeLessThan(40 * DAY);
  });

  it('clamps an extent wider than MAX_SPAN around its centre', () => {
    const extent = win('0001-01-01T00:00:00Z', '9999-12-31T00:00:00Z');
    const fitted = fitWindow(extent);
    expect(span(fitted)).toBe(MAX_SPAN);
    // Centred on the extent, give or take the wider right-hand margin.
    expect(Math.abs(center(fitted) - center(extent))).toBeLessThanOrEqual(0.07 * span(extent));
  });

  it('leaves room right of the last event for its label on a narrow time area', () => {
    const extent = win('2000-07-19T00:00:00Z', '2024-06-19T00:00:00Z');
    const roomPx = (widthPx: number) => {
      const fitted = fitWindow(extent, widthPx);
      expect(contains(fitted, extent)).toBe(true);
      return ((fitted.end - extent.end) / span(fitted)) * widthPx;
    };
    // Beside the details, a lane per actor: 465 px of time at 1280 px. 16% of it was 60 px.
    expect(roomPx(465)).toBeGreaterThanOrEqual(179);
    expect(roomPx(1200)).toBeGreaterThanOrEqual(179);
    // On a phone's 366 px of time, all 180 px.
    expect(roomPx(366)).toBeGreaterThanOrEqual(179);
    // Never more than half the view: the extent keeps the other half.
    expect(roomPx(300)).toBeCloseTo(0.5 * 300, 0);
    // Wide enough that 16% of the extent holds a label: as without a width.
    expect(fitWindow(extent, 3000)).toEqual(fitWindow(extent));
  });

  it('hugs the extent of events too many to be labelled, on any width', () => {
    // 20,000 events from 2000 to 2028: their last ones are drawn as counts, with no label.
    const extent = win('2000-01-01T00:00:00Z', '2028-12-31T00:00:00Z');
    for (const widthPx of [366, 465, 900, Infinity]) {
      const fitted = fitWindow(extent, widthPx, 20_000);
      expect(contains(fitted, extent)).toBe(true);
      // As much room on the right as on the left: about a year either side, not 23 years on.
      expect(fitted.end - extent.end).toBeCloseTo(extent.start - fitted.start, -7);
      expect(fitted.end - extent.end).toBeLessThan(1.2 * 365 * DAY);
    }
    // Up to the number drawn one by one, the room for the last label stays.
    expect(fitWindow(extent, 465, MOST_ITEMS_DRAWN)).toEqual(fitWindow(extent, 465));
  });
});

describe('focusWindow', () => {
  it('shows a point event with months either side', () => {
    const event = win('2024-06-19T00:00:00Z', '2024-06-20T00:00:00Z');
    const focused = focusWindow(event);
    expect(contains(focused, event)).toBe(true);
    expect(focused.start).toBeLessThanOrEqual(event.start - 59 * DAY);
    expect(focused.end).toBeGreaterThanOrEqual(event.end + 59 * DAY);
  });

  it('shows a long period filling about half the view', () => {
    const event = win('2022-02-01T00:00:00Z', '2024-07-01T00:00:00Z');
    const focused = focusWindow(event);
    expect(contains(focused, event)).toBe(true);
    expect(Math.abs(span(focused) - 2 * span(event))).toBeLessThanOrEqual(MINUTE);
    expect(Math.abs(center(focused) - center(event))).toBeLessThanOrEqual(MINUTE);
  });

  it('contains an event at the edges of time', () => {
    for (const event of [
      win('0001-01-01T00:00:00Z', '0002-01-01T00:00:00Z'),
      win('9999-12-31T23:59:00Z', '9999-12-31T23:59:01Z'),
    ]) {
      expect(contains(focusWindow(event), event)).toBe(true);
    }
  });
});

describe('revealInWindow', () => {
  const window = win('2020-01-01T00:00:00Z', '2021-01-01T00:00:00Z');
  const inner = (outer: TimeWindow, at: number) => {
    const margin = span(outer) * 0.1;
    return at >= outer.start + margin && at <= outer.end - margin;
  };

  it('leaves the window alone when the event is already well in view', () => {
    const event = win('2020-06-01T00:00:00Z', '2020-06-02T00:00:00Z');
    expect(revealInWindow(window, event)).toBe(window);
  });

  it('pans to an event after the window, keeping the span', () => {
    const event = win('2023-03-10T00:00:00Z', '2023-03-11T00:00:00Z');
    const revealed = revealInWindow(window, event);
    expect(span(revealed)).toBe(span(window));
    expect(inner(revealed, event.start)).toBe(true);
    expect(contains(revealed, event)).toBe(true);
  });

  it('pans to an event before the window, keeping the span', () => {
    const event = win('2015-03-10T00:00:00Z', '2015-03-11T00:00:00Z');
    const revealed = revealInWindow(window, event);
    expect(span(revealed)).toBe(span(window));
    expect(inner(revealed, event.start)).toBe(true);
  });

  it('leaves the window alone for an event already on screen, even at its edge', () => {
    const event = win('2020-12-30T00:00:00Z', '2020-12-31T00:00:00Z');
    expect(revealInWindow(window, event)).toEqual(window);
  });

  it('shows the start of a period longer than the window', () => {
    const event = win('2030-01-01T00:00:00Z', '2040-01-01T00:00:00Z');
    const revealed = revealInWindow(window, event);
    expect(span(revealed)).toBe(span(window));
    expect(inner(revealed, event.start)).toBe(true);
  });

  it('never zooms, even in a narrow window', () => {
    const narrow = win('2024-06-19T10:00:00Z', '2024-06-19T10:10:00Z');
    const event = win('2024-06-19T12:00:00Z', '2024-06-19T12:01:00Z');
    const revealed = revealInWindow(narrow, event);
    expect(span(revealed)).toBe(MIN_SPAN);
    expect(inner(revealed, event.start)).toBe(true);
  });
});

describe('sameWindow', () => {
  it('tolerates rounding, not real moves', () => {
    const window = win('2020-01-01T00:00:00Z', '2021-01-01T00:00:00Z');
    expect(sameWindow(window, { start: window.start + 1000, end: window.end - 1000 })).toBe(true);
    expect(sameWindow(window, { start: window.start + 2 * DAY, end: window.end + 2 * DAY })).toBe(
      false,
    );
  });
});
