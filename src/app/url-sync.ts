import { parseLink, serializeLink } from '../lib/url-codec';
import { type ViewState, linkFromState, useViewStore, viewActions } from '../lib/view-store';

const REPLACE_THROTTLE_MS = 250;

function addressFor(state: ViewState): string {
  return `${window.location.pathname}${serializeLink(linkFromState(state))}${window.location.hash}`;
}

/**
 * Keeps the address bar and the view in step, outside React. Navigation-like changes
 * (selection, filters) push a history entry; panning and zooming replace the current one,
 * throttled because browsers rate-limit history calls. Back/Forward (popstate) restore
 * the view without writing back.
 */
export function startUrlSync(): () => void {
  let timer: number | undefined;
  let pendingReplace: string | null = null;

  const flushReplace = () => {
    window.clearTimeout(timer);
    timer = undefined;
    if (pendingReplace !== null && pendingReplace !== currentAddress()) {
      window.history.replaceState(null, '', pendingReplace);
    }
    pendingReplace = null;
  };

  const unsubscribe = useViewStore.subscribe((state) => {
    if (state.historyMode === 'none') return;
    const next = addressFor(state);
    if (state.historyMode === 'push') {
      // Settle the entry being left first, so Back returns to exactly what was on screen.
      flushReplace();
      if (next !== currentAddress()) window.history.pushState(null, '', next);
    } else {
      pendingReplace = next;
      if (timer === undefined) timer = window.setTimeout(flushReplace, REPLACE_THROTTLE_MS);
    }
  });

  const onPopState = () => {
    window.clearTimeout(timer);
    timer = undefined;
    pendingReplace = null;
    const { link, ignored } = parseLink(window.location.search);
    viewActions.openLink(link, ignored, 'none');
  };
  window.addEventListener('popstate', onPopState);

  return () => {
    flushReplace();
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}

function currentAddress(): string {
  return `${window.location.pathname}${window.location.search}${window.location.hash}`;
}
