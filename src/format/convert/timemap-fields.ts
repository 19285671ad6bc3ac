import { htmlToText } from './html-text';
import { type ReportBuilder, plainValue, quotedValue, withValues } from './import-report';
import { type Json, isObject, str } from './json-values';

/**
 * The parts of a timemap event that point elsewhere or need reading: associations (ids into
 * the associations export), sources (ids into the sources export, or inline objects as in
 * Bellingcat's JSON download) and coordinates (strings, as the sheets behind timemap give them).
 */
const strings = (value: unknown) => (Array.isArray(value) ? value.map(str).filter(Boolean) : []);

/** An event's lanes and tags, from its `category` and its associations. */
export interface Grouping {
  actors: string[];
  tags: string[];
}

/**
 * Timemap reads an association by its `mode`: CATEGORY ones are the categories (lanes here),
 * FILTER ones are shown and filtered by their `filter_paths` joined with "/", NARRATIVE ones by
 * their title. Ids with no entry in the associations export stay tags as they are.
 */
export function groupingOf(event: Json, associations: Map<string, Json>): Grouping {
  const actors: string[] = [];
  const tags: string[] = [];
  const category = htmlToText(str(event.category));
  if (category) actors.push(category);
  const listed = Array.isArray(event.associations) ? event.associations : [];
  for (const item of listed) {
    const found = isObject(item) ? item : associations.get(str(item));
    if (!found) {
      const text = htmlToText(str(item));
      if (text) tags.push(text);
      continue;
    }
    const title = htmlToText(str(found.title) || str(found.id));
    const mode = str(found.mode).toUpperCase();
    const path = strings(found.filter_paths).map(htmlToText).filter(Boolean).join('/');
    if (mode === 'CATEGORY' && title) actors.push(title);
    else if (mode === 'FILTER' && path) tags.push(path);
    else if (title) tags.push(title);
  }
  // Bellingcat's JSON download writes the filters out as `{ key, value }` pairs.
  const filters = Array.isArray(event.filters) ? event.filters : [];
  for (const f of filters) {
    if (!isObject(f)) continue;
    const path = [str(f.key), str(f.value)].map(htmlToText).filter(Boolean).join('/');
    if (path) tags.push(path);
  }
  return { actors, tags: [...new Set(tags)] };
}

export function associationIndex(data: unknown): Map<string, Json> {
  const map = new Map<string, Json>();
  if (isObject(data) && Array.isArray(data.associations)) {
    for (const a of data.associations) if (isObject(a) && str(a.id)) map.set(str(a.id), a);
  }
  return map;
}

/** The sources export: a list, or (datasheet-server's `deepids`) an object by id. */
export function sourceIndex(data: unknown): Map<string, Json> | null {
  if (!isObject(data)) return null;
  const map = new Map<string, Json>();
  if (Array.isArray(data.sources)) {
    for (const s of data.sources) if (isObject(s) && str(s.id)) map.set(str(s.id), s);
  } else if (isObject(data.sources)) {
    for (const [id, s] of Object.entries(data.sources))
      if (isObject(s)) map.set(str(s.id) || id, s);
  } else {
    return null;
  }
  return map;
}

export interface SourceRead {
  id: string;
  title: string;
  /** Every http(s) link of the source: its `url`, `path` and `paths`, in that order. */
  urls: string[];
  description: string;
  date: string;
}

export function readSource(source: Json, id: string): SourceRead {
  const urls = [str(source.url), str(source.path), ...strings(source.paths)].filter((u) =>
    /^https?:\/\//i.test(u),
  );
  const title = htmlToText(str(source.title));
  const description = htmlToText(str(source.description));
  return {
    id,
    // A title with no letter or digit ("-", as Bellingcat marks hidden sources) names nothing.
    title: (/[\p{L}\p{N}]/u.test(title) ? title : description) || urls[0] || id,
    urls: [...new Set(urls)],
    description,
    date: str(source.date),
  };
}

/** The summary line naming a source, with what the store's source cannot hold. */
export function sourceLine(source: SourceRead): string {
  const described =
    source.description && source.description !== source.title
      ? `${source.title}: ${source.description}`
      : source.title;
  const links = source.urls.filter((u) => u !== source.title);
  return `Source: ${described}${links.length > 0 ? ` (${links.join(', ')})` : ''}`;
}

/** "48,5" as sheets in a decimal-comma locale write it; timemap itself reads it so. */
const coordinate = (text: string) => (/^[+-]?\d+,\d+$/.test(text) ? text.replace(',', '.') : text);
const number = (text: string) => (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : NaN);

/** Latitude and longitude from an event's strings; what cannot be placed is reported. */
export function readCoordinates(
  event: Json,
  where: string,
  report: ReportBuilder,
): { lat: number; lon: number } | null {
  const latText = coordinate(str(event.latitude));
  const lonText = coordinate(str(event.longitude));
  if (latText === '' && lonText === '') return null;
  const lat = number(latText);
  const lon = number(lonText);
  const given = withValues`${quotedValue(str(event.latitude))}, ${quotedValue(str(event.longitude))}`;
  if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180) return { lat, lon };
  // A latitude past 90 whose longitude would be a latitude: the columns were swapped.
  if (Math.abs(lat) <= 180 && Math.abs(lon) <= 90) {
    report.guessed(
      `${where}.latitude`,
      withValues`${given} read as swapped: latitude ${plainValue(lon)}, longitude ${plainValue(lat)}`,
    );
    return { lat: lon, lon: lat };
  }
  report.dropped(`${where}.latitude`, withValues`${given}: not a latitude and longitude, left out`);
  return null;
}
