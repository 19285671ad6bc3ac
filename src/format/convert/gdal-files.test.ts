import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertText } from './convert';
import { allText, notesOf, storeOf } from './test-helpers';

/**
 * Files written by GDAL 3.6, the library QGIS saves layers with, from fixtures/gdal/events.csv
 * (its column types in events.csvt):
 *
 *   ogr2ogr -f GeoJSON events.geojson events.csv -oo X_POSSIBLE_NAMES=lon \
 *     -oo Y_POSSIBLE_NAMES=lat -oo KEEP_GEOM_COLUMNS=NO -nln "Korea events"
 *   ogr2ogr -f LIBKML events.kml events.csv (the same options) -dsco NAME="Korea events"
 *   ogr2ogr -f LIBKML events-timed.kml events.csv (the same options) \
 *     --config LIBKML_BEGIN_FIELD event_date --config LIBKML_END_FIELD end_date
 *
 * GDAL writes a date field into KML's ExtendedData as `2024/06/19`, and into a TimeSpan as
 * `2024-06-19T00:00:00`; a layer as a Document inside the document, its columns as SimpleData.
 */
const fixture = (name: string) => readFileSync(`src/format/convert/fixtures/gdal/${name}`, 'utf8');

const EXPECTED = [
  ['2024-06-19', undefined, 'Putin arrives in Pyongyang', 'Russia', 39.22, 125.67],
  ['2024-06-19', undefined, 'Treaty signed', 'North Korea', 39.02, 125.75],
  ['2023-09-13', undefined, 'Vostochny summit', 'Russia', 51.88, 128.33],
  ['2022-02-24', '2024-06-19', 'Sanctions period', 'United States', 38.9, -77.04],
];

function read(name: string) {
  const outcome = convertText(fixture(name));
  const store = storeOf(outcome);
  const actor = new Map(store.actors.map((a) => [a.id, a.name]));
  return {
    outcome,
    store,
    events: store.events.map((e) => [
      e.start,
      e.end,
      e.title,
      actor.get(e.actors[0]!),
      e.place?.lat,
      e.place?.lon,
    ]),
  };
}

describe('layers saved by GDAL (QGIS)', () => {
  it.each(['events.geojson', 'events.kml', 'events-timed.kml'])(
    '%s: the same events, dates, lanes and places',
    (name) => {
      const { store, events } = read(name);
      expect(store.title).toBe('Korea events');
      expect(events).toEqual(EXPECTED);
      expect(store.events[0]!.summary).toBe('Met at the airport by Kim Jong-un; "a warm welcome"');
      // The markup in a description is text; the script in it is dropped, never run.
      expect(allText(store).join(' ')).not.toMatch(/<script|alert\(1\)/);
    },
  );

  it('says how it read GDAL’s midnight times and its ExtendedData dates', () => {
    expect(notesOf(read('events-timed.kml').outcome, 'guessed')).toContain(
      ": a time of 00:00:00 with no zone read as the whole day, as GDAL (QGIS's KML export) writes a date (placemarks 1–4)",
    );
    expect(notesOf(read('events.kml').outcome, 'guessed')).toContain(
      'placemark 1: no TimeStamp or TimeSpan: dated from its ExtendedData',
    );
  });
});
