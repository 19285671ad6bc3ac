import { describe, expect, it } from 'vitest';
import type { Timeline } from 'vis-timeline/peer';
import { type VisRange, keepMarginItemsDrawn, withMargins } from './margin-items';
import { VisInternalsError } from './vis-internals';

/**
 * Stand-ins for vis-timeline 8's Group and its subclass for background items, with the
 * shape vis-internals.ts checks (e2e/vis-internals-contract.spec.ts runs the real ones).
 */
class FakeGroup {
  seen: VisRange[] = [];
  _checkIfVisible() {}
  _checkIfVisibleWithReference(
    _item: unknown,
    _visible: unknown[],
    _lookup: Record<string, boolean>,
    range: VisRange,
  ) {
    this.seen.push(range);
  }
  _redrawItems() {}
}
class FakeBackgroundGroup extends FakeGroup {}

const range = (start: number, end: number): VisRange => ({
  start,
  end,
  getMillisecondsPerPixel: () => (end - start) / 1000,
});

describe('withMargins', () => {
  it('widens the window by a quarter either side, keeping its scale', () => {
    const widened = withMargins(range(1000, 2000));
    expect([widened.start, widened.end]).toEqual([750, 2250]);
    expect(widened.getMillisecondsPerPixel()).toBe(1);
  });

  it('follows the window when it moves', () => {
    const moving = range(0, 400);
    expect(withMargins(moving).start).toBe(-100);
    moving.start = 200;
    moving.end = 600;
    expect([withMargins(moving).start, withMargins(moving).end]).toEqual([100, 700]);
  });
});

describe('keepMarginItemsDrawn', () => {
  it("gives the lanes' visibility check the window with its margins, once per class", () => {
    const lane = new FakeGroup();
    const background = new FakeBackgroundGroup();
    const itemSet = {
      groups: { lane, background },
      items: {},
      initialItemSetDrawn: true,
      redraw: () => false,
    };
    const body = { domProps: { center: { width: 800 } } };
    // The lanes' scroll, read and written by reveal-item.ts, not by this patch.
    const scroll = {
      _getScrollTop: () => 0,
      _setScrollTop: () => 0,
      _redraw: () => {},
      _origRedraw: () => {},
    };
    const timeline = { itemSet, body, ...scroll } as unknown as Timeline;
    keepMarginItemsDrawn(timeline);
    keepMarginItemsDrawn(timeline);
    lane._checkIfVisibleWithReference(null, [], {}, range(400, 800));
    background._checkIfVisibleWithReference(null, [], {}, range(400, 800));
    for (const group of [lane, background]) {
      expect(group.seen.map(({ start, end }) => [start, end])).toEqual([[300, 900]]);
    }
    expect(Object.hasOwn(FakeBackgroundGroup.prototype, '_checkIfVisibleWithReference')).toBe(
      false,
    );
  });

  it('refuses, naming the internal, a timeline without those internals', () => {
    expect(() => keepMarginItemsDrawn({} as Timeline)).toThrow(
      new VisInternalsError('Timeline#itemSet', 'is missing'),
    );
  });
});
