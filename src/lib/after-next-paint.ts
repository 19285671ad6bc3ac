/**
 * Resolves in a task after the page's next frame is painted, so that long work split
 * across such waits lets the browser draw (and handle input) between its parts. A plain
 * `setTimeout(0)` does not: the browser may run the next part before it renders, and the
 * parts then stand still together as one long frame. A hidden page draws no frames and
 * throttles its timers (to one a second, or fewer): there is nothing to paint, so it does
 * not wait; and a page hidden while it waits stops waiting after `atMostMs`.
 */
export function afterNextPaint(atMostMs = 100): Promise<void> {
  return new Promise((resolve) => {
    if (typeof document !== 'undefined' && document.hidden) {
      resolve();
      return;
    }
    if (typeof requestAnimationFrame !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(fallback);
      resolve();
    };
    const fallback = setTimeout(finish, atMostMs);
    // A task queued from an animation frame runs once that frame is painted.
    requestAnimationFrame(() => setTimeout(finish, 0));
  });
}

/** Runs `steps` to its end, each step after the page's next paint, the last one's too. */
export async function inPaintedSteps<T>(steps: Generator<void, T>): Promise<T> {
  for (;;) {
    const step = steps.next();
    await afterNextPaint();
    if (step.done) return step.value;
  }
}
