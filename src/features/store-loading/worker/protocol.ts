import type { EventInput } from '../../../format/schema';
import type { Problem } from '../../../format/problems';
import type { StoreHeader } from '../../../format/validate-store';
import type { LoadProgress, LoadRequest, StoreReportData } from '../api/load-store';
import type { StoreLoadErrorData } from '../api/store-load-error';
import type { HeldWindow, PackedOpening } from '../api/load-packed';
import type { TimeWindow } from '../../../lib/time-window';
import type { StoreSearchReply } from '../../../lib/whole-store-search';
import type { PackedRequest } from '../api/packed-requests';

/**
 * The store crosses to the page in chunks of plain events, without the parsed dates
 * (the page re-derives them quickly): structured cloning costs time per object, and one
 * huge message would block the page for seconds while it is deserialized.
 */
export const EVENTS_PER_CHUNK = 5_000;

/**
 * What the page tells the worker: first the store to load, then, for a packed store still
 * loading, each window the timeline moves to, so that its rows are read next (and the reads
 * for a window left behind are cancelled). A JSON store has no use for windows: it ignores them.
 */
export type WorkerRequest =
  { readonly type: 'load'; readonly request: LoadRequest } | PackedRequest;

/**
 * The worker's first message, as its script starts: the store worker client keeps it (the
 * page's entry waits for it before evaluating the app, src/app/main.tsx), no load sees it.
 */
export interface WorkerStarted {
  readonly type: 'started';
}

/**
 * Events may arrive while the store still downloads: a 'header' first, then 'events' in the
 * document's order. 'restart' voids everything received so far (the store is being checked
 * again as a whole); 'done' closes the load.
 */
export type WorkerReply =
  | { readonly type: 'progress'; readonly progress: LoadProgress }
  | { readonly type: 'header'; readonly header: StoreHeader }
  | {
      readonly type: 'events';
      readonly events: readonly EventInput[];
      /** A packed store: each event's row in its Parquet files. */
      readonly rows?: readonly number[];
      /** A packed store read only window by window: the row group the events come from. */
      readonly group?: number;
    }
  /** A packed store read only window by window: drop the events of these row groups. */
  | { readonly type: 'evict'; readonly groups: readonly number[] }
  /** A packed store: the opening window's events are all out, the rest are on their way. */
  | { readonly type: 'opening'; readonly opening: PackedOpening }
  /**
   * A packed store: every event of a window the page asked for (`show-window`) has been
   * handed out, those of the row groups that may hold one.
   */
  | {
      readonly type: 'window-in';
      readonly window: TimeWindow;
      /** A store read only window by window: the groups of its look, or null (too wide to read). */
      readonly held?: HeldWindow | null;
    }
  /** A packed store read only window by window: what the checks of rows just read found. */
  | { readonly type: 'checked'; readonly problems: readonly Problem[] }
  /** A search of all the events of a store read window by window: how far it has gone, or why it failed. */
  | {
      readonly type: 'store-search';
      readonly id: number;
      readonly report: StoreSearchReply;
    }
  | { readonly type: 'restart' }
  | {
      readonly type: 'done';
      readonly store: StoreHeader;
      readonly report: StoreReportData;
    }
  | { readonly type: 'error'; readonly error: StoreLoadErrorData };
