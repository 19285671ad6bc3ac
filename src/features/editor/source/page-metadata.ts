import { parseStoreDate } from '../../../format/dates';
import { isHttpUrl } from '../../../format/vocabulary';
import { storeDateOfTyped } from '../model/typed-date';

/**
 * What a saved web page says about itself that a source records: its address, its
 * publisher and when it was published, read from the tags sites write for search engines
 * and link previews (`<link rel="canonical">`, Open Graph and article `<meta>` tags, and
 * schema.org JSON-LD). All of it is untrusted text: JSON-LD is parsed as data, an address
 * is kept only when it is an absolute http(s) one, a date only when it reads as a store
 * date, and a value that fails is passed over for the next place that gives the field.
 * The format has no author field for a source, so an author is not read.
 */
export interface PageMetadata {
  url?: string;
  publisher?: string;
  published?: string;
}

export function pageMetadata(page: Document): PageMetadata {
  const linked = jsonLinkedData(page);
  const url = first([linkHref(page, 'canonical'), metaContent(page, 'og:url')], (value) =>
    isHttpUrl(value) ? new URL(value).href : undefined,
  );
  const publisher = first(
    [metaContent(page, 'og:site_name'), ...linked.map((item) => nameOf(item.publisher, linked))],
    publisherName,
  );
  const published = first(
    [
      metaContent(page, 'article:published_time'),
      metaContent(page, 'og:article:published_time'),
      metaContent(page, 'date'),
      ...linked.map((item) => item.datePublished),
    ],
    publicationDate,
  );
  return {
    ...(url === undefined ? {} : { url }),
    ...(publisher === undefined ? {} : { publisher }),
    ...(published === undefined ? {} : { published }),
  };
}

/**
 * A publication date as a store date, to the day: a page's timestamp ("2024-11-12T03:10:00Z")
 * is the day it was published, as a citation gives it, in the page's own offset. A date the
 * page gives less precisely ("2024-11") stays so.
 */
export function publicationDate(value: string): string | undefined {
  const date = parseStoreDate(storeDateOfTyped(value));
  if (date === null) return undefined;
  return date.raw.slice(0, 10);
}

/** A name, not an address standing in for one nor a paragraph. */
function publisherName(value: string): string | undefined {
  return isHttpUrl(value) || value.length > MAX_NAME ? undefined : value;
}

const MAX_NAME = 200;

/** The first of the values, in order, that `accept` keeps (white space collapsed first). */
function first(
  values: readonly unknown[],
  accept: (value: string) => string | undefined,
): string | undefined {
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const text = value.replace(/\s+/g, ' ').trim();
    const kept = text === '' ? undefined : accept(text);
    if (kept !== undefined) return kept;
  }
  return undefined;
}

/** A `<meta>` tag's content, by `property` (Open Graph's way) or by `name`. */
function metaContent(page: Document, key: string): string | undefined {
  for (const meta of page.querySelectorAll('meta[content]')) {
    const names = [meta.getAttribute('property'), meta.getAttribute('name')];
    if (names.some((name) => name?.trim().toLowerCase() === key)) {
      const content = meta.getAttribute('content') ?? '';
      if (content.trim() !== '') return content;
    }
  }
  return undefined;
}

function linkHref(page: Document, rel: string): string | undefined {
  for (const link of page.querySelectorAll('link[rel][href]')) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rels.includes(rel)) return link.getAttribute('href') ?? undefined;
  }
  return undefined;
}

type Item = Record<string, unknown>;

const isItem = (value: unknown): value is Item =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The items of the page's JSON-LD blocks, the contents of an `@graph` among them, in the
 * page's order. A block that is not JSON is passed over.
 */
function jsonLinkedData(page: Document): Item[] {
  const items: Item[] = [];
  const add = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(add);
    else if (isItem(value)) {
      items.push(value);
      if (value['@graph'] !== undefined) add(value['@graph']);
    }
  };
  for (const script of page.querySelectorAll('script[type]')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      add(JSON.parse(script.textContent ?? ''));
    } catch {
      // Not JSON: another block, or the <meta> tags, may still say.
    }
  }
  return items;
}

/**
 * The name of an organisation or a person as JSON-LD gives it: a string, an object with a
 * `name`, a reference (`{"@id": …}`) to such an object elsewhere in the page, or a list of
 * them (the first that has a name).
 */
function nameOf(value: unknown, items: readonly Item[]): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    for (const entry of value) {
      const name = nameOf(entry, items);
      if (name !== undefined) return name;
    }
    return undefined;
  }
  if (!isItem(value)) return undefined;
  if (typeof value.name === 'string' && value.name.trim() !== '') return value.name;
  const id = value['@id'];
  const target =
    typeof id === 'string' ? items.find((item) => item !== value && item['@id'] === id) : null;
  return target && typeof target.name === 'string' ? target.name : undefined;
}
