import { Parser } from 'htmlparser2';
import { lastDayOf } from '../last-day';
import { geoPoint } from './geo-point';
import { htmlToText, startTag } from './html-text';
import { type ReportBuilder, quotedValue, withValues } from './import-report';
import { readLink } from './links';
import { endsBeforeStart, listRows } from './import-dates';
import { END_FIELDS, LANE_FIELDS, LINK_FIELDS, START_FIELDS, fieldName } from './named-fields';
import type { SimileEvent } from './simile-read';

/**
 * The placemarks of a KML file (Google Earth, Google My Maps, timemap.js's KML datasets) as
 * timed events: `<Placemark>` with `<name>`, `<description>` (HTML), a `<TimeStamp><when>` (an
 * instant) or a `<TimeSpan><begin><end>` (a period), and a `<Point><coordinates>lon,lat[,alt]`.
 * A placemark without a time of its own is dated from its ExtendedData when a field is named
 * as a date (My Maps keeps a sheet's columns there); the other fields go to its text. The
 * folder a placemark is in is its lane; the document's name is the store's title.
 */

export const looksLikeKml = (text: string) => /<kml[\s>]/i.test(text.slice(0, 4096));

export interface KmlFile {
  readonly title: string;
  /** The dated placemarks. */
  readonly events: SimileEvent[];
  /** Every placemark, dated or not. */
  readonly placemarks: number;
}

interface Placemark {
  name: string;
  description: string;
  when: string;
  begin: string;
  end: string;
  coordinates: string;
  /** The first geometry that is not a point, when there is no point. */
  shape: string;
  address: string;
  data: [string, string][];
  folder: string;
}

const SHAPES = new Set(['linestring', 'linearring', 'polygon', 'model', 'track', 'gx:track']);

function emptyPlacemark(folder: string): Placemark {
  return {
    name: '',
    description: '',
    when: '',
    begin: '',
    end: '',
    coordinates: '',
    shape: '',
    address: '',
    data: [],
    folder,
  };
}

/** `2024-06-19T00:00:00`, with no zone, as the day: how GDAL writes a date field as a time. */
const dayAtMidnight = (value: string) =>
  value.trim().replace(/^(\d{4}-\d{2}-\d{2})T00:00(?::00(?:\.0+)?)?$/, '$1');

/** "27.5,-27,0" → the point; KML writes longitude first. */
function pointOf(coordinates: string): { lat: number; lon: number } | null {
  // "30.5, 50.4": spaces after a comma, as people write a tuple by hand, are not a new tuple.
  const tuple = coordinates
    .trim()
    .replace(/\s*,\s*/g, ',')
    .split(/\s+/)[0]!;
  // An empty part ("30.5,") is no coordinate, not 0.
  const [lon, lat] = tuple.split(',').map((part) => (part === '' ? NaN : Number(part)));
  return geoPoint(lat, lon);
}

export function readKml(xml: string, report: ReportBuilder): KmlFile {
  const events: SimileEvent[] = [];
  const stack: string[] = [];
  const folders: string[] = [];
  let documentName = '';
  let placemark: Placemark | null = null;
  let count = 0;
  /** Placemarks whose time was 00:00:00 with no zone, read as the day. */
  const midnight: number[] = [];
  let text = '';
  let dataName = '';

  const finish = (p: Placemark, where: string) => {
    const used = new Set<string>();
    /** The first field whose name matches and whose value `accept`s, marked as used. */
    const field = (pattern: RegExp, accept: (value: string) => boolean = () => true) => {
      const found = p.data.find(([name, value]) => pattern.test(fieldName(name)) && accept(value));
      if (found) used.add(found[0]);
      return found?.[1];
    };
    const written = { start: p.when || p.begin, end: p.when ? '' : p.end };
    let start = dayAtMidnight(written.start);
    let end = dayAtMidnight(written.end);
    if (!p.when && !p.begin && p.end) {
      report.dropped(where, 'a TimeSpan with an end and no begin: its end left out');
      end = '';
    }
    // Noted for the dates kept: an end before its start is left out (StoreBuilder.keptEnd).
    const endKept = end !== '' && !endsBeforeStart(start, end);
    if (start !== written.start || (endKept && end !== written.end)) midnight.push(count);
    // Sourceline's KML export writes a month's or a year's end as its last day, for Google
    // Earth, and keeps the month or the year in the data: read back as it was.
    const coarseEnd = end && field(END_FIELDS, (value) => lastDayOf(value.trim()) === end.trim());
    if (coarseEnd) end = coarseEnd.trim();
    if (!start) {
      const fromData = field(START_FIELDS);
      if (fromData) {
        start = fromData;
        end = field(END_FIELDS) ?? '';
        report.guessed(where, 'no TimeStamp or TimeSpan: dated from its ExtendedData');
      }
    }
    if (!start) {
      report.droppedItem(
        where,
        'no date (no TimeStamp, TimeSpan or date field in its ExtendedData): left out',
      );
      return;
    }
    const point = p.coordinates ? pointOf(p.coordinates) : null;
    if (p.coordinates && !point)
      report.dropped(where, withValues`coordinates ${quotedValue(p.coordinates.trim())} not read`);
    if (!point && p.shape) report.dropped(where, `${p.shape} left out: a store place is one point`);
    // A "Source" that is a name, not an address, stays in the text.
    const link = field(LINK_FIELDS, (value) => readLink(value).ok);
    // A folder is the lane a person made; without one, a column named as a group (My Maps
    // and QGIS keep a sheet's or a layer's columns in ExtendedData).
    const lane = p.folder || field(LANE_FIELDS) || '';
    const dataLines = p.data
      .filter(([name, value]) => !used.has(name) && value.trim() !== '')
      .map(([name, value]) => `${htmlToText(name)}: ${htmlToText(value)}`);
    const description = [htmlToText(p.description), dataLines.join('\n')]
      .filter(Boolean)
      .join('\n\n');
    events.push({
      where,
      start: start.trim(),
      ...(end.trim() ? { end: end.trim() } : {}),
      // A TimeSpan, or a start and an end in its data; a TimeStamp is an instant.
      period: end.trim() !== '',
      title: p.name,
      description,
      ...(link ? { link: link.trim() } : {}),
      ...(lane.trim() ? { lane: htmlToText(lane) } : {}),
      ...(point
        ? { place: { name: htmlToText(p.address) || `${point.lat}, ${point.lon}`, ...point } }
        : {}),
    });
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const tag = name.toLowerCase();
        // HTML written into a description without CDATA: kept as markup for htmlToText.
        if (stack.includes('description')) {
          text += startTag(name, attributes);
          stack.push(tag);
          return;
        }
        stack.push(tag);
        text = '';
        if (tag === 'folder') folders.push('');
        else if (tag === 'placemark') placemark = emptyPlacemark(folders.findLast(Boolean) ?? '');
        else if (tag === 'data') dataName = attributes.name ?? '';
        else if (tag === 'simpledata') dataName = attributes.name ?? '';
        else if (placemark && SHAPES.has(tag) && !placemark.shape) placemark.shape = name;
      },
      ontext(chunk) {
        text += chunk;
      },
      onclosetag(name) {
        const tag = name.toLowerCase();
        stack.pop();
        if (stack.includes('description')) {
          text += `</${name}>`;
          return;
        }
        const parent = stack.at(-1);
        const value = text.trim();
        const p = placemark as Placemark | null;
        if (tag === 'placemark' && p) {
          count += 1;
          finish(p, `placemark ${count}`);
          placemark = null;
        } else if (tag === 'folder') folders.pop();
        else if (tag === 'name' && parent === 'folder') folders[folders.length - 1] = value;
        else if (tag === 'name' && parent === 'document' && !documentName) documentName = value;
        else if (p) {
          if (tag === 'name' && parent === 'placemark') p.name = value;
          else if (tag === 'description' && parent === 'placemark') p.description = text;
          else if (tag === 'address' && parent === 'placemark') p.address = value;
          else if (tag === 'when' && parent === 'timestamp' && !p.when) p.when = value;
          else if (tag === 'begin' && parent === 'timespan' && !p.begin) p.begin = value;
          else if (tag === 'end' && parent === 'timespan' && !p.end) p.end = value;
          else if (tag === 'coordinates' && parent === 'point' && !p.coordinates)
            p.coordinates = value;
          else if (tag === 'value' && parent === 'data') p.data.push([dataName, value]);
          else if (tag === 'simpledata') p.data.push([dataName, value]);
        }
        text = '';
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  if (midnight.length > 0) {
    report.guessed(
      '',
      `a time of 00:00:00 with no zone read as the whole day, as GDAL (QGIS's KML export) writes a date (${listRows(midnight, 'placemark')})`,
    );
  }
  return { title: htmlToText(documentName), events, placemarks: count };
}
