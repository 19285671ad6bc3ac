import type { StoreEvent } from '../format/validate-store';
import { type EventFilter, filterEvents } from './event-filter';
import type { StoreIndex } from './store-index';
import { useView } from './view-store';

// The timeline, the list, the counts and the step buttons all ask for the same result in
// one render; remembering the last answer computes it once.
let last: { index: StoreIndex; filter: EventFilter; result: readonly StoreEvent[] } | null = null;

function filterOnce(index: StoreIndex, filter: EventFilter): readonly StoreEvent[] {
  if (
    last &&
    last.index === index &&
    last.filter.actorIds === filter.actorIds &&
    last.filter.match === filter.match &&
    last.filter.query === filter.query
  ) {
    return last.result;
  }
  const result = filterEvents(index, filter);
  last = { index, filter, result };
  return result;
}

/** Events that pass the current filters, in time order. */
export function useFilteredEvents(index: StoreIndex): readonly StoreEvent[] {
  const filter = useView((state) => ({
    actorIds: state.actorIds,
    match: state.match,
    query: state.query,
  }));
  return filterOnce(index, filter);
}
