import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Timeline } from 'vis-timeline/peer';
import { VisInternalsError, visInternalsOf } from './vis-internals';

/**
 * The checks' own logic, on stand-ins shaped like vis-timeline 8. Whether the real library
 * still has this shape and behaviour is e2e/vis-internals-contract.spec.ts's job.
 */
class FakeGroup {
  _checkIfVisible() {}
  _checkIfVisibleWithReference() {}
  _redrawItems() {}
}

/** vis-timeline's Core, as far as the lanes' scroll goes: 0 at the top, negative below. */
class FakeCore {
  scrollTop = 0;
  redraws = 0;
  lanesHeight = 500;
  _getScrollTop() {
    return this.scrollTop;
  }
  _setScrollTop(scrollTop: number) {
    this.scrollTop = Math.min(0, Math.max(-this.lanesHeight, scrollTop));
    return this.scrollTop;
  }
  _redraw() {
    this.redraws++;
  }
  _origRedraw() {
    this.redraws++;
  }
}

function fakeTimeline(overrides: { itemSet?: object; center?: object; core?: object } = {}) {
  const itemSet = {
    groups: { background: new FakeGroup() },
    items: {},
    initialItemSetDrawn: false,
    redraw: () => false,
    ...overrides.itemSet,
  };
  const body = { domProps: { center: overrides.center ?? {} } };
  return Object.assign(new FakeCore(), { itemSet, body }, overrides.core) as unknown as Timeline;
}

describe('visInternalsOf', () => {
  it.each([
    ['Timeline#itemSet', {} as Timeline],
    ['ItemSet#groups', fakeTimeline({ itemSet: { groups: null } })],
    ['ItemSet#items', fakeTimeline({ itemSet: { items: undefined } })],
    ['ItemSet#redraw', fakeTimeline({ itemSet: { redraw: 'no' } })],
    ['ItemSet#initialItemSetDrawn', fakeTimeline({ itemSet: { initialItemSetDrawn: 1 } })],
    ['ItemSet#groups', fakeTimeline({ itemSet: { groups: {} } })],
    ['Group#_checkIfVisible', fakeTimeline({ itemSet: { groups: { a: {} } } })],
    ['Timeline#_setScrollTop', fakeTimeline({ core: { _setScrollTop: undefined } })],
    ['Timeline#_redraw', fakeTimeline({ core: { _redraw: null } })],
    ['Timeline#_origRedraw', fakeTimeline({ core: { _origRedraw: undefined } })],
  ])('names %s when it is missing or of another kind', (internal, timeline) => {
    let thrown: unknown;
    try {
      visInternalsOf(timeline);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(VisInternalsError);
    expect((thrown as VisInternalsError).internal).toBe(internal);
    expect((thrown as Error).message).toContain('docs/vis-timeline-upgrade.md');
  });

  it('names a method that is there but not a function', () => {
    class Odd {}
    Object.assign(Odd.prototype, { _checkIfVisible: 3 });
    const timeline = fakeTimeline({ itemSet: { groups: { a: new Odd() } } });
    expect(() => visInternalsOf(timeline)).toThrow('Group#_checkIfVisible is not a function');
  });

  it('reads the width of the time area: 0 only before the first draw', () => {
    expect(visInternalsOf(fakeTimeline()).centerWidth()).toBe(0);
    expect(visInternalsOf(fakeTimeline({ center: { width: 640 } })).centerWidth()).toBe(640);
    const drawn = fakeTimeline({ itemSet: { initialItemSetDrawn: true } });
    expect(() => visInternalsOf(drawn).centerWidth()).toThrow(VisInternalsError);
  });

  it('holds the item set’s redraws only once it has been drawn, and gives them back', () => {
    expect(visInternalsOf(fakeTimeline()).holdItemSetRedraws()).toBeNull();
    const timeline = fakeTimeline({ itemSet: { initialItemSetDrawn: true, redraw: () => true } });
    const itemSet = (timeline as unknown as { itemSet: { redraw: () => boolean } }).itemSet;
    const release = visInternalsOf(timeline).holdItemSetRedraws()!;
    expect(itemSet.redraw()).toBe(false);
    release();
    expect(itemSet.redraw()).toBe(true);
  });

  it('scrolls the lanes down and up by a number of pixels, within their height, and redraws', () => {
    const timeline = fakeTimeline();
    const core = timeline as unknown as FakeCore;
    const internals = visInternalsOf(timeline);
    internals.scrollLanesBy(120);
    expect(core.scrollTop).toBe(-120);
    expect(core.redraws).toBe(1);
    internals.scrollLanesBy(-20);
    expect(core.scrollTop).toBe(-100);
    internals.scrollLanesBy(-400);
    expect(core.scrollTop).toBe(0);
    internals.scrollLanesBy(0);
    expect(core.redraws).toBe(3);
  });

  describe('spreadRedrawsOverFrames', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
    });

    /**
     * A timeline whose immediate redraw resizes the lanes `resizes` times over, each time
     * asking for another at once, as vis-timeline's `_change` handler does; the frame each
     * pass ran in, counted by a stand-in requestAnimationFrame.
     */
    function resizing(resizes: number, passesPerFrame: number) {
      const waiting: FrameRequestCallback[] = [];
      vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
        waiting.push(callback);
        return waiting.length;
      });
      let frame = 0;
      let left = resizes;
      const passes: number[] = [];
      const drawn: number[] = [];
      const timeline = fakeTimeline({
        core: {
          _origRedraw() {
            passes.push(frame);
            if (left-- > 0) (timeline as unknown as FakeCore)._origRedraw();
          },
        },
      });
      visInternalsOf(timeline).spreadRedrawsOverFrames(passesPerFrame, () => drawn.push(frame));
      const runFrames = () => {
        while (waiting.length > 0) {
          frame++;
          for (const callback of waiting.splice(0)) callback(frame * 16);
        }
      };
      return { core: timeline as unknown as FakeCore, passes, drawn, waiting, runFrames };
    }

    it('runs a redraw asked for at once beyond the passes per frame in the next frame', () => {
      const { core, passes, drawn, runFrames } = resizing(3, 1);
      core._redraw();
      runFrames();
      expect(passes).toEqual([1, 2, 3, 4]);
      // Each pass whose follow-up waited is said to be drawn, in its own frame.
      expect(drawn).toEqual([1, 2, 3]);
    });

    it('runs as many passes in one frame as asked for, and the rest after', () => {
      const { core, passes, runFrames } = resizing(3, 2);
      core._redraw();
      runFrames();
      expect(passes).toEqual([1, 1, 2, 2]);
    });

    it('asks for one frame however often a redraw is asked for before it', () => {
      const { core, passes, waiting, runFrames } = resizing(0, 1);
      core._redraw();
      core._redraw();
      expect(waiting).toHaveLength(1);
      runFrames();
      expect(passes).toEqual([1]);
    });

    it('runs an immediate redraw asked for outside a redraw at once', () => {
      const { core, passes, runFrames } = resizing(1, 1);
      core._origRedraw();
      expect(passes).toEqual([0]);
      runFrames();
      expect(passes).toEqual([0, 1]);
    });
  });
});
