import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureEvent, fixtureIndex } from './testing/fixture-store';
import { openingWindowOf } from './opening-window';
import type { TimeWindow } from './time-window';
import type { StoreSource } from './store-source';

/*
 * The time area is measured once per page, after the first view is chosen: each test starts
 * from a fresh module, as a page load does.
 */
let view: typeof import('./view-store');

beforeEach(async () => {
  vi.resetModules();
  view = await import('./view-store');
});

/** Events spread evenly over two centuries: the first view is the whole store, fitted. */
const spread = fixtureIndex({
  events: Array.from({ length: 21 }, (_, i) => 1820 + 10 * i).map((year) =>
    fixtureEvent(`year-${year}`, `${year}-06-01`),
  ),
});
const DEFAULT: StoreSource = { kind: 'default' };
const windowNow = () => view.useViewStore.getState().window;

function enter() {
  view.viewActions.enterStore(spread, DEFAULT, 'replace');
  return windowNow()!;
}

describe('the first view, chosen before the time area is measured', () => {
  it('is fitted again to the measured area, leaving room for the last labels', () => {
    const opened = enter();
    // The page's width stood in (none outside a browser): less room than 465 px of time need.
    expect(opened).toEqual(openingWindowOf(spread, Infinity));
    view.viewActions.timeAreaMeasured(465);
    const refitted: TimeWindow = windowNow()!;
    expect(refitted).toEqual(openingWindowOf(spread, Infinity, 465));
    expect(refitted.end - refitted.start).toBeGreaterThan(opened.end - opened.start);
    expect(view.useViewStore.getState().historyMode).toBe('replace');
    // Once only: later measures (a resize) leave the view alone.
    view.viewActions.timeAreaMeasured(300);
    expect(windowNow()).toBe(refitted);
  });

  it('stays where the person moved it before the area was measured', () => {
    enter();
    view.viewActions.zoom(0.5);
    const zoomed = windowNow();
    view.viewActions.timeAreaMeasured(465);
    expect(windowNow()).toBe(zoomed);
  });

  it('is not moved when the link placed it', () => {
    const link = { start: Date.UTC(1900, 0, 1), end: Date.UTC(1950, 0, 1) };
    view.viewActions.openLink(
      { ...view.linkFromState(view.useViewStore.getState()), window: link },
      [],
      'none',
    );
    view.viewActions.reconcileWithStore(spread);
    view.viewActions.timeAreaMeasured(465);
    expect(windowNow()).toEqual(link);
  });
});
