import type { SearchDoc } from './search-text';

/** Messages between the page and the search worker (src/lib/search-worker.ts). */
export type SearchRequest =
  | { readonly type: 'add'; readonly docs: readonly SearchDoc[]; readonly first: number }
  | { readonly type: 'complete'; readonly total: number }
  | { readonly type: 'search'; readonly query: string }
  | {
      /**
       * Sent first, for a packed store shown whole: its documents come without summaries and
       * excerpts, which the worker reads from the details file and indexes after them.
       */
      readonly type: 'heavy-texts';
      readonly detailsUrl: string;
      /** The events' ids by position: rows are matched to documents by id. */
      readonly ids: readonly string[];
      /** Each source's publisher, by source id (publishers are searched). */
      readonly publishers: readonly (readonly [string, string])[];
    };

/** How far the summaries and excerpts of a packed store shown whole are in its index. */
export type HeavyTextsState =
  | { readonly state: 'adding'; readonly share: number }
  | { readonly state: 'done' }
  | { readonly state: 'failed'; readonly reason: string };

export type SearchReply =
  | ({ readonly type: 'heavy-texts' } & HeavyTextsState)
  | {
      readonly type: 'progress';
      readonly added: number;
      /** The index is complete: answers from now on are ranked and final. */
      readonly done?: true;
    }
  | {
      readonly type: 'hits';
      readonly query: string;
      readonly ranked: Int32Array;
      readonly terms: readonly string[];
      /**
       * A preliminary answer, from a plain scan of the documents received so far (this
       * many) while the index is being built: no typo matching, simple ranking.
       */
      readonly covered?: number;
    };
