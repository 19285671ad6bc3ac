import type { WorkerReply, WorkerRequest, WorkerStarted } from '../worker/protocol';
import type { LoadRequest } from './load-store';
import type { TimeWindow } from '../../../lib/time-window';
import type { PackedRequest } from './packed-requests';
import { workerNameFor } from '../worker/request-in-name';

/** How long a server may send nothing before the load counts as timed out. */
export const STORE_TIMEOUT_MS = 30_000;

/**
 * A load of a store URL, resolved against the page (the worker would use its own script),
 * with the link's window, or else the event it names (a packed store opens around it).
 */
export function urlRequest(
  url: string,
  base: string,
  window?: TimeWindow | null,
  event?: string | null,
): LoadRequest {
  return {
    kind: 'url',
    url: new URL(url, base).href,
    timeoutMs: STORE_TIMEOUT_MS,
    ...(window ? { window } : event ? { event } : {}),
  };
}

/** A store worker already at work, whose replies wait for someone to listen. */
export interface StoreWorkerHandle {
  /**
   * Settles once the worker's script runs (or failed to load, or was stopped): from then on
   * it needs no turn of the page's main thread to go on with its load.
   */
  readonly started: Promise<void>;
  /** Hands over every reply received so far, in order, then each one as it comes. */
  listen(onReply: (reply: WorkerReply) => void, onError: (message: string) => void): void;
  /**
   * Tells a packed store's loader what the page now wants: the window the timeline shows (its
   * rows are read next), or a search of all its events.
   */
  tell(request: PackedRequest): void;
  terminate(): void;
}

type Received = { readonly reply: WorkerReply } | { readonly error: string };

/**
 * Starts a store worker on `request` at once. Its replies are kept until `listen`, so the
 * load can begin before the code that shows it has even been evaluated.
 */
export function spawnStoreWorker(request: LoadRequest): StoreWorkerHandle {
  const worker = new Worker(new URL('../worker/store-worker.ts', import.meta.url), {
    type: 'module',
    name: workerNameFor(request),
  });
  let kept: Received[] | null = [];
  let deliver: (received: Received) => void = (received) => kept?.push(received);
  let markStarted!: () => void;
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  worker.onmessage = (message: MessageEvent<WorkerReply | WorkerStarted>) => {
    if (message.data.type === 'started') markStarted();
    else deliver({ reply: message.data });
  };
  worker.onerror = (event) => {
    // Handled here: the page reports it as a failed load, not as an uncaught error.
    event.preventDefault();
    markStarted();
    deliver({ error: event.message });
  };
  const post = (message: WorkerRequest) => worker.postMessage(message);
  // A URL load went with the worker's name (worker/request-in-name.ts).
  if (request.kind !== 'url') post({ type: 'load', request });
  return {
    started,
    listen(onReply, onError) {
      const take = (received: Received) =>
        'reply' in received ? onReply(received.reply) : onError(received.error);
      const backlog = kept ?? [];
      kept = null;
      deliver = take;
      for (const received of backlog) take(received);
    },
    tell: post,
    terminate() {
      markStarted();
      kept = null;
      deliver = () => {};
      worker.terminate();
    },
  };
}
