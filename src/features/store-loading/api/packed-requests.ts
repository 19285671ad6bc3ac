import type { TimeWindow } from '../../../lib/time-window';
import type { StoreSearch } from '../../../lib/whole-store-search';

/**
 * What the page tells the store worker about a packed store after asking for it: each window
 * the timeline moves to (its rows are read next), and searches of all its events (a store
 * read window by window). The worker passes them on to the loader as they come.
 */
export type PackedRequest =
  | { readonly type: 'show-window'; readonly window: TimeWindow }
  /** Search all its events, stopping any search before. */
  | { readonly type: 'search-store'; readonly search: StoreSearch }
  | { readonly type: 'stop-search'; readonly id: number };

export interface PackedRequests {
  /**
   * Calls `listener` with the last window shown so far, if any (the page may move before the
   * loader follows), then with each request; returns how to stop.
   */
  follow(listener: (request: PackedRequest) => void): () => unknown;
}

/** Passes the page's requests on to the loader, keeping the last window for a late follower. */
export function packedRequestRelay(): PackedRequests & { tell(request: PackedRequest): void } {
  let lastWindow: PackedRequest | null = null;
  const followers = new Set<(request: PackedRequest) => void>();
  return {
    tell(request) {
      if (request.type === 'show-window') lastWindow = request;
      for (const follower of followers) follower(request);
    },
    follow(listener) {
      followers.add(listener);
      if (lastWindow !== null) listener(lastWindow);
      return () => followers.delete(listener);
    },
  };
}
