import MiniSearch from 'minisearch';
import type { StoreIndex } from './store-index';
import {
  FIELD_NAMES,
  NO_HITS,
  SEARCH_FIELDS,
  type SearchDoc,
  type SearchHits,
  makeHits,
  searchDocOf,
} from './search-text';
import { queryTerms } from './search-fold';
import { fuzzyFor, indexTerms, matchedTerms, prefixFor, queryTokens } from './search-words';

// The engine alone, so that MiniSearch loads at the first query, not with the first screen
// (search-service.ts); the rest of search is in search-text.ts, search-fold.ts and
// search-words.ts.
export * from './search-text';
export * from './search-fold';
export * from './search-words';

/**
 * The search engine over one store's events, identified by their positions in time
 * order. Runs on the page for small stores and in a worker for large ones.
 */
export class EventSearchIndex {
  private readonly mini: MiniSearch<SearchDoc & { readonly id: number }>;
  private lastQuery: string | null = null;
  private lastHits: SearchHits = NO_HITS;

  /**
   * `terms` splits a field into the terms it is indexed under: by default words, and
   * character pairs for scripts written without spaces (search-words.ts); the worker gives
   * fields already split (search-scan.ts's `ScanStore.add`), to fold each document once.
   */
  constructor(terms: (text: string) => string[] = indexTerms) {
    this.mini = new MiniSearch({
      fields: FIELD_NAMES,
      tokenize: terms,
      processTerm: (term) => term,
      searchOptions: {
        tokenize: queryTokens,
        combineWith: 'AND',
        prefix: prefixFor,
        fuzzy: fuzzyFor,
        boost: { ...SEARCH_FIELDS },
      },
    });
  }

  get size(): number {
    return this.mini.documentCount;
  }

  /** Adds documents for the positions `first`, `first + 1`, … */
  add(docs: readonly SearchDoc[], first: number) {
    docs.forEach((doc, i) => this.mini.add({ ...doc, id: first + i }));
    this.lastQuery = null;
  }

  /** Ranked matches for a query, best first. */
  search(query: string): SearchHits {
    if (query === this.lastQuery) return this.lastHits;
    let hits = NO_HITS;
    if (queryTerms(query).length > 0) {
      const results = this.mini.search(query);
      const terms = new Set<string>();
      for (const result of results) for (const term of result.terms) terms.add(term);
      hits = makeHits(
        results.map((result) => result.id as number),
        matchedTerms(query, terms),
      );
    }
    this.lastQuery = query;
    this.lastHits = hits;
    return hits;
  }
}

const indexes = new WeakMap<StoreIndex, EventSearchIndex>();

/** A store's search index, built on the spot: for small stores, and for tests and tools. */
export function buildSearchIndexNow(index: StoreIndex): EventSearchIndex {
  let search = indexes.get(index);
  if (!search) {
    search = new EventSearchIndex();
    search.add(
      index.events.map((event) => searchDocOf(index, event)),
      0,
    );
    indexes.set(index, search);
  }
  return search;
}
