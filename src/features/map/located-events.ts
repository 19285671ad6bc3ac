import type { StoreEvent } from '../../format/validate-store';
import type { StoreIndex } from '../../lib/store-index';
import type { TimeWindow } from '../../lib/time-window';

/**
 * The events of a store that can be put on a map, as typed arrays indexed by an event's
 * position in the store index, so that the window's share can be found without touching
 * event objects (the timeline moves the window every frame at 100,000 events).
 */
export interface StorePlaces {
  /** NaN where the event has no coordinates. */
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  /** Index into `names`, or -1. */
  readonly nameIds: Int32Array;
  readonly names: readonly string[];
  /** Each event's first and last instant, as the timeline places it. */
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /**
   * Every event of the store that has coordinates (`locatedEventsOf` for the unfiltered
   * store), gathered while the store is read in slices, so that opening the map on an
   * unfiltered store does not make the first render go through every event once more.
   */
  readonly located: LocatedEvents;
}

/** Events read per slice by `buildStorePlaces` before it lets the page paint, at most. */
const SLICE = 5_000;
/** Events read between looks at the clock. */
const STEP = 500;
/** A slice also ends once it has taken this long: on a busy machine 5,000 events take longer. */
const SLICE_MS = 8;

export function storePlacesOf(index: StoreIndex): StorePlaces {
  const builder = placesBuilder(index);
  builder.read(0, index.events.length);
  return builder.finish();
}

/**
 * The same, read in slices between frames: at 100,000 events one pass over the event
 * objects is a long task (60 ms measured on a busy machine), which would hold a frame
 * as the map opens. A slice is SLICE events, or fewer when they take over SLICE_MS.
 */
export async function buildStorePlaces(
  index: StoreIndex,
  yieldToPage: () => Promise<void> = () => new Promise((done) => setTimeout(done, 0)),
  now: () => number = () => performance.now(),
): Promise<StorePlaces> {
  const builder = placesBuilder(index);
  const count = index.events.length;
  let next = 0;
  while (next < count) {
    if (next > 0) await yieldToPage();
    const began = now();
    const end = Math.min(count, next + SLICE);
    while (next < end) {
      const to = Math.min(end, next + STEP);
      builder.read(next, to);
      next = to;
      if (now() - began > SLICE_MS) break;
    }
  }
  return builder.finish();
}

function placesBuilder(index: StoreIndex) {
  const count = index.events.length;
  const lon = new Float64Array(count).fill(Number.NaN);
  const lat = new Float64Array(count).fill(Number.NaN);
  const nameIds = new Int32Array(count).fill(-1);
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  const names: string[] = [];
  const nameIdOf = new Map<string, number>();
  const locatedPositions = new Int32Array(count);
  const locatedStarts = new Float64Array(count);
  const locatedEnds = new Float64Array(count);
  let located = 0;
  return {
    finish(): StorePlaces {
      return {
        lon,
        lat,
        nameIds,
        names,
        starts,
        ends,
        located: {
          positions: locatedPositions.subarray(0, located),
          starts: locatedStarts.subarray(0, located),
          ends: locatedEnds.subarray(0, located),
        },
      };
    },
    read(from: number, to: number) {
      for (let position = from; position < to; position++) {
        const event = index.events[position]!;
        starts[position] = event.when.start.start;
        ends[position] = (event.when.end ?? event.when.start).end;
        const place = event.place;
        if (!place) continue;
        let id = nameIdOf.get(place.name);
        if (id === undefined) {
          id = names.length;
          names.push(place.name);
          nameIdOf.set(place.name, id);
        }
        nameIds[position] = id;
        if (place.lat !== undefined && place.lon !== undefined) {
          lon[position] = place.lon;
          lat[position] = place.lat;
          locatedPositions[located] = position;
          locatedStarts[located] = starts[position]!;
          locatedEnds[located] = ends[position]!;
          located += 1;
        }
      }
    },
  };
}

/** The filtered events that have coordinates, with their time spans, in time order. */
export interface LocatedEvents {
  readonly positions: Int32Array;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
}

export function locatedEventsOf(
  index: StoreIndex,
  places: StorePlaces,
  events: readonly StoreEvent[],
): LocatedEvents {
  if (events === index.events) return places.located;
  const positions = new Int32Array(events.length);
  let count = 0;
  for (let i = 0; i < events.length; i++) {
    const position = index.positionOf.get(events[i]!.id);
    if (position !== undefined && !Number.isNaN(places.lon[position]!))
      positions[count++] = position;
  }
  const located = positions.slice(0, count);
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    starts[i] = places.starts[located[i]!]!;
    ends[i] = places.ends[located[i]!]!;
  }
  return { positions: located, starts, ends };
}

/**
 * Positions of the located events that overlap the window, the same rule by which the
 * timeline shows an item: it starts before the window ends and ends after it starts.
 */
export function positionsInWindow(located: LocatedEvents, window: TimeWindow): Int32Array {
  const { positions, starts, ends } = located;
  // Events are in start order: none after the first that starts at or past the window's end.
  let last = 0;
  let high = starts.length;
  while (last < high) {
    const mid = (last + high) >>> 1;
    if (starts[mid]! < window.end) last = mid + 1;
    else high = mid;
  }
  const inside = new Int32Array(last);
  let count = 0;
  for (let i = 0; i < last; i += 1) {
    if (ends[i]! > window.start) inside[count++] = positions[i]!;
  }
  return inside.slice(0, count);
}
