import type { StoreEvent } from '../format/validate-store';
import {
  type DrawnEvents,
  type EventFilter,
  drawnEvents,
  filterOrPending,
  searchPending,
} from './event-filter';
import { bestMatch, searchHits, searchProgress, useSearchStatus } from './search-service';
import type { StoreIndex } from './store-index';
import { useView } from './view-store';

// The timeline, the list, the counts and the step buttons all ask for the same result in
// one render; remembering the last answer computes it once. `version` changes when a
// search answer arrives from the worker.
let last: {
  index: StoreIndex;
  filter: EventFilter;
  version: number;
  /** Null while the search's answer is on its way. */
  result: readonly StoreEvent[] | null;
} | null = null;

function filterOnce(index: StoreIndex, filter: EventFilter, version: number) {
  if (
    last &&
    last.index === index &&
    last.version === version &&
    last.filter.actorIds === filter.actorIds &&
    last.filter.match === filter.match &&
    last.filter.query === filter.query &&
    last.filter.statuses === filter.statuses
  ) {
    return last.result;
  }
  const result = filterOrPending(index, filter);
  last = { index, filter, version, result };
  return result;
}

const NO_EVENTS: readonly StoreEvent[] = [];

/** A new object each render: filterOnce compares its fields. */
function useFilter(): EventFilter {
  const actorIds = useView((state) => state.actorIds);
  const match = useView((state) => state.match);
  const query = useView((state) => state.query);
  const statuses = useView((state) => state.statuses);
  return { actorIds, match, query, statuses };
}

/** Events that pass the current filters and search, in time order. */
export function useFilteredEvents(index: StoreIndex): readonly StoreEvent[] {
  const filter = useFilter();
  const version = useSearchStatus((state) => state.version);
  return filterOnce(index, filter, version) ?? NO_EVENTS;
}

// What the timeline drew last: kept while a search's answer is on its way.
let drawn: DrawnEvents | null = null;

function drawOnce(index: StoreIndex, filter: EventFilter, version: number): DrawnEvents {
  drawn = drawnEvents(index, filter, filterOnce(index, filter, version), drawn);
  return drawn;
}

/**
 * What the timeline draws: the events that pass the filters and search, or, while the
 * search's answer is on its way (`stale`), the events it drew before (drawnEvents).
 */
export function useDrawnEvents(index: StoreIndex): DrawnEvents {
  const filter = useFilter();
  const version = useSearchStatus((state) => state.version);
  return drawOnce(index, filter, version);
}

/**
 * Whether the search is still waiting for its answer, whether its answer so far is partial
 * (found while a large store's index is being built), and how far the indexing has got.
 */
export function useSearchPending(index: StoreIndex): {
  pending: boolean;
  partial: boolean;
  progress: number;
} {
  const query = useView((state) => state.query);
  useSearchStatus((state) => state.version);
  const pending = searchPending(index, query);
  const partial = !pending && !!query && searchHits(index, query)?.covered !== undefined;
  return { pending, partial, progress: searchProgress(index) };
}

const NO_TERMS: ReadonlySet<string> = new Set();

/** The indexed words the current search matched, for highlighting; empty without a search. */
export function useSearchTerms(index: StoreIndex): ReadonlySet<string> {
  const query = useView((state) => state.query);
  useSearchStatus((state) => state.version);
  if (!query) return NO_TERMS;
  return searchHits(index, query)?.terms ?? NO_TERMS;
}

/** The best-ranked of `events` for the current search, or null without one. */
export function useBestMatch(index: StoreIndex, events: readonly StoreEvent[]): StoreEvent | null {
  const query = useView((state) => state.query);
  useSearchStatus((state) => state.version);
  return query ? bestMatch(index, events, query) : null;
}
