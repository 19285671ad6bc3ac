import { describe, expect, it } from 'vitest';
import { mapMessagesFor } from '../../i18n/map-messages';
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

describe('describeMap', () => {
  it('says how many events in how many places, in the plural each number needs', () => {
    expect(describeMap(en, 12, 4, 0)).toBe('12 events in 4 places');
    expect(describeMap(en, 1, 1, 0)).toBe('1 event in 1 place');
    expect(describeMap(en, 0, 0, 0)).toBe('0 events in 0 places');
    expect(describeMap(es, 12, 4, 0)).toBe('12 eventos en 4 lugares');
  });

  it('says how many of the window’s events are outside the view', () => {
    expect(describeMap(en, 3, 2, 9)).toBe(
      '3 events in 2 places; 9 events of this window outside the view',
    );
    expect(describeMap(en, 3, 2, -1)).toBe('3 events in 2 places');
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
