import type { SearchDoc } from './search-text';

/** Messages between the page and the search worker (src/lib/search-worker.ts). */
export type SearchRequest =
  | { readonly type: 'add'; readonly docs: readonly SearchDoc[]; readonly first: number }
  | { readonly type: 'complete'; readonly total: number }
  | { readonly type: 'search'; readonly query: string };

export type SearchReply =
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
