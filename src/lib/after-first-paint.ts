import { type ComponentType, lazy, startTransition, useEffect, useState } from 'react';

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

// Read by parts mounted after the paint, which then need not wait for the promise.
let paintedYet = false;
void firstPaint.then(() => (paintedYet = true));

/** The first events (or what stands for them) are on the page: load the rest after this frame. */
export function markFirstPaint(): void {
  if (marked) return;
  marked = true;
  // A task queued from an animation frame runs once that frame is painted.
  requestAnimationFrame(() => setTimeout(painted, 0));
}

/**
 * No first events are on their way (a store slow to come): what waits for them (the header's
 * dialogs, help, the lists) need not wait either, or a person could not so much as open
 * another store until this one arrived.
 */
function releaseWithoutPaint(): void {
  marked = true;
  painted();
}

/** `load()`, once the first events are painted (or a store is too slow to wait for). */
export function afterFirstPaint<T>(load: () => Promise<T>): Promise<T> {
  return firstPaint.then(load);
}

/** A component of the first screen that may appear a moment after the first events. */
export function lazyAfterFirstPaint<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  return lazy(() => afterFirstPaint(load).then((component) => ({ default: component })));
}

/**
 * Whether the first events are painted, for parts of the first screen rendered after them
 * rather than with them. A store that takes long to come does not hold them back: after
 * `atMostMs` from the page's start they appear anyway. They come in a transition: a large
 * store's first events can still be on their way to the screen then (the widget says it has
 * drawn them a frame or more before vis-timeline paints them), and its draw goes first.
 */
export function useFirstPaintDone(atMostMs: number): boolean {
  const [painted, setPainted] = useState(paintedYet);
  const [waitedLong, setWaitedLong] = useState(() => performance.now() >= atMostMs);
  useEffect(() => {
    if (painted) return;
    let current = true;
    void firstPaint.then(() => {
      if (current) startTransition(() => setPainted(true));
    });
    return () => {
      current = false;
    };
  }, [painted]);
  useEffect(() => {
    if (painted) return;
    if (waitedLong) {
      // Mounted after the limit (a busy machine evaluates the app that late): the timer below
      // never ran, and what waits for the first events must not wait on without it.
      releaseWithoutPaint();
      return;
    }
    // setTimeout runs a delay beyond 2^31 - 1 ms at once.
    const delay = Math.min(atMostMs - performance.now(), 2 ** 31 - 1);
    const timer = setTimeout(() => {
      releaseWithoutPaint();
      startTransition(() => setWaitedLong(true));
    }, delay);
    return () => clearTimeout(timer);
  }, [painted, waitedLong, atMostMs]);
  return painted || waitedLong;
}
