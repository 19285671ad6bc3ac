import Papa from 'papaparse';
import { FORMAT } from '../../format/format-name';
import { toTimelineJs } from '../../format/convert/to-timelinejs';
import type { Actor, Source, StoreEvent } from '../../format/validate-store';
import { fileStem } from '../../lib/file-stem';
import type { StoreIndex } from '../../lib/store-index';
import type { StoreOrigin } from '../../lib/store-origin';

/**
 * What the person sees, as files: the events that pass the filters and the search, as a
 * `sourceline/1` store that Sourceline (and the validator) open again, or as CSV.
 */

/**
 * Where the exported events were read from, as an export names it: the store's address,
 * or the file's or draft's name (which no address can open).
 */
export function exportedFrom(origin: StoreOrigin): string {
  if (origin.kind === 'file') return `file ${origin.name}`;
  if (origin.kind === 'draft') return `draft ${origin.name}`;
  return origin.address;
}

/**
 * The format has no field for provenance (an unknown field would be warned about when the
 * file is opened again), so the exported store's description ends with it, in one line.
 */
export function exportedDescription(description: string | undefined, origin: StoreOrigin) {
  const line = `Exported with Sourceline from ${exportedFrom(origin)}.`;
  if (description === undefined || description.trim() === '') return line;
  // Exported again from the same place: said once.
  return description.endsWith(line) ? description : `${description.trimEnd()}\n\n${line}`;
}

/** A store document as it is written to a file: events without their parsed dates. */
export interface StoreDocument {
  readonly $schema: string;
  readonly format: typeof FORMAT;
  readonly title: string;
  readonly description?: string;
  readonly language: string;
  readonly sources: readonly Source[];
  readonly actors: readonly Actor[];
  readonly events: readonly Omit<StoreEvent, 'when'>[];
}

export const SCHEMA_PATH = '/schema/sourceline-1.schema.json';

/**
 * A valid store holding `events` with only the sources their excerpts quote and the
 * actors they name, plus the actors those belong to (`memberOf` must resolve). Items keep
 * the store's order; every quote keeps its source's full text, so it can be checked.
 */
export function exportStore(
  index: StoreIndex,
  events: readonly StoreEvent[],
  origin: StoreOrigin,
): StoreDocument {
  const sourceIds = new Set<string>();
  const actorIds = new Set<string>();
  for (const event of events) {
    for (const excerpt of event.excerpts ?? []) sourceIds.add(excerpt.source);
    for (const id of event.actors) {
      for (let actor = index.actorById.get(id); actor;) {
        if (actorIds.has(actor.id)) break;
        actorIds.add(actor.id);
        actor = actor.memberOf === undefined ? undefined : index.actorById.get(actor.memberOf);
      }
    }
  }
  const { store } = index;
  const exported = new Set(events.map((event) => event.id));
  return {
    $schema: SCHEMA_PATH,
    format: FORMAT,
    title: store.title,
    description: exportedDescription(store.description, origin),
    language: store.language,
    sources: store.sources.filter((source) => sourceIds.has(source.id)),
    actors: store.actors.filter((actor) => actorIds.has(actor.id)),
    events: events.map(({ when: _when, ...event }) => withRelatedIn(event, exported)),
  };
}

/** A relation to an event left out of the file would be reported as unknown: it goes too. */
function withRelatedIn<E extends Omit<StoreEvent, 'when'>>(
  event: E,
  exported: ReadonlySet<string>,
): E {
  if (!event.related) return event;
  const related = event.related.filter((entry) => exported.has(entry.event));
  if (related.length === event.related.length) return event;
  const { related: _all, ...rest } = event;
  return (related.length > 0 ? { ...rest, related } : rest) as E;
}

export function exportJson(
  index: StoreIndex,
  events: readonly StoreEvent[],
  origin: StoreOrigin,
): string {
  return `${JSON.stringify(exportStore(index, events, origin), null, 2)}\n`;
}

/**
 * The same events as a TimelineJS3 file: groups from the top-level actors, eras from the
 * periods, excerpts in the slide text (escaped: TimelineJS renders HTML).
 */
export function exportTimelineJs(
  index: StoreIndex,
  events: readonly StoreEvent[],
  origin: StoreOrigin,
): string {
  return `${JSON.stringify(toTimelineJs(exportStore(index, events, origin)), null, 2)}\n`;
}

/**
 * The CSV's columns, in order (docs/import.md, "Sourceline's own CSV"). Lists within a cell
 * are separated by LIST_SEPARATOR. The excerpt columns (source_ids to locators) hold one slot
 * per excerpt, in the excerpts' order, separated by EXCERPT_SEPARATOR: slot n of each belongs
 * to quote n, and an empty slot says that excerpt has none (no translation, the default
 * stance, no locator).
 */
export const CSV_COLUMNS = [
  'id',
  'title',
  'start',
  'end',
  'approximate',
  'date_note',
  'status',
  'status_note',
  'actor_ids',
  'actors',
  'place',
  'lat',
  'lon',
  'tags',
  'summary',
  /** "causes: other-event-id; see-also: …" */
  'related',
  'source_ids',
  'sources',
  'quotes',
  'translations',
  /** "supports", "disputes", or empty (not stated: supports). */
  'stances',
  'locators',
  /** Where the events were read from (exportedFrom): the same on every row. */
  'store',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export const LIST_SEPARATOR = '; ';
/** Quotes and the other excerpt columns are paragraphs: one slot per excerpt, a blank line between. */
export const EXCERPT_SEPARATOR = '\n\n';
/** Between a related event's relation and its id: "causes: other-event-id". */
export const RELATION_SEPARATOR = ': ';

/**
 * A slot's text with no blank line in it, which would start another slot; a line break is
 * kept (a quote still matches its source: runs of white space count as one).
 */
const inOneSlot = (text: string) => text.replace(/\r\n?/g, '\n').replace(/\n\s*\n/g, '\n');

/** The excerpts' slots of one column, EXCERPT_SEPARATOR between. */
const slots = (values: readonly (string | undefined)[]) =>
  values.map((value) => inOneSlot(value ?? '')).join(EXCERPT_SEPARATOR);

export function csvRow(
  index: StoreIndex,
  event: StoreEvent,
  origin: StoreOrigin,
  /** The events exported with it: a relation to one left out would not resolve. */
  exported?: ReadonlySet<string>,
): Record<CsvColumn, string> {
  const excerpts = event.excerpts ?? [];
  const related = (event.related ?? []).filter((entry) => !exported || exported.has(entry.event));
  return {
    id: event.id,
    title: event.title,
    start: event.start,
    end: event.end ?? '',
    approximate: event.approximate ? 'true' : '',
    date_note: event.dateNote ?? '',
    status: event.status ?? '',
    status_note: event.statusNote ?? '',
    actor_ids: event.actors.join(LIST_SEPARATOR),
    actors: event.actors.map((id) => index.actorById.get(id)?.name ?? id).join(LIST_SEPARATOR),
    place: event.place?.name ?? '',
    lat: event.place?.lat === undefined ? '' : String(event.place.lat),
    lon: event.place?.lon === undefined ? '' : String(event.place.lon),
    tags: (event.tags ?? []).join(LIST_SEPARATOR),
    summary: event.summary ?? '',
    related: related
      .map((entry) => `${entry.relation}${RELATION_SEPARATOR}${entry.event}`)
      .join(LIST_SEPARATOR),
    source_ids: excerpts.map((excerpt) => excerpt.source).join(LIST_SEPARATOR),
    sources: slots(
      excerpts.map((excerpt) => index.sourceById.get(excerpt.source)?.title ?? excerpt.source),
    ),
    quotes: slots(excerpts.map((excerpt) => excerpt.quote)),
    translations: slots(excerpts.map((excerpt) => excerpt.translation)),
    stances: slots(excerpts.map((excerpt) => excerpt.stance)),
    locators: slots(excerpts.map((excerpt) => excerpt.locator)),
    store: exportedFrom(origin),
  };
}

/**
 * What a spreadsheet would run as a formula: a cell that starts with =, +, @, a tab or a
 * carriage return, or with - unless it is a plain number. A negative longitude stays a number
 * (an apostrophe would make it text in a GIS tool or a spreadsheet); "-1+2" is guarded.
 */
export const FORMULA_START = /^(?:[=+@\t\r]|-(?!\d+(?:\.\d+)?$))/;

/**
 * One row per event, with a header row, by Papa Parse (quoting, embedded quotes and line
 * breaks). Cells that a spreadsheet would run as a formula (FORMULA_START) are prefixed with
 * an apostrophe; a byte-order mark makes Excel read the file as UTF-8.
 */
export function exportCsv(
  index: StoreIndex,
  events: readonly StoreEvent[],
  origin: StoreOrigin,
): string {
  const exported = new Set(events.map((event) => event.id));
  const rows = events.map((event) => {
    const row = csvRow(index, event, origin, exported);
    return CSV_COLUMNS.map((column) => row[column]);
  });
  return `\ufeff${Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows },
    { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false },
  )}\r\n`;
}

/**
 * The events as GeoJSON (RFC 7946) for GIS tools (QGIS, uMap, Felt, Google Earth's import):
 * a Point for each event with coordinates, no geometry for the others (RFC 7946 allows it,
 * and the file then holds every event exported), the CSV's columns as properties.
 */
export function exportGeoJson(
  index: StoreIndex,
  events: readonly StoreEvent[],
  origin: StoreOrigin,
): string {
  const exported = new Set(events.map((event) => event.id));
  const features = events.map((event) => {
    // Where it came from is said once, in the description, not on every feature.
    const { lat, lon, store: _store, ...properties } = csvRow(index, event, origin, exported);
    const placed = event.place?.lat !== undefined && event.place.lon !== undefined;
    return {
      type: 'Feature',
      id: event.id,
      // GeoJSON writes longitude first.
      geometry: placed ? { type: 'Point', coordinates: [Number(lon), Number(lat)] } : null,
      properties,
    };
  });
  const collection = {
    type: 'FeatureCollection',
    // QGIS names the layer by it.
    name: index.store.title,
    description: exportedDescription(index.store.description, origin),
    features,
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

/** "Russia and North Korea, 2000–2024" → "russia-and-north-korea-2000-2024-events.json" */
export function exportFileName(
  title: string,
  extension: 'json' | 'csv' | 'geojson' | 'kml',
): string {
  return `${fileStem(title, 'sourceline')}-events.${extension}`;
}
