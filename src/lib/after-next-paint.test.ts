import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, inPaintedSteps } from './after-next-paint';

describe('afterNextPaint', () => {
  let frames: FrameRequestCallback[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.push(callback);
      return frames.length;
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  const paint = () => {
    const due = frames;
    frames = [];
    for (const callback of due) callback(performance.now());
  };

  it('waits for the next frame, then for a task after it', async () => {
    let resolved = false;
    void afterNextPaint().then(() => (resolved = true));
    // Tasks alone do not end the wait: the browser has not drawn yet.
    await vi.advanceTimersByTimeAsync(10);
    expect(resolved).toBe(false);
    paint();
    await vi.advanceTimersByTimeAsync(0);
    expect(resolved).toBe(true);
  });

  it('ends after its limit when no frame comes (a hidden page), and once only', async () => {
    let resolved = 0;
    void afterNextPaint(100).then(() => resolved++);
    await vi.advanceTimersByTimeAsync(99);
    expect(resolved).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(resolved).toBe(1);
    // The frame that comes later changes nothing.
    paint();
    await vi.advanceTimersByTimeAsync(0);
    expect(resolved).toBe(1);
  });

  it('does not wait in a hidden page, which paints nothing and throttles its timers', async () => {
    vi.stubGlobal('document', { hidden: true });
    let resolved = false;
    void afterNextPaint().then(() => (resolved = true));
    await Promise.resolve();
    expect(resolved).toBe(true);
  });

  it('runs the steps of a piece of work with a paint between each two', async () => {
    const ran: string[] = [];
    function* work(): Generator<void, string> {
      ran.push('first');
      yield;
      ran.push('second');
      return 'done';
    }
    let result: string | undefined;
    void inPaintedSteps(work()).then((value) => (result = value));
    expect(ran).toEqual(['first']);
    await vi.advanceTimersByTimeAsync(10);
    expect(ran).toEqual(['first']);
    paint();
    await vi.advanceTimersByTimeAsync(0);
    expect(ran).toEqual(['first', 'second']);
    // Whoever waits for the result does so after the last step's paint too.
    expect(result).toBeUndefined();
    paint();
    await vi.advanceTimersByTimeAsync(0);
    expect(result).toBe('done');
  });
});
