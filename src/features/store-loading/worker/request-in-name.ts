import type { LoadRequest } from '../api/load-store';

/**
 * A URL load travels to the store worker in the worker's name rather than in a message:
 * the worker reads it as its script starts and fetches at once. A message posted to a
 * worker that has not started yet waits on the page, and is handed over in a task of the
 * page's main thread, which at that moment is evaluating the app's chunks (tens to hundreds
 * of milliseconds on a busy machine, with the store's download not begun).
 * A file cannot be written into a name: it is posted as before.
 */
const PREFIX = 'store-loader ';

export function workerNameFor(request: LoadRequest): string {
  return request.kind === 'url' ? PREFIX + JSON.stringify(request) : PREFIX.trim();
}

/** The URL load a store worker's name carries, or null (a plain name: the load is posted). */
export function requestInName(name: string): LoadRequest | null {
  if (!name.startsWith(PREFIX)) return null;
  try {
    // Written by workerNameFor on this page's origin: only its kind is looked at.
    const request = JSON.parse(name.slice(PREFIX.length)) as LoadRequest | null;
    return request?.kind === 'url' ? request : null;
  } catch {
    return null;
  }
}
