import { describe, expect, it } from 'vitest';
import { type ClusterView, covers, widen } from './stable-view';

const view = (bbox: ClusterView['bbox'], zoom = 2): ClusterView => ({ bbox, zoom });

describe('widen', () => {
  it('adds half the view on every side, within the world', () => {
    expect(widen(view([0, 0, 20, 10])).bbox).toEqual([-10, -5, 30, 15]);
    expect(widen(view([-175, -85, -100, 80])).bbox).toEqual([-180, -90, -62.5, 90]);
  });

  // The state set during a render must cover the view it was made for, or the next render
  // sets it again, and again (report #2: an inverted bbox, or one past ±180°).
  it('always covers the view it widens, even an inverted or out-of-world one', () => {
    for (const bbox of [
      [0, 0, 20, 10],
      [160, -10, -45, 40],
      [-200, -95, -170, 95],
      [-180, 0, -180, 0],
    ] as const) {
      expect(covers(widen(view(bbox)), view(bbox))).toBe(true);
    }
  });
});

describe('covers', () => {
  it('needs the same whole zoom level and the area within', () => {
    expect(covers(view([-10, -10, 10, 10], 2.9), view([-5, -5, 5, 5], 2))).toBe(true);
    expect(covers(view([-10, -10, 10, 10], 3), view([-5, -5, 5, 5], 2))).toBe(false);
    expect(covers(view([-10, -10, 10, 10]), view([-5, -5, 15, 5]))).toBe(false);
    expect(covers(null, view([-5, -5, 5, 5]))).toBe(false);
  });
});
