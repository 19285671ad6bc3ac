// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { textScale } from '../lib/text-scale';
import { readingTimelineWidth } from './reading-layout-width';

vi.mock('../lib/text-scale', () => ({ textScale: vi.fn(() => 1) }));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.mocked(textScale).mockReturnValue(1);
});

const at = (innerWidth: number) => {
  vi.stubGlobal('innerWidth', innerWidth);
  return readingTimelineWidth();
};

describe('the reading layout’s timeline width', () => {
  it('is the page’s below 1024 px, where the filters and the details are not beside it', () => {
    expect(at(390)).toBe(390);
    expect(at(1023)).toBe(1023);
  });

  it('is what the filters and details columns leave, as reading-layout.css lays them out', () => {
    // A rem is 15 px: 1024 − 202.5 (13.5rem) − 330 (22rem) − 2 × 11.25 (gaps) − 2 × 15.
    expect(at(1024)).toBe(439);
    // The details at 30vw: 384 px.
    expect(at(1280)).toBe(641);
    // From 1400 px: 16rem and clamp(24rem, 32vw, 36rem).
    expect(at(1440)).toBeCloseTo(1440 - 240 - 0.32 * 1440 - 52.5);
    expect(at(1920)).toBe(1920 - 240 - 540 - 52.5);
  });
});

describe('with the browser’s text larger than its default 16 px', () => {
  it('is reckoned in the design’s px: at 20 px, a 1280 px window is laid out as 1024 px', () => {
    // The breakpoints in em move with the default size: text-scale.ts says how far.
    vi.mocked(textScale).mockReturnValue(1.25);
    expect(at(1280)).toBe(439);
    expect(at(1200)).toBe(960);
  });
});
