import { create } from 'zustand';
import type { StoreEvent } from '../format/validate-store';
import {
  NO_HITS,
  type SearchHits,
  buildSearchIndexNow,
  makeHits,
  queryTerms,
  searchDocOf,
} from './event-search';
import type { SearchReply, SearchRequest } from './search-protocol';
import type { StoreIndex } from './store-index';

/*
 * Where searches run. Up to SYNC_INDEX_LIMIT events the index is built on the page at the
 * first query (tens of milliseconds) and answers at once. Above it the index lives in a
 * Web Worker: a query is answered a moment later, and until then the search is "pending".
 * Either way, `searchHits` is the one entry point, and `useSearchStatus` re-renders what
 * depends on the answers when they arrive.
 */
export const SYNC_INDEX_LIMIT = 5_000;

/** Events sent to the worker per message; the page yields between messages. */
const DOCS_PER_MESSAGE = 500;
/** Answers kept per store, so that Back/Forward and retyping find them again. */
const CACHED_ANSWERS = 24;

interface SearchStatus {
  /** The store that the worker is indexing or has indexed. */
  readonly index: StoreIndex | null;
  /** Share indexed, 0 to 1. */
  readonly progress: number;
  /** Bumped whenever an answer arrives, so that filtered views recompute. */
  readonly version: number;
}

export const useSearchStatus = create<SearchStatus>()(() => ({
  index: null,
  progress: 0,
  version: 0,
}));

class WorkerSearch {
  private readonly worker: Worker;
  private readonly answers = new Map<string, SearchHits>();
  private readonly asked = new Set<string>();
  private cancelled = false;

  constructor(private readonly index: StoreIndex) {
    this.worker = new Worker(new URL('./search-worker.ts', import.meta.url), {
      type: 'module',
      name: 'search-index',
    });
    this.worker.onmessage = (message: MessageEvent<SearchReply>) => this.receive(message.data);
    // Created during a render (the first query): tell the views once that render is over.
    queueMicrotask(() => useSearchStatus.setState({ index, progress: 0 }));
    void this.sendDocuments();
  }

  private post(request: SearchRequest) {
    this.worker.postMessage(request);
  }

  private async sendDocuments() {
    const { events } = this.index;
    for (let first = 0; first < events.length; first += DOCS_PER_MESSAGE) {
      if (this.cancelled) return;
      const docs = events
        .slice(first, first + DOCS_PER_MESSAGE)
        .map((event) => searchDocOf(this.index, event));
      this.post({ type: 'add', docs, first });
      // Let the page paint and respond between messages.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    if (!this.cancelled) this.post({ type: 'complete', total: events.length });
  }

  private receive(reply: SearchReply) {
    if (reply.type === 'progress') {
      useSearchStatus.setState({ progress: reply.added / Math.max(1, this.index.events.length) });
      return;
    }
    this.asked.delete(reply.query);
    this.answers.set(reply.query, makeHits(Array.from(reply.ranked), reply.terms));
    while (this.answers.size > CACHED_ANSWERS) {
      this.answers.delete(this.answers.keys().next().value!);
    }
    useSearchStatus.setState((state) => ({ version: state.version + 1 }));
  }

  hits(query: string): SearchHits | null {
    const known = this.answers.get(query);
    if (known) return known;
    if (!this.asked.has(query)) {
      this.asked.add(query);
      this.post({ type: 'search', query });
    }
    return null;
  }

  stop() {
    this.cancelled = true;
    this.worker.terminate();
  }
}

// One worker at a time: opening another store retires the previous store's index.
let current: { index: StoreIndex; search: WorkerSearch } | null = null;

function workerFor(index: StoreIndex): WorkerSearch {
  if (current?.index !== index) {
    current?.search.stop();
    current = { index, search: new WorkerSearch(index) };
  }
  return current.search;
}

/** Starts indexing a large store before the first query (when the search box is focused). */
export function prepareSearch(index: StoreIndex) {
  if (index.events.length > SYNC_INDEX_LIMIT) workerFor(index);
}

/** Ranked hits for a query; null while a large store's answer is on its way. */
export function searchHits(index: StoreIndex, query: string): SearchHits | null {
  if (queryTerms(query).length === 0) return NO_HITS;
  if (index.events.length <= SYNC_INDEX_LIMIT) return buildSearchIndexNow(index).search(query);
  return workerFor(index).hits(query);
}

/**
 * Events among `events` that match every word of the query (as a word, a word's
 * beginning, or one typo away in a long word), in the order given; null while the answer
 * is pending. Ranking decides what matches, not the order: lists stay in time order.
 */
export function searchEvents(
  index: StoreIndex,
  events: readonly StoreEvent[],
  query: string,
): readonly StoreEvent[] | null {
  if (queryTerms(query).length === 0) return events;
  const hits = searchHits(index, query);
  if (hits === null) return null;
  return events.filter((event) => hits.positions.has(index.positionOf.get(event.id)!));
}

/** The best-ranked event among `events` (those that pass the filters), or null. */
export function bestMatch(
  index: StoreIndex,
  events: readonly StoreEvent[],
  query: string,
): StoreEvent | null {
  const hits = searchHits(index, query);
  if (!hits || events.length === 0) return null;
  if (lastBest?.events === events && lastBest.hits === hits) return lastBest.result;
  const shown = new Set(events);
  let result: StoreEvent | null = null;
  for (const position of hits.ranked) {
    const event = index.events[position]!;
    if (shown.has(event)) {
      result = event;
      break;
    }
  }
  lastBest = { events, hits, result };
  return result;
}

let lastBest: {
  events: readonly StoreEvent[];
  hits: SearchHits;
  result: StoreEvent | null;
} | null = null;
