import { describe, expect, it } from 'vitest';
import { filterEvents } from '../../lib/event-filter';
import { fixtureEvent, fixtureIndex, ms } from '../../lib/testing/fixture-store';
import {
  buildStorePlaces,
  locatedEventsOf,
  positionsInWindow,
  storePlacesOf,
} from './located-events';

const PYONGYANG = { name: 'Pyongyang', lat: 39.02, lon: 125.75 };
const NEW_YORK = { name: 'New York', lat: 40.75, lon: -73.97 };

const index = fixtureIndex({
  events: [
    fixtureEvent('visit-2000', '2000-07-19', { place: PYONGYANG }),
    fixtureEvent('resolution-2006', '2006-10-14', { place: NEW_YORK }),
    fixtureEvent('no-coordinates', '2024-06-19', { place: { name: 'Somewhere' } }),
    fixtureEvent('no-place', '2024-06-19'),
    fixtureEvent('treaty-2024', '2024-06-19', { place: PYONGYANG, actors: ['north-korea'] }),
    fixtureEvent('talks-2023-2024', '2023-09-01', { end: '2024-06-30', place: NEW_YORK }),
  ],
});
const places = storePlacesOf(index);
const idsAt = (positions: Int32Array) => Array.from(positions, (p) => index.events[p]!.id);
const window = (from: string, to: string) => ({ start: ms(from), end: ms(to) });

describe('storePlacesOf', () => {
  it('keeps coordinates by store position, and names shared by events once', () => {
    const at = (id: string) => index.positionOf.get(id)!;
    expect(places.lon[at('visit-2000')]).toBe(125.75);
    expect(places.lat[at('resolution-2006')]).toBe(40.75);
    expect(places.lon[at('no-coordinates')]).toBeNaN();
    expect(places.names[places.nameIds[at('no-coordinates')]!]).toBe('Somewhere');
    expect(places.nameIds[at('no-place')]).toBe(-1);
    expect(places.nameIds[at('visit-2000')]).toBe(places.nameIds[at('treaty-2024')]);
    expect(places.names).toEqual(['Pyongyang', 'New York', 'Somewhere']);
  });
});

describe('buildStorePlaces', () => {
  it('reads the same places in slices, letting the page paint between them', async () => {
    const many = fixtureIndex({
      events: Array.from({ length: 12_000 }, (_, i) =>
        fixtureEvent(
          `event-${i}`,
          '2024-06-19',
          i % 3 === 0 ? {} : { place: i % 2 ? PYONGYANG : NEW_YORK },
        ),
      ),
    });
    let pauses = 0;
    // A clock that stands still: slices of 5,000 events.
    const sliced = await buildStorePlaces(
      many,
      async () => {
        pauses++;
      },
      () => 0,
    );
    expect(pauses).toBe(2);
    expect(sliced).toEqual(storePlacesOf(many));
  });

  it('ends a slice early when it takes too long, as on a busy machine', async () => {
    const many = fixtureIndex({
      events: Array.from({ length: 3_000 }, (_, i) =>
        fixtureEvent(`event-${i}`, '2024-06-19', { place: PYONGYANG }),
      ),
    });
    let pauses = 0;
    // Each look at this clock finds 5 ms more gone: a slice ends after two steps of 500.
    let clock = 0;
    const sliced = await buildStorePlaces(
      many,
      async () => {
        pauses++;
      },
      () => (clock += 5),
    );
    expect(pauses).toBe(2);
    expect(sliced).toEqual(storePlacesOf(many));
  });
});

describe('positionsInWindow', () => {
  const located = locatedEventsOf(index, places, index.events);

  it('leaves out events without coordinates', () => {
    expect(idsAt(located.positions)).toEqual([
      'visit-2000',
      'resolution-2006',
      'talks-2023-2024',
      'treaty-2024',
    ]);
  });

  it('takes the events the window overlaps, as the timeline does, a period included', () => {
    expect(
      idsAt(positionsInWindow(located, window('2024-06-01T00:00Z', '2024-07-01T00:00Z'))),
    ).toEqual(['talks-2023-2024', 'treaty-2024']);
    expect(
      idsAt(positionsInWindow(located, window('2000-01-01T00:00Z', '2001-01-01T00:00Z'))),
    ).toEqual(['visit-2000']);
    expect(
      idsAt(positionsInWindow(located, window('1990-01-01T00:00Z', '1991-01-01T00:00Z'))),
    ).toEqual([]);
  });

  it('gives the whole store the events with coordinates gathered as the store was read', () => {
    // A copy of the store's events takes the general path, through every event.
    expect(located).toBe(places.located);
    expect(locatedEventsOf(index, places, [...index.events])).toEqual(located);
  });

  it('follows the filter: the events it is given, not the whole store', () => {
    const filtered = filterEvents(index, { actorIds: ['north-korea'], match: 'any' });
    const narrowed = locatedEventsOf(index, places, filtered);
    expect(
      idsAt(positionsInWindow(narrowed, window('2000-01-01T00:00Z', '2030-01-01T00:00Z'))),
    ).toEqual(['treaty-2024']);
  });
});
