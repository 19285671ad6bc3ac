import { parseLink, serializeLink } from '../lib/url-codec';
import { type ViewState, linkFromState, useViewStore, viewActions } from '../lib/view-store';

const REPLACE_THROTTLE_MS = 250;
const PAINT_FALLBACK_MS = 100;

function addressFor(state: ViewState): string {
  return `${window.location.pathname}${serializeLink(linkFromState(state))}${window.location.hash}`;
}

/**
 * Keeps the address bar and the view in step, outside React. Navigation-like changes
 * (selection, filters) push a history entry; panning and zooming replace the current one,
 * throttled because browsers rate-limit history calls. Back/Forward (popstate) restore
 * the view without writing back.
 *
 * Writes wait until the change is painted: a history call can block the page for several
 * milliseconds (up to 15 ms measured in Chromium), which a filter click would otherwise
 * spend before its answer shows. They are queued in order, so Back still returns to exactly
 * what was on screen before a push.
 */
export function startUrlSync(): () => void {
  type Write = { mode: 'push' | 'replace'; address: string };
  let queue: Write[] = [];
  let throttle: number | undefined;
  let afterPaint: number | undefined;

  const flush = () => {
    window.clearTimeout(throttle);
    window.cancelAnimationFrame(afterPaint ?? 0);
    throttle = afterPaint = undefined;
    const writes = queue;
    queue = [];
    for (const { mode, address } of writes) {
      if (address === currentAddress()) continue;
      if (mode === 'push') window.history.pushState(null, '', address);
      else window.history.replaceState(null, '', address);
    }
  };

  const unsubscribe = useViewStore.subscribe((state) => {
    if (state.historyMode === 'none') return;
    const address = addressFor(state);
    const last = queue.at(-1);
    // Only the latest of consecutive replacements matters.
    if (state.historyMode === 'replace' && last?.mode === 'replace') last.address = address;
    else queue.push({ mode: state.historyMode, address });
    if (state.historyMode === 'push') {
      afterPaint ??= window.requestAnimationFrame(() => {
        window.clearTimeout(throttle);
        throttle = window.setTimeout(flush, 0);
      });
      // A page that is not being painted (a background tab) runs no frames.
      window.clearTimeout(throttle);
      throttle = window.setTimeout(flush, PAINT_FALLBACK_MS);
    } else if (throttle === undefined && afterPaint === undefined) {
      throttle = window.setTimeout(flush, REPLACE_THROTTLE_MS);
    }
  });

  const onPopState = () => {
    window.clearTimeout(throttle);
    window.cancelAnimationFrame(afterPaint ?? 0);
    throttle = afterPaint = undefined;
    queue = [];
    const { link, ignored } = parseLink(window.location.search);
    viewActions.openLink(link, ignored, 'none');
  };
  window.addEventListener('popstate', onPopState);

  return () => {
    flush();
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}

function currentAddress(): string {
  return `${window.location.pathname}${window.location.search}${window.location.hash}`;
}
