import type { Actor, Source, Store, StoreEvent } from '../format/validate-store';
import type { TimeWindow } from './time-window';

/**
 * The store, arranged once after loading for everything the views ask of it, so that no
 * interaction has to scan and sort all events again.
 */
export interface StoreIndex {
  readonly store: Store;
  /** Events in time order: start, then end, then title. */
  readonly events: readonly StoreEvent[];
  readonly eventById: ReadonlyMap<string, StoreEvent>;
  /** Position of each event in `events`. */
  readonly positionOf: ReadonlyMap<string, number>;
  readonly actorById: ReadonlyMap<string, Actor>;
  readonly sourceById: ReadonlyMap<string, Source>;
  /** The top-level actor (a state, usually) each actor rolls up to; itself when it has none. */
  readonly laneOf: ReadonlyMap<string, string>;
  /** Top-level actors, in the order the store lists them: the timeline's lanes. */
  readonly laneIds: readonly string[];
  /** Each lane's colour: its own, or the next of LANE_PALETTE for a lane the store gives none. */
  readonly laneColors: ReadonlyMap<string, string>;
  /** For each actor, the positions of the events it or any of its members take part in. */
  readonly positionsByActor: ReadonlyMap<string, readonly number[]>;
  /** First instant to last instant of all events. */
  readonly extent: TimeWindow;
}

/**
 * Colours for lanes whose actor has none (`color` is optional), in the order the lanes come:
 * a store made by hand or imported from a spreadsheet would otherwise draw every lane in the
 * same grey. Distinct hues (Tableau 10 without its grey); actor-colors.ts adjusts each for
 * contrast in either colour scheme.
 */
const LANE_PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
];

/** The colour an actor is drawn in: its lane's. */
export function laneColorOf(index: StoreIndex, actorId: string | undefined): string {
  return index.laneColors.get(index.laneOf.get(actorId!) ?? actorId!) ?? '#4a5568';
}

export function eventTime(event: StoreEvent): TimeWindow {
  return { start: event.when.start.start, end: (event.when.end ?? event.when.start).end };
}

/** From the first event's start to the last one's end; null for no events. */
export function extentOf(events: readonly StoreEvent[]): TimeWindow | null {
  let start = Infinity;
  let end = -Infinity;
  for (const event of events) {
    const time = eventTime(event);
    if (time.start < start) start = time.start;
    if (time.end > end) end = time.end;
  }
  return events.length === 0 ? null : { start, end };
}

/**
 * The positions of `events` in time order: start, then end, then title and id, a total order
 * so that every view agrees on "next".
 */
export function timeOrder(events: readonly StoreEvent[]): Uint32Array {
  const starts = new Float64Array(events.length);
  const ends = new Float64Array(events.length);
  const order: number[] = [];
  events.forEach((event, i) => {
    starts[i] = event.when.start.start;
    ends[i] = (event.when.end ?? event.when.start).end;
    order.push(i);
  });
  // Sorting positions over typed arrays avoids building a key object per comparison,
  // which matters at 100,000 events.
  order.sort((a, b) => {
    const byTime = starts[a]! - starts[b]! || ends[a]! - ends[b]!;
    if (byTime !== 0) return byTime;
    const x = events[a]!;
    const y = events[b]!;
    if (x.title !== y.title) return x.title < y.title ? -1 : 1;
    return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
  });
  return Uint32Array.from(order);
}

/** `events` in time order (timeOrder). */
export function sortByTime(events: readonly StoreEvent[], order = timeOrder(events)): StoreEvent[] {
  const sorted: StoreEvent[] = [];
  for (const position of order) sorted.push(events[position]!);
  return sorted;
}

/**
 * `order`: the events' time order (timeOrder), when it was worked out already: a large store
 * is sorted in a task of its own before it is indexed (get-store.ts).
 */
export function buildStoreIndex(store: Store, order?: Uint32Array): StoreIndex {
  const steps = storeIndexSteps(store, order);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * buildStoreIndex in two steps (the events by id, then the actors' events), for a large
 * store's loader to let the page paint between them (get-store.ts): at 100,000 events the
 * whole was a frame of ~115 ms.
 */
export function* storeIndexSteps(store: Store, order?: Uint32Array): Generator<void, StoreIndex> {
  const events = sortByTime(
    store.events,
    order?.length === store.events.length ? order : undefined,
  );
  // Filled in one pass, with no [key, value] pair per event to collect: at 100,000 events
  // the pairs were much of the index's garbage, built while a large store is handed over.
  const eventById = new Map<string, StoreEvent>();
  const positionOf = new Map<string, number>();
  events.forEach((event, position) => {
    eventById.set(event.id, event);
    positionOf.set(event.id, position);
  });
  yield;
  const actorById = new Map(store.actors.map((actor) => [actor.id, actor]));
  const sourceById = new Map(store.sources.map((source) => [source.id, source]));

  // Validation guarantees memberOf chains end (no cycles, no dangling ids).
  const ancestorsOf = (id: string): string[] => {
    const chain = [id];
    let parent = actorById.get(id)?.memberOf;
    while (parent !== undefined && !chain.includes(parent)) {
      chain.push(parent);
      parent = actorById.get(parent)?.memberOf;
    }
    return chain;
  };
  const laneOf = new Map<string, string>();
  const ancestors = new Map<string, string[]>();
  for (const actor of store.actors) {
    const chain = ancestorsOf(actor.id);
    ancestors.set(actor.id, chain);
    laneOf.set(actor.id, chain[chain.length - 1]!);
  }
  const laneIds = store.actors.filter((actor) => actor.memberOf === undefined).map((a) => a.id);
  let unpainted = 0;
  const laneColors = new Map(
    laneIds.map((id) => [
      id,
      actorById.get(id)!.color ?? LANE_PALETTE[unpainted++ % LANE_PALETTE.length]!,
    ]),
  );

  const positionsByActor = new Map<string, number[]>(store.actors.map((a) => [a.id, []]));
  events.forEach((event, position) => {
    for (const id of event.actors)
      for (const involved of ancestors.get(id) ?? [id]) {
        const positions = positionsByActor.get(involved);
        // Positions go in rising order, so an actor reached twice by one event (named, and
        // the lane of a member named) has it last already: no set per event to dedupe.
        if (positions && positions[positions.length - 1] !== position) positions.push(position);
      }
  });

  const now = Date.now();
  const extent = extentOf(events) ?? { start: now - 365 * 86_400_000, end: now };

  return {
    store,
    events,
    eventById,
    positionOf,
    actorById,
    sourceById,
    laneOf,
    laneIds,
    laneColors,
    positionsByActor,
    extent,
  };
}

// Every filter change asks again for the lanes of (up to) every event: remembered per store.
const laneCache = new WeakMap<
  StoreIndex,
  { laneOrder: ReadonlyMap<string, number>; byEvent: Map<StoreEvent, readonly string[]> }
>();

/** Lanes (top-level actors) an event appears in, in lane order. */
export function lanesOfEvent(index: StoreIndex, event: StoreEvent): readonly string[] {
  let cache = laneCache.get(index);
  if (!cache) {
    const laneOrder = new Map(index.laneIds.map((lane, order) => [lane, order]));
    laneCache.set(index, (cache = { laneOrder, byEvent: new Map() }));
  }
  let lanes = cache.byEvent.get(event);
  if (!lanes) {
    const { laneOrder } = cache;
    // An event names a few actors: a short list and `includes`, not a set and a walk over
    // every lane, which at 100,000 events was most of the timeline's index.
    const found: string[] = [];
    for (const id of event.actors) {
      const lane = index.laneOf.get(id) ?? id;
      if (laneOrder.has(lane) && !found.includes(lane)) found.push(lane);
    }
    if (found.length > 1) found.sort((a, b) => laneOrder.get(a)! - laneOrder.get(b)!);
    lanes = found;
    cache.byEvent.set(event, lanes);
  }
  return lanes;
}
