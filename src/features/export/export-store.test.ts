import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { validateStore } from '../../format/validate-store';
import { filterEvents } from '../../lib/event-filter';
import { type StoreIndex, buildStoreIndex } from '../../lib/store-index';
import { fixtureEvent, fixtureIndex } from '../../lib/testing/fixture-store';
import { storeOrigin } from '../../lib/store-origin';
import { convertText } from '../../format/convert/convert';
import {
  CSV_COLUMNS,
  EXCERPT_SEPARATOR,
  FORMULA_START,
  LIST_SEPARATOR,
  csvRow,
  exportCsv,
  exportFileName,
  exportGeoJson,
  exportJson,
  exportedDescription,
} from './export-store';

const PAGE = 'https://sourceline.example/';
const DEFAULT = storeOrigin({ kind: 'default' }, PAGE);
const OTHER = storeOrigin({ kind: 'url', url: 'http://localhost:4555/store.json' }, PAGE);

function loadDefaultStore(): StoreIndex {
  const result = validateStore(JSON.parse(readFileSync('public/data/events.json', 'utf8')));
  if (!result.ok) throw new Error('the default store was refused');
  return buildStoreIndex(result.store);
}

const defaultIndex = loadDefaultStore();

/** Exports, then reads the file back with the app's own validator. */
function roundTrip(index: StoreIndex, events = index.events) {
  const text = exportJson(index, events, DEFAULT);
  const result = validateStore(JSON.parse(text));
  if (!result.ok) throw new Error('the exported store was refused');
  return { text, result };
}

describe('JSON export', () => {
  const cases = [
    ['the whole default store', () => defaultIndex.events],
    [
      'the default store filtered by actor and search',
      () => filterEvents(defaultIndex, { actorIds: ['kim-jong-un'], match: 'any', query: 'putin' }),
    ],
    [
      'members of a state without the state itself',
      () => filterEvents(defaultIndex, { actorIds: ['kcna'], match: 'any' }),
    ],
    ['no events at all', () => []],
  ] as const;

  for (const [name, pick] of cases) {
    it(`is a valid sourceline/1 store with nothing dropped: ${name}`, () => {
      const events = pick();
      const { result } = roundTrip(defaultIndex, events);
      if (!result.ok) return;
      expect(result.dropped).toEqual({ sources: 0, actors: 0, events: 0 });
      expect(result.problems.filter((problem) => problem.severity !== 'warning')).toEqual([]);
      // Same events, same content, in the same (time) order.
      expect(result.store.events.map((event) => event.id)).toEqual(events.map((e) => e.id));
      // Related links to events left out of the file go with them (they would be unknown).
      const exported = new Set(events.map((event) => event.id));
      expect(result.problems).toEqual([]);
      expect(result.store.events).toEqual(
        events.map((event) => {
          if (!event.related) return event;
          const related = event.related.filter((entry) => exported.has(entry.event));
          const { related: _all, ...rest } = event;
          return related.length > 0 ? { ...rest, related } : rest;
        }),
      );
    });
  }

  it('keeps only the sources and actors the events use, and the states they belong to', () => {
    const events = filterEvents(defaultIndex, { actorIds: ['kcna'], match: 'any' });
    expect(events.length).toBeGreaterThan(0);
    const { result } = roundTrip(defaultIndex, events);
    if (!result.ok) return;
    const used = new Set(events.flatMap((event) => event.actors));
    const actorIds = result.store.actors.map((actor) => actor.id);
    // Every named actor is there, plus North Korea, which KCNA and Kim belong to.
    for (const id of used) expect(actorIds).toContain(id);
    expect(actorIds).toContain('north-korea');
    expect(actorIds).not.toContain('ukraine');
    const quoted = new Set(events.flatMap((event) => (event.excerpts ?? []).map((e) => e.source)));
    expect(result.store.sources.map((source) => source.id).sort()).toEqual([...quoted].sort());
  });

  it('exporting the export again gives the same file', () => {
    const events = filterEvents(defaultIndex, { actorIds: [], match: 'any', query: 'pyongyang' });
    const { text, result } = roundTrip(defaultIndex, events);
    if (!result.ok) return;
    const again = buildStoreIndex(result.store);
    expect(exportJson(again, again.events, DEFAULT)).toBe(text);
  });

  it('keeps the store’s title, language and format', () => {
    const store = JSON.parse(exportJson(defaultIndex, defaultIndex.events.slice(0, 2), DEFAULT));
    expect(store.format).toBe('sourceline/1');
    expect(store.$schema).toBe('/schema/sourceline-1.schema.json');
    expect(store.title).toBe(defaultIndex.store.title);
    expect(store.language).toBe(defaultIndex.store.language);
    expect(store.events[0]).not.toHaveProperty('when');
  });
});

/** Reads an exported CSV back into rows keyed by column, undoing the formula guard. */
function parseCsv(text: string): Record<string, string>[] {
  expect(text.startsWith('\ufeff')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
  return parsed.data.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([key, value]) => [
        key,
        /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value,
      ]),
    ),
  );
}

describe('CSV export', () => {
  it('has one row per event, in order, that reads back to the same values', () => {
    const rows = parseCsv(exportCsv(defaultIndex, defaultIndex.events, DEFAULT));
    expect(rows).toHaveLength(defaultIndex.events.length);
    defaultIndex.events.forEach((event, i) => {
      expect(rows[i]).toEqual(csvRow(defaultIndex, event, DEFAULT));
    });
  });

  it('survives commas, quotes, line breaks, accents and formula-like text', () => {
    const tricky = fixtureIndex({
      events: [
        fixtureEvent('tricky', '2024-06-19', {
          title: '=HYPERLINK("http://evil.example") or "quoted", with commas',
          summary: 'Line one.\n\nLine two; with “curly” quotes, and a tab\there.',
          tags: ['-1', '@home', 'ok'],
          place: { name: 'Washington, D.C.', lat: 38.9, lon: -77.04 },
          excerpts: [
            {
              source: 'report-2024-06-19',
              quote: 'los líderes de Corea del Norte y Rusia firmaron un acuerdo en Pionyang',
              translation: 'the leaders "signed", in Pyongyang',
            },
            { source: 'kcna-2023-09-13', quote: '+held talks at the cosmodrome' },
          ],
        }),
      ],
      sources: [
        {
          id: 'report-2024-06-19',
          title: 'A report, in Spanish',
          language: 'es',
          text: 'Este miércoles, los líderes de Corea del Norte y Rusia firmaron un acuerdo en Pionyang.',
        },
        { id: 'kcna-2023-09-13', title: 'KCNA', language: 'en' },
      ],
    });
    const text = exportCsv(tricky, tricky.events, OTHER);
    // A spreadsheet would run a cell that starts with "=": it is guarded.
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"") or ""quoted"", with commas"`);
    const [row] = parseCsv(text);
    const event = tricky.events[0]!;
    expect(row).toEqual(csvRow(tricky, event, OTHER));
    expect(row!.title).toBe(event.title);
    expect(row!.summary).toBe(event.summary);
    expect(row!.tags!.split(LIST_SEPARATOR)).toEqual(['-1', '@home', 'ok']);
    expect(row!.quotes!.split(EXCERPT_SEPARATOR)).toEqual(event.excerpts!.map((e) => e.quote));
    expect(row!.translations!.split(EXCERPT_SEPARATOR)).toEqual([
      'the leaders "signed", in Pyongyang',
      '',
    ]);
    expect([row!.lat, row!.lon]).toEqual(['38.9', '-77.04']);
    // A negative longitude stays a number for a spreadsheet or a GIS tool; "-1; …" is guarded.
    expect(text).toContain(',38.9,-77.04,');
    expect(text).toContain(`,"'-1; @home; ok",`);
  });

  it('guards what a spreadsheet would run, and leaves plain numbers alone', () => {
    for (const formula of ['=1+2', '+1+2', '-1+2', '@SUM(A1)', '\t=1', '\r=1', '-', '-x', '-1e5'])
      expect(FORMULA_START.test(formula)).toBe(true);
    for (const plain of ['-73.968', '-5', '12', '1-2', 'a=b', ''])
      expect(FORMULA_START.test(plain)).toBe(false);
  });

  it('writes only the header for no events', () => {
    expect(parseCsv(exportCsv(defaultIndex, [], DEFAULT))).toEqual([]);
  });
});

describe('GeoJSON export', () => {
  const collection = JSON.parse(exportGeoJson(defaultIndex, defaultIndex.events, OTHER)) as {
    type: string;
    name: string;
    description: string;
    features: {
      id: string;
      geometry: { type: string; coordinates: number[] } | null;
      properties: Record<string, string>;
    }[];
  };

  it('is a FeatureCollection named after the store, one feature per event, in order', () => {
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.name).toBe(defaultIndex.store.title);
    expect(collection.description).toContain(
      'Exported with Sourceline from http://localhost:4555/store.json.',
    );
    expect(collection.features.map((feature) => feature.id)).toEqual(
      defaultIndex.events.map((event) => event.id),
    );
  });

  it('places a point, longitude first, where the event has coordinates, and none elsewhere', () => {
    for (const [i, event] of defaultIndex.events.entries()) {
      const { geometry, properties } = collection.features[i]!;
      const place = event.place;
      if (place?.lat !== undefined && place.lon !== undefined)
        expect(geometry).toEqual({ type: 'Point', coordinates: [place.lon, place.lat] });
      else expect(geometry).toBeNull();
      expect(properties).toEqual(
        Object.fromEntries(
          Object.entries(csvRow(defaultIndex, event, OTHER)).filter(
            ([key]) => !['lat', 'lon', 'store'].includes(key),
          ),
        ),
      );
    }
    expect(collection.features.filter((feature) => feature.geometry)).toHaveLength(10);
  });

  it('imports into Sourceline again: the same titles, dates and places', () => {
    const outcome = convertText(exportGeoJson(defaultIndex, defaultIndex.events, OTHER));
    if (outcome.kind !== 'store') throw new Error(JSON.stringify(outcome));
    expect(outcome.report.format).toBe('geojson');
    expect(outcome.store.title).toBe(defaultIndex.store.title);
    const read = (events: readonly { title: string; start: string; place?: object }[]) =>
      events
        .map(({ title, start, place }) => ({ title, start, place }))
        .sort((a, b) => `${a.start}${a.title}`.localeCompare(`${b.start}${b.title}`));
    expect(read(outcome.store.events)).toEqual(read(defaultIndex.events));
  });
});

describe('the store an export was read from', () => {
  it('ends the JSON store’s description with the store’s address, once', () => {
    const store = JSON.parse(exportJson(defaultIndex, defaultIndex.events.slice(0, 1), OTHER));
    expect(store.description).toMatch(
      /\n\nExported with Sourceline from http:\/\/localhost:4555\/store\.json\.$/,
    );
    expect(store.description.startsWith(defaultIndex.store.description ?? '')).toBe(true);
    // Exported again from the same address: the line is not doubled.
    expect(exportedDescription(store.description, OTHER)).toBe(store.description);
  });

  it('says the default store’s full address, and a file’s or a draft’s name', () => {
    expect(exportedDescription(undefined, DEFAULT)).toBe(
      'Exported with Sourceline from https://sourceline.example/data/events.json.',
    );
    expect(exportedDescription('', { kind: 'file', name: 'mine.json' })).toBe(
      'Exported with Sourceline from file mine.json.',
    );
    expect(exportedDescription('About.', { kind: 'draft', name: 'Draft 1' })).toBe(
      'About.\n\nExported with Sourceline from draft Draft 1.',
    );
  });

  it('names the store’s address in the CSV’s store column, on every row', () => {
    const rows = parseCsv(exportCsv(defaultIndex, defaultIndex.events.slice(0, 3), OTHER));
    expect(rows.map((row) => row.store)).toEqual(Array(3).fill('http://localhost:4555/store.json'));
  });
});

describe('exportFileName', () => {
  it('names the file after the store', () => {
    expect(exportFileName('Russia and North Korea, 2000–2024', 'json')).toBe(
      'russia-and-north-korea-2000-2024-events.json',
    );
    expect(exportFileName('Año de crisis', 'csv')).toBe('ano-de-crisis-events.csv');
    expect(exportFileName('???', 'csv')).toBe('sourceline-events.csv');
    expect(exportFileName('Встреча в Пхеньяне', 'kml')).toBe('встреча-в-пхеньяне-events.kml');
  });
});
