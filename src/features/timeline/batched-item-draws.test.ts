import { describe, expect, it } from 'vitest';
import type { Timeline } from 'vis-timeline/peer';
import { withBatchedItemDraws } from './batched-item-draws';
import { VisInternalsError } from './vis-internals';

/**
 * Stand-ins for vis-timeline 8's Group (and a subclass, as its background group is) and
 * ItemSet, with the shape vis-internals.ts checks. That the real ones still behave like
 * this is e2e/vis-internals-contract.spec.ts's job; these test the batching's own logic.
 */
class FakeGroup {
  shown: string[] = [];
  _checkIfVisible(item: { id: string; displayed: boolean }) {
    this.shown.push(item.id);
  }
  _checkIfVisibleWithReference() {}
  _redrawItems() {}
  add(item: { id: string; displayed: boolean }) {
    this._checkIfVisible(item);
  }
}
class FakeBackgroundGroup extends FakeGroup {}

/** vis-timeline 8's items: an update redraws one on screen at once, in steps if asked. */
class FakeItem {
  constructor(
    readonly id: string,
    public displayed: boolean,
    private readonly log: string[],
  ) {}
  redraw(returnQueue?: boolean) {
    const steps = [
      () => this.log.push(`write ${this.id}`),
      () => this.log.push(`read ${this.id}`),
      () => this.log.push(`size ${this.id}`),
    ];
    if (returnQueue) return steps;
    for (const step of steps) step();
    return undefined;
  }
  setData() {
    if (this.displayed) this.redraw();
  }
}
class FakeRangeItem extends FakeItem {}

function fakeTimeline(initialItemSetDrawn = true) {
  const lane = new FakeGroup();
  const background = new FakeBackgroundGroup();
  const log: string[] = [];
  const items = {
    a: new FakeItem('a', true, log),
    b: new FakeRangeItem('b', true, log),
    off: new FakeItem('off', false, log),
  };
  const itemSet = {
    groups: { lane, background },
    items,
    log,
    initialItemSetDrawn,
    redraws: 0,
    redraw() {
      this.redraws += 1;
      return false;
    },
  };
  const body = { domProps: { center: { width: 800 } } };
  // The lanes' scroll, read and written by other patches (reveal-item.ts), not by this one.
  const scroll = {
    _getScrollTop: () => 0,
    _setScrollTop: () => 0,
    _redraw: () => {},
    _origRedraw: () => {},
  };
  return {
    timeline: { itemSet, body, ...scroll } as unknown as Timeline,
    itemSet,
    lane,
    background,
  };
}

describe('withBatchedItemDraws', () => {
  it('files new items without drawing them, and does not redraw, while the batch runs', () => {
    const { timeline, itemSet, lane, background } = fakeTimeline();
    withBatchedItemDraws(timeline, () => {
      lane.add({ id: 'new', displayed: false });
      background.add({ id: 'new-bg', displayed: false });
      lane.add({ id: 'on-screen', displayed: true });
      itemSet.redraw();
    });
    // Items already drawn are still checked (and hidden when out of view) as before.
    expect(lane.shown).toEqual(['on-screen']);
    expect(background.shown).toEqual([]);
    expect(itemSet.redraws).toBe(0);
  });

  it('draws updated items on screen together when the batch is done: writes, then reads', () => {
    const { timeline, itemSet } = fakeTimeline();
    const { a, b, off } = itemSet.items;
    withBatchedItemDraws(timeline, () => {
      a.setData();
      b.setData();
      a.setData();
      off.setData();
      expect(itemSet.log).toEqual([]);
    });
    expect(itemSet.log).toEqual(['write a', 'write b', 'read a', 'read b', 'size a', 'size b']);
    // Outside a batch an update draws at once, as vis-timeline does.
    b.setData();
    expect(itemSet.log.slice(6)).toEqual(['write b', 'read b', 'size b']);
    expect(Object.hasOwn(FakeRangeItem.prototype, 'redraw')).toBe(false);
  });

  it('puts everything back afterwards, also when the batch throws', () => {
    const { timeline, itemSet, lane } = fakeTimeline();
    expect(() =>
      withBatchedItemDraws(timeline, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    lane.add({ id: 'later', displayed: false });
    itemSet.redraw();
    expect(lane.shown).toEqual(['later']);
    expect(itemSet.redraws).toBe(1);
    expect(Object.hasOwn(itemSet, 'redraw')).toBe(true);
    expect(Object.hasOwn(FakeGroup.prototype, '_checkIfVisible')).toBe(true);
    expect(Object.hasOwn(FakeBackgroundGroup.prototype, '_checkIfVisible')).toBe(false);
  });

  it('leaves redraws alone before the first draw, which needs them', () => {
    const { timeline, itemSet } = fakeTimeline(false);
    withBatchedItemDraws(timeline, () => itemSet.redraw());
    expect(itemSet.redraws).toBe(1);
  });

  it('refuses, naming the internal, a timeline without those internals', () => {
    let ran = false;
    expect(() =>
      withBatchedItemDraws({} as Timeline, () => {
        ran = true;
      }),
    ).toThrow(VisInternalsError);
    expect(ran).toBe(false);
  });

  it('refuses an item whose class has no redraw, before running the batch', () => {
    const { timeline, itemSet, lane } = fakeTimeline();
    Object.assign(itemSet.items, { odd: Object.create({ displayed: true }) as object });
    let ran = false;
    expect(() =>
      withBatchedItemDraws(timeline, () => {
        ran = true;
      }),
    ).toThrow(/Item#redraw is missing/);
    expect(ran).toBe(false);
    // What was changed before the refusal is put back.
    lane.add({ id: 'later', displayed: false });
    expect(lane.shown).toEqual(['later']);
    expect(Object.hasOwn(itemSet, 'redraw')).toBe(true);
  });
});
