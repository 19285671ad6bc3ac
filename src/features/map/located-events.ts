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
}

export function storePlacesOf(index: StoreIndex): StorePlaces {
  const count = index.events.length;
  const lon = new Float64Array(count).fill(Number.NaN);
  const lat = new Float64Array(count).fill(Number.NaN);
  const nameIds = new Int32Array(count).fill(-1);
  const names: string[] = [];
  const nameIdOf = new Map<string, number>();
  index.events.forEach((event, position) => {
    const place = event.place;
    if (!place) return;
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
    }
  });
  return { lon, lat, nameIds, names };
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
  const all = events === index.events;
  const positions: number[] = [];
  events.forEach((event, i) => {
    const position = all ? i : index.positionOf.get(event.id);
    if (position !== undefined && !Number.isNaN(places.lon[position]!)) positions.push(position);
  });
  const starts = new Float64Array(positions.length);
  const ends = new Float64Array(positions.length);
  positions.forEach((position, i) => {
    const when = index.events[position]!.when;
    starts[i] = when.start.start;
    ends[i] = (when.end ?? when.start).end;
  });
  return { positions: Int32Array.from(positions), starts, ends };
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
