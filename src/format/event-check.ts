import type { Problem } from './problems';
import type { RelatedEntry } from './schema';
import type { StoreEvent } from './store-checker';

/**
 * What the check of one event finds on its own, apart from the events around it: the
 * validator checks each event into one of these, then lays them out in document order
 * (duplicate ids, related events, actors without events need every event).
 *
 * Problem paths are those of the index the event was checked at (`events[<index>]…`).
 */
export interface EventCheck {
  readonly index: number;
  /** The event's `id` when it is a string, even if the event is dropped. */
  readonly declaredId: string | undefined;
  /** Problems found while parsing (and unknown fields): reported before the duplicate-id check. */
  readonly before: readonly Problem[];
  /** The parsed id, or null when parsing dropped the event. */
  readonly id: string | null;
  /** Problems found after the duplicate-id check (dates, actors, excerpts, self-links). */
  readonly after: readonly Problem[];
  /** The event as kept, or null when it was dropped. */
  readonly event: StoreEvent | null;
  /** Its related entries once links to itself are left out, and where each was in the document. */
  readonly related: {
    readonly entries: readonly RelatedEntry[];
    readonly positions: readonly number[];
  } | null;
  /**
   * What the check asked of the rest of the store and the answers (flat: what, id,
   * answer): the check holds for as long as every question gets the same answer.
   */
  readonly lookups: readonly unknown[];
}

/**
 * Event checks kept from one validation to the next, by event object: a document edited
 * immutably (a new object for a changed event, the same object for the others) is checked
 * again at the cost of its changed events. An event must not be mutated once checked.
 */
export class EventCheckCache {
  private readonly checks = new WeakMap<object, EventCheck>();

  /**
   * The check of the store's sources and actors, for as long as both lists are the same
   * arrays (what it found is the validator's own business, hence unknown here).
   */
  sourcesAndActors: {
    readonly sourceItems: readonly unknown[];
    readonly actorItems: readonly unknown[];
    readonly found: unknown;
  } | null = null;

  get(item: object): EventCheck | undefined {
    return this.checks.get(item);
  }

  set(item: object, check: EventCheck) {
    this.checks.set(item, check);
  }
}

/** A problem checked at `events[from]`, moved to `events[to]` (the event moved in the list). */
export function moveProblem(problem: Problem, from: number, to: number): Problem {
  const prefix = `events[${from}]`;
  return { ...problem, path: `events[${to}]${problem.path.slice(prefix.length)}` };
}
