import { describe, expect, it } from 'vitest';
import type { Timeline } from 'vis-timeline/peer';
import { drawNewItemsAcrossLanes } from './batched-item-draws';
import type { VisRange } from './vis-internals';

/**
 * Stand-ins for vis-timeline 8's lanes and items, with the shape vis-internals.ts reads:
 * a lane's `_redrawItems` draws its own new items in view (as `_updateItemsInRange` does)
 * and keeps those in view as its visible items. That the real ones still behave like this
 * is e2e/vis-internals-contract.spec.ts's job; these test the drawing across lanes itself.
 */
class FakeItem {
  displayed = false;
  hidden = 0;
  /** Measured by its draw, when given a size (as a point of that size). */
  width?: number;
  height?: number;
  constructor(
    readonly id: string,
    readonly data: { start: number; end?: number; type?: string },
    private readonly log: string[],
    private readonly size?: { width: number; height: number },
  ) {}
  isVisible(range: VisRange) {
    return this.data.start < range.end && (this.data.end ?? this.data.start + 10) > range.start;
  }
  hide() {
    this.displayed = false;
    this.hidden += 1;
  }
  redraw(returnQueue?: boolean) {
    const steps = [
      () => {
        this.displayed = true;
        this.log.push(`write ${this.id}`);
      },
      () => {
        this.log.push(`read ${this.id}`);
        if (this.size) Object.assign(this, this.size);
      },
    ];
    if (returnQueue) return steps;
    for (const step of steps) step();
    return undefined;
  }
}

class FakeLane {
  items: Record<string, FakeItem> = {};
  visibleItems: FakeItem[] = [];
  /** Items in view the lane would not keep (as if stacked out of it). */
  leaveOut = new Set<string>();
  /** Where the redraw found the lane before drawing, and how tall. */
  top?: number;
  height?: number;
  constructor(
    readonly groupId: string,
    readonly itemSet: object,
    public isVisible: boolean | null,
    private readonly log: string[],
  ) {}
  _checkIfVisible() {}
  _checkIfVisibleWithReference() {}
  _redrawItems(_force: unknown, _last: unknown, _margin: unknown, range: VisRange) {
    this.log.push(`lane ${this.groupId}`);
    if (!this.isVisible) return;
    const inView = Object.values(this.items).filter(
      (item) => item.isVisible(range) && !this.leaveOut.has(item.id),
    );
    for (const item of inView) if (!item.displayed) item.redraw();
    this.visibleItems = inView;
  }
}

const range = (start: number, end: number): VisRange => ({
  start,
  end,
  getMillisecondsPerPixel: () => (end - start) / 1000,
});
/** The window as a lane's redraw is given it: with the time area, 400 px tall, not scrolled. */
const WINDOW = {
  ...range(400, 800),
  body: { domProps: { centerContainer: { height: 400 }, scrollTop: 0 } },
};

function fakeTimeline() {
  const log: string[] = [];
  const itemSet = {
    groups: {} as Record<string, FakeLane>,
    items: {} as Record<string, FakeItem>,
    initialItemSetDrawn: true,
    options: { margin: { axis: 8, item: { vertical: 6 } } },
    /** The lanes top to bottom: in the order they were made. */
    get groupIds() {
      return Object.keys(this.groups);
    },
    /** As vis-timeline's: the background lane first, then each lane's step in turn. */
    redraw(this: { groups: Record<string, FakeLane> }) {
      for (const lane of Object.values(this.groups)) lane._redrawItems(true, true, {}, WINDOW);
      return false;
    },
  };
  const lane = (id: string, isVisible: boolean | null) =>
    (itemSet.groups[id] = new FakeLane(id, itemSet, isVisible, log));
  const background = lane('__background__', true);
  const item = (on: FakeLane, id: string, start: number, end = start + 10) => {
    const made = new FakeItem(id, { start, end }, log);
    on.items[id] = made;
    itemSet.items[id] = made;
    return made;
  };
  /** A point that its draw measures at `width` × `height` pixels. */
  const point = (on: FakeLane, id: string, start: number, width = 100, height = 20) => {
    const made = new FakeItem(id, { start, type: 'point' }, log, { width, height });
    on.items[id] = made;
    itemSet.items[id] = made;
    return made;
  };
  const body = { domProps: { center: { width: 800 } } };
  const scroll = {
    _getScrollTop: () => 0,
    _setScrollTop: () => 0,
    _redraw: () => {},
    _origRedraw: () => {},
  };
  const timeline = { itemSet, body, ...scroll } as unknown as Timeline;
  return { timeline, itemSet, log, lane, item, point, background };
}

describe('drawNewItemsAcrossLanes', () => {
  it('draws the new items of every lane in view before the first lane draws: writes, then reads', () => {
    const { timeline, itemSet, log, lane, item, background } = fakeTimeline();
    const a = lane('a', true);
    const b = lane('b', true);
    const below = lane('below', false);
    item(a, 'a1', 500);
    item(b, 'b1', 600);
    // Within a quarter of the window: vis-timeline draws it for a short pan.
    item(b, 'b2', 850);
    item(b, 'far', 2000);
    item(below, 'c1', 500);
    item(background, 'bg', 500);
    drawNewItemsAcrossLanes(timeline);
    itemSet.redraw();
    expect(log).toEqual([
      // The background items, not a lane's, are drawn by their own group as ever.
      'lane __background__',
      'write bg',
      'read bg',
      'write a1',
      'write b1',
      'write b2',
      'read a1',
      'read b1',
      'read b2',
      'lane a',
      'lane b',
      'lane below',
    ]);
    expect(itemSet.items.far!.displayed).toBe(false);
    expect(itemSet.items.c1!.displayed).toBe(false);
  });

  it('takes off the page again an item drawn ahead that its lane left out', () => {
    const { timeline, itemSet, lane, item } = fakeTimeline();
    const a = lane('a', true);
    const kept = item(a, 'kept', 500);
    const left = item(a, 'left', 520);
    a.leaveOut.add('left');
    drawNewItemsAcrossLanes(timeline);
    itemSet.redraw();
    expect(kept.displayed).toBe(true);
    expect(left).toMatchObject({ displayed: false, hidden: 1 });
  });

  it('draws nothing twice: items on the page are the lanes’ own to redraw', () => {
    const { timeline, itemSet, log, lane, item } = fakeTimeline();
    const a = lane('a', true);
    item(a, 'a1', 500);
    drawNewItemsAcrossLanes(timeline);
    drawNewItemsAcrossLanes(timeline);
    itemSet.redraw();
    log.length = 0;
    itemSet.redraw();
    expect(log).toEqual(['lane __background__', 'lane a']);
  });

  it('leaves the lanes of another timeline (they share their class) to draw their own', () => {
    const first = fakeTimeline();
    const other = fakeTimeline();
    first.item(first.lane('a', true), 'a1', 500);
    const lane = other.lane('a', true);
    other.item(lane, 'x1', 500);
    drawNewItemsAcrossLanes(first.timeline);
    other.itemSet.redraw();
    expect(other.log).toEqual(['lane __background__', 'lane a', 'write x1', 'read x1']);
  });

  it('sets a lane out of view before it draws when the lanes above certainly reach below the time area', () => {
    const { timeline, itemSet, log, lane, point } = fakeTimeline();
    // Found in view where the lanes were (one row each), before the first one grew.
    const grows = Object.assign(lane('grows', true), { top: 0, height: 30 });
    const next = Object.assign(lane('next', true), { top: 30, height: 30 });
    const last = Object.assign(lane('last', true), { top: 60, height: 30 });
    // 30 points at one moment stack 30 rows deep: 30 × (20 + 6) − 6 = 774 px at the least.
    for (let i = 0; i < 30; i++) point(grows, `g${i}`, 500);
    point(next, 'n1', 500);
    point(last, 'l1', 700);
    drawNewItemsAcrossLanes(timeline);
    itemSet.redraw();
    expect(log.filter((entry) => entry.startsWith('write')).length).toBe(30);
    expect([grows.isVisible, next.isVisible, last.isVisible]).toEqual([true, false, false]);
    expect(itemSet.items.n1!.displayed).toBe(false);
  });

  it('keeps in view a lane that the lanes above may not push out: points side by side stack one row', () => {
    const { timeline, itemSet, lane, point } = fakeTimeline();
    const wide = Object.assign(lane('wide', true), { top: 0, height: 30 });
    const next = Object.assign(lane('next', true), { top: 30, height: 30 });
    // A point every 100 ms of the window is 250 px apart: 100 px wide, none overlaps another.
    for (let i = 0; i < 8; i++) point(wide, `w${i}`, 300 + i * 100);
    point(next, 'n1', 500);
    drawNewItemsAcrossLanes(timeline);
    itemSet.redraw();
    expect([wide.isVisible, next.isVisible]).toEqual([true, true]);
    expect(itemSet.items.n1!.displayed).toBe(true);
  });
});
