import type { TimeWindow } from '../../../lib/time-window';

/**
 * The windows the timeline shows while a packed store loads, as the page reports them to
 * the store worker (`show-window`): the loader reads each one's rows next.
 */
export interface ShownWindows {
  /**
   * Calls `listener` with the last window reported so far, if any, then with each new one;
   * returns how to stop.
   */
  follow(listener: (window: TimeWindow) => void): () => void;
}

/** Passes the page's windows on to whoever follows them, keeping the last one for a late follower. */
export function windowRelay(): ShownWindows & { show(window: TimeWindow): void } {
  let last: TimeWindow | null = null;
  let follower: ((window: TimeWindow) => void) | null = null;
  return {
    show(window) {
      last = window;
      follower?.(window);
    },
    follow(listener) {
      follower = listener;
      if (last !== null) listener(last);
      return () => {
        if (follower === listener) follower = null;
      };
    },
  };
}
