import type { StoreEvent } from '../format/validate-store';
import { searchEvents, searchHits } from './search-service';
import type { StoreIndex } from './store-index';
import { type StatusChoice, statusChoiceOf } from './event-evidence';

export type MatchMode = 'any' | 'all';

export interface EventFilter {
  readonly actorIds: readonly string[];
  readonly match: MatchMode;
  readonly query?: string;
  /** Statuses to keep (`not-stated` for events that state none); empty or absent keeps all. */
  readonly statuses?: readonly StatusChoice[];
}

/**
 * Events that pass the actor filter and the search, in time order. Choosing a state
 * includes its members' events (Russia includes Putin's). `any`: at least one chosen actor
 * takes part; `all`: every chosen actor does. No actor chosen means no filter. The search
 * keeps the events that match every word of the query (see search-service.ts); while a
 * large store's answer is on its way, nothing passes (`searchPending` tells the views; the
 * timeline keeps drawing what it drew, `drawnEvents`).
 */
export function filterEvents(index: StoreIndex, filter: EventFilter): readonly StoreEvent[] {
  return filterOrPending(index, filter) ?? [];
}

/** The same, but null while a large store's search answer is on its way. */
export function filterOrPending(
  index: StoreIndex,
  filter: EventFilter,
): readonly StoreEvent[] | null {
  const byActor = filterByStatus(filterByActors(index, filter), filter.statuses);
  if (!filter.query) return byActor;
  return searchEvents(index, byActor, filter.query);
}

/** What the timeline draws: the events of `filter` (or, `stale`, those drawn before it). */
export interface DrawnEvents {
  readonly index: StoreIndex;
  /** The filter whose events these are. */
  readonly filter: EventFilter;
  readonly events: readonly StoreEvent[];
  /** The search's answer for the current filter is on its way: these are the events before it. */
  readonly stale: boolean;
}

/**
 * The events to draw for `filter`, given its `answer` (null while the search's answer is on
 * its way) and what was drawn before. While the answer is pending, the timeline keeps what
 * it drew, if that was for the same store and the same actors and statuses (the events of
 * the previous query, or of none); otherwise the events those filters pass, the search
 * aside. Nothing is blanked while waiting, and the same `DrawnEvents` comes back while the
 * wait lasts, so that what is built from its events is not built again at each progress.
 */
export function drawnEvents(
  index: StoreIndex,
  filter: EventFilter,
  answer: readonly StoreEvent[] | null,
  before: DrawnEvents | null,
): DrawnEvents {
  if (answer !== null) {
    return before?.index === index && before.events === answer && !before.stale
      ? before
      : { index, filter, events: answer, stale: false };
  }
  if (before?.index === index && sameOtherFilters(before.filter, filter)) {
    return before.stale ? before : { ...before, stale: true };
  }
  const unsearched = { ...filter, query: '' };
  return { index, filter: unsearched, events: filterEvents(index, unsearched), stale: true };
}

function sameOtherFilters(a: EventFilter, b: EventFilter): boolean {
  return (
    a.match === b.match &&
    sameList(a.actorIds, b.actorIds) &&
    sameList(a.statuses ?? [], b.statuses ?? [])
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** True while a large store's search answer for `query` has not arrived yet. */
export function searchPending(index: StoreIndex, query: string | undefined): boolean {
  return !!query && searchHits(index, query) === null;
}

function filterByStatus(
  events: readonly StoreEvent[],
  statuses: readonly StatusChoice[] | undefined,
): readonly StoreEvent[] {
  if (!statuses || statuses.length === 0) return events;
  const keep = new Set(statuses);
  return events.filter((event) => keep.has(statusChoiceOf(event)));
}

function filterByActors(index: StoreIndex, filter: EventFilter): readonly StoreEvent[] {
  const chosen = filter.actorIds.filter((id) => index.positionsByActor.has(id));
  if (chosen.length === 0) return index.events;
  const lists = chosen.map((id) => index.positionsByActor.get(id)!);
  let positions: number[];
  if (filter.match === 'any') {
    const union = new Set<number>();
    for (const list of lists) for (const position of list) union.add(position);
    positions = [...union].sort((a, b) => a - b);
  } else {
    const [smallest, ...others] = [...lists].sort((a, b) => a.length - b.length);
    const sets = others.map((list) => new Set(list));
    positions = smallest!.filter((position) => sets.every((set) => set.has(position)));
  }
  return positions.map((position) => index.events[position]!);
}

/** The event before or after `currentId` among `events` (time-ordered), or the first/last. */
export function stepEvent(
  events: readonly StoreEvent[],
  index: StoreIndex,
  currentId: string | null,
  direction: 1 | -1,
  anchorTime: number,
): StoreEvent | null {
  if (events.length === 0) return null;
  const currentPosition = currentId === null ? undefined : index.positionOf.get(currentId);
  if (currentPosition === undefined) {
    // Nothing selected: start from the middle of what is on screen.
    const after = events.findIndex((event) => event.when.start.start >= anchorTime);
    if (direction === 1) return events[after === -1 ? events.length - 1 : after] ?? null;
    return events[after === -1 ? events.length - 1 : Math.max(0, after - 1)] ?? null;
  }
  // Binary search by global position: filtered events keep the index's order.
  let low = 0;
  let high = events.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (index.positionOf.get(events[mid]!.id)! < currentPosition) low = mid + 1;
    else high = mid;
  }
  const here = low < events.length && events[low]!.id === currentId;
  const target = direction === 1 ? (here ? low + 1 : low) : low - 1;
  return events[target] ?? null;
}
