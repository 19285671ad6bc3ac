import { FILE_MARK, parseLink, serializeLink } from '../lib/url-codec';
import { type ViewState, linkFromState, useViewStore, viewActions } from '../lib/view-store';
import { whenIdle } from '../lib/when-idle';
import { type StoreSource, isLocalSource, sameSource } from '../lib/store-source';
import { isOpenInThisTab } from '../features/store-loading/api/get-store';

/** Pans and zooms replace the entry at most this often, */
const REPLACE_THROTTLE_MS = 250;
/** in an idle period, waited for at most this long once a replacement is due. */
const REPLACE_IDLE_TIMEOUT_MS = 200;
const PAINT_FALLBACK_MS = 100;

/**
 * Each history entry the app writes carries its position, so a popstate tells its direction,
 * and the file or draft it showed, which its address cannot name: Back to it shows that store
 * again, not the default one.
 */
type EntryState = { sourcelineEntry: number; localStore?: StoreSource };

function entryIndex(state: unknown): number | undefined {
  const index = (state as Partial<EntryState> | null)?.sourcelineEntry;
  return typeof index === 'number' && Number.isInteger(index) ? index : undefined;
}

/** The file or draft an entry showed, while this tab still holds it (not after a reload). */
function entryStore(state: unknown): StoreSource | undefined {
  const source = (state as Partial<EntryState> | null)?.localStore;
  return source && isOpenInThisTab(source) ? source : undefined;
}

/**
 * The address of a view. A file's has its name (FILE_MARK), or the address it was imported
 * from, which opens it again: pasted in another tab, the address of a file's view opened the
 * site's store with the file's search and window, without a word.
 */
function addressFor(state: ViewState): string {
  const source = state.storeSource;
  const link = linkFromState(state);
  const store = source.kind === 'file' ? (source.address ?? FILE_MARK + source.name) : link.store;
  return `${window.location.pathname}${serializeLink({ ...link, store })}${window.location.hash}`;
}

/**
 * Keeps the address bar and the view in step, outside React. Navigation-like changes
 * (selection, filters) push a history entry; panning and zooming replace the current one.
 * Back/Forward (popstate) restore the view without writing back.
 *
 * Replacements are throttled (browsers rate-limit history calls), and each is written in an
 * idle period: a history call costs several milliseconds (7 ms on a quiet machine, 18 ms
 * under load, in the map's profiles, docs/map.md), which a throttled write made in a task of
 * its own added to whichever frame of a pan or zoom it fell in.
 *
 * Writes wait until the change is painted: a history call can block the page for several
 * milliseconds (up to 15 ms measured in Chromium), which a filter click would otherwise
 * spend before its answer shows. They are queued in order, so Back still returns to exactly
 * what was on screen before a push.
 *
 * A Back pressed before a pushed change is written (a busy machine can take longer than a
 * frame) would land one step too far: on the entry before the one the person last saw. The
 * entries carry their position, so that case is seen and walked forward one step, back to
 * the view before the last change, as Back promises.
 *
 * An embedded timeline (`pushes: false`) only replaces: its frame's entries are the host
 * page's history too, and a reader's Back must leave the article, not step through the
 * events chosen in the frame.
 */
export function startUrlSync({ pushes = true }: { pushes?: boolean } = {}): () => void {
  type Write = { mode: 'push' | 'replace'; address: string; store: StoreSource };
  let queue: Write[] = [];
  let throttle: number | undefined;
  let afterPaint: number | undefined;
  // A replacement waiting for its turn (the throttle), then for an idle period.
  let replacing: number | undefined;
  let cancelIdle: (() => void) | undefined;
  // The position of the entry the address bar shows, among the entries written by the app.
  let written = entryIndex(window.history.state) ?? 0;
  // The entry the page opened on is marked too, so that returning to it is recognised.
  if (entryIndex(window.history.state) === undefined) {
    window.history.replaceState(stateAt(written), '', currentAddress());
  }

  const cancelPending = () => {
    window.clearTimeout(throttle);
    window.cancelAnimationFrame(afterPaint ?? 0);
    window.clearTimeout(replacing);
    cancelIdle?.();
    throttle = afterPaint = replacing = cancelIdle = undefined;
  };

  const flush = () => {
    cancelPending();
    const writes = queue;
    queue = [];
    for (const { mode, address, store } of writes) {
      // Nothing to write when the entry already says it (a history call costs milliseconds).
      if (address === currentAddress() && sameEntryStore(store, storeOfEntry())) continue;
      if (mode === 'push') {
        written += 1;
        window.history.pushState(stateAt(written, store), '', address);
      } else {
        window.history.replaceState(stateAt(written, store), '', address);
      }
    }
  };

  const unsubscribe = useViewStore.subscribe((state) => {
    if (state.historyMode === 'none') return;
    const mode = pushes ? state.historyMode : 'replace';
    const address = addressFor(state);
    const store = state.storeSource;
    const last = queue.at(-1);
    // Only the latest of consecutive replacements matters.
    if (mode === 'replace' && last?.mode === 'replace') Object.assign(last, { address, store });
    else queue.push({ mode, address, store });
    if (mode === 'push') {
      // A replacement waiting for its turn is written with the push, in its order.
      window.clearTimeout(replacing);
      replacing = undefined;
      afterPaint ??= window.requestAnimationFrame(() => {
        window.clearTimeout(throttle);
        throttle = window.setTimeout(flush, 0);
      });
      // A page that is not being painted (a background tab) runs no frames.
      window.clearTimeout(throttle);
      throttle = window.setTimeout(flush, PAINT_FALLBACK_MS);
    } else if (
      throttle === undefined &&
      afterPaint === undefined &&
      replacing === undefined &&
      cancelIdle === undefined
    ) {
      // Later replacements meanwhile only change the address written (above).
      replacing = window.setTimeout(() => {
        replacing = undefined;
        cancelIdle = whenIdle(flush, REPLACE_IDLE_TIMEOUT_MS);
      }, REPLACE_THROTTLE_MS);
    }
  });

  const onPopState = (event: PopStateEvent) => {
    cancelPending();
    const unwrittenPush = queue.some((write) => write.mode === 'push');
    queue = [];
    const target = entryIndex(event.state);
    if (unwrittenPush && target !== undefined && target < written) {
      // Back from a view whose entry was never written: the view before the last change is
      // the entry just left. Its own popstate opens it.
      window.history.go(written - target);
      return;
    }
    if (target !== undefined) written = target;
    const { link, ignored } = parseLink(window.location.search);
    // An entry written for a file or a draft this tab still holds shows it again, named in
    // its address or not.
    const local = entryStore(event.state);
    viewActions.openLink(
      link,
      local ? ignored.filter((value) => value.reason !== 'file-store') : ignored,
      'none',
      local,
    );
  };
  window.addEventListener('popstate', onPopState);

  return () => {
    flush();
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}

function stateAt(index: number, store?: StoreSource): EntryState {
  return store && isLocalSource(store)
    ? { sourcelineEntry: index, localStore: store }
    : { sourcelineEntry: index };
}

/** The file or draft the current entry was written for; none for a store a link names. */
function storeOfEntry(): StoreSource | undefined {
  return (window.history.state as Partial<EntryState> | null)?.localStore;
}

const sameEntryStore = (store: StoreSource, written: StoreSource | undefined) =>
  isLocalSource(store)
    ? written !== undefined && sameSource(store, written)
    : written === undefined;

function currentAddress(): string {
  return `${window.location.pathname}${window.location.search}${window.location.hash}`;
}
