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
  constructor(
    readonly id: string,
    readonly data: { start: number; end: number },
    private readonly log: string[],
  ) {}
  isVisible(range: VisRange) {
    return this.data.start < range.end && this.data.end > range.start;
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
      () => this.log.push(`read ${this.id}`),
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
/** The window as the redraw's own check is given it, a quarter either side (margin-items.ts). */
const WINDOW = range(400, 800);

function fakeTimeline() {
  const log: string[] = [];
  const itemSet = {
    groups: {} as Record<string, FakeLane>,
    items: {} as Record<string, FakeItem>,
    initialItemSetDrawn: true,
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
  const body = { domProps: { center: { width: 800 } } };
  const scroll = {
    _getScrollTop: () => 0,
    _setScrollTop: () => 0,
    _redraw: () => {},
    _origRedraw: () => {},
  };
  const timeline = { itemSet, body, ...scroll } as unknown as Timeline;
  return { timeline, itemSet, log, lane, item, background };
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
});
