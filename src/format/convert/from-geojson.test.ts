import { describe, expect, it } from 'vitest';
import { convertText, detectFormat } from './convert';
import { HOSTILE, expectInert, notesOf, storeOf } from './test-helpers';

// One feature of the USGS earthquake feed (earthquake.usgs.gov/earthquakes/feed/v1.0/geojson.php),
// as it writes them: time in milliseconds since 1970, the title and the place as properties.
const USGS = JSON.stringify({
  type: 'FeatureCollection',
  metadata: {
    generated: 1718791234000,
    url: 'https://earthquake.usgs.gov/earthquakes/feed/v1.0/summary/2.5_day.geojson',
    title: 'USGS Magnitude 2.5+ Earthquakes, Past Day',
    status: 200,
    api: '1.14.1',
    count: 1,
  },
  features: [
    {
      type: 'Feature',
      properties: {
        mag: 2.6,
        place: '10 km SW of Calexico, CA',
        time: 1718784000000,
        updated: 1718785000000,
        tz: null,
        url: 'https://earthquake.usgs.gov/earthquakes/eventpage/ci40000000',
        status: 'reviewed',
        tsunami: 0,
        magType: 'ml',
        type: 'earthquake',
        title: 'M 2.6 - 10 km SW of Calexico, CA',
      },
      geometry: { type: 'Point', coordinates: [-115.606, 32.605, 16.86] },
      id: 'ci40000000',
    },
  ],
});

// As QGIS writes a layer: a name, a crs, properties named by the person who made the layer.
const QGIS = JSON.stringify({
  type: 'FeatureCollection',
  name: 'Strikes, March 2022',
  crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } },
  features: [
    {
      type: 'Feature',
      properties: {
        Start_Date: '2022-03-14',
        End_Date: '2022-03-16',
        Title: 'Depot hit',
        Description: '<p>Seen from <b>two</b> roofs.</p>',
        Group: 'Reported by residents',
        Source: 'https://ex.org/depot',
        Casualties: 0,
      },
      geometry: { type: 'Point', coordinates: [30.52, 50.45] },
    },
    {
      type: 'Feature',
      properties: { Start_Date: '2022-03-15', Title: 'Road closed' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [30.5, 50.4],
          [30.6, 50.5],
        ],
      },
    },
    { type: 'Feature', properties: { Title: 'A pin with no date' }, geometry: null },
  ],
});

describe('GeoJSON import', () => {
  it('recognises a FeatureCollection and a lone Feature', () => {
    expect(detectFormat(USGS)).toBe('geojson');
    expect(detectFormat(QGIS)).toBe('geojson');
    expect(
      detectFormat('{"type":"Feature","geometry":null,"properties":{"date":"2020","name":"x"}}'),
    ).toBe('geojson');
    expect(detectFormat('{"type":"Topology","objects":{}}')).toBeNull();
  });

  it('reads the USGS feed: a time in milliseconds, its title, place, link and other properties', () => {
    const outcome = convertText(USGS);
    const store = storeOf(outcome);
    expect(store.title).toBe('USGS Magnitude 2.5+ Earthquakes, Past Day');
    const [quake] = store.events;
    expect(quake!.title).toBe('M 2.6 - 10 km SW of Calexico, CA');
    expect(quake!.start).toBe('2024-06-19T08:00:00Z');
    expect(quake!.place).toEqual({ name: '10 km SW of Calexico, CA', lat: 32.605, lon: -115.606 });
    expect(quake!.summary).toBe(
      'mag: 2.6\nupdated: 1718785000000\nstatus: reviewed\ntsunami: 0\nmagType: ml\ntype: earthquake\n\nLink: https://earthquake.usgs.gov/earthquakes/eventpage/ci40000000',
    );
    expect(store.actors.map((actor) => actor.name)).toEqual([
      'USGS Magnitude 2.5+ Earthquakes, Past Day',
    ]);
    expect(notesOf(outcome, 'guessed')).toContain(
      ': a date written as a number read as milliseconds since 1 January 1970, UTC, as the USGS feeds write it (1 of 1)',
    );
  });

  it('reads a QGIS layer by its property names, whatever their case; a line and an undated pin are left out', () => {
    const outcome = convertText(QGIS);
    const store = storeOf(outcome);
    expect(store.title).toBe('Strikes, March 2022');
    const [depot, road] = store.events;
    expect(depot).toMatchObject({
      title: 'Depot hit',
      start: '2022-03-14',
      end: '2022-03-16',
      place: { name: '50.45, 30.52', lat: 50.45, lon: 30.52 },
      summary: 'Seen from two roofs.\n\nCasualties: 0\n\nLink: https://ex.org/depot',
    });
    expect(store.actors.map((actor) => actor.name)).toEqual([
      'Reported by residents',
      'Strikes, March 2022',
    ]);
    expect(road).toMatchObject({ title: 'Road closed', start: '2022-03-15' });
    expect(road!.place).toBeUndefined();
    expect(notesOf(outcome, 'dropped')).toEqual([
      'features[1]: LineString left out: a store place is one point',
      'features[2]: no date (no property named date, start, time…): left out',
    ]);
  });

  it('keeps a feature whose end is before its start, without the end, saying so', () => {
    const geojson = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [30, 50] },
          properties: { name: 'Inverted', start: '2022-06-01', end: '2022-05-01' },
        },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [31, 50] },
          properties: { name: 'Normal', date: '2022-07-01' },
        },
      ],
    });
    const outcome = convertText(geojson);
    const store = storeOf(outcome);
    expect(store.events.map((e) => [e.title, e.start, e.end])).toEqual([
      ['Inverted', '2022-06-01', undefined],
      ['Normal', '2022-07-01', undefined],
    ]);
    expect(notesOf(outcome, 'dropped')).toEqual([
      'features[0]: end 2022-05-01 is before the start 2022-06-01: left out',
    ]);
  });

  it('refuses a collection with no features, or none dated, in words', () => {
    expect(convertText('{"type":"FeatureCollection","features":[]}')).toMatchObject({
      kind: 'refused',
      format: 'geojson',
      message: 'no features',
    });
    expect(
      convertText(
        '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"x"},"geometry":null}]}',
      ),
    ).toMatchObject({
      kind: 'refused',
      message: 'no feature has a date (a property named date, start, time, event_date…)',
    });
  });

  it('leaves no markup from the properties in the store', () => {
    const geojson = JSON.stringify({
      type: 'FeatureCollection',
      name: HOSTILE,
      features: [
        {
          type: 'Feature',
          properties: { date: '2020', name: HOSTILE, description: HOSTILE, [HOSTILE]: HOSTILE },
          geometry: { type: 'Point', coordinates: [1, 2] },
        },
      ],
    });
    expectInert(storeOf(convertText(geojson)));
  });

  it('says of a Point it cannot read that its coordinates were not read, not that it is a shape', () => {
    const feature = (name: string, coordinates: unknown) => ({
      type: 'Feature',
      properties: { name, date: '2022-03-01' },
      geometry: { type: 'Point', coordinates },
    });
    const geojson = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        feature('Off the globe', [200, 95]),
        feature('Strings', ['30.52', '50.45']),
        feature('Half', [30.52]),
        feature('None', null),
        feature('Read', [30.52, 50.45]),
      ],
    });
    const outcome = convertText(geojson);
    expect(storeOf(outcome).events.map((e) => e.place ?? null)).toEqual([
      null,
      null,
      null,
      null,
      { name: '50.45, 30.52', lat: 50.45, lon: 30.52 },
    ]);
    expect(notesOf(outcome, 'dropped')).toEqual([
      'features[0]: coordinates "[200,95]" not read',
      'features[1]: coordinates "[\\"30.52\\",\\"50.45\\"]" not read',
      'features[2]: coordinates "[30.52]" not read',
      'features[3]: coordinates "null" not read',
    ]);
  });
});
