import type { HeldList } from '../../lib/held-list';

/**
 * What the list says instead of events, or null when it lists some (or a search's answer is
 * on its way). An empty list claims only what is known: a store held window by window that
 * has not loaded the window's events says so, not that it has none or that none match, and
 * where it has, its emptiness is that of the events loaded around the window, not the store's.
 */
export type ListEmpty =
  | 'too-wide'
  | 'too-wide-search'
  | 'window-loading'
  | 'no-events-in-store'
  | 'no-events-around-window'
  | 'no-filter-match'
  | 'no-filter-match-held'
  | 'no-search-match'
  | 'no-search-match-held';

export function listEmptyState({
  held,
  shown,
  total,
  query,
  pending,
}: {
  held: HeldList | undefined;
  /** Events that pass the filters and the search. */
  shown: number;
  /** Events in the store on screen (for a held store, those loaded around the window). */
  total: number;
  query: string;
  /** A search whose answer is not in yet. */
  pending: boolean;
}): ListEmpty | null {
  if (held === 'too-wide') return query ? 'too-wide-search' : 'too-wide';
  if (held === 'loading') return 'window-loading';
  if (shown > 0 || pending) return null;
  const loaded = held === 'loaded';
  if (query) return loaded ? 'no-search-match-held' : 'no-search-match';
  if (total === 0) return loaded ? 'no-events-around-window' : 'no-events-in-store';
  return loaded ? 'no-filter-match-held' : 'no-filter-match';
}
