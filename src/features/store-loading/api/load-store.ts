import { validateStoreText } from '../../../format/validate-store';
import type { DroppedCounts } from '../../../format/validate-store';
import type { Problem } from '../../../format/problems';
import { type StoreIndex, buildStoreIndex } from '../../../lib/store-index';
import { type ByteProgress, readWithProgress } from './read-with-progress';
import { StoreLoadError } from './store-load-error';

export interface LoadedStore {
  readonly index: StoreIndex;
  readonly problems: readonly Problem[];
  readonly dropped: DroppedCounts;
  readonly warnings: number;
  readonly byteLength: number;
}

export type LoadPhase = 'download' | 'validate';

export interface LoadProgress extends ByteProgress {
  readonly phase: LoadPhase;
}

/** What to load: an absolute URL, or a file the person chose. */
export type LoadRequest =
  | { readonly kind: 'url'; readonly url: string; readonly timeoutMs: number }
  | { readonly kind: 'file'; readonly file: Blob };

async function fetchBytes(
  url: string,
  timeoutMs: number,
  onProgress: (progress: ByteProgress) => void,
): Promise<Uint8Array> {
  // A stalled server is as bad as a dead one: the clock restarts with every chunk received.
  const controller = new AbortController();
  let timer = setTimeout(() => controller.abort(), timeoutMs);
  const progress = (p: ByteProgress) => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), timeoutMs);
    onProgress(p);
  };
  const timedOut = () =>
    new StoreLoadError({
      kind: 'timeout',
      message: `The server sent nothing for ${Math.round(timeoutMs / 1000)} seconds.`,
    });
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: controller.signal,
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
      });
    } catch {
      if (controller.signal.aborted) throw timedOut();
      throw new StoreLoadError({
        kind: 'network',
        message: 'The store could not be reached (network error, or the server does not allow this site to read it).',
      });
    }
    if (!response.ok) {
      throw new StoreLoadError({
        kind: 'http',
        status: response.status,
        message: `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
      });
    }
    const declared = response.headers.get('Content-Length');
    // A compressed response declares its compressed size; only trust it when uncompressed.
    const total = declared !== null && !response.headers.get('Content-Encoding') ? Number(declared) : null;
    if (response.body === null) return new Uint8Array(await response.arrayBuffer());
    try {
      return await readWithProgress(response.body, total, progress);
    } catch (error) {
      if (controller.signal.aborted) throw timedOut();
      if (error instanceof StoreLoadError) throw error;
      throw new StoreLoadError({ kind: 'network', message: 'The connection broke while the store was loading.' });
    }
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The whole loading pipeline, run inside the store worker: bytes (with progress and the
 * size limit), decoding, validation, and the index the views need. Throws StoreLoadError.
 */
export async function loadStore(
  request: LoadRequest,
  onProgress: (progress: LoadProgress) => void,
): Promise<LoadedStore> {
  const download = (p: ByteProgress) => onProgress({ ...p, phase: 'download' });
  let bytes: Uint8Array;
  if (request.kind === 'url') {
    bytes = await fetchBytes(request.url, request.timeoutMs, download);
  } else {
    try {
      bytes = await readWithProgress(request.file.stream(), request.file.size, download);
    } catch (error) {
      if (error instanceof StoreLoadError) throw error;
      throw new StoreLoadError({ kind: 'file', message: 'The file could not be read.' });
    }
  }
  onProgress({ phase: 'validate', loaded: bytes.byteLength, total: bytes.byteLength });

  const text = new TextDecoder('utf-8').decode(bytes);
  const result = validateStoreText(text, bytes.byteLength);
  if (!result.ok) {
    throw new StoreLoadError({ kind: 'refused', message: 'The store was refused.', problems: result.problems });
  }
  if (result.store.events.length === 0) {
    throw new StoreLoadError({
      kind: 'empty',
      message:
        result.dropped.events > 0
          ? `The store has no valid events: all ${result.dropped.events} were dropped.`
          : 'The store has no events.',
      problems: result.problems,
    });
  }
  return {
    index: buildStoreIndex(result.store),
    problems: result.problems,
    dropped: result.dropped,
    warnings: result.warnings,
    byteLength: bytes.byteLength,
  };
}
