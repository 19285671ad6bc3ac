import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAP_SHARE,
  clampShare,
  keepMapShare,
  mapGrowFor,
  shareAfterKey,
  shareAtPointer,
  storedMapShare,
} from './map-share';

const bounds = { totalPx: 600, minMapPx: 120, minTimelinePx: 300 };

describe('the map share', () => {
  it('keeps each side at least what it needs', () => {
    expect(clampShare(0.05, bounds)).toBeCloseTo(0.2);
    expect(clampShare(0.9, bounds)).toBeCloseTo(0.5);
    expect(clampShare(0.3, bounds)).toBe(0.3);
  });

  it('gives half to each where both cannot have their least, and the default for nonsense', () => {
    expect(clampShare(0.3, { totalPx: 400, minMapPx: 120, minTimelinePx: 300 })).toBe(0.5);
    expect(clampShare(0.3, { ...bounds, totalPx: 0 })).toBe(0.5);
    expect(clampShare(Number.NaN, bounds)).toBe(DEFAULT_MAP_SHARE);
  });

  it('follows the pointer: the map is what lies below it', () => {
    expect(shareAtPointer(400, 100, 600)).toBeCloseTo(0.4);
    expect(shareAtPointer(100, 100, 600)).toBe(1);
    expect(shareAtPointer(300, 600, 600)).toBe(DEFAULT_MAP_SHARE);
  });

  it('moves by the window splitter keys: up grows the map, Home and End go to the ends', () => {
    expect(shareAfterKey(0.4, 'ArrowUp', bounds)).toBeCloseTo(0.45);
    expect(shareAfterKey(0.4, 'ArrowDown', bounds)).toBeCloseTo(0.35);
    expect(shareAfterKey(0.4, 'Home', bounds)).toBeCloseTo(0.2);
    expect(shareAfterKey(0.4, 'End', bounds)).toBeCloseTo(0.5);
    expect(shareAfterKey(0.5, 'ArrowUp', bounds)).toBeCloseTo(0.5);
    expect(shareAfterKey(0.4, 'Enter', bounds)).toBeNull();
    expect(shareAfterKey(0.4, 'a', bounds)).toBeNull();
  });

  it('is the flex-grow that gives the map its share beside the timeline’s 1', () => {
    const grow = mapGrowFor(0.4);
    expect(grow / (1 + grow)).toBeCloseTo(0.4);
    expect(mapGrowFor(0.5)).toBe(1);
  });

  it('is kept between visits, and a stored value that is not a share is ignored', () => {
    const kept = new Map<string, string>();
    const storage = {
      getItem: (key: string) => kept.get(key) ?? null,
      setItem: (key: string, value: string) => void kept.set(key, value),
    };
    expect(storedMapShare(storage)).toBe(DEFAULT_MAP_SHARE);
    keepMapShare(0.25, storage);
    expect(storedMapShare(storage)).toBe(0.25);
    for (const bad of ['1.5', '0', '-0.2', 'wide', '']) {
      kept.set('sourceline.map-share', bad);
      expect(storedMapShare(storage)).toBe(DEFAULT_MAP_SHARE);
    }
    expect(storedMapShare(null)).toBe(DEFAULT_MAP_SHARE);
  });

  it('lasts for the page only where storage refuses it', () => {
    const refusing = {
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(() => keepMapShare(0.3, refusing)).not.toThrow();
  });
});
