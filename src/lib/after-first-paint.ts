import { type ComponentType, lazy } from 'react';

/*
 * Code the first screen does not need (the event list and its virtualizer, the details,
 * the dialogs, the search index) loads once the first events are painted, so that it
 * takes neither bytes nor main-thread time from that paint. Whoever shows the first
 * events (the timeline), or finds there are none to show (a failed load, the map shown
 * instead), says so; the loads start after the next frame is painted.
 */
let painted!: () => void;
const firstPaint = new Promise<void>((resolve) => (painted = resolve));
let marked = false;

/** The first events (or what stands for them) are on the page: load the rest after this frame. */
export function markFirstPaint(): void {
  if (marked) return;
  marked = true;
  // A task queued from an animation frame runs once that frame is painted.
  requestAnimationFrame(() => setTimeout(painted, 0));
}

/** `load()`, once the first events are painted. */
export function afterFirstPaint<T>(load: () => Promise<T>): Promise<T> {
  return firstPaint.then(load);
}

/** A component of the first screen that may appear a moment after the first events. */
export function lazyAfterFirstPaint<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  return lazy(() => afterFirstPaint(load).then((component) => ({ default: component })));
}
