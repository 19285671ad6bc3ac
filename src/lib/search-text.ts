import type { StoreEvent } from '../format/validate-store';
import type { StoreIndex } from './store-index';

/*
 * What search needs on the first screen, before its engine (event-search.ts, loaded at the
 * first query, with folding and highlighting in search-fold.ts and search-words.ts):
 * documents, whether a query has words, hits. Full-text search over a store, with MiniSearch: an inverted index in a radix tree,
 * BM25 ranking, prefix and fuzzy matching. It was chosen over FlexSearch for its small
 * size, typed API and because every result says which indexed words matched, which is
 * what the highlighter needs to mark exactly what was found. Indexing 100,000 generated
 * events takes a few seconds (scripts/measure-search.ts), so large stores are indexed in
 * slices between frames; small ones at once, on the first query.
 */

/**
 * Whether a query has a word to search for once folded (search-fold.ts, which loads with the
 * engine): folding takes off marks only, so a letter or a digit is a word's start.
 */
export function hasQueryWords(query: string): boolean {
  return /[\p{L}\p{N}]/u.test(query);
}

/** The parts of an event that are searched, with how much a match in each one counts. */
export const SEARCH_FIELDS = {
  title: 3,
  actors: 2,
  place: 2,
  tags: 2,
  summary: 1,
  translations: 1,
  quotes: 1,
  publishers: 1,
} as const;
type Field = keyof typeof SEARCH_FIELDS;
export const FIELD_NAMES = Object.keys(SEARCH_FIELDS) as Field[];

/** An event's searchable text, one string per field: what the index is built from. */
export type SearchDoc = Readonly<Record<Field, string>>;

export function searchDocOf(index: StoreIndex, event: StoreEvent): SearchDoc {
  const excerpts = event.excerpts ?? [];
  return {
    title: event.title,
    actors: event.actors.map((id) => index.actorById.get(id)?.name ?? id).join('\n'),
    place: event.place?.name ?? '',
    tags: (event.tags ?? []).join('\n'),
    summary: event.summary ?? '',
    translations: excerpts.map((excerpt) => excerpt.translation ?? '').join('\n'),
    quotes: excerpts.map((excerpt) => excerpt.quote).join('\n'),
    publishers: publishersOf(index, excerpts),
  };
}

/**
 * The publishers of the sources an event's excerpts cite, each once: "Reuters" or "Yonhap"
 * finds the events that rest on them. Not the sources' titles: a headline's words are not the
 * event's, and one report cited by every event of a store ("Putin's visit to Pyongyang…")
 * made "Pyongyang" find them all.
 */
function publishersOf(index: StoreIndex, excerpts: readonly { source: string }[]): string {
  const names = new Set<string>();
  for (const { source: id } of excerpts) {
    const publisher = index.sourceById.get(id)?.publisher;
    if (publisher) names.add(publisher);
  }
  return [...names].join('\n');
}

/** The shortest query word that forgives a typo, and how many edits (Levenshtein) it forgives. */
export const FUZZY_FROM = 6;
export const FUZZY_EDITS = 1;
/**
 * Query words of 6 letters or more also match words one edit away ("pyongyan",
 * "sanctons"); shorter ones would match too much. Words of 3 letters or more also match
 * as the beginning of a word, so results come while the person is still typing.
 */
export const fuzzy = (term: string) => (term.length >= FUZZY_FROM ? FUZZY_EDITS : false);
/** Shorter words match only whole words: "a" as a prefix would match almost everything. */
export const prefix = (term: string) => term.length >= 3;

export interface SearchHits {
  /** Positions in `index.events` of the matching events, best match first. */
  readonly ranked: readonly number[];
  /** The same positions, for membership tests. */
  readonly positions: ReadonlySet<number>;
  /**
   * Indexed words (folded) that matched some query word, and character pairs or single
   * characters of unspaced scripts (search-words.ts): what the highlighter marks.
   */
  readonly terms: ReadonlySet<string>;
  /**
   * Set on a large store's preliminary answer, found by a plain scan of this many events
   * while the index is being built (search-scan.ts): the same matches, simpler ranking.
   */
  readonly covered?: number;
}

export const NO_HITS: SearchHits = { ranked: [], positions: new Set(), terms: new Set() };

export function makeHits(ranked: readonly number[], terms: Iterable<string>): SearchHits {
  return { ranked, positions: new Set(ranked), terms: new Set(terms) };
}
