// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertText } from '../../format/convert/convert';
import { validateStore } from '../../format/validate-store';
import { buildStoreIndex, type StoreIndex } from '../../lib/store-index';
import { storeOrigin } from '../../lib/store-origin';
import { fixtureEvent, fixtureIndex } from '../../lib/testing/fixture-store';
import { exportKml, kmlColor, kmlWhen } from './kml-export';

const OTHER = storeOrigin(
  { kind: 'url', url: 'http://localhost:4555/store.json' },
  'https://sourceline.example/',
);

function loadDefaultStore(): StoreIndex {
  const result = validateStore(JSON.parse(readFileSync('public/data/events.json', 'utf8')));
  if (!result.ok) throw new Error('the default store was refused');
  return buildStoreIndex(result.store);
}
const defaultIndex = loadDefaultStore();

/** The file as Google Earth reads it: strict XML, refused whole if it is not well-formed. */
function parseKml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const error = doc.querySelector('parsererror');
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

/** The lane of an event's first actor, as TimelineJS's export groups it too. */
const firstLaneName = (event: { readonly actors: readonly string[] }) =>
  defaultIndex.actorById.get(defaultIndex.laneOf.get(event.actors[0]!)!)!.name;

/** The event's id, which the placemark keeps in its data. */
const idOf = (placemark: Element) =>
  placemark.querySelector('ExtendedData > Data[name="id"] > value')?.textContent ?? null;

const childText = (element: Element, name: string) =>
  [...element.children].find((child) => child.localName === name)?.textContent ?? null;

/** A placemark's balloon (its description) as the HTML Google Earth shows. */
const balloonOf = (placemark: Element) =>
  new DOMParser().parseFromString(childText(placemark, 'description')!, 'text/html');

describe('KML export', () => {
  const doc = parseKml(exportKml(defaultIndex, defaultIndex.events, OTHER));
  const placemarks = [...doc.getElementsByTagName('Placemark')];

  it('is a KML 2.2 document named after the store, one placemark per event', () => {
    expect(doc.documentElement.namespaceURI).toBe('http://www.opengis.net/kml/2.2');
    const document = doc.getElementsByTagName('Document')[0]!;
    expect(childText(document, 'name')).toBe(defaultIndex.store.title);
    expect(childText(document, 'description')).toContain(
      'Exported with Sourceline from http://localhost:4555/store.json.',
    );
    expect(placemarks.map((p) => idOf(p)).sort()).toEqual(
      defaultIndex.events.map((event) => event.id).sort(),
    );
  });

  it('puts each event once, in the folder of its first actor’s lane, folders in lane order', () => {
    const folders = [...doc.getElementsByTagName('Folder')];
    const laneNames = defaultIndex.laneIds.map((id) => defaultIndex.actorById.get(id)!.name);
    const folderNames = folders.map((folder) => childText(folder, 'name')!);
    expect(folderNames).toEqual(laneNames.filter((name) => folderNames.includes(name)));
    for (const event of defaultIndex.events) {
      const folder = placemarks.find((p) => idOf(p) === event.id)!.parentElement!;
      expect(childText(folder, 'name')).toBe(firstLaneName(event));
    }
  });

  it('pins each lane’s placemarks in its actor’s colour, as the timeline draws the lane', () => {
    expect(kmlColor('#8B1A1A')).toBe('ff1a1a8b');
    const colorOfStyle = new Map(
      [...doc.getElementsByTagName('Style')].map((style) => [
        style.getAttribute('id'),
        style.querySelector('IconStyle > color')?.textContent,
      ]),
    );
    for (const folder of doc.getElementsByTagName('Folder')) {
      const actor = defaultIndex.store.actors.find((a) => a.name === childText(folder, 'name'))!;
      for (const placemark of folder.getElementsByTagName('Placemark')) {
        const style = childText(placemark, 'styleUrl');
        if (actor.color === undefined) expect(style).toBeNull();
        else expect(colorOfStyle.get(style!.slice(1))).toBe(kmlColor(actor.color));
      }
    }
    expect(colorOfStyle.size).toBeGreaterThan(0);
  });

  it('dates an event by a TimeStamp and a period by a TimeSpan, for the time slider', () => {
    for (const event of defaultIndex.events) {
      const placemark = placemarks.find((p) => idOf(p) === event.id)!;
      const stamp = placemark.getElementsByTagName('TimeStamp')[0];
      const span = placemark.getElementsByTagName('TimeSpan')[0];
      if (event.end === undefined) {
        expect(span).toBeUndefined();
        expect(childText(stamp!, 'when')).toBe(event.start);
      } else {
        expect(stamp).toBeUndefined();
        expect([childText(span!, 'begin'), childText(span!, 'end')]).toEqual([
          event.start,
          event.end === '2024-06' ? '2024-06-30' : event.end,
        ]);
      }
    }
  });

  it('ends a period at the last day of its end’s month or year, which Google Earth would read as its first', () => {
    const events = [
      fixtureEvent('war', '1950-06-25', { title: 'War', end: '1953' }),
      fixtureEvent('talks', '2019-02', { title: 'Talks', end: '2020-02' }),
      fixtureEvent('summit', '2023-09-13', { title: 'Summit', end: '2023-09-14' }),
    ];
    const index = fixtureIndex({ events });
    const kml = parseKml(exportKml(index, index.events, OTHER));
    const spans = Object.fromEntries(
      [...kml.getElementsByTagName('Placemark')].map((p) => [
        idOf(p),
        {
          end: childText(p.getElementsByTagName('TimeSpan')[0]!, 'end'),
          data: p.querySelector('Data[name="end"] > value')?.textContent,
        },
      ]),
    );
    expect(spans).toEqual({
      war: { end: '1953-12-31', data: '1953' },
      talks: { end: '2020-02-29', data: '2020-02' },
      summit: { end: '2023-09-14', data: undefined },
    });
    // Read back by Sourceline, the store's ends; by another reader, the last days.
    const back = convertText(exportKml(index, index.events, OTHER));
    if (back.kind !== 'store') throw new Error(JSON.stringify(back));
    expect(back.store.events.map((event) => [event.title, event.end])).toEqual([
      ['War', '1953'],
      ['Talks', '2020-02'],
      ['Summit', '2023-09-14'],
    ]);
    expect(back.store.events.some((event) => event.summary?.includes('end:'))).toBe(false);
  });

  it('writes a time of day with its seconds, as xsd:dateTime asks, and keeps its zone', () => {
    expect(kmlWhen('2024-06-19T14:30')).toBe('2024-06-19T14:30:00');
    expect(kmlWhen('2024-06-19T14:30Z')).toBe('2024-06-19T14:30:00Z');
    expect(kmlWhen('2024-06-19T14:30+09:00')).toBe('2024-06-19T14:30:00+09:00');
    expect(kmlWhen('2024-06-19T14:30:05')).toBe('2024-06-19T14:30:05');
    expect(kmlWhen('2023-09')).toBe('2023-09');
  });

  it('places a point, longitude first, where the event has coordinates, and none elsewhere', () => {
    for (const event of defaultIndex.events) {
      const placemark = placemarks.find((p) => idOf(p) === event.id)!;
      const point = placemark.getElementsByTagName('Point')[0];
      const place = event.place;
      if (place?.lat !== undefined && place.lon !== undefined) {
        expect(childText(point!, 'coordinates')).toBe(`${place.lon},${place.lat}`);
        expect(childText(placemark, 'address')).toBe(place.name);
      } else {
        expect(point).toBeUndefined();
        expect(childText(placemark, 'address')).toBeNull();
      }
    }
    expect(placemarks.filter((p) => p.getElementsByTagName('Point').length > 0)).toHaveLength(10);
  });

  it('keeps hostile text as text, even in Google Earth’s HTML balloons, and stays well-formed', () => {
    const index = fixtureIndex({
      title: 'Tom & Jerry <b>',
      sources: [{ id: 'hostile-source', title: '<i onclick="x()">Source</i>', language: 'en' }],
      events: [
        fixtureEvent('hostile', '2024-06-19', {
          title: '<script>alert(1)</script> ]]> \u0001bell',
          summary: 'Read <img src=x onerror=alert(2)> & more',
          place: { name: 'Here "quoted"', lat: 39.03, lon: 125.75 },
          excerpts: [{ source: 'hostile-source', quote: '<a href="javascript:alert(3)">x</a>' }],
        }),
      ],
    });
    const kml = parseKml(exportKml(index, index.events, OTHER));
    const placemark = kml.getElementsByTagName('Placemark')[0]!;
    expect(childText(placemark, 'name')).toBe('<script>alert(1)</script> ]]> bell');
    expect(childText(kml.getElementsByTagName('Document')[0]!, 'name')).toBe('Tom & Jerry <b>');
    // What Google Earth renders: the description as HTML.
    const balloon = balloonOf(placemark);
    expect(balloon.querySelectorAll('script, img, [onerror]')).toHaveLength(0);
    expect([...balloon.querySelectorAll('a')].map((a) => a.getAttribute('href'))).not.toContain(
      'javascript:alert(3)',
    );
    expect(balloon.body.textContent).toContain('Read <img src=x onerror=alert(2)> & more');
    expect(balloon.body.textContent).toContain('“<a href="javascript:alert(3)">x</a>”');
    expect(balloon.body.textContent).toContain('— <i onclick="x()">Source</i>');
    expect(balloon.querySelectorAll('i, [onclick]')).toHaveLength(0);
  });

  it('links each excerpt’s source from the balloon where it has an address', () => {
    const index = fixtureIndex({
      sources: [
        { id: 'linked', title: 'A report', language: 'en', url: 'https://example.org/r?a=1&b=2' },
        { id: 'unlinked', title: 'A dispatch', language: 'en' },
      ],
      events: [
        fixtureEvent('quoted', '2024-06-19', {
          excerpts: [
            { source: 'linked', quote: 'One.' },
            { source: 'unlinked', quote: 'Two.', translation: 'Dos.' },
          ],
        }),
      ],
    });
    const placemark = parseKml(exportKml(index, index.events, OTHER)).getElementsByTagName(
      'Placemark',
    )[0]!;
    const balloon = balloonOf(placemark);
    const links = [...balloon.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['A report', 'https://example.org/r?a=1&b=2'],
    ]);
    expect(balloon.body.textContent).toBe('“One.”— A report“Two.”(Dos.)— A dispatch');
  });

  it('says a refuted claim is refuted, and the refuting quote apart, in the balloon and the data', () => {
    const index = fixtureIndex({
      sources: [
        { id: 'radio', title: 'Radio', language: 'en' },
        { id: 'inspectors', title: 'Inspectors', language: 'en' },
      ],
      events: [
        fixtureEvent('claim', '2019-06-08', {
          status: 'refuted',
          statusNote: 'Found intact <two> days later.',
          excerpts: [
            { source: 'radio', quote: 'Sabotaged.' },
            { source: 'inspectors', quote: 'Intact.', stance: 'disputes' },
          ],
        }),
      ],
    });
    const placemark = parseKml(exportKml(index, index.events, OTHER)).getElementsByTagName(
      'Placemark',
    )[0]!;
    const balloon = balloonOf(placemark);
    expect(balloon.body.textContent).toBe(
      'Status: refuted — Found intact <two> days later.“Sabotaged.”— Radio' +
        'Disputed by“Intact.”— Inspectors',
    );
    const data = (name: string) =>
      placemark.querySelector(`ExtendedData > Data[name="${name}"] > value`)?.textContent;
    expect(data('status')).toBe('refuted');
    expect(data('status_note')).toBe('Found intact <two> days later.');
  });

  it('imports into Sourceline again: the same titles, dates, places and lanes', () => {
    const outcome = convertText(exportKml(defaultIndex, defaultIndex.events, OTHER));
    if (outcome.kind !== 'store') throw new Error(JSON.stringify(outcome));
    expect(outcome.report.format).toBe('kml');
    expect(outcome.store.title).toBe(defaultIndex.store.title);
    const read = (
      index: { events: readonly StoreEventLike[] },
      lane: (e: StoreEventLike) => string,
    ) =>
      index.events
        .map((event) => ({
          title: event.title,
          start: event.start,
          end: event.end,
          place: event.place,
          lane: lane(event),
        }))
        .sort((a, b) => `${a.start}${a.title}`.localeCompare(`${b.start}${b.title}`));
    const actorName = new Map(outcome.store.actors.map((actor) => [actor.id, actor.name]));
    expect(read(outcome.store, (event) => actorName.get(event.actors[0]!)!)).toEqual(
      read(defaultIndex, firstLaneName),
    );
  });
});

interface StoreEventLike {
  readonly title: string;
  readonly start: string;
  readonly end?: string;
  readonly place?: object;
  readonly actors: readonly string[];
}
