// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSettledValue } from './use-settled-value';

describe('useSettledValue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives the first value at once and a later one when it has stopped changing', () => {
    const { result, rerender } = renderHook(({ value }) => useSettledValue(value, 500), {
      initialProps: { value: 'a' },
    });
    expect(result.current).toBe('a');
    rerender({ value: 'ab' });
    act(() => vi.advanceTimersByTime(300));
    rerender({ value: 'abc' });
    act(() => vi.advanceTimersByTime(300));
    // 600 ms of typing, never 500 ms still: nothing said yet.
    expect(result.current).toBe('a');
    act(() => vi.advanceTimersByTime(200));
    expect(result.current).toBe('abc');
  });

  it('a value changed and changed back is not said again', () => {
    const { result, rerender } = renderHook(({ value }) => useSettledValue(value, 500), {
      initialProps: { value: 1 },
    });
    rerender({ value: 2 });
    rerender({ value: 1 });
    act(() => vi.advanceTimersByTime(1000));
    expect(result.current).toBe(1);
  });
});
