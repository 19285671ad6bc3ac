import { htmlToText } from './html-text';
import { type ReportBuilder, quotedValue, withValues } from './import-report';
import { geoPoint } from './geo-point';
import { isObject } from './json-values';
import { readLink } from './links';
import {
  END_FIELDS,
  LANE_FIELDS,
  LINK_FIELDS,
  PLACE_FIELDS,
  START_FIELDS,
  TEXT_FIELDS,
  TITLE_FIELDS,
  fieldName,
} from './named-fields';
import type { SimileEvent } from './simile-read';

/**
 * The features of a GeoJSON file (RFC 7946) as timed events: what QGIS, uMap, Felt and the
 * USGS earthquake feeds write. GeoJSON has no date of its own, so a feature is dated by a
 * property named as one (`date`, `start`, `time`, `event_date`…; USGS writes milliseconds
 * since 1970), titled and described by properties named so, and the other properties become
 * lines of its text, as KML's ExtendedData does. A point is its place.
 */

export const looksLikeGeoJson = (data: unknown): boolean =>
  isObject(data) &&
  ((data.type === 'FeatureCollection' && Array.isArray(data.features)) ||
    (data.type === 'Feature' && 'geometry' in data));

export interface GeoJsonFile {
  readonly title: string;
  readonly events: SimileEvent[];
  readonly features: number;
}

/** Milliseconds since 1970 from 1973 on: a number this large is no year. */
const EPOCH_MS_FROM = 1e11;

/** A property's value as text, or as a date when it is a timestamp. */
function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function dateOf(value: unknown): { text: string; epoch: boolean } {
  if (typeof value === 'number' && Number.isFinite(value) && Math.abs(value) >= EPOCH_MS_FROM) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime()))
      return { text: date.toISOString().replace('.000Z', 'Z'), epoch: true };
  }
  return { text: textOf(value).trim(), epoch: false };
}

function pointOf(
  geometry: unknown,
): { lat: number; lon: number } | 'none' | 'other' | { unread: string } {
  if (!isObject(geometry)) return 'none';
  if (geometry.type !== 'Point') return 'other';
  // GeoJSON writes longitude first.
  const [lon, lat] = Array.isArray(geometry.coordinates) ? (geometry.coordinates as unknown[]) : [];
  // A point is a place: one whose coordinates cannot be read is said so, not called a shape.
  const given = JSON.stringify(geometry.coordinates ?? null);
  return geoPoint(lat, lon) ?? { unread: given.length > 80 ? `${given.slice(0, 79)}…` : given };
}

export function readGeoJson(data: Record<string, unknown>, report: ReportBuilder): GeoJsonFile {
  const features = data.type === 'Feature' ? [data] : (data.features as unknown[]);
  const metadata = isObject(data.metadata) ? data.metadata : {};
  const title = htmlToText(textOf(data.name ?? data.title ?? metadata.title));
  const events: SimileEvent[] = [];
  const epochs: number[] = [];

  features.forEach((feature, i) => {
    const where = data.type === 'Feature' ? 'feature' : `features[${i}]`;
    if (!isObject(feature)) {
      report.droppedItem(where, 'not a feature: left out');
      return;
    }
    const properties = isObject(feature.properties) ? feature.properties : {};
    const used = new Set<string>();
    /** The first property whose name matches and whose value `accept`s, marked as used. */
    const field = (pattern: RegExp, accept: (value: unknown) => boolean = () => true) => {
      const key = Object.keys(properties).find(
        (name) =>
          pattern.test(fieldName(name)) &&
          textOf(properties[name]).trim() &&
          accept(properties[name]),
      );
      if (key === undefined) return undefined;
      used.add(key);
      return properties[key];
    };
    const startValue = field(START_FIELDS);
    if (startValue === undefined) {
      report.droppedItem(where, 'no date (no property named date, start, time…): left out');
      return;
    }
    const start = dateOf(startValue);
    const endValue = field(END_FIELDS);
    const end = endValue === undefined ? undefined : dateOf(endValue);
    if (start.epoch || end?.epoch) epochs.push(i + 1);

    const read = pointOf(feature.geometry);
    if (read === 'other') {
      const type = isObject(feature.geometry) ? textOf(feature.geometry.type) : 'geometry';
      report.dropped(where, `${type} left out: a store place is one point`);
    } else if (typeof read === 'object' && 'unread' in read) {
      report.dropped(where, withValues`coordinates ${quotedValue(read.unread)} not read`);
    }
    const point = typeof read === 'object' && 'lat' in read ? read : undefined;
    const name = textOf(field(TITLE_FIELDS)).trim();
    const text = textOf(field(TEXT_FIELDS));
    const link = field(LINK_FIELDS, (value) => readLink(textOf(value)).ok);
    const lane = textOf(field(LANE_FIELDS)).trim();
    const placeName = textOf(field(PLACE_FIELDS)).trim();
    const lines = Object.entries(properties)
      .filter(([key, value]) => !used.has(key) && textOf(value).trim() !== '')
      .map(([key, value]) => `${htmlToText(key)}: ${htmlToText(textOf(value))}`);
    const end_ = end?.text ?? '';
    events.push({
      where,
      start: start.text,
      ...(end_ ? { end: end_ } : {}),
      period: end_ !== '',
      // A feature named only by its place ("10 km SW of Calexico") is titled by it.
      title: name || placeName,
      description: [htmlToText(text), lines.join('\n')].filter(Boolean).join('\n\n'),
      ...(link !== undefined ? { link: textOf(link).trim() } : {}),
      ...(lane ? { lane: htmlToText(lane) } : title ? { lane: title } : {}),
      ...(typeof point === 'object'
        ? { place: { name: htmlToText(placeName) || `${point.lat}, ${point.lon}`, ...point } }
        : {}),
    });
  });

  if (epochs.length > 0) {
    report.guessed(
      '',
      `a date written as a number read as milliseconds since 1 January 1970, UTC, as the USGS feeds write it (${epochs.length} of ${features.length})`,
    );
  }
  return { title, events, features: features.length };
}
