import { describe, expect, it } from 'vitest';
import { zoomAnchor } from './zoom-anchor';

describe('zoomAnchor', () => {
  const places = [
    [40, 60],
    [300, 180],
    [380, 20],
  ] as const;

  it('is the selected event where it is on screen, wherever the other places are', () => {
    expect(zoomAnchor([30, 400], places, 400, 420)).toEqual([30, 400]);
  });

  it('is the place nearest the middle when the selected event is off screen or there is none', () => {
    expect(zoomAnchor([-10, 200], places, 400, 420)).toEqual([300, 180]);
    expect(zoomAnchor(null, places, 400, 420)).toEqual([300, 180]);
  });

  it('passes over places off screen (the map keeps those just beyond its edges)', () => {
    expect(
      zoomAnchor(
        null,
        [
          [210, -15],
          [390, 400],
        ],
        400,
        420,
      ),
    ).toEqual([390, 400]);
  });

  it('is the middle (undefined) when no place is on screen', () => {
    expect(zoomAnchor(null, [], 400, 420)).toBeUndefined();
    expect(
      zoomAnchor(
        null,
        [
          [-20, 200],
          [420, 10],
        ],
        400,
        420,
      ),
    ).toBeUndefined();
  });
});
