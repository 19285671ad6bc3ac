import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StripPainter } from './strip-painter';

/** A stand-in IntersectionObserver whose answers the test gives. */
class FakeObserver {
  static latest: FakeObserver;
  readonly targets = new Set<Element>();
  constructor(readonly report: (entries: Partial<IntersectionObserverEntry>[]) => void) {
    FakeObserver.latest = this;
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
  }
  say(target: Element, isIntersecting: boolean) {
    this.report([{ target, isIntersecting }]);
  }
}

describe('StripPainter', () => {
  beforeEach(() => vi.stubGlobal('IntersectionObserver', FakeObserver));
  afterEach(() => vi.unstubAllGlobals());

  const strip = (name: string) => ({ name }) as unknown as Element;

  it('paints strips on screen, or not known yet, at once; others when they come into view', () => {
    const painter = new StripPainter();
    const observer = FakeObserver.latest;
    const [top, bottom] = [strip('top'), strip('bottom')];
    const painted: string[] = [];
    const pass = (label: string) =>
      painter.paint(
        new Map([
          [top, () => painted.push(`top ${label}`)],
          [bottom, () => painted.push(`bottom ${label}`)],
        ]),
      );
    pass('1');
    expect(painted).toEqual(['top 1', 'bottom 1']);
    observer.say(top, true);
    observer.say(bottom, false);
    pass('2');
    pass('3');
    expect(painted).toEqual(['top 1', 'bottom 1', 'top 2', 'top 3']);
    // Scrolled into view: only its latest paint is made.
    observer.say(bottom, true);
    expect(painted.at(-1)).toBe('bottom 3');
    expect(painted.filter((paint) => paint.startsWith('bottom'))).toHaveLength(2);
  });

  it('stops watching strips that are gone', () => {
    const painter = new StripPainter();
    const observer = FakeObserver.latest;
    const [kept, gone] = [strip('kept'), strip('gone')];
    const paints: string[] = [];
    painter.paint(
      new Map([
        [kept, () => {}],
        [gone, () => {}],
      ]),
    );
    observer.say(gone, false);
    painter.paint(new Map([[gone, () => paints.push('gone')]]));
    painter.paint(new Map([[kept, () => {}]]));
    expect([...observer.targets]).toEqual([kept]);
    observer.say(gone, true);
    expect(paints).toEqual([]);
    painter.disconnect();
    expect(observer.targets.size).toBe(0);
  });

  it('paints everything where there is no IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const painter = new StripPainter();
    let paints = 0;
    painter.paint(
      new Map([
        [strip('a'), () => paints++],
        [strip('b'), () => paints++],
      ]),
    );
    expect(paints).toBe(2);
  });
});
