/**
 * Runs `callback` once the browser is idle (`requestIdleCallback`): after a frame's work
 * and its paint, when no other task is waiting, so that the work it does is not added to a
 * frame that is already busy. Within `timeoutMs` at the latest, so that it is not put off
 * for ever by a page that never goes idle. Where there is no such call (Safari), a task
 * of its own. Returns a function that cancels it.
 */
export function whenIdle(callback: () => void, timeoutMs: number): () => void {
  if (typeof globalThis.requestIdleCallback === 'function') {
    const handle = globalThis.requestIdleCallback(() => callback(), { timeout: timeoutMs });
    return () => globalThis.cancelIdleCallback(handle);
  }
  const handle = setTimeout(callback, 0);
  return () => clearTimeout(handle);
}
