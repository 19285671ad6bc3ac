// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useModuleWhen } from './use-module-when';

describe('useModuleWhen', () => {
  it('asks for the module only once it is needed, and has it once in', async () => {
    const module = { name: 'pyramid' };
    const load = vi.fn(() => Promise.resolve(module));
    const { result, rerender } = renderHook(({ needed }) => useModuleWhen(needed, load), {
      initialProps: { needed: false },
    });
    expect(result.current).toBeNull();
    expect(load).not.toHaveBeenCalled();
    rerender({ needed: true });
    await waitFor(() => expect(result.current).toBe(module));
    expect(load).toHaveBeenCalledTimes(1);

    // A later mount has it at once, without asking again.
    const later = renderHook(() => useModuleWhen(true, load));
    expect(later.result.current).toBe(module);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('asks again after a failed load, the next time it is needed', async () => {
    const module = { name: 'pyramid' };
    const load = vi
      .fn<() => Promise<typeof module>>()
      .mockRejectedValueOnce(new Error('chunk failed'))
      .mockResolvedValue(module);
    const { result, rerender } = renderHook(({ needed }) => useModuleWhen(needed, load), {
      initialProps: { needed: true },
    });
    await act(async () => {});
    expect(result.current).toBeNull();
    rerender({ needed: false });
    rerender({ needed: true });
    await waitFor(() => expect(result.current).toBe(module));
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('hands over a module that is itself a function, not calling it', async () => {
    const translate = vi.fn((text: string) => `«${text}»`);
    const load = () => Promise.resolve(translate);
    const { result } = renderHook(() => useModuleWhen(true, load));
    await waitFor(() => expect(result.current).toBe(translate));
    expect(translate).not.toHaveBeenCalled();
  });
});
