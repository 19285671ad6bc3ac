import { describe, expect, it } from 'vitest';
import { longFrameCauses } from './measure-map.ts';

describe('longFrameCauses', () => {
  it('sums only the frames over 50 ms, per script and rendering, largest first', () => {
    const causes = longFrameCauses([
      {
        duration: 80,
        renderMs: 12,
        scripts: [
          { source: 'map-panel.js:draw', invoker: 'FrameRequestCallback', duration: 40 },
          { source: 'index.js:onmessage', invoker: 'Worker.onmessage', duration: 20 },
        ],
      },
      {
        duration: 60,
        renderMs: 30,
        scripts: [{ source: 'map-panel.js:draw', invoker: 'FrameRequestCallback', duration: 25 }],
      },
      // Under the threshold: not a long frame, not counted.
      {
        duration: 45,
        renderMs: 20,
        scripts: [{ source: 'index.js:onmessage', invoker: 'Worker.onmessage', duration: 25 }],
      },
    ]);
    expect(causes).toEqual([
      { cause: 'map-panel.js:draw (FrameRequestCallback)', totalMs: 65, frames: 2 },
      { cause: 'style, layout and paint', totalMs: 42, frames: 2 },
      { cause: 'index.js:onmessage (Worker.onmessage)', totalMs: 20, frames: 1 },
    ]);
  });
});
