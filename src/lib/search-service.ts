import { create } from 'zustand';
import type { StoreEvent } from '../format/validate-store';
import { afterFirstPaint } from './after-first-paint';
import { NO_HITS, type SearchHits, hasQueryWords, makeHits, searchDocOf } from './search-text';
import type { SearchReply, SearchRequest } from './search-protocol';
import type { StoreIndex } from './store-index';

/*
 * Where searches run. Up to SYNC_INDEX_LIMIT events the index is built on the page at the
 * first query (tens of milliseconds) and answers at once. Above it the index lives in a
 * Web Worker: a query is answered a moment later, and until then the search is "pending".
 * The engine itself (MiniSearch, event-search.ts) loads after the first events are painted,
 * or at the first query if that comes sooner; until it is in, a small store's search is
 * "pending" too. Either way, `searchHits` is the one entry point, and `useSearchStatus` re-renders what
 * depends on the answers when they arrive.
 *
 * Which stores can be searched is not decided here: the owner of the store on screen
 * (features/store-loading/api/store-on-screen.ts) opens a store's search when the store is
 * shown and closes it when it leaves the screen, which stops its worker. This module keeps
 * no record of its own of which store is current.
 */
export const SYNC_INDEX_LIMIT = 5_000;

/** Events sent to the worker per message; the page yields between messages. */
const DOCS_PER_MESSAGE = 500;
/** Answers kept per store, so that Back/Forward and retyping find them again. */
const CACHED_ANSWERS = 24;

interface SearchStatus {
  /** Bumped whenever an answer or indexing progress arrives, so that views recompute. */
  readonly version: number;
}

export const useSearchStatus = create<SearchStatus>()(() => ({ version: 0 }));

const bump = () => useSearchStatus.setState((state) => ({ version: state.version + 1 }));

class WorkerSearch {
  private readonly worker: Worker;
  private readonly answers = new Map<string, SearchHits>();
  private readonly asked = new Set<string>();
  /** Queries whose partial answer covers what the worker had at the last progress. */
  private readonly fresh = new Set<string>();
  private indexed = false;
  private cancelled = false;
  /** Share indexed, 0 to 1. */
  progress = 0;

  constructor(private readonly index: StoreIndex) {
    this.worker = new Worker(new URL('./search-worker.ts', import.meta.url), {
      type: 'module',
      name: 'search-index',
    });
    this.worker.onmessage = (message: MessageEvent<SearchReply>) => this.receive(message.data);
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
      this.progress = reply.added / Math.max(1, this.index.events.length);
      this.indexed = !!reply.done;
      this.fresh.clear();
      bump();
      return;
    }
    this.asked.delete(reply.query);
    const hits = makeHits(Array.from(reply.ranked), reply.terms);
    // A full answer replaces a partial one under the same key.
    this.answers.set(
      reply.query,
      reply.covered === undefined ? hits : { ...hits, covered: reply.covered },
    );
    this.fresh.add(reply.query);
    while (this.answers.size > CACHED_ANSWERS) {
      this.answers.delete(this.answers.keys().next().value!);
    }
    bump();
  }

  hits(query: string): SearchHits | null {
    const known = this.answers.get(query);
    if (known?.covered === undefined && known) return known;
    // A partial answer stands while a better one is asked for: the ranked one once the
    // index is complete, or one covering the events sent to the worker since.
    const better =
      !known ||
      (!this.fresh.has(query) && (this.indexed || known.covered! < this.index.events.length));
    if (better && !this.asked.has(query)) {
      this.asked.add(query);
      this.post({ type: 'search', query });
    }
    return known ?? null;
  }

  stop() {
    this.cancelled = true;
    this.worker.terminate();
  }
}

/** The searches of the stores on screen: none started (null) until prepared or asked. */
const open = new Map<StoreIndex, WorkerSearch | null>();

type Engine = typeof import('./event-search');
let engine: Engine | null = null;
let engineLoad: Promise<void> | null = null;

/** Loads the search engine now (tests, and a query before the first paint). */
export function loadSearchEngine(): Promise<void> {
  engineLoad ??= import('./event-search').then(
    (module) => {
      engine = module;
      bump();
    },
    () => {
      // A failed download is tried again at the next query.
      engineLoad = null;
    },
  );
  return engineLoad;
}

void afterFirstPaint(loadSearchEngine);

/** Called by the owner of the store on screen when a store is shown: it may be searched. */
export function openSearch(index: StoreIndex): void {
  if (!open.has(index)) open.set(index, null);
}

/** Called by the owner of the store on screen when a store leaves it: its worker stops. */
export function closeSearch(index: StoreIndex): void {
  open.get(index)?.stop();
  open.delete(index);
}

/** Whether `index` is open for searching (for tests of the owner). */
export function searchIsOpen(index: StoreIndex): boolean {
  return open.has(index);
}

function workerFor(index: StoreIndex): WorkerSearch {
  if (!open.has(index)) {
    throw new Error('A search was asked of a store that is not on screen.');
  }
  let search = open.get(index) ?? null;
  if (!search) {
    search = new WorkerSearch(index);
    open.set(index, search);
    // Started during a render (the first query): tell the views once that render is over.
    queueMicrotask(bump);
  }
  return search;
}

/** Starts indexing a large store before the first query (when the search box is focused). */
export function prepareSearch(index: StoreIndex) {
  if (index.events.length > SYNC_INDEX_LIMIT) workerFor(index);
}

/** How far a large store's search index in its worker has got, 0 to 1. */
export function searchProgress(index: StoreIndex): number {
  return open.get(index)?.progress ?? 0;
}

/**
 * Ranked hits for a query; null while the answer (or the engine) is on its way. A large
 * store's hits may be partial (`covered`) while its index is being built.
 */
export function searchHits(index: StoreIndex, query: string): SearchHits | null {
  if (!hasQueryWords(query)) return NO_HITS;
  if (index.events.length <= SYNC_INDEX_LIMIT) {
    if (engine === null) {
      void loadSearchEngine();
      return null;
    }
    return engine.buildSearchIndexNow(index).search(query);
  }
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
  if (!hasQueryWords(query)) return events;
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
