import { escapeHtml, evidenceHtml, htmlParagraphs } from '../../format/convert/to-timelinejs';
import { lastDayOf } from '../../format/last-day';
import type { StoreEvent } from '../../format/validate-store';
import { type StoreIndex, laneColorOf } from '../../lib/store-index';
import type { StoreOrigin } from '../../lib/store-origin';
import { safeHttpUrl } from '../../lib/safe-url';
import { exportedDescription } from './export-store';

/**
 * The events as KML 2.2 for Google Earth, whose time slider plays them in order: a
 * `TimeStamp` for an event at one date, a `TimeSpan` for a period, a point where the event
 * has coordinates, and one folder per lane (the first actor's top-level actor), as the
 * timeline draws them, so each lane can be shown or hidden there, its pins in its colour. Sourceline's own KML
 * import reads the file back: the folders as lanes, the same titles, dates and places.
 */

// XML 1.0 refuses these characters anywhere, even escaped: one of them in a store's text
// would make Google Earth refuse the whole file.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- these control characters are what it is for
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const escapeXml = (text: string) => escapeHtml(text.replace(NOT_XML, ''));

/**
 * A store date as KML's `when`: its years, months and days as they are (KML reads `2023-09`
 * as September 2023), a time of day with its seconds, which xsd:dateTime requires.
 */
export function kmlWhen(date: string): string {
  return date.replace(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?!:)/, '$1:00');
}

/**
 * A period's end as KML's `end`. Google Earth (and GDAL) read `2024` there as its first
 * instant, 1 January, where the store means the whole year: a year or a month is written as
 * its last day, and the store's own end kept in the placemark's data for the way back.
 */
const kmlEnd = (end: string) => kmlWhen(lastDayOf(end) ?? end);

/**
 * The balloon Google Earth opens on a placemark. KML descriptions are HTML there, so the
 * store's text is escaped as HTML first (and the whole as XML after): it stays text.
 */
function balloon(index: StoreIndex, event: StoreEvent): string {
  const parts: string[] = [];
  if (event.summary) parts.push(htmlParagraphs(event.summary));
  parts.push(
    ...evidenceHtml(event, (id) => {
      const source = index.sourceById.get(id);
      const title = escapeHtml(source?.title ?? id);
      const url = safeHttpUrl(source?.url);
      return url ? `<a href="${escapeHtml(url)}">${title}</a>` : title;
    }),
  );
  return parts.join('');
}

/** What has no KML element of its own, as the placemark's data (shown in Google Earth's table). */
function extendedData(index: StoreIndex, event: StoreEvent, placed: boolean): string {
  const fields: [string, string][] = [
    ['id', event.id],
    ['actors', event.actors.map((id) => index.actorById.get(id)?.name ?? id).join('; ')],
    ['approximate', event.approximate ? 'true' : ''],
    // The end as the store has it, where the TimeSpan's is its last day (kmlEnd).
    ['end', event.end !== undefined && lastDayOf(event.end) !== null ? event.end : ''],
    ['date_note', event.dateNote ?? ''],
    ['status', event.status ?? ''],
    ['status_note', event.statusNote ?? ''],
    ['tags', (event.tags ?? []).join('; ')],
    // A place without coordinates: an <address> would have Google Earth look it up.
    ['place', placed ? '' : (event.place?.name ?? '')],
  ];
  const data = fields
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `<Data name="${name}"><value>${escapeXml(value)}</value></Data>`);
  return `<ExtendedData>${data.join('')}</ExtendedData>`;
}

/** `#8b1a1a` as KML writes a colour: alpha, blue, green, red. */
export const kmlColor = (hex: string) =>
  `ff${hex.slice(5, 7)}${hex.slice(3, 5)}${hex.slice(1, 3)}`.toLowerCase();

/** A lane's pin and label in its actor's colour, as the timeline draws the lane. */
const laneStyle = (id: string, color: string) =>
  `    <Style id="${id}"><IconStyle><color>${kmlColor(color)}</color></IconStyle></Style>`;

function placemark(index: StoreIndex, event: StoreEvent, style: string | null): string {
  const place = event.place;
  const placed = place?.lat !== undefined && place.lon !== undefined;
  // No id attribute: KML's ids are XML names, which cannot start with a digit as a slug can.
  const lines = [`<name>${escapeXml(event.title)}</name>`];
  if (style) lines.push(`<styleUrl>#${style}</styleUrl>`);
  const html = balloon(index, event);
  if (html) lines.push(`<description>${escapeXml(html)}</description>`);
  lines.push(
    event.end === undefined
      ? `<TimeStamp><when>${kmlWhen(event.start)}</when></TimeStamp>`
      : `<TimeSpan><begin>${kmlWhen(event.start)}</begin><end>${kmlEnd(event.end)}</end></TimeSpan>`,
  );
  if (placed) {
    lines.push(`<address>${escapeXml(place.name)}</address>`);
    // KML writes longitude first.
    lines.push(`<Point><coordinates>${place.lon},${place.lat}</coordinates></Point>`);
  }
  lines.push(extendedData(index, event, placed));
  return [
    '      <Placemark>',
    ...lines.map((line) => `        ${line}`),
    '      </Placemark>',
  ].join('\n');
}

export function exportKml(
  index: StoreIndex,
  events: readonly StoreEvent[],
  origin: StoreOrigin,
): string {
  const byLane = new Map<string, StoreEvent[]>(index.laneIds.map((id) => [id, []]));
  for (const event of events) {
    const first = event.actors[0]!;
    const lane = index.laneOf.get(first) ?? first;
    const list = byLane.get(lane);
    if (list) list.push(event);
    else byLane.set(lane, [event]);
  }
  const shown = [...byLane].filter(([, laneEvents]) => laneEvents.length > 0);
  // Style ids are XML names, which a slug starting with a digit is not: lanes are numbered.
  const styles = shown.map(([lane], i) => ({
    lane,
    id: `lane-${i + 1}`,
    color: laneColorOf(index, lane),
  }));
  const styleOf = new Map(styles.map((style) => [style.lane, style.id]));
  const folders = shown.map(([lane, laneEvents]) =>
    [
      '    <Folder>',
      `      <name>${escapeXml(index.actorById.get(lane)?.name ?? lane)}</name>`,
      ...laneEvents.map((event) => placemark(index, event, styleOf.get(lane) ?? null)),
      '    </Folder>',
    ].join('\n'),
  );
  const description = htmlParagraphs(exportedDescription(index.store.description, origin));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<kml xmlns="http://www.opengis.net/kml/2.2">',
    '  <Document>',
    `    <name>${escapeXml(index.store.title)}</name>`,
    `    <description>${escapeXml(description)}</description>`,
    ...styles.map((style) => laneStyle(style.id, style.color)),
    ...folders,
    '  </Document>',
    '</kml>',
    '',
  ].join('\n');
}
