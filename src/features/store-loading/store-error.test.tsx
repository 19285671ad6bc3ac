// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreLoadError } from './api/store-load-error';
import { StoreError } from './store-error';

afterEach(cleanup);

const networkError = () =>
  new StoreLoadError({ kind: 'network', message: 'The store could not be reached.' });

function shownFor(location: string, error: Error = networkError()) {
  render(
    <StoreError
      error={error}
      location={location}
      onRetry={() => {}}
      fallbackLabel="Open the default store"
      onFallback={() => {}}
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
