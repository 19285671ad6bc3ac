import type { TimeWindow } from './time-window';

/*
 * A search of every event of a store too large to load whole (a packed store read window by
 * window), which the ordinary search cannot do: it covers the events loaded around the window
 * shown. The store's worker reads the light columns of every row group and matches each row
 * as the search index would (search-scan.ts), listing the most recent matches; a person opens
 * one, and the timeline moves to it.
 */

/** One event of the store that matches: enough to list it and to open it. */
export interface WholeStoreMatch {
  readonly id: string;
  readonly title: string;
  /** Its dates as the store gives them. */
  readonly start: string;
  readonly end?: string;
  /** The window to open it at: around it, narrowed where the store could not read that. */
  readonly window: TimeWindow;
  /**
   * A stretch of its summary around a word it matched that its title lacks: why it is
   * listed, when the title alone does not say (summarySnippet). Absent otherwise.
   */
  readonly summary?: string;
  /**
   * The same for its excerpts (quotes and translations), when they were searched and neither
   * its title nor its summary has a word they matched.
   */
  readonly excerpt?: string;
}

/** How far a search has gone, and what it has found so far. */
export interface WholeStoreReport {
  /** Rows searched so far, of `total`. */
  readonly searched: number;
  readonly total: number;
  /** Events that match among the rows searched. */
  readonly found: number;
  /** The most recent matches, MATCHES_LISTED at most, most recent first. */
  readonly matches: readonly WholeStoreMatch[];
  /** The words the listed matches matched (typos and prefixes found in full), to mark them. */
  readonly terms: readonly string[];
  readonly done: boolean;
}

/** Matches listed at most: the most recent ones; more say to narrow the search. */
export const MATCHES_LISTED = 100;

/** A search of a whole store, as the page asks its worker for it. */
export interface StoreSearch {
  /** The page's number for it: its reports carry it. */
  readonly id: number;
  readonly query: string;
  /** Its excerpts searched too: most of the details file's bytes, read only when asked. */
  readonly excerpts?: boolean;
}

/** What the worker says of a search: how far it has gone, or why it could not go on. */
export type StoreSearchReply = WholeStoreReport | { readonly failed: string };

/**
 * How the page talks with the worker of a store read window by window about searches of all
 * its events (the store on screen holds it; the list makes a searcher of it, searcherOf).
 */
export interface WholeStoreChannel {
  /** Events in the store. */
  readonly total: number;
  /** The bytes of its details file (summaries and excerpts), from its manifest. */
  readonly detailsBytes?: number;
  tell(
    request:
      | { readonly type: 'search-store'; readonly search: StoreSearch }
      | { readonly type: 'stop-search'; readonly id: number },
  ): void;
  /** Who hears the worker's replies about searches: one at a time. */
  hear(listener: ((id: number, reply: StoreSearchReply) => void) | null): void;
}

/** A way to search all the events of a store. */
export interface WholeStoreSearcher {
  readonly total: number;
  /** The bytes of the store's details file, when known: what searching excerpts reads. */
  readonly detailsBytes?: number;
  /**
   * Searches every event for `query` (and its excerpts with `excerpts`); `onReport` is told
   * after each stretch of rows, and once more when done (`onFailed` with the reason it could
   * not go on). A new search stops the one before. Returns how to stop it.
   */
  searchWhole(
    query: string,
    onReport: (report: WholeStoreReport) => void,
    onFailed: (message: string) => void,
    excerpts?: boolean,
  ): () => void;
}

let searches = 0;

/** Searches through a store's worker: one at a time, each by a number its replies carry. */
export function searcherOf(channel: WholeStoreChannel): WholeStoreSearcher {
  return {
    total: channel.total,
    ...(channel.detailsBytes === undefined ? {} : { detailsBytes: channel.detailsBytes }),
    searchWhole(query, onReport, onFailed, excerpts = false) {
      const id = ++searches;
      // The worker stops the search before: its last replies are no one's.
      channel.hear((from, reply) => {
        if (from !== id) return;
        if ('failed' in reply) onFailed(reply.failed);
        else onReport(reply);
      });
      channel.tell({
        type: 'search-store',
        search: { id, query, ...(excerpts ? { excerpts: true } : {}) },
      });
      return () => {
        channel.hear(null);
        channel.tell({ type: 'stop-search', id });
      };
    },
  };
}
