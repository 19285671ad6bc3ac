import type { DraftDocument } from './draft-document';
import { fileStem } from '../../../lib/file-stem';

/**
 * The downloaded file: pretty-printed, with every object's keys in one fixed order (the
 * order of the format document), so that two versions of a store diff line by line.
 * Keys the format does not know are kept, after the known ones, alphabetically.
 */
const ORDER = {
  store: ['$schema', 'format', 'title', 'description', 'language', 'sources', 'actors', 'events'],
  source: [
    'id',
    'title',
    'publisher',
    'published',
    'language',
    'url',
    'archiveUrl',
    'accessed',
    'reliability',
    'locatorLabel',
    'text',
  ],
  actor: ['id', 'name', 'kind', 'memberOf', 'color'],
  event: [
    'id',
    'title',
    'start',
    'end',
    'approximate',
    'dateNote',
    'status',
    'statusNote',
    'actors',
    'summary',
    'tags',
    'place',
    'excerpts',
    'related',
  ],
  place: ['name', 'lat', 'lon'],
  excerpt: ['source', 'quote', 'translation', 'stance', 'locator'],
  related: ['event', 'relation'],
} satisfies Record<string, readonly string[]>;

function ordered(value: unknown, kind: keyof typeof ORDER): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  const known: readonly string[] = ORDER[kind];
  const keys = [
    ...known.filter((key) => key in record),
    ...Object.keys(record)
      .filter((key) => !known.includes(key))
      .sort(),
  ];
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const field = record[key];
    if (field === undefined) continue;
    out[key] = orderChild(kind, key, field);
  }
  return out;
}

function orderChild(parent: string, key: string, field: unknown): unknown {
  const each = (kind: keyof typeof ORDER) =>
    Array.isArray(field) ? field.map((item) => ordered(item, kind)) : field;
  if (parent === 'store' && key === 'sources') return each('source');
  if (parent === 'store' && key === 'actors') return each('actor');
  if (parent === 'store' && key === 'events') return each('event');
  if (parent === 'event' && key === 'excerpts') return each('excerpt');
  if (parent === 'event' && key === 'related') return each('related');
  if (parent === 'event' && key === 'place') return ordered(field, 'place');
  return field;
}

export function serializeStore(document: DraftDocument): string {
  return `${JSON.stringify(ordered(document, 'store'), null, 2)}\n`;
}

export function storeFileName(title: string): string {
  return `${fileStem(title, 'store')}.json`;
}
