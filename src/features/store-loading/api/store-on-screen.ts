import { create } from 'zustand';
import { type StoreSource, sameSource } from '../../../lib/store-source';
import { closeSearch, openSearch } from '../../../lib/search-service';
import type { StoreIndex } from '../../../lib/store-index';
import type { LoadedStore } from './load-store';

/**
 * The one owner of the store on screen. A store is requested (by a link, Open store…, a
 * dropped file, later the editor's preview or an importer's result), loads, maybe shows its
 * first events while it does, and is then shown; or it fails, and the store shown before
 * stays on screen, usable.
 *
 *   requested ─▶ loading ─(partial events)─▶ loading with a preview ─▶ shown
 *                   └──────────────────────────────┴──────────────────▶ failed (previous kept)
 *
 * Each phase's index is built once, by the loader, before the phase is entered: the
 * preview's when a batch of partial events is published (src/features/store-loading/api/
 * partial-store.ts says how rarely), the shown store's when it is all in. The shown store's
 * search is opened here too,
 * and closed when it leaves the screen (lib/search-service.ts keeps no record of its own).
 */
export type StoreRequestKind =
  /** A link (or Back/Forward) names the store: the view comes from the link. */
  | 'link'
  /** The person opened another store: it gets a fresh view, as a new history entry. */
  | 'switch';

export interface Shown {
  readonly source: StoreSource;
  readonly loaded: LoadedStore;
}

export type StoreOnScreen =
  | {
      readonly phase: 'loading';
      readonly requested: StoreSource;
      readonly kind: StoreRequestKind;
      /** The store still on screen while another loads. */
      readonly shown: Shown | null;
      /** The requested store's events so far, while nothing else is on screen. */
      readonly preview: StoreIndex | null;
    }
  | {
      readonly phase: 'shown';
      readonly requested: StoreSource;
      readonly kind: StoreRequestKind;
      readonly shown: Shown;
      readonly preview: null;
    }
  | {
      readonly phase: 'failed';
      readonly requested: StoreSource;
      readonly kind: StoreRequestKind;
      readonly shown: Shown | null;
      readonly preview: null;
      readonly error: Error;
    };

export type StoreScreenEvent =
  | { readonly type: 'request'; readonly source: StoreSource; readonly kind: StoreRequestKind }
  /** The requested store's events so far, indexed by the loader. */
  | { readonly type: 'partial'; readonly source: StoreSource; readonly preview: StoreIndex }
  | { readonly type: 'loaded'; readonly source: StoreSource; readonly loaded: LoadedStore }
  | { readonly type: 'failed'; readonly source: StoreSource; readonly error: Error }
  /** A store shown window by window (LoadedStore.held): the events around the window moved to. */
  | { readonly type: 'look'; readonly source: StoreSource; readonly index: StoreIndex }
  /** Back to the store on screen (a failed or slow request given up). */
  | { readonly type: 'cancel' };

/** The next state; events about a store that is no longer the requested one are ignored. */
export function nextStoreOnScreen(state: StoreOnScreen, event: StoreScreenEvent): StoreOnScreen {
  switch (event.type) {
    case 'request':
      return {
        phase: 'loading',
        requested: event.source,
        kind: event.kind,
        shown: state.shown,
        preview: null,
      };
    case 'partial':
      if (state.phase !== 'loading' || !sameSource(state.requested, event.source)) return state;
      // A first look is only for a page with nothing on it: a store still shown stays.
      if (state.shown) return state;
      return { ...state, preview: event.preview };
    case 'loaded':
      if (!sameSource(state.requested, event.source)) return state;
      return {
        phase: 'shown',
        requested: event.source,
        kind: state.kind,
        shown: { source: event.source, loaded: event.loaded },
        preview: null,
      };
    case 'look':
      if (state.shown === null || !sameSource(state.shown.source, event.source)) return state;
      return {
        ...state,
        shown: { ...state.shown, loaded: { ...state.shown.loaded, index: event.index } },
      };
    case 'failed':
      if (state.phase !== 'loading' || !sameSource(state.requested, event.source)) return state;
      return { ...state, phase: 'failed', preview: null, error: event.error };
    case 'cancel':
      if (state.phase === 'shown' || !state.shown) return state;
      return {
        phase: 'shown',
        requested: state.shown.source,
        kind: state.kind,
        shown: state.shown,
        preview: null,
      };
  }
}

export const INITIAL_STORE_ON_SCREEN: StoreOnScreen = {
  phase: 'loading',
  requested: { kind: 'default' },
  kind: 'link',
  shown: null,
  preview: null,
};

export const useStoreOnScreen = create<StoreOnScreen>()(() => INITIAL_STORE_ON_SCREEN);

export function dispatchStoreOnScreen(event: StoreScreenEvent): void {
  const before = useStoreOnScreen.getState();
  const after = nextStoreOnScreen(before, event);
  // The search follows the store shown: opened when it arrives, closed (its worker
  // stopped) when another replaces it, before any view renders the new one.
  const leaving = before.shown?.loaded.index;
  const arriving = after.shown?.loaded.index;
  if (leaving !== arriving) {
    if (leaving) closeSearch(leaving);
    if (arriving) openSearch(arriving);
  }
  // A store shown window by window reads windows until it leaves the screen.
  const left = before.shown;
  if (left?.loaded.held && !(after.shown && sameSource(after.shown.source, left.source))) {
    left.loaded.held.stop();
  }
  useStoreOnScreen.setState(after, true);
}
