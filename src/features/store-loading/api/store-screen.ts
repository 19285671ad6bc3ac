import { CancelledError, type QueryClient } from '@tanstack/react-query';
import { type StoreSource, sameSource } from '../../../lib/store-source';
import { useViewStore, viewActions } from '../../../lib/view-store';
import { type LoadedStore, storeQueryOptions } from './get-store';
import { type StoreRequestKind, dispatchStoreOnScreen, useStoreOnScreen } from './store-on-screen';

/**
 * Drives the store on screen: loads what is requested (through the query cache, so a store
 * opened again comes back at once), feeds the outcome to the state machine, and fits the
 * view to the store that arrives. Outside React, like the URL sync, so a store's arrival
 * is handled once however often the page renders.
 */
let client: QueryClient | null = null;
let loading: StoreSource | null = null;

function load(source: StoreSource, kind: StoreRequestKind) {
  if (!client) throw new Error('startStoreScreen must run before a store is requested');
  if (loading && !sameSource(loading, source)) {
    // A store given up for another: its worker is stopped, not left to finish.
    void client.cancelQueries({ queryKey: storeQueryOptions(loading).queryKey });
  }
  loading = source;
  // A store shown window by window stopped reading when it left the screen: loaded anew.
  const { queryKey } = storeQueryOptions(source);
  if (client.getQueryData(queryKey)?.held?.stopped) client.removeQueries({ queryKey });
  // A link that failed is on screen and in the history (its file imported instead, say).
  const afterFailure = useStoreOnScreen.getState().phase === 'failed';
  dispatchStoreOnScreen({ type: 'request', source, kind });
  client.fetchQuery(storeQueryOptions(source)).then(
    (loaded) => {
      if (loading === source) loading = null;
      const before = useStoreOnScreen.getState();
      dispatchStoreOnScreen({ type: 'loaded', source, loaded });
      const after = useStoreOnScreen.getState();
      if (after === before) return;
      // A new entry, so that Back returns to the store shown before, or to the link that
      // failed (its file imported instead); none when nothing was shown or said yet (the
      // editor's Preview opening its draft), which Back would return to.
      if (after.kind === 'switch')
        viewActions.enterStore(
          loaded.index,
          source,
          before.shown || afterFailure ? 'push' : 'replace',
        );
      else if (useViewStore.getState().pendingReconcile) reconcileWith(loaded);
    },
    (error: unknown) => {
      if (loading === source) loading = null;
      if (error instanceof CancelledError) return;
      dispatchStoreOnScreen({
        type: 'failed',
        source,
        error: error instanceof Error ? error : new Error(String(error)),
      });
    },
  );
}

/**
 * Checks the view against a loaded store. A store too large to load whole knows only the
 * events around the window shown, unless the selected event is one the link named without a
 * window: every row was searched for it, and it opened at the window found for it.
 */
function reconcileWith(loaded: LoadedStore) {
  const { held } = loaded;
  const linked =
    held?.linkedEvent?.id === useViewStore.getState().selectedEventId
      ? held?.linkedEvent
      : undefined;
  viewActions.reconcileWithStore(
    loaded.index,
    held && linked?.found !== false ? 'around-window' : 'all',
    linked?.found ? linked.window : undefined,
  );
}

export const storeScreen = {
  /** Opens another store; the one on screen stays until it has loaded. */
  open(source: StoreSource) {
    load(source, 'switch');
  },

  /** Tries the requested store again (after a failure). */
  retry() {
    const { requested, kind } = useStoreOnScreen.getState();
    load(requested, kind);
  },

  /** Gives up the requested store and goes back to the one on screen. */
  cancel() {
    if (loading && client) {
      void client.cancelQueries({ queryKey: storeQueryOptions(loading).queryKey });
    }
    loading = null;
    dispatchStoreOnScreen({ type: 'cancel' });
  },
};

/**
 * Starts with the store the view (the link) names, and follows the view whenever a link is
 * opened (Back, Forward, "Open the default store"): the link's store is requested, or, when
 * it is already on screen, the link is checked against it at once.
 */
export function startStoreScreen(queryClient: QueryClient): () => void {
  client = queryClient;
  const follow = () => {
    const view = useViewStore.getState();
    const screen = useStoreOnScreen.getState();
    if (screen.phase === 'shown' && sameSource(screen.shown.source, view.storeSource)) {
      reconcileWith(screen.shown.loaded);
    } else if (screen.phase !== 'loading' || !sameSource(screen.requested, view.storeSource)) {
      load(view.storeSource, 'link');
    }
    // Otherwise that store is loading already, and the link is checked when it arrives.
  };
  load(useViewStore.getState().storeSource, 'link');
  return useViewStore.subscribe((state, previous) => {
    if (state.pendingReconcile && !previous.pendingReconcile) follow();
    else if (state.pendingReconcile && state.storeSource !== previous.storeSource) follow();
  });
}
