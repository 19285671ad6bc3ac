import { describe, expect, it } from 'vitest';
import { mapMessagesFor } from '../../i18n/map-messages';
import { windowDates } from '../../lib/window-dates';
import { describeMap, markerName } from './map-text';
import type { PlaceMarker } from './place-clusters';

const en = mapMessagesFor('en');
const es = mapMessagesFor('es');
const names = ['Pyongyang', 'New York'];
const marker = (patch: Partial<PlaceMarker>): PlaceMarker => ({
  key: 'c1',
  lon: 125.75,
  lat: 39.02,
  count: 7,
  clusterId: 1,
  splitZoom: 3,
  nameId: 0,
  mixedNames: false,
  sample: [0, 1],
  ...patch,
});

const JUNE_2024 = { start: Date.UTC(2024, 5, 1), end: Date.UTC(2024, 6, 1) };
const june = windowDates(JUNE_2024, 'en');

describe('describeMap', () => {
  it('says how many events in how many places, in the plural each number needs, and of which dates', () => {
    expect(describeMap(en, 12, 4, 0, june)).toBe(
      '12 events in 4 places, 1 June 2024 to 30 June 2024',
    );
    expect(describeMap(en, 1, 1, 0, june)).toBe('1 event in 1 place, 1 June 2024 to 30 June 2024');
    expect(describeMap(es, 12, 4, 0, windowDates(JUNE_2024, 'es'))).toBe(
      '12 eventos en 4 lugares, del 1 de junio de 2024 al 30 de junio de 2024',
    );
  });

  it('says how many of the window’s events are outside the view', () => {
    expect(describeMap(en, 3, 2, 9, june)).toBe(
      '3 events in 2 places, 1 June 2024 to 30 June 2024; 9 events of this window outside the view',
    );
    expect(describeMap(en, 3, 2, -1, june)).toBe(
      '3 events in 2 places, 1 June 2024 to 30 June 2024',
    );
    expect(describeMap(en, 0, 0, 8, june)).toMatch(/^0 events in 0 places, .*; 8 events of/);
  });

  it('says so when the window has no event with a place, rather than "0 events in 0 places"', () => {
    expect(describeMap(en, 0, 0, 0, june)).toBe(
      'No event from 1 June 2024 to 30 June 2024 has a place on the map',
    );
    expect(describeMap(en, 0, 0, 0, june, true)).toBe(
      'No event that passes the filters from 1 June 2024 to 30 June 2024 has a place on the map',
    );
    expect(describeMap(es, 0, 0, 0, windowDates(JUNE_2024, 'es'), true)).toBe(
      'Ningún evento que pase los filtros del 1 de junio de 2024 al 30 de junio de 2024 tiene un lugar en el mapa',
    );
  });
});

describe('the store’s and the held window’s messages', () => {
  it('say plainly that no event of the store has a place, in English and Spanish', () => {
    expect(en.noPlacesInStore).toMatch(/^No event in this store has a place on the map/);
    expect(es.noPlacesInStore).toMatch(/^Ningún evento de este almacén tiene un lugar en el mapa/);
  });

  it('say that a held store’s window has too many events to load, and to zoom in', () => {
    expect(en.tooManyToLoad(false)).toMatch(/^Too many events .* to load .*zoom the timeline in/);
    expect(en.tooManyToLoad(true)).toMatch(/hide the map and zoom the timeline in/);
    expect(es.tooManyToLoad(false)).toMatch(/^Demasiados eventos .*acerca la línea de tiempo/);
  });
});

describe('markerName', () => {
  it('names the place, its count and its first events', () => {
    expect(markerName(en, marker({}), names, ['Putin arrives', 'Treaty signed'])).toBe(
      'Pyongyang, 7 events: Putin arrives; Treaty signed; and 5 more',
    );
    expect(markerName(en, marker({ count: 2 }), names, ['Putin arrives', 'Treaty signed'])).toBe(
      'Pyongyang, 2 events: Putin arrives; Treaty signed',
    );
  });

  it('says “and nearby” when a cluster gathers several named places', () => {
    expect(markerName(en, marker({ mixedNames: true }), names, ['A', 'B'])).toMatch(
      /^Pyongyang and nearby, 7 events: /,
    );
  });

  it('names a single event by its title', () => {
    const one = marker({ key: 'e3', count: 1, clusterId: null, nameId: 1, sample: [3] });
    expect(markerName(en, one, names, ['Resolution 1718'])).toBe(
      'New York, 1 event: Resolution 1718',
    );
    expect(markerName(es, one, names, ['Resolución 1718'])).toBe(
      'New York, 1 evento: Resolución 1718',
    );
  });

  it('has a name for a place without one', () => {
    expect(markerName(en, marker({ nameId: -1 }), names, [])).toMatch(/^Unnamed place, 7 events/);
  });
});
