import { describe, expect, it } from 'vitest';
import { describeLoaf, loafForMedian, loafStats, longFrameCauses } from './measure-map.ts';

describe('longFrameCauses', () => {
  it('sums only the frames over 50 ms, per script and rendering, largest first', () => {
    const causes = longFrameCauses([
      {
        duration: 80,
        renderMs: 12,
        scripts: [
          {
            source: 'map-panel.js:draw',
            invoker: 'FrameRequestCallback',
            duration: 40,
            forcedLayoutMs: 9,
          },
          { source: 'index.js:onmessage', invoker: 'Worker.onmessage', duration: 20 },
        ],
      },
      {
        duration: 60,
        renderMs: 30,
        scripts: [
          {
            source: 'map-panel.js:draw',
            invoker: 'FrameRequestCallback',
            duration: 25,
            forcedLayoutMs: 3,
          },
        ],
      },
      // Under the threshold: not a long frame, not counted.
      {
        duration: 45,
        renderMs: 20,
        scripts: [{ source: 'index.js:onmessage', invoker: 'Worker.onmessage', duration: 25 }],
      },
    ]);
    expect(causes).toEqual([
      {
        cause: 'map-panel.js:draw (FrameRequestCallback)',
        totalMs: 65,
        forcedLayoutMs: 12,
        frames: 2,
      },
      { cause: 'style, layout and paint', totalMs: 42, forcedLayoutMs: 0, frames: 2 },
      { cause: 'index.js:onmessage (Worker.onmessage)', totalMs: 20, forcedLayoutMs: 0, frames: 1 },
    ]);
  });
});

describe('loafStats', () => {
  it('counts the long animation frames, those over 50 ms and the longest', () => {
    expect(loafStats([{ duration: 52 }, { duration: 50 }, { duration: 71 }])).toEqual({
      count: 3,
      over50: 2,
      maxMs: 71,
    });
  });

  it('has no longest frame when none was long', () => {
    expect(loafStats([])).toEqual({ count: 0, over50: 0, maxMs: null });
  });
});

describe('loafForMedian', () => {
  it('counts a run with frames and no animation frame over 50 ms as none, not as missing', () => {
    expect(loafForMedian(true, null)).toBe(0);
    expect(loafForMedian(true, 64)).toBe(64);
    expect(loafForMedian(false, undefined)).toBeNull();
    expect(describeLoaf(0, (ms) => `${ms} ms`)).toBe('none over 50 ms');
    expect(describeLoaf(64, (ms) => `${ms} ms`)).toBe('64 ms');
    expect(describeLoaf(null, (ms) => `${ms} ms`)).toBe('n/a');
  });
});
