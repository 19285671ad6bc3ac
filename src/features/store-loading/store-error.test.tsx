// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Problem } from '../../format/problems';
import { loadLang } from '../../i18n/catalogue';
import { useViewStore } from '../../lib/view-store';
import { noEvents, timedOut } from './api/load-details';
import { StoreLoadError } from './api/store-load-error';
import { StoreError } from './store-error';

afterEach(() => {
  cleanup();
  act(() => useViewStore.setState({ lang: 'en' }));
});

const networkError = () =>
  new StoreLoadError({ kind: 'network', message: 'The store could not be reached.' });

function shownFor(location: string, error: Error = networkError(), embedded = false) {
  render(
    <StoreError
      error={error}
      location={location}
      onRetry={() => {}}
      fallbackLabel="Open the default store"
      onFallback={embedded ? null : () => {}}
      embedded={embedded}
    />,
  );
  return screen.getByRole('alert').textContent ?? '';
}

describe('a store that could not be reached', () => {
  const CORS = 'It is on another site, which may not let other sites read its files (CORS)';

  it('on another site: names the likely cause and the way round it', () => {
    expect(shownFor('https://news.example/feeds/korea.rss')).toContain(CORS);
  });

  it('on this site, or a file: the connection, not CORS', () => {
    for (const location of [
      `${window.location.origin}/data/events.json`,
      '/data/x.json',
      'korea.rss',
    ]) {
      const text = shownFor(location);
      expect(text).toContain(
        'The store could not be reached. Check the address and your connection.',
      );
      expect(text).not.toContain(CORS);
      cleanup();
    }
  });

  it('a Google Sheet: says how to publish it, or to download it, whether unreachable or refused', () => {
    const SHEET =
      'https://docs.google.com/spreadsheets/d/1xuY4upIooEeszZ_lCmeNx24eSFWe0rHe9ZdqH2xqVNk/edit#gid=0';
    const PUBLISH =
      'A Google Sheet is read from its copy published to the web: in Google Sheets, choose File → Share → Publish to web, then open its address again. Or download it (File → Download → Microsoft Excel) and open the file with the Open store… button.';
    expect(shownFor(SHEET)).toContain(PUBLISH);
    cleanup();
    const notFound = new StoreLoadError({ kind: 'http', status: 404, message: 'HTTP 404' });
    const text = shownFor(SHEET, notFound);
    expect(text).toContain('404');
    expect(text).toContain(PUBLISH);
    expect(text).not.toContain('(CORS)');
    cleanup();
    // A TimelineJS embed whose data is a sheet's key: the same.
    const embed =
      'https://cdn.knightlab.com/libs/timeline3/latest/embed/index.html?source=1xuY4upIooEeszZ&font=Default';
    expect(shownFor(embed)).toContain(PUBLISH);
  });
});

describe('a store an embedded timeline could not reach', () => {
  const SHEET =
    'https://docs.google.com/spreadsheets/d/1xuY4upIooEeszZ_lCmeNx24eSFWe0rHe9ZdqH2xqVNk/edit';

  it('gives no advice about controls a frame lacks, nor an address its reader cannot change', () => {
    for (const [location, error] of [
      ['http://127.0.0.1:9/x.json', networkError()],
      ['/data/x.json', networkError()],
      [SHEET, networkError()],
      [SHEET, new StoreLoadError({ kind: 'http', status: 404, message: 'HTTP 404' })],
    ] as const) {
      const text = shownFor(location, error, true);
      expect(text, location).not.toMatch(/Open store|open the file|download/i);
      expect(text, location).not.toContain('Check the address');
      cleanup();
    }
  });

  it('says what a reader can do, and where the cause is', async () => {
    expect(shownFor('https://news.example/korea.json', networkError(), true)).toContain(
      'The events of this timeline could not be reached: check your connection, or try again later. They are on another site, which may not let this one read them (CORS): whoever published this timeline can allow it, or put its file elsewhere.',
    );
    cleanup();
    expect(shownFor(SHEET, networkError(), true)).toContain(
      'whoever shared this timeline can publish it (in Google Sheets, File → Share → Publish to web)',
    );
    cleanup();
    // The same in Spanish.
    await loadLang('es');
    act(() => useViewStore.setState({ lang: 'es' }));
    expect(shownFor('https://news.example/korea.json', networkError(), true)).toContain(
      'Están en otro sitio, que puede no permitir que este los lea (CORS)',
    );
  });
});

describe('a store with no events to show, in Spanish', () => {
  const PROBLEMS: Problem[] = [
    {
      severity: 'dropped',
      path: 'events[0].actors[0]',
      message: 'unknown actor; the event dropped',
      expected: 'the id of an actor in this store',
      value: '"atlantis"',
    },
  ];

  it('lists the problems and says the loader’s detail in Spanish once their words are in', async () => {
    await loadLang('es');
    act(() => useViewStore.setState({ lang: 'es' }));
    const english = shownFor('/data/x.json', noEvents(1, PROBLEMS));
    // The loader's English until the words are in: never a blank.
    expect(english).toContain('The store has no valid events: its only event was dropped.');
    expect(
      await screen.findByText(
        'events[0].actors[0]: actor desconocido; se descarta el evento (se encontró "atlantis"); se esperaba el id de un actor de este almacén',
      ),
    ).toBeTruthy();
    const text = screen.getByRole('alert').textContent ?? '';
    expect(text).toContain('El almacén no tiene eventos que mostrar.');
    expect(text).toContain('El almacén no tiene eventos válidos: se descartó el único que tenía.');
    expect(text).not.toContain('dropped');
  });

  it('the server’s silence, with its seconds', async () => {
    await loadLang('es');
    act(() => useViewStore.setState({ lang: 'es' }));
    shownFor('/data/x.json', timedOut(30_000));
    expect(await screen.findByText('El servidor no envió nada durante 30 segundos.')).toBeTruthy();
  });

  it('stays in the loader’s and the validator’s English in the English interface', () => {
    const text = shownFor('/data/x.json', noEvents(1, PROBLEMS));
    expect(text).toContain('The store has no valid events: its only event was dropped.');
    expect(text).toContain(
      'events[0].actors[0]: unknown actor; the event dropped (found "atlantis"); expected the id of an actor in this store',
    );
  });
});
