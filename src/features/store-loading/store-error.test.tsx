// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreLoadError } from './api/store-load-error';
import { StoreError } from './store-error';

afterEach(cleanup);

const networkError = () =>
  new StoreLoadError({ kind: 'network', message: 'The store could not be reached.' });

function shownFor(location: string) {
  render(
    <StoreError
      error={networkError()}
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
});
