import type { StoreSearch } from '../../../lib/whole-store-search';
import type { PackedRequests } from './packed-requests';

/**
 * The searches of the whole store the page asks for while a store read window by window is on
 * screen: one at a time, a new one stopping the one before.
 */
export interface StoreSearches {
  /** Calls `listener` with each search, and a signal aborted when it is stopped. */
  follow(listener: (search: StoreSearch, signal: AbortSignal) => void): () => void;
}

/** The searches among the page's requests, each with a signal to stop it. */
export function searchesOf(requests: PackedRequests): StoreSearches {
  return {
    follow(listener) {
      let current: { id: number; controller: AbortController } | null = null;
      const stopCurrent = () => {
        current?.controller.abort();
        current = null;
      };
      const stopFollowing = requests.follow((request) => {
        if (request.type === 'search-store') {
          stopCurrent();
          current = { id: request.search.id, controller: new AbortController() };
          listener(request.search, current.controller.signal);
        } else if (request.type === 'stop-search' && current?.id === request.id) {
          stopCurrent();
        }
      });
      return () => {
        stopCurrent();
        stopFollowing();
      };
    },
  };
}
