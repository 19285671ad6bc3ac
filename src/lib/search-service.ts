import { create } from 'zustand';
import type { StoreEvent } from '../format/validate-store';
import { afterFirstPaint } from './after-first-paint';
import { searchReadsDetails } from './packed-details-registry';
import { NO_HITS, type SearchHits, hasQueryWords } from './search-text';
import type { HeavyTextsState } from './search-protocol';
import type { StoreIndex } from './store-index';
import type { WorkerSearch } from './worker-search';

/*
 * Where searches run. Up to SYNC_INDEX_LIMIT events the index is built on the page at the
 * first query (tens of milliseconds) and answers at once. Above it the index lives in a
 * Web Worker (worker-search.ts, whose code loads after the first paint, or at the first
 * query): a query is answered a moment later, and until then the search is "pending".
 * The engine itself (MiniSearch, event-search.ts) loads after the first events are painted,
 * or at the first query if that comes sooner; until it is in, a small store's search is
 * "pending" too. Either way, `searchHits` is the one entry point, and `useSearchStatus` re-renders what
 * depends on the answers when they arrive.
 *
 * A packed store shown whole came without its summaries and excerpts (they load per event
 * for the details): its search always runs in a worker, which reads them from the details
 * file once the search starts and adds them to the index (search-worker-core.ts); the answers
 * given without them stand until those with them come in, and `heavyTextsState` says how far
 * that has got.
 *
 * Which stores can be searched is not decided here: the owner of the store on screen
 * (features/store-loading/api/store-on-screen.ts) opens a store's search when the store is
 * shown and closes it when it leaves the screen, which stops its worker. This module keeps
 * no record of its own of which store is current.
 */
export const SYNC_INDEX_LIMIT = 5_000;

interface SearchStatus {
  /** Bumped whenever an answer or indexing progress arrives, so that views recompute. */
  readonly version: number;
  /**
   * Bumped as a packed store's summaries and excerpts come into its index: only the note that
   * says how far they are re-renders, not every view of the answers (a store's worth of them).
   */
  readonly heavyVersion: number;
}

export const useSearchStatus = create<SearchStatus>()(() => ({ version: 0, heavyVersion: 0 }));

const bump = () => useSearchStatus.setState((state) => ({ version: state.version + 1 }));
const bumpHeavy = () =>
  useSearchStatus.setState((state) => ({ heavyVersion: state.heavyVersion + 1 }));

/** The searches of the stores on screen: none started (null) until prepared or asked. */
const open = new Map<StoreIndex, WorkerSearch | null>();

type WorkerSearchCode = typeof import('./worker-search');
let workerSearchCode: WorkerSearchCode | null = null;
let workerSearchLoad: Promise<void> | null = null;
/** A search waited for that code: its views are told when it is in, not every page's. */
let workerSearchWanted = false;

/** Loads the page's side of the search worker: only large and packed stores need it. */
function loadWorkerSearch(): Promise<void> {
  workerSearchLoad ??= import('./worker-search').then(
    (module) => {
      workerSearchCode = module;
      if (workerSearchWanted) bump();
    },
    () => {
      // A failed download is tried again at the next query.
      workerSearchLoad = null;
    },
  );
  return workerSearchLoad;
}

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
void afterFirstPaint(loadWorkerSearch);

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

/** The store's search worker, started now if its code is in; null while that code loads. */
function workerFor(index: StoreIndex): WorkerSearch | null {
  if (!open.has(index)) {
    throw new Error('A search was asked of a store that is not on screen.');
  }
  let search = open.get(index) ?? null;
  if (!search) {
    if (workerSearchCode === null) {
      workerSearchWanted = true;
      void loadWorkerSearch();
      return null;
    }
    search = new workerSearchCode.WorkerSearch(index, { answers: bump, heavy: bumpHeavy });
    open.set(index, search);
    // Started during a render (the first query): tell the views once that render is over.
    queueMicrotask(bump);
  }
  return search;
}

/** Whether the search runs in a worker: a large store, or one whose heavy texts it reads. */
const searchedInWorker = (index: StoreIndex) =>
  index.events.length > SYNC_INDEX_LIMIT || searchReadsDetails(index);

/** Starts indexing a large store before the first query (when the search box is focused). */
export function prepareSearch(index: StoreIndex) {
  if (!searchedInWorker(index)) return;
  void loadWorkerSearch().then(() => {
    if (open.has(index)) workerFor(index);
  });
}

/**
 * How far a packed store's summaries and excerpts are in its search: null for any other
 * store, 'not-started' until its search starts (the search box focused, or a query).
 */
export function heavyTextsState(index: StoreIndex): HeavyTextsState | 'not-started' | null {
  if (!searchReadsDetails(index)) return null;
  return open.get(index)?.heavy ?? 'not-started';
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
  if (!searchedInWorker(index)) {
    if (engine === null) {
      void loadSearchEngine();
      return null;
    }
    return engine.buildSearchIndexNow(index).search(query);
  }
  return workerFor(index)?.hits(query) ?? null;
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
