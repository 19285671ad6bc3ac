// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

beforeEach(() => {
  // Timers in hand; performance.now() stays the page's clock.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** The module afresh (its first paint is once per page), with the page's frames in hand. */
async function freshModule() {
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.push(callback);
    return frames.length;
  });
  const module = await import('./after-first-paint');
  return { ...module, frames };
}

describe('useFirstPaintDone', () => {
  it('is false until the frame with the first events is painted, then true', async () => {
    const { useFirstPaintDone, markFirstPaint, frames } = await freshModule();
    const atMost = performance.now() + 60_000;
    const { result } = renderHook(() => useFirstPaintDone(atMost));
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(result.current).toBe(false);

    act(() => markFirstPaint());
    await act(() => vi.advanceTimersByTimeAsync(10));
    expect(result.current).toBe(false); // asked for, not yet painted
    act(() => frames[0]!(0));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(result.current).toBe(true);

    // A part mounted later has it at once.
    expect(renderHook(() => useFirstPaintDone(atMost)).result.current).toBe(true);
  });

  it('does not wait longer than it is told for a store that is slow to come', async () => {
    const { useFirstPaintDone, afterFirstPaint } = await freshModule();
    const loaded = vi.fn(async () => 'the Open store dialog');
    const waiting = afterFirstPaint(loaded);
    const { result } = renderHook(() => useFirstPaintDone(performance.now() + 1_500));
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(result.current).toBe(false);
    expect(loaded).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(600));
    expect(result.current).toBe(true);
    // What waited for the first events loads too: the header's tools are usable.
    await expect(waiting).resolves.toBe('the Open store dialog');

    // Past that time, a part mounted before any paint appears at once.
    expect(renderHook(() => useFirstPaintDone(0)).result.current).toBe(true);
  });

  it('mounted after the limit (a slow start), lets what waits for the first events load', async () => {
    const { useFirstPaintDone, afterFirstPaint } = await freshModule();
    const loaded = vi.fn(async () => 'the Open store dialog');
    const waiting = afterFirstPaint(loaded);
    const { result } = renderHook(() => useFirstPaintDone(performance.now() - 1));
    expect(result.current).toBe(true);
    await act(() => vi.advanceTimersByTimeAsync(0));
    await expect(waiting).resolves.toBe('the Open store dialog');
  });

  it('waits for the paint however far off the limit is (no timer overflow)', async () => {
    const { useFirstPaintDone } = await freshModule();
    const { result } = renderHook(() => useFirstPaintDone(Number.MAX_SAFE_INTEGER));
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(result.current).toBe(false);
  });
});
