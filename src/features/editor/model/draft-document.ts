/**
 * Fields the format does not know are kept on the objects as they came and written back;
 * the types name the ones edited.
 *
 * The document a draft edits: a `sourceline/1` store as plain JSON, kept exactly as the
 * person left it (a half-typed date, an empty title), so the validator can say what is
 * wrong at the field instead of the editor silently fixing or refusing it.
 */
export interface DraftSource {
  id: string;
  title: string;
  language: string;
  publisher?: string;
  published?: string;
  url?: string;
  archiveUrl?: string;
  accessed?: string;
  reliability?: string;
  /** What an excerpt's `locator` counts in this source: "page", "minute". */
  locatorLabel?: string;
  /** Absent for a source that cannot be pasted (a recording, a print edition). */
  text?: string;
}

export interface DraftActor {
  id: string;
  name: string;
  kind: string;
  memberOf?: string;
  color?: string;
}

export interface DraftExcerpt {
  source: string;
  quote: string;
  translation?: string;
  /** `"disputes"`, or absent (supports, the default); any other text is kept as it came. */
  stance?: string;
  /** Where the passage is in a source without `text`: "12", "01:23:45". */
  locator?: string;
}

/** A link to another event of the draft, by its id: `relation` is one of the format's. */
export interface DraftRelated {
  event: string;
  relation: string;
}

export interface DraftPlace {
  name: string;
  /** Text when what was typed is not a number (see coordinate-text.ts): kept, and reported. */
  lat?: number | string;
  lon?: number | string;
}

export interface DraftEvent {
  id: string;
  title: string;
  start: string;
  end?: string;
  approximate?: boolean;
  dateNote?: string;
  actors: string[];
  summary?: string;
  tags?: string[];
  place?: DraftPlace;
  /** One of the format's statuses, or absent (not stated); other text is kept as it came. */
  status?: string;
  statusNote?: string;
  excerpts: DraftExcerpt[];
  /**
   * Links to other events, as the file had them: an entry may name an id no event of the
   * draft has (kept, shown as not found) or not be a list at all (reported, kept as it came).
   */
  related?: DraftRelated[];
}

export interface DraftDocument {
  format: 'sourceline/1';
  title: string;
  description?: string;
  language: string;
  sources: DraftSource[];
  actors: DraftActor[];
  events: DraftEvent[];
  [field: string]: unknown;
}

/**
 * A new, empty document. Its language is the one the person is likely to write titles and
 * summaries in: the editor's interface language (a Spanish editor's draft is declared `es`,
 * and its new sources take it), which the `Store language` field changes.
 */
export function emptyDocument(title: string, language = 'en'): DraftDocument {
  return { format: 'sourceline/1', title, language, sources: [], actors: [], events: [] };
}

/** A saved draft: the document and what the list of drafts shows about it. */
export interface DraftRecord {
  id: string;
  updatedAt: number;
  document: DraftDocument;
}

export interface DraftSummary {
  id: string;
  title: string;
  updatedAt: number;
  events: number;
  sources: number;
}

export function summarize(record: DraftRecord): DraftSummary {
  return {
    id: record.id,
    title: record.document.title,
    updatedAt: record.updatedAt,
    events: record.document.events.length,
    sources: record.document.sources.length,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A parsed JSON file as a draft document. Items are copied as they are (the validator
 * reports what is wrong with them); only the shape the editor walks is required.
 */
export function documentFromJson(data: unknown): DraftDocument | null {
  if (!isRecord(data) || data.format !== 'sourceline/1') return null;
  const list = (value: unknown) => (Array.isArray(value) ? value.filter(isRecord) : []);
  const events = list(data.events).map((event) => ({
    ...event,
    actors: Array.isArray(event.actors) ? event.actors : [],
    excerpts: Array.isArray(event.excerpts) ? event.excerpts : [],
  }));
  return {
    ...data,
    format: 'sourceline/1',
    title: typeof data.title === 'string' ? data.title : '',
    // Not 'en': the store's language is a claim about every excerpt's translation, and
    // one the file did not make is asked for at the field (Required), not invented.
    language: typeof data.language === 'string' ? data.language : '',
    sources: list(data.sources) as unknown as DraftSource[],
    actors: list(data.actors) as unknown as DraftActor[],
    events: events as unknown as DraftEvent[],
  };
}

/** Drops optional fields left empty, so a cleared field leaves the file, not `""`. */
export function withoutEmpty<T extends object>(item: T, fields: readonly string[]): T {
  const out = { ...item } as Record<string, unknown>;
  for (const field of fields) {
    const value = out[field];
    if (value === '' || value === undefined || (Array.isArray(value) && value.length === 0)) {
      delete out[field];
    }
  }
  return out as T;
}

export const OPTIONAL_SOURCE_FIELDS = [
  'publisher',
  'published',
  'url',
  'archiveUrl',
  'accessed',
  'reliability',
  'locatorLabel',
  'text',
] as const;

export const OPTIONAL_EXCERPT_FIELDS = ['translation', 'stance', 'locator'] as const;
