import { DEFAULT_STORE_URL, sourceFromLink, sourceKey } from '../../../lib/store-source';
import { parseLink } from '../../../lib/url-codec';
import { type StoreWorkerHandle, spawnStoreWorker, urlRequest } from './store-worker-client';

let early: { readonly key: string; readonly handle: StoreWorkerHandle } | null = null;

/**
 * Starts loading the store a link names before the rest of the page's code is evaluated:
 * the worker's own start and the first bytes then overlap the page's boot instead of
 * following it (about half a second at 100,000 events on a 2-core machine).
 * Settles once the worker runs (StoreWorkerHandle.started), at once when none could start.
 */
export function startEarlyStoreLoad(location: Pick<Location, 'search' | 'href'>): Promise<void> {
  early?.handle.terminate();
  early = null;
  const { link } = parseLink(location.search);
  const source = sourceFromLink(link.store);
  const url = source.kind === 'url' ? source.url : DEFAULT_STORE_URL;
  try {
    early = {
      key: sourceKey(source),
      handle: spawnStoreWorker(urlRequest(url, location.href, link.window, link.event)),
    };
  } catch {
    // Nothing is lost: the page starts its own load and reports what went wrong there.
  }
  return early?.handle.started ?? Promise.resolve();
}

/**
 * The load started early for this store, once; any other store's early load is stopped.
 */
export function takeEarlyStoreLoad(key: string): StoreWorkerHandle | null {
  const taken = early;
  early = null;
  if (taken === null) return null;
  if (taken.key === key) return taken.handle;
  taken.handle.terminate();
  return null;
}
