import { readCoordinate } from './coordinate-text';
import { type Json, isObject, str } from './json-values';
import { type ReportBuilder, quotedValue, withValues } from './import-report';
import { htmlToText } from './html-text';
import { readLink, relativeRead } from './links';
import type { SimileEvent } from './from-simile';

/**
 * Nick Rabinowitz's timemap.js (a SIMILE Timeline beside a map), not Forensic Architecture's
 * timemap. Its items are SIMILE events with a place: `{ start, end, title, point: { lat, lon },
 * options: { description | infoHtml, infoUrl } }`, in a plain JSON list (its `json_string`
 * loader) or in `{ datasets: [{ title, options: { items } }] }` (its `TimeMap.init` options,
 * saved as JSON). So they are read into SIMILE events and converted as those are; a dataset's
 * title becomes the lane.
 */

const isItem = (item: unknown) => isObject(item) && 'start' in item && 'title' in item;
const itemsOf = (dataset: Json): unknown[] => {
  const options = isObject(dataset.options) ? dataset.options : {};
  return Array.isArray(options.items)
    ? options.items
    : Array.isArray(dataset.items)
      ? dataset.items
      : [];
};

export function looksLikeTimemapJs(data: unknown): boolean {
  if (Array.isArray(data)) return data.some(isItem);
  return (
    isObject(data) &&
    Array.isArray(data.datasets) &&
    data.datasets.some((d) => isObject(d) && itemsOf(d).some(isItem))
  );
}

const SHAPES = ['polyline', 'polygon', 'overlay', 'placemarks'];

interface ItemPoint {
  /** The point read, if any. */
  readonly point: { lat: number; lon: number } | null;
  /** The points written but not read, with where they are: said when no point was read. */
  readonly unread: readonly { where: string; given: string }[];
}

/** The item's point, or its first point placemark; lines and shapes are not a place. */
function pointOf(item: Json, where: string): ItemPoint {
  const placemarks = Array.isArray(item.placemarks) ? item.placemarks : [];
  const marks = [
    { mark: item as unknown, at: where },
    ...placemarks.map((mark, i) => ({ mark, at: `${where}.placemarks[${i}]` })),
  ];
  const unread: { where: string; given: string }[] = [];
  for (const { mark, at } of marks) {
    if (!isObject(mark) || !isObject(mark.point)) continue;
    const lat = readCoordinate(str(mark.point.lat), 'lat');
    const lon = readCoordinate(str(mark.point.lon), 'lon');
    if (lat.ok && lon.ok) return { point: { lat: lat.value, lon: lon.value }, unread: [] };
    unread.push({ where: `${at}.point`, given: `${str(mark.point.lat)}, ${str(mark.point.lon)}` });
  }
  return { point: null, unread };
}

interface Group {
  where: string;
  lane?: string;
  items: unknown[];
}

/** A plain list is one group with no lane; each dataset is a group, its title the lane. */
function groupsOf(data: unknown): Group[] {
  if (Array.isArray(data)) return [{ where: '', items: data }];
  if (!isObject(data) || !Array.isArray(data.datasets)) return [];
  return data.datasets.flatMap((d, i) =>
    isObject(d)
      ? [
          {
            where: `datasets[${i}].`,
            lane: htmlToText(str(d.title) || str(d.id)),
            items: itemsOf(d),
          },
        ]
      : [],
  );
}

/** The items as SIMILE events; what has no place in a store is reported. */
export function readTimemapJs(
  data: unknown,
  report: ReportBuilder,
  baseUrl?: string,
): SimileEvent[] {
  const events: SimileEvent[] = [];
  for (const group of groupsOf(data)) {
    group.items.forEach((item, i) => {
      const where = `${group.where}items[${i}]`;
      if (!isObject(item)) {
        report.droppedItem(where, 'not an item object');
        return;
      }
      const options = isObject(item.options) ? item.options : {};
      const { point, unread } = pointOf(item, where);
      for (const mark of unread)
        report.dropped(mark.where, withValues`coordinates ${quotedValue(mark.given)} not read`);
      // Placemarks with a point written are said above; only those without one are shapes.
      const shape = SHAPES.find(
        (s) =>
          s in item && !(s === 'placemarks' && unread.some((u) => u.where !== `${where}.point`)),
      );
      if (!point && shape) report.dropped(where, `${shape} left out: a store place is one point`);
      const infoUrl = str(options.infoUrl);
      const read = infoUrl ? readLink(infoUrl, baseUrl) : null;
      if (read && !read.ok)
        report.dropped(
          `${where}.options.infoUrl`,
          withValues`${quotedValue(infoUrl)}: not a web address`,
        );
      if (read?.ok && read.relative !== undefined)
        report.guessed(`${where}.options.infoUrl`, relativeRead(read.relative, read.url));
      events.push({
        where,
        start: str(item.start),
        ...(str(item.end) ? { end: str(item.end) } : {}),
        // timemap.js hands SIMILE an item with an end as a duration.
        period: true,
        title: str(item.title),
        description: htmlToText(str(options.description) || str(options.infoHtml)),
        ...(read?.ok ? { link: read.url } : {}),
        ...(group.lane ? { lane: group.lane } : {}),
        ...(point ? { place: { name: `${point.lat}, ${point.lon}`, ...point } } : {}),
      });
    });
  }
  return events;
}
