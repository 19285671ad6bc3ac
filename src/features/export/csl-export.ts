import { parseStoreDate } from '../../format/dates';
import type { Source, StoreEvent } from '../../format/validate-store';
import type { StoreIndex } from '../../lib/store-index';
import { safeHttpUrl } from '../../lib/safe-url';

/**
 * The sources of the events shown, as CSL-JSON: the citation format Zotero, Mendeley and
 * pandoc (citeproc) import. One item per source, in the store's order; ids are the store's.
 */
export interface CslDate {
  readonly 'date-parts': readonly (readonly number[])[];
}

export interface CslItem {
  readonly id: string;
  readonly type: 'webpage' | 'document';
  readonly title: string;
  readonly publisher?: string;
  readonly issued?: CslDate;
  readonly accessed?: CslDate;
  readonly URL?: string;
  readonly language: string;
  /** CSL has no field for an archived copy's address: it goes in the note, labelled. */
  readonly note?: string;
}

function cslDate(value: string | undefined): CslDate | undefined {
  const date = value === undefined ? null : parseStoreDate(value);
  if (!date) return undefined;
  const { year, month, day } = date.fields;
  const parts =
    month === undefined ? [year] : day === undefined ? [year, month] : [year, month, day];
  return { 'date-parts': [parts] };
}

export function cslItem(source: Source): CslItem {
  const url = safeHttpUrl(source.url);
  const archive = safeHttpUrl(source.archiveUrl);
  const issued = cslDate(source.published);
  const accessed = cslDate(source.accessed);
  return {
    id: source.id,
    type: url ? 'webpage' : 'document',
    title: source.title,
    ...(source.publisher === undefined ? {} : { publisher: source.publisher }),
    ...(issued ? { issued } : {}),
    ...(accessed ? { accessed } : {}),
    ...(url ? { URL: url } : {}),
    language: source.language,
    ...(archive ? { note: `Archived copy: ${archive}` } : {}),
  };
}

/** Every source an excerpt of `events` quotes, once each. */
export function exportCsl(index: StoreIndex, events: readonly StoreEvent[]): string {
  const used = new Set<string>();
  for (const event of events) for (const excerpt of event.excerpts ?? []) used.add(excerpt.source);
  const items = index.store.sources.filter((source) => used.has(source.id)).map(cslItem);
  return `${JSON.stringify(items, null, 2)}\n`;
}
