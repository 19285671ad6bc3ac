import { FORMAT } from '../format-name';
import { readTable } from './csv-table';
import { convertCsvTable } from './from-csv';
import {
  convertSimile,
  looksLikeSimileJson,
  looksLikeSimileXml,
  readSimileJson,
  readSimileXml,
} from './from-simile';
import { convertTimelineJs, looksLikeTimelineJs } from './from-timelinejs';
import { convertTimelineJsSheet, looksLikeTimelineJsSheet } from './from-timelinejs-sheet';
import { convertTimemap, looksLikeTimemap } from './from-timemap';
import { looksLikeTimemapJs, readTimemapJs } from './from-timemapjs';
import { FORMAT_NAMES, type ImportFormat, type ImportNote, ReportBuilder } from './import-report';
import { readScriptLiteral, startsAsAssignment } from './script-literal';
import { looksLikeKml, readKml } from './kml-read';
import { looksLikeFeed, readFeed } from './feed-read';
import { looksLikeGeoJson, readGeoJson } from './geojson-read';
import type { ConvertOptions, ConvertOutcome } from './outcome';
import type { SimileEvent } from './simile-read';

/**
 * From a file's text to a `sourceline/1` document: the format is recognised (or given), the
 * matching converter runs, and the caller then validates the result like any store. The
 * same function serves `npm run import` and the app's import worker.
 */

export { MAX_IMPORT_BYTES, isSourcelineStart } from './import-limits';

export const IMPORT_FORMATS = [
  'csv',
  'timelinejs',
  'timemap',
  'timemapjs',
  'simile',
  'kml',
  'feed',
  'geojson',
] as const;

export type Detected = ImportFormat | 'sourceline' | null;

type Parsed =
  | { readonly ok: true; readonly data: unknown; readonly script?: true }
  | { readonly ok: false; readonly message: string };

/** JSON, or timeline data written as a JavaScript literal (script-literal.ts). */
function parseJson(text: string): Parsed {
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    const literal = readScriptLiteral(text);
    if (literal) return { ok: true, data: literal.data, script: true };
    return { ok: false, message: `not valid JSON: ${(error as Error).message}` };
  }
}

/** Text that is read as JSON: an object or a list, or one assigned to a variable. */
const looksLikeJson = (text: string) => /^[[{]/.test(text) || startsAsAssignment(text);

const SCRIPT_NOTE =
  'the file is JavaScript, not JSON: the data it writes read as a literal (nothing in it run)';

const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** What a file is, from its text; `sourceline` for a store, which needs no converting. */
/**
 * A Sourceline store, or a document meant as one: it names a `format` (any, even a wrong or
 * wrongly cased one: no format this imports has that key), or it lists `actors` beside its
 * events (timemap's JSON has `sources` too, not actors). Such a document is refused as a store
 * with what is wrong in it, never read as another format (SIMILE's JSON also has `events`),
 * which would drop its excerpts, sources and actors.
 */
function meantAsStore(data: unknown): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  return 'format' in data || Array.isArray((data as { actors?: unknown }).actors);
}

/** The store's format is not exactly the one this reads: what to write instead. */
function formatToMend(data: unknown): string | null {
  const format = (data as { format?: unknown }).format;
  if (format === FORMAT) return null;
  const found = format === undefined ? 'no "format"' : `"format": ${JSON.stringify(format)}`;
  return `a ${FORMAT} store with ${found}: give it "format": "${FORMAT}"`;
}

export function detectFormat(input: string): Detected {
  const text = withoutBom(input).trimStart();
  if (text.startsWith('<')) {
    if (looksLikeKml(text)) return 'kml';
    if (looksLikeFeed(text)) return 'feed';
    return looksLikeSimileXml(text) ? 'simile' : null;
  }
  if (looksLikeJson(text)) {
    const json = parseJson(text);
    if (!json.ok) return null;
    if (meantAsStore(json.data)) return 'sourceline';
    const data = json.data;
    if (looksLikeGeoJson(data)) return 'geojson';
    if (looksLikeTimelineJs(data)) return 'timelinejs';
    if (looksLikeSimileJson(data)) return 'simile';
    if (looksLikeTimemap(data)) return 'timemap';
    if (looksLikeTimemapJs(data)) return 'timemapjs';
    return null;
  }
  const table = readTable(text.slice(0, 65_536));
  if (table.header.length < 2) return null;
  return looksLikeTimelineJsSheet(table.header) ? 'timelinejs-sheet' : 'csv';
}

/** "events.csv" → "events" */
export const titleFromFileName = (name: string) =>
  name.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]+$/i, '') || 'Imported timeline';

export function convertText(text: string, options: ConvertOptions = {}): ConvertOutcome {
  const title = options.fallbackTitle ?? 'Imported timeline';
  const body = withoutBom(text);
  let format: Detected = options.from ?? detectFormat(body);
  // `timelinejs` names both of its forms: the JSON and the sheet exported as CSV.
  if (format === 'timelinejs' && !looksLikeJson(body.trimStart())) format = 'timelinejs-sheet';
  if (format === 'sourceline') {
    const parsed = looksLikeJson(body.trimStart()) ? parseJson(body) : null;
    return {
      kind: 'refused',
      format: null,
      message:
        (parsed?.ok && formatToMend(parsed.data)) || `already a ${FORMAT} store: open it as it is`,
    };
  }
  if (format === null) {
    return {
      kind: 'refused',
      format: null,
      message: /^\s*<(!doctype html|html[\s>])/i.test(body)
        ? // Most often the page that shows a timeline, not the data file it reads.
          'a web page (HTML), not data: open the address of the file the page shows (JSON, CSV, KML…), or save its table as CSV'
        : 'not a format Sourceline imports (TimelineJS JSON or sheet CSV, SIMILE XML or JSON, timemap or timemap.js JSON, KML or KMZ, GeoJSON, RSS or Atom feeds, CSV/TSV, Excel .xlsx, OpenDocument .ods)',
    };
  }
  const jsonFormat =
    format === 'timelinejs' ||
    format === 'timemap' ||
    format === 'timemapjs' ||
    format === 'geojson' ||
    (format === 'simile' && !body.trimStart().startsWith('<'));
  let data: unknown;
  let script = false;
  if (jsonFormat) {
    const json = parseJson(body);
    if (!json.ok) return { kind: 'refused', format, message: json.message };
    data = json.data;
    script = json.script === true;
  }
  const outcome = convertData(format, body, jsonFormat, data, options, title);
  const first: ImportNote[] = [...(options.readNotes ?? [])];
  if (script) first.push({ kind: 'guessed', where: '', message: SCRIPT_NOTE });
  const container = options.container ? { container: options.container } : {};
  if (outcome.kind === 'store') {
    const notes = [...first, ...outcome.report.notes];
    return { ...outcome, report: { ...outcome.report, ...container, notes } };
  }
  if (outcome.kind === 'ask-date-order') return { ...outcome, ...container };
  return first.length === 0 ? outcome : { ...outcome, notes: [...first, ...(outcome.notes ?? [])] };
}

/**
 * Events read from a file of timed, placed things (KML placemarks, GeoJSON features, feed
 * items): converted as SIMILE events are, under the file's own title when it has one, or
 * refused in words when there was nothing, or nothing dated.
 */
function convertPlaced(
  read: { readonly title: string; readonly events: readonly SimileEvent[] },
  report: ReportBuilder,
  format: 'kml' | 'geojson' | 'feed',
  refusal: { readonly none: string | undefined; readonly undated: string },
  options: ConvertOptions,
  title: string,
): ConvertOutcome {
  if (read.events.length === 0) {
    const message = refusal.none ?? refusal.undated;
    return { kind: 'refused', format, message, notes: report.notes };
  }
  return convertSimile(read.events, report, {
    title: read.title || title,
    dateOrder: options.dateOrder,
    format,
    baseUrl: options.baseUrl,
  });
}

function convertData(
  format: ImportFormat,
  body: string,
  jsonFormat: boolean,
  data: unknown,
  options: ConvertOptions,
  title: string,
): ConvertOutcome {
  switch (format) {
    case 'timelinejs': {
      if (!looksLikeTimelineJs(data)) {
        return {
          kind: 'refused',
          format,
          message: `not ${FORMAT_NAMES.timelinejs}: no events with start_date (nor a TimelineJS2 timeline.date)`,
        };
      }
      return convertTimelineJs(data, title, options.baseUrl);
    }
    case 'timemap':
      return convertTimemap(data, { title, dateOrder: options.dateOrder });
    case 'timemapjs': {
      const report = new ReportBuilder();
      const events = looksLikeTimemapJs(data) ? readTimemapJs(data, report, options.baseUrl) : [];
      return convertSimile(events, report, { title, dateOrder: options.dateOrder, format });
    }
    case 'simile': {
      const report = new ReportBuilder();
      const events = jsonFormat
        ? looksLikeSimileJson(data)
          ? readSimileJson(data, report)
          : []
        : readSimileXml(body, report);
      return convertSimile(events, report, {
        title,
        dateOrder: options.dateOrder,
        baseUrl: options.baseUrl,
      });
    }
    case 'kml': {
      const report = new ReportBuilder();
      const kml = readKml(body, report);
      return convertPlaced(
        kml,
        report,
        format,
        {
          none: kml.placemarks === 0 ? 'no placemarks' : undefined,
          undated:
            'no placemark has a date (a TimeStamp, a TimeSpan or a date in its ExtendedData)',
        },
        options,
        title,
      );
    }
    case 'geojson': {
      if (!looksLikeGeoJson(data)) {
        return {
          kind: 'refused',
          format,
          message: 'not GeoJSON: no "type": "FeatureCollection" with features, nor a Feature',
        };
      }
      const report = new ReportBuilder();
      const file = readGeoJson(data as Record<string, unknown>, report);
      return convertPlaced(
        file,
        report,
        format,
        {
          none: file.features === 0 ? 'no features' : undefined,
          undated: 'no feature has a date (a property named date, start, time, event_date…)',
        },
        options,
        title,
      );
    }
    case 'feed': {
      const report = new ReportBuilder();
      const feed = readFeed(body, report);
      const noun = feed.kind === 'atom' ? 'entry' : 'item';
      return convertPlaced(
        feed,
        report,
        format,
        {
          none: feed.items === 0 ? `no ${noun === 'entry' ? 'entries' : 'items'}` : undefined,
          undated: `no ${noun} has a date (pubDate, dc:date, published or updated)`,
        },
        options,
        title,
      );
    }
    case 'csv':
    case 'timelinejs-sheet': {
      const table = readTable(body);
      if (format === 'timelinejs-sheet') {
        return convertTimelineJsSheet(table, {
          title,
          dateOrder: options.dateOrder,
          baseUrl: options.baseUrl,
        });
      }
      return convertCsvTable(table, {
        title,
        mapping: options.mapping,
        dateOrder: options.dateOrder,
        keepUndated: options.keepUndated,
      });
    }
  }
}
