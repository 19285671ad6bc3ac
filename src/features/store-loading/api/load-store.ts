import type { DroppedCounts, Store, StoreEvent } from '../../../format/validate-store';
import type { Problem } from '../../../format/problems';
import type { StoreIndex } from '../../../lib/store-index';
import { sortByTime } from '../../../lib/store-index';
import {
  type ByteProgress,
  type ReadBytes,
  decodeBytes,
  readBytesWithProgress,
} from './read-with-progress';
import { StoreLoadError } from './store-load-error';
import { noEvents, timedOut } from './load-details';
import { StreamingValidation } from './stream-validation';
import type { PackedReport, PackedSink } from './load-packed';
import type { PackedRequests } from './packed-requests';
import type { WholeStoreChannel } from '../../../lib/whole-store-search';
import type { TimeWindow } from '../../../lib/time-window';
import { fetchAddress } from '../../../format/convert/fetch-address';
import { isPackedStoreUrl } from './packed-url';
import type { HeldChecksStore } from './held-checks';

/** What validation found besides the store itself. */
export interface StoreReportData {
  readonly problems: readonly Problem[];
  readonly dropped: DroppedCounts;
  readonly warnings: number;
  readonly byteLength: number;
  /** A packed store: where the page fetches each event's heavy columns. */
  readonly packed?: PackedReport;
}

/** A store ready for the views. */
export interface LoadedStore extends StoreReportData {
  readonly index: StoreIndex;
  /**
   * A packed store too large to hold whole, shown window by window: `index` holds the events
   * around the window shown, and is replaced as the person moves (store-on-screen's `look`).
   */
  readonly held?: HeldStore;
}

export interface HeldStore extends WholeStoreChannel {
  /** Events in the whole store (its manifest's count), of which `index` holds a few. */
  readonly total: number;
  /** Stops reading windows (its worker): the store has left the screen. */
  stop(): void;
  /** Stopped: opened again, the store is loaded again. */
  readonly stopped: boolean;
  /** What the checks of the rows read so far found (the store's report: `problems` is empty). */
  readonly checks: HeldChecksStore;
  /**
   * The event a link named without a window, looked for in every row: whether the store has
   * it, and the window it opened at (around it, when found).
   */
  readonly linkedEvent?: {
    readonly id: string;
    readonly found: boolean;
    readonly window: TimeWindow;
  };
}

/** A validated store whose events are already in time order. */
export interface ValidatedStore extends StoreReportData {
  readonly store: Store;
}

/** `find-event`: a packed store's rows searched for the event a link names without a window. */
export type LoadPhase = 'download' | 'validate' | 'find-event';

export interface LoadProgress extends ByteProgress {
  readonly phase: LoadPhase;
  /** What `loaded` and `total` count: bytes, or a packed store's event rows. */
  readonly unit?: 'events';
}

/** What to load: an absolute URL, or a file the person chose. */
export type LoadRequest =
  | {
      readonly kind: 'url';
      readonly url: string;
      readonly timeoutMs: number;
      /** The window the link opens at: a packed store reads its events first. */
      readonly window?: TimeWindow;
      /** The event a link names without a window: a packed store opens around it. */
      readonly event?: string;
    }
  | { readonly kind: 'file'; readonly file: Blob };

async function fetchBytes(
  url: string,
  timeoutMs: number,
  onProgress: (progress: ByteProgress) => void,
  onChunk: (chunk: Uint8Array) => Promise<void>,
): Promise<ReadBytes> {
  // A stalled server is as bad as a dead one: the clock restarts with every chunk received.
  const controller = new AbortController();
  let timer = setTimeout(() => controller.abort(), timeoutMs);
  const restartClock = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), timeoutMs);
  };
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: controller.signal,
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
      });
    } catch {
      if (controller.signal.aborted) throw timedOut(timeoutMs);
      throw new StoreLoadError({
        kind: 'network',
        message:
          'The store could not be reached (network error, or the server does not allow this site to read it).',
      });
    }
    restartClock();
    if (!response.ok) {
      throw new StoreLoadError({
        kind: 'http',
        status: response.status,
        message: `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
      });
    }
    const declared = response.headers.get('Content-Length');
    // A compressed response declares its compressed size; only trust it when uncompressed.
    const total =
      declared !== null && !response.headers.get('Content-Encoding') ? Number(declared) : null;
    if (response.body === null) {
      const bytes = new Uint8Array(await response.arrayBuffer());
      return { chunks: [bytes], byteLength: bytes.byteLength };
    }
    // Progress is reported only every 256 KB, so the clock is restarted here, on every chunk:
    // a slow but steady server must not time out.
    const body = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, stream) {
          restartClock();
          stream.enqueue(chunk);
        },
      }),
    );
    try {
      return await readBytesWithProgress(body, total, onProgress, onChunk);
    } catch (error) {
      if (controller.signal.aborted) throw timedOut(timeoutMs);
      if (error instanceof StoreLoadError) throw error;
      throw new StoreLoadError({
        kind: 'network',
        message: 'The connection broke while the store was loading.',
      });
    }
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The whole loading pipeline, run inside the store worker: bytes (with progress and the
 * size limit), decoding, validation, and sorting. Throws StoreLoadError.
 *
 * Events are parsed and checked while the bytes arrive when the store has the usual
 * layout. Given a sink, they go to it as they are checked (and the returned store's
 * events are only those not handed out yet); without one, they are all returned.
 */
export async function loadStore(
  request: LoadRequest,
  onProgress: (progress: LoadProgress) => void,
  sink?: PackedSink,
  /** A packed store: the windows the page moves to (read next), and searches of all its events. */
  requests?: PackedRequests,
): Promise<ValidatedStore> {
  if (request.kind === 'url' && isPackedStoreUrl(request.url)) {
    const { loadPackedStore } = await import('./load-packed');
    const collected: StoreEvent[] = [];
    const loaded = await loadPackedStore(
      request.url,
      onProgress,
      sink ?? {
        header: () => {},
        events: (events) => collected.push(...events),
        restart: () => {},
      },
      {
        ...(request.window ? { window: request.window } : {}),
        ...(request.event === undefined ? {} : { event: request.event }),
        ...(requests ? { requests } : {}),
      },
    );
    return { ...loaded, store: { ...loaded.store, events: collected } };
  }
  // zod (the item schemas) loads only when an item fails the plain checks, or when the
  // document is not streamed: a valid store in the usual layout is shown without it.
  const loadSchemas = () => import('../../../format/schema');
  const collected: StoreEvent[] = [];
  const streaming = new StreamingValidation(
    loadSchemas,
    sink ?? {
      header: () => {},
      events: (events) => collected.push(...events),
      restart: () => (collected.length = 0),
    },
  );
  const onChunk = (chunk: Uint8Array) => streaming.push(chunk);
  const download = (p: ByteProgress) => onProgress({ ...p, phase: 'download' });
  let read: ReadBytes;
  if (request.kind === 'url') {
    // A Google Sheet's page, or a TimelineJS embed, is HTML for people: its data is read.
    const { url } = await fetchAddress(request.url);
    read = await fetchBytes(url, request.timeoutMs, download, onChunk);
  } else {
    try {
      read = await readBytesWithProgress(
        request.file.stream(),
        request.file.size,
        download,
        onChunk,
      );
    } catch (error) {
      if (error instanceof StoreLoadError) throw error;
      throw new StoreLoadError({ kind: 'file', message: 'The file could not be read.' });
    }
  }
  onProgress({ phase: 'validate', loaded: read.byteLength, total: read.byteLength });
  const streamed = await streaming.finish();
  if (streamed !== null) {
    const { header, ...totals } = streamed.totals;
    // A store with no events at all is valid (a timeline begun): shown, empty. One whose every
    // event was dropped is refused with why.
    if (streamed.kept === 0 && totals.dropped.events > 0)
      throw noEvents(totals.dropped.events, totals.problems);
    return {
      // Sorted on the page, when it indexes them, if they went to a sink.
      store: { ...header, events: sortByTime(collected) },
      ...totals,
      byteLength: read.byteLength,
    };
  }
  const { validateStoreText } = await import('../../../format/validate-store');
  const text = decodeBytes(read);
  const result = validateStoreText(text, read.byteLength);
  if (!result.ok) {
    // A file at an address is opened as a store; one in a format the app imports is offered
    // for import (a file picked or dropped went to the Import dialog before coming here).
    const importable =
      request.kind === 'url'
        ? await import('./importable-as').then(({ importableAs }) =>
            importableAs(text, read.byteLength, read.chunks),
          )
        : undefined;
    throw new StoreLoadError({
      kind: 'refused',
      message: 'The store was refused.',
      problems: result.problems,
      ...(importable ? { importable } : {}),
    });
  }
  if (result.store.events.length === 0 && result.dropped.events > 0)
    throw noEvents(result.dropped.events, result.problems);
  return {
    // Sorted here, off the main thread; indexing an already sorted list on the page is cheap.
    store: { ...result.store, events: sortByTime(result.store.events) },
    problems: result.problems,
    dropped: result.dropped,
    warnings: result.warnings,
    byteLength: read.byteLength,
  };
}
