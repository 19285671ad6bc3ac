import type { EventStatus, Relation } from '../format/schema';
import type { StoreEvent } from '../format/validate-store';
import type { StoreIndex } from './store-index';

/**
 * What the evidence fields say about events, arranged for the views: statuses (and "not
 * stated") for the filter and its counts, and each event's relations both ways.
 */

/** A status filter value: one of the four, or an event that states none. */
export type StatusChoice = EventStatus | 'not-stated';
// The format's four, in its order (format/schema STATUSES, which keeps zod off the page).
export const STATUS_CHOICES: readonly StatusChoice[] = [
  'confirmed',
  'reported',
  'disputed',
  'refuted',
  'not-stated',
];

export function statusChoiceOf(event: StoreEvent): StatusChoice {
  return event.status ?? 'not-stated';
}

/** Statuses a reader must not take for established: the timeline marks them at any zoom. */
export function isContested(status: EventStatus | undefined): boolean {
  return status === 'disputed' || status === 'refuted';
}

/** Another event that names this one in its `related`, and how. */
export interface IncomingRelation {
  readonly event: string;
  readonly relation: Relation;
}

interface EvidenceIndex {
  readonly countByStatus: ReadonlyMap<StatusChoice, number>;
  /** For each event id, the events that name it in their `related`, and how. */
  readonly incoming: ReadonlyMap<string, readonly IncomingRelation[]>;
}

// Built once per store on first use, like the other indexes, but only when a view asks.
const cache = new WeakMap<StoreIndex, EvidenceIndex>();

function evidenceIndex(index: StoreIndex): EvidenceIndex {
  let built = cache.get(index);
  if (built) return built;
  const countByStatus = new Map<StatusChoice, number>(STATUS_CHOICES.map((s) => [s, 0]));
  const incoming = new Map<string, { event: string; relation: Relation }[]>();
  for (const event of index.events) {
    const choice = statusChoiceOf(event);
    countByStatus.set(choice, countByStatus.get(choice)! + 1);
    for (const entry of event.related ?? []) {
      const list = incoming.get(entry.event) ?? [];
      list.push({ event: event.id, relation: entry.relation });
      incoming.set(entry.event, list);
    }
  }
  built = { countByStatus, incoming };
  cache.set(index, built);
  return built;
}

/**
 * Builds what the evidence views read, ahead of them: a large store's loader does it in a
 * task of its own (at 100,000 events ~40 ms, else taken from the first render's frame).
 */
export function indexEvidence(index: StoreIndex): void {
  evidenceIndex(index);
}

/** How many of the store's events have each status (the filter's counts, like the actors'). */
export function statusCounts(index: StoreIndex): ReadonlyMap<StatusChoice, number> {
  return evidenceIndex(index).countByStatus;
}

export interface RelatedLink {
  readonly event: StoreEvent;
  readonly relation: Relation;
  /** `out`: this event names the other ("caused"); `in`: the other names this one ("caused by"). */
  readonly direction: 'out' | 'in';
}

/**
 * The event's relations in both directions, the ones it states first. An id the store does
 * not have (the validator drops those, a partial store may still lack one) is skipped; a
 * pair stated from both sides is listed once per side, since each says something.
 */
export function relatedLinks(index: StoreIndex, event: StoreEvent): RelatedLink[] {
  const links: RelatedLink[] = [];
  const seen = new Set<string>();
  const add = (id: string, relation: Relation, direction: 'out' | 'in') => {
    const other = index.eventById.get(id);
    const key = `${direction}|${relation}|${id}`;
    if (!other || other.id === event.id || seen.has(key)) return;
    seen.add(key);
    links.push({ event: other, relation, direction });
  };
  for (const entry of event.related ?? []) add(entry.event, entry.relation, 'out');
  for (const entry of evidenceIndex(index).incoming.get(event.id) ?? [])
    add(entry.event, entry.relation, 'in');
  return links;
}
