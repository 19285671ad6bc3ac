import { Parser } from 'htmlparser2';
import { geoPoint } from './geo-point';
import { htmlToText, startTag } from './html-text';
import { type ReportBuilder, quotedValue, withValues } from './import-report';
import { readRfc822Date } from './rfc822-date';
import type { SimileEvent } from './simile-read';

/**
 * The items of a news feed as timed events: RSS 2.0 and 1.0 `<item>`s and Atom `<entry>`s,
 * with their places when the feed is a GeoRSS one (what timemap.js's GeoRSS loader reads:
 * `georss:point`, `gml:pos`, W3C `geo:lat`/`geo:long`). An item is dated by a KML time in it
 * when it has one, as timemap.js does, else by when it was published. The feed's title names
 * the store and the one lane (whose items they are); categories stay in the text.
 */

/** RSS (2.0, or 1.0 as RDF) or Atom, from the document's first element. */
export function looksLikeFeed(text: string): boolean {
  const root = /<([a-z][\w:.-]*)[\s>/]/i.exec(text.replace(/<[?!][^>]*>/g, '').slice(0, 4096));
  const name = root?.[1]?.toLowerCase();
  return name === 'rss' || name === 'feed' || name === 'rdf:rdf';
}

export interface FeedFile {
  readonly kind: 'rss' | 'atom';
  readonly title: string;
  /** The dated items. */
  readonly events: SimileEvent[];
  /** Every item, dated or not. */
  readonly items: number;
}

interface Item {
  title: string;
  link: string;
  description: string;
  content: string;
  /** By name: pubdate, dc:date, published, updated, when, begin, end. */
  dates: Map<string, string>;
  point: string;
  /** `geo:lat` and `geo:long`, written apart. */
  lat: string;
  lon: string;
  placeName: string;
  shape: string;
  categories: string[];
}

const emptyItem = (): Item => ({
  title: '',
  link: '',
  description: '',
  content: '',
  dates: new Map(),
  point: '',
  lat: '',
  lon: '',
  placeName: '',
  shape: '',
  categories: [],
});

/** Elements whose content is HTML (or may be): their markup is kept for htmlToText. */
const MARKUP = new Set(['description', 'summary', 'content', 'content:encoded', 'title']);
const SHAPES = new Set(['georss:line', 'georss:polygon', 'georss:box', 'gml:polygon']);

/** "lat lon", as GeoRSS and GML write a point (latitude first, unlike KML). */
function pointOf(text: string): { lat: number; lon: number } | null {
  const [lat, lon] = text
    .trim()
    .split(/[\s,]+/)
    // An empty part (",30.5") is no coordinate, not 0.
    .map((part) => (part === '' ? NaN : Number(part)));
  return geoPoint(lat, lon);
}

/** The date an item is placed at, and what it was read from, for the report. */
function dateOf(item: Item): { start: string; end: string; from: string } | null {
  const when = item.dates.get('when');
  if (when) return { start: when, end: '', from: 'its KML TimeStamp' };
  const begin = item.dates.get('begin');
  if (begin) return { start: begin, end: item.dates.get('end') ?? '', from: 'its KML TimeSpan' };
  for (const [name, from] of [
    ['pubdate', 'pubDate'],
    ['dc:date', 'dc:date'],
    ['published', 'published'],
    ['updated', 'updated'],
  ] as const) {
    const value = item.dates.get(name);
    if (value) return { start: value, end: '', from };
  }
  return null;
}

export function readFeed(xml: string, report: ReportBuilder): FeedFile {
  const events: SimileEvent[] = [];
  const stack: string[] = [];
  let kind = 'rss' as 'rss' | 'atom';
  let feedTitle = '';
  let item: Item | null = null;
  let count = 0;
  let text = '';
  /** The element whose markup is being kept, and how deep inside it the parser is. */
  let markup: string | null = null;
  let markupDepth = 0;
  const readFrom = new Map<string, number[]>();
  const midnight: number[] = [];

  const finish = (it: Item, number: number) => {
    const where = `${kind === 'atom' ? 'entry' : 'item'} ${number}`;
    const dated = dateOf(it);
    if (!dated) {
      report.droppedItem(where, 'no date (no pubDate, dc:date, published or updated): left out');
      return;
    }
    const read = (value: string) => {
      if (dated.from !== 'pubDate') return value;
      // RSS 2.0's pubDate is an RFC 822 date; a feed that writes ISO dates there is read too.
      const rfc = readRfc822Date(value);
      if (rfc?.midnightAsDay) midnight.push(number);
      return rfc?.date ?? value;
    };
    readFrom.set(dated.from, [...(readFrom.get(dated.from) ?? []), number]);
    const point = it.point
      ? pointOf(it.point)
      : it.lat && it.lon
        ? pointOf(`${it.lat} ${it.lon}`)
        : null;
    // geo:lat or geo:long alone is said too: the item has no place on the map without both.
    const given = it.point || `${it.lat.trim()} ${it.lon.trim()}`;
    if (given.trim() !== '' && !point) {
      report.dropped(where, withValues`coordinates ${quotedValue(given.trim())} not read`);
    }
    if (!point && it.shape)
      report.dropped(where, `${it.shape} left out: a store place is one point`);
    const categories = [...new Set(it.categories.map(htmlToText).filter(Boolean))];
    const description = [
      htmlToText(it.description || it.content),
      categories.length > 0 ? `Categories: ${categories.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('\n\n');
    const end = dated.end.trim();
    events.push({
      where,
      start: read(dated.start.trim()),
      ...(end ? { end } : {}),
      period: end !== '',
      title: it.title,
      description,
      ...(it.link.trim() ? { link: it.link.trim() } : {}),
      ...(feedTitle ? { lane: feedTitle } : {}),
      ...(point
        ? {
            place: {
              name: htmlToText(it.placeName) || `${point.lat}, ${point.lon}`,
              ...point,
            },
          }
        : {}),
    });
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const tag = name.toLowerCase();
        if (markup) {
          text += startTag(name, attributes);
          markupDepth += 1;
          return;
        }
        if (stack.length === 0 && tag === 'feed') kind = 'atom';
        stack.push(tag);
        text = '';
        if (tag === 'item' || tag === 'entry') item = emptyItem();
        else if (item && MARKUP.has(tag)) {
          markup = tag;
          markupDepth = 0;
        } else if (item && tag === 'link' && attributes.href !== undefined) {
          // Atom: the page the entry is about is its "alternate" link (the default).
          const rel = (attributes.rel ?? 'alternate').toLowerCase();
          if (rel === 'alternate' && !item.link) item.link = attributes.href;
        } else if (item && tag === 'category' && (attributes.term || attributes.label)) {
          item.categories.push(attributes.label || attributes.term || '');
        } else if (item && SHAPES.has(tag) && !item.shape) item.shape = name;
      },
      ontext(chunk) {
        text += chunk;
      },
      onclosetag(name) {
        const tag = name.toLowerCase();
        if (markup && markupDepth > 0) {
          text += `</${name}>`;
          markupDepth -= 1;
          return;
        }
        markup = null;
        stack.pop();
        const parent = stack.at(-1);
        const value = text.trim();
        const it = item as Item | null;
        if ((tag === 'item' || tag === 'entry') && it) {
          count += 1;
          finish(it, count);
          item = null;
        } else if (!it && tag === 'title' && (parent === 'channel' || parent === 'feed')) {
          if (!feedTitle) feedTitle = htmlToText(value);
        } else if (it) {
          if (tag === 'title' && !it.title) it.title = text;
          else if (tag === 'link' && value && !it.link) it.link = value;
          else if (tag === 'description' || tag === 'summary') it.description ||= text;
          else if (tag === 'content' || tag === 'content:encoded') it.content ||= text;
          else if (['pubdate', 'dc:date', 'published', 'updated'].includes(tag) && value)
            it.dates.set(tag, value);
          else if (['when', 'begin', 'end'].some((t) => tag === t || tag.endsWith(`:${t}`))) {
            const local = tag.slice(tag.indexOf(':') + 1);
            if (value && !it.dates.has(local)) it.dates.set(local, value);
          } else if ((tag === 'georss:point' || tag === 'gml:pos') && !it.point) it.point = value;
          else if (tag === 'gml:coordinates' && !it.point) it.point = value;
          else if (tag === 'geo:lat') it.lat = value;
          else if (tag === 'geo:long' || tag === 'geo:lon') it.lon = value;
          else if (tag === 'georss:featurename') it.placeName = value;
          else if ((tag === 'category' || tag === 'dc:subject') && value) it.categories.push(value);
        }
        text = '';
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();

  for (const [from, numbers] of readFrom) {
    const noun = kind === 'atom' ? 'entry' : 'item';
    const what = from.startsWith('its KML')
      ? `${from} → start`
      : `${from} → start: dated when it was published`;
    report.mapped(
      '',
      `${what} (${numbers.length === count ? `every ${noun}` : `${numbers.length} of ${count}`})`,
    );
  }
  if (midnight.length > 0) {
    report.guessed(
      '',
      `a pubDate at 00:00:00 read as the whole day, as feeds that know only the day write it (${midnight.length} of ${count})`,
    );
  }
  return { kind, title: feedTitle, events, items: count };
}
