import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('afterFirstPaint', () => {
  it('loads nothing before the first paint, and everything once that frame is painted', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.push(callback);
      return frames.length;
    });
    const { afterFirstPaint, markFirstPaint } = await import('./after-first-paint');
    const load = vi.fn(async () => 'loaded');
    const loaded = afterFirstPaint(load);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(load).not.toHaveBeenCalled();

    markFirstPaint();
    markFirstPaint(); // once is enough: a second mark asks for no second frame
    expect(frames).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(load).not.toHaveBeenCalled(); // the frame has not been painted yet

    frames[0]!(0);
    await expect(loaded).resolves.toBe('loaded');
    expect(load).toHaveBeenCalledTimes(1);
  });
});
