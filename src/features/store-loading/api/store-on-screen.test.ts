import { describe, expect, it } from 'vitest';
import { buildStoreIndex } from '../../../lib/store-index';
import { fixtureStore } from '../../../lib/testing/fixture-store';
import type { StoreSource } from '../../../lib/store-source';
import type { LoadedStore } from './load-store';
import { searchIsOpen } from '../../../lib/search-service';
import {
  INITIAL_STORE_ON_SCREEN,
  type StoreOnScreen,
  dispatchStoreOnScreen,
  nextStoreOnScreen,
  useStoreOnScreen,
} from './store-on-screen';

const A: StoreSource = { kind: 'default' };
const B: StoreSource = { kind: 'url', url: 'https://example.org/b.json' };
const store = fixtureStore();
const loaded = { index: buildStoreIndex(store) } as unknown as LoadedStore;
const preview = buildStoreIndex({ ...store, events: store.events.slice(0, 2) });

const run = (...events: Parameters<typeof nextStoreOnScreen>[1][]): StoreOnScreen =>
  events.reduce(nextStoreOnScreen, INITIAL_STORE_ON_SCREEN);

describe('the store on screen', () => {
  it('shows the requested store once it has loaded', () => {
    const state = run(
      { type: 'request', source: A, kind: 'link' },
      { type: 'loaded', source: A, loaded },
    );
    expect(state.phase).toBe('shown');
    expect(state.shown?.loaded).toBe(loaded);
  });

  it('previews partial events only while nothing else is on screen', () => {
    const looking = run(
      { type: 'request', source: A, kind: 'link' },
      { type: 'partial', source: A, preview },
    );
    expect(looking.preview).toBe(preview);
    const switching = run(
      { type: 'request', source: A, kind: 'link' },
      { type: 'loaded', source: A, loaded },
      { type: 'request', source: B, kind: 'switch' },
      { type: 'partial', source: B, preview },
    );
    expect(switching.preview).toBeNull();
    expect(switching.shown?.source).toBe(A);
  });

  it('keeps the previous store when the next one fails, and goes back to it on cancel', () => {
    const failed = run(
      { type: 'request', source: A, kind: 'link' },
      { type: 'loaded', source: A, loaded },
      { type: 'request', source: B, kind: 'switch' },
      { type: 'failed', source: B, error: new Error('404') },
    );
    expect(failed.phase).toBe('failed');
    expect(failed.shown?.source).toBe(A);
    const back = nextStoreOnScreen(failed, { type: 'cancel' });
    expect(back.phase).toBe('shown');
    expect(back.requested).toBe(A);
  });

  it('ignores news about a store that is no longer requested', () => {
    const state = run(
      { type: 'request', source: A, kind: 'link' },
      { type: 'request', source: B, kind: 'switch' },
      { type: 'loaded', source: A, loaded },
      { type: 'failed', source: A, error: new Error('late') },
      { type: 'partial', source: A, preview },
    );
    expect(state).toMatchObject({ phase: 'loading', requested: B, shown: null, preview: null });
  });

  it('opens the search of the store it shows, once, and closes it when another replaces it', () => {
    useStoreOnScreen.setState(INITIAL_STORE_ON_SCREEN, true);
    const other = { index: buildStoreIndex(fixtureStore()) } as unknown as LoadedStore;
    dispatchStoreOnScreen({ type: 'request', source: A, kind: 'link' });
    expect(searchIsOpen(loaded.index)).toBe(false);
    dispatchStoreOnScreen({ type: 'loaded', source: A, loaded });
    expect(searchIsOpen(loaded.index)).toBe(true);
    // Another store loading, then failing: the one shown keeps its search.
    dispatchStoreOnScreen({ type: 'request', source: B, kind: 'switch' });
    dispatchStoreOnScreen({ type: 'failed', source: B, error: new Error('404') });
    expect(searchIsOpen(loaded.index)).toBe(true);
    dispatchStoreOnScreen({ type: 'request', source: B, kind: 'switch' });
    dispatchStoreOnScreen({ type: 'loaded', source: B, loaded: other });
    expect(searchIsOpen(loaded.index)).toBe(false);
    expect(searchIsOpen(other.index)).toBe(true);
    useStoreOnScreen.setState(INITIAL_STORE_ON_SCREEN, true);
  });

  describe('a store shown window by window', () => {
    const heldLoaded = (stopped: { count: number }) =>
      ({
        index: buildStoreIndex(store),
        held: {
          total: 1_000_000,
          stopped: false,
          stop: () => (stopped.count += 1),
        },
      }) as unknown as LoadedStore;

    it('replaces its look as the person moves, keeping the rest of what was loaded', () => {
      const stopped = { count: 0 };
      const first = heldLoaded(stopped);
      const look = buildStoreIndex({ ...store, events: store.events.slice(0, 1) });
      const state = run(
        { type: 'request', source: B, kind: 'link' },
        { type: 'loaded', source: B, loaded: first },
        { type: 'look', source: B, index: look },
      );
      expect(state.shown?.loaded.index).toBe(look);
      expect(state.shown?.loaded.held).toBe(first.held);
      // A look for a store no longer shown changes nothing.
      const other = run(
        { type: 'request', source: A, kind: 'link' },
        { type: 'loaded', source: A, loaded },
        { type: 'look', source: B, index: look },
      );
      expect(other.shown?.loaded).toBe(loaded);
    });

    it('stops reading windows when another store replaces it, and the search follows each look', () => {
      const stopped = { count: 0 };
      const first = heldLoaded(stopped);
      dispatchStoreOnScreen({ type: 'request', source: B, kind: 'link' });
      dispatchStoreOnScreen({ type: 'loaded', source: B, loaded: first });
      const look = buildStoreIndex({ ...store, events: store.events.slice(0, 1) });
      dispatchStoreOnScreen({ type: 'look', source: B, index: look });
      expect(searchIsOpen(look)).toBe(true);
      expect(searchIsOpen(first.index)).toBe(false);
      expect(stopped.count).toBe(0);
      dispatchStoreOnScreen({ type: 'request', source: A, kind: 'switch' });
      expect(stopped.count).toBe(0);
      dispatchStoreOnScreen({ type: 'loaded', source: A, loaded });
      expect(stopped.count).toBe(1);
      useStoreOnScreen.setState(INITIAL_STORE_ON_SCREEN, true);
    });
  });
});
