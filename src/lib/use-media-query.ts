import { useSyncExternalStore } from 'react';

/*
 * Screens only: printed, the page's width is the paper's, which would switch a desktop's
 * page to the phone layout while it prints (the map in the timeline's place, say). On paper
 * the page is laid out by print.css from either layout.
 */

/*
 * In em, as the style sheets' breakpoints are: the browser's default font size, so that larger
 * text moves the layout to the narrower one (text-scale.ts).
 */

/** Below this width (the side panel needs 1024 px at 16 px text) the layout is the phone and tablet one: filters in a drawer, details in a sheet. */
export const COMPACT_QUERY = 'screen and (max-width: 63.9375em)';

/** Phones: the header is one row, its secondary actions behind `More` (app.css, max-width: 37.5em, 600 px). */
export const PHONE_QUERY = 'screen and (max-width: 37.5em)';

/** Dark colours on a dark screen; printed, the paper is white (base.css, print.css). */
export const DARK_SCHEME_QUERY = 'screen and (prefers-color-scheme: dark)';

interface MediaQueryStore {
  subscribe(onChange: () => void): () => void;
  getSnapshot(): boolean;
}

// One list per query, whose answer is kept from its change events: asking matchMedia on
// every render evaluated the query each time (~8 ms of a filter click at 100,000 events).
const stores = new Map<string, MediaQueryStore>();

function storeFor(query: string): MediaQueryStore {
  let store = stores.get(query);
  if (!store) {
    const list = window.matchMedia(query);
    let matches = list.matches;
    const listeners = new Set<() => void>();
    list.addEventListener('change', () => {
      matches = list.matches;
      for (const listener of listeners) listener();
    });
    store = {
      subscribe(onChange) {
        listeners.add(onChange);
        return () => listeners.delete(onChange);
      },
      getSnapshot: () => matches,
    };
    stores.set(query, store);
  }
  return store;
}

export function useMediaQuery(query: string): boolean {
  const store = storeFor(query);
  return useSyncExternalStore(store.subscribe, store.getSnapshot, () => false);
}
