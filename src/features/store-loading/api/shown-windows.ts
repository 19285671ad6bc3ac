import type { TimeWindow } from '../../../lib/time-window';
import type { PackedRequests } from './packed-requests';

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

/** The windows among the page's requests. */
export function windowsOf(requests: PackedRequests): ShownWindows {
  return {
    follow: (listener) =>
      requests.follow((request) => {
        if (request.type === 'show-window') listener(request.window);
      }),
  };
}
