// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadLang } from '../../i18n/catalogue';
import { loadSearchEngine } from '../../lib/search-service';
import { fixtureIndex } from '../../lib/testing/fixture-store';
import { useViewStore } from '../../lib/view-store';
import { EventList } from './event-list';
import type { HeldList } from '../../lib/held-list';

/*
 * What the list says when it has no events to show. A store too large to load whole
 * (held-windows.ts) holds only the events around the window shown; at a window holding too
 * many to load it holds none, and the list must not say that the store has none, nor that
 * a search matched none.
 */

beforeAll(() => loadSearchEngine());

afterEach(() => {
  cleanup();
  act(() => useViewStore.setState({ lang: 'en', query: '' }));
});

const noop = () => {};
const list = (index = fixtureIndex(), held?: HeldList) =>
  render(<EventList index={index} onChosen={noop} held={held} />);

describe('the event list of a store too large to load whole', () => {
  it('at a window too wide to load: says so, with no count, not that the store has no events', () => {
    list(fixtureIndex({ events: [] }), 'too-wide');
    expect(
      screen.getByText(/^This window holds too many events to load and list one by one: zoom in/),
    ).toBeTruthy();
    expect(screen.queryByText('This store has no events to show.')).toBeNull();
    expect(screen.queryByText(/0 events/)).toBeNull();
  });

  it('at a window too wide to load, a search: says it was not searched, not that nothing matched', () => {
    act(() => useViewStore.setState({ query: 'ceasefire' }));
    list(fixtureIndex({ events: [] }), 'too-wide');
    expect(
      screen.getByText(
        'Not searched for “ceasefire”: the search covers the events loaded around the window shown, ' +
          'and this window holds too many events to load. Zoom in to search its events.',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/No events match/)).toBeNull();
    expect(screen.queryByText(/Check the spelling/)).toBeNull();
    expect(screen.queryByText(/0 matches/)).toBeNull();
  });

  it('its window loaded, a search that matches none: says it searched the loaded events', () => {
    act(() => useViewStore.setState({ query: 'zebra' }));
    list(fixtureIndex(), 'loaded');
    expect(
      screen.getByText('None of the events loaded around the window shown match “zebra”.'),
    ).toBeTruthy();
    expect(screen.getByText(/^The search covers the titles, actors, places and tags/)).toBeTruthy();
    expect(screen.queryByText(/Check the spelling/)).toBeNull();
  });

  it('its window loaded and empty: no events around the window, not none in the store', () => {
    list(fixtureIndex({ events: [] }), 'loaded');
    expect(screen.getByText(/^No events around the window shown\./)).toBeTruthy();
    expect(screen.queryByText('This store has no events to show.')).toBeNull();
  });

  it('says so in Spanish', async () => {
    await loadLang('es');
    act(() => useViewStore.setState({ lang: 'es', query: 'alto el fuego' }));
    list(fixtureIndex({ events: [] }), 'too-wide');
    expect(
      await screen.findByText(
        /^No se ha buscado «alto el fuego»: la búsqueda abarca los eventos cargados/,
      ),
    ).toBeTruthy();
  });
});
