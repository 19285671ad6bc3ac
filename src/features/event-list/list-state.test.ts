import { describe, expect, it } from 'vitest';
import { heldListOf, listCounted } from '../../lib/held-list';
import { listEmptyState } from './list-state';

const none = { shown: 0, total: 0, query: '', pending: false };

describe('heldListOf', () => {
  it('is undefined for a store loaded whole', () => {
    expect(heldListOf(false, false, false)).toBeUndefined();
    expect(heldListOf(false, true, true)).toBeUndefined();
  });

  it('a held store: loaded, unless its look was taken at a window too wide to read', () => {
    expect(heldListOf(true, false, false)).toBe('loaded');
    // A window asked for but not in yet does not empty the look on screen.
    expect(heldListOf(true, false, true)).toBe('loaded');
    expect(heldListOf(true, true, true)).toBe('too-wide');
    // Zoomed in from there: the new window's rows are on their way.
    expect(heldListOf(true, true, false)).toBe('loading');
  });
});

describe('listEmptyState', () => {
  it('a held store at a window too wide to load says so, not that it has no events or matches', () => {
    expect(listEmptyState({ ...none, held: 'too-wide' })).toBe('too-wide');
    expect(listEmptyState({ ...none, held: 'too-wide', query: 'ceasefire' })).toBe(
      'too-wide-search',
    );
    // Not "searching" either: nothing loaded is searched.
    expect(listEmptyState({ ...none, held: 'too-wide', query: 'ceasefire', pending: true })).toBe(
      'too-wide-search',
    );
    expect(listEmptyState({ ...none, held: 'loading', query: 'ceasefire' })).toBe('window-loading');
  });

  it('a held store whose window is loaded: what is empty is the loaded events', () => {
    const held = 'loaded' as const;
    expect(listEmptyState({ ...none, held })).toBe('no-events-around-window');
    expect(listEmptyState({ ...none, held, total: 40 })).toBe('no-filter-match-held');
    expect(listEmptyState({ ...none, held, total: 40, query: 'zebra' })).toBe(
      'no-search-match-held',
    );
    expect(listEmptyState({ ...none, held, total: 40, shown: 3, query: 'report' })).toBeNull();
    expect(listEmptyState({ ...none, held, total: 40, query: 'report', pending: true })).toBeNull();
  });

  it('a store loaded whole: as before', () => {
    const held = undefined;
    expect(listEmptyState({ ...none, held })).toBe('no-events-in-store');
    expect(listEmptyState({ ...none, held, total: 18 })).toBe('no-filter-match');
    expect(listEmptyState({ ...none, held, total: 18, query: 'zebra' })).toBe('no-search-match');
    expect(listEmptyState({ ...none, held, total: 18, query: 'zebra', pending: true })).toBeNull();
    expect(listEmptyState({ ...none, held, total: 18, shown: 18 })).toBeNull();
  });
});

describe('listCounted', () => {
  it('counts what is loaded: nothing to count while the window’s events are not', () => {
    expect(listCounted(undefined)).toBe(true);
    expect(listCounted('loaded')).toBe(true);
    expect(listCounted('loading')).toBe(false);
    expect(listCounted('too-wide')).toBe(false);
  });
});
