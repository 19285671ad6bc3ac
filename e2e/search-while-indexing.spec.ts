import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { validateStoreText } from '../src/format/validate-store';
import { buildSearchIndexNow } from '../src/lib/event-search';
import { buildStoreIndex } from '../src/lib/store-index';
import { expect, test } from './fixtures';
import { timeline } from './helpers/app';
import { generatedStoreFile } from './helpers/store-loading';
import { serveFile } from './helpers/static-store-server';

/**
 * A large store's index takes seconds to build in its worker; a search typed meanwhile is
 * answered at once from a scan of the events, said to be preliminary, and then replaced by
 * the index's answer.
 */

// Big enough for its index to take seconds, even on a fast machine.
const EVENTS = 40_000;
const file = generatedStoreFile('search-while-indexing', { events: EVENTS, seed: 7 });
let server: Awaited<ReturnType<typeof serveFile>>;

test.beforeAll(async () => {
  server = await serveFile(file);
});
test.afterAll(() => server.close());

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search events' });
const matchesLine = (page: Page) =>
  page.getByRole('region', { name: 'Events', exact: true }).getByText(/ for “/);
const listCount = (page: Page) =>
  page.getByRole('region', { name: 'Events', exact: true }).getByText(/ of [\d,]+ events/);
const description = (page: Page) =>
  timeline(page)
    .getByRole('paragraph')
    .filter({ hasText: /^Showing / });
const number = (text: string) => Number(/^[\d,]+/.exec(text)![0].replaceAll(',', ''));
const total = new Intl.NumberFormat('en-GB').format(EVENTS);

/** The generated store, as the app will have it. */
function generatedStore() {
  const result = validateStoreText(readFileSync(file, 'utf8'));
  if (!result.ok) throw new Error('the generated store was refused');
  return result.store;
}

/** Opens the store and waits until every event is in (the list counts them all). */
async function openWhole(page: Page, title: string) {
  await page.goto(`/?store=${encodeURIComponent(server.url)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title, { timeout: 120_000 });
  await expect(
    page
      .getByRole('region', { name: 'Events', exact: true })
      .getByText(`${total} events`, { exact: true }),
  ).toBeVisible({ timeout: 120_000 });
}

test('a search typed while a large store is indexed shows matches so far, then the final answer', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const store = generatedStore();
  // A word of the first event's title: found by the scan and by the index alike.
  const query = /\p{L}{4,}/u.exec(store.events[0]!.title)![0].toLowerCase();
  const expected = buildSearchIndexNow(buildStoreIndex(store)).search(query).ranked.length;
  expect(expected).toBeGreaterThan(0);
  expect(expected).toBeLessThan(EVENTS);

  // Every event is in: the search is that of the whole store.
  await openWhole(page, store.title);
  await searchBox(page).fill(query);

  // While the index is built: matches so far, said to be so, and the list narrowed to them.
  const soFar = new RegExp(
    `^[\\d,]+ match(es)? so far for “${query}” \\(still indexing, \\d+%\\)$`,
  );
  await expect(matchesLine(page)).toHaveText(soFar);
  await expect(description(page)).toHaveText(
    /^Showing .+ to .+: [\d,]+ events? found so far \(still indexing, \d+%\)\.$/,
  );
  await expect(listCount(page)).toHaveText(new RegExp(`^[\\d,]+ of ${total} events so far$`));
  const found = number((await listCount(page).textContent()) ?? '');
  expect(found).toBeGreaterThan(0);
  expect(found).toBeLessThanOrEqual(expected);
  await expect(timeline(page)).not.toHaveClass(/timeline-panel--searching/);

  // Then the index's answer replaces it.
  const count = new Intl.NumberFormat('en-GB').format(expected);
  await expect(matchesLine(page)).toHaveText(`${count} matches for “${query}”`, {
    timeout: 120_000,
  });
  await expect(listCount(page)).toHaveText(`${count} of ${total} events`);
  await expect(description(page)).not.toHaveText(/so far|searching/);
});

test('a search with a typo typed while a large store is indexed finds its events so far, as the index will', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const store = generatedStore();
  // A long word of the first event's title with its third letter dropped: one edit away,
  // which the index forgives, and the beginning of no word, so only typo matching finds it.
  const word = /\p{L}{7,}/u.exec(store.events[0]!.title)![0].toLowerCase();
  const typo = word.slice(0, 2) + word.slice(3);
  const expected = buildSearchIndexNow(buildStoreIndex(store)).search(typo).ranked.length;
  expect(expected).toBeGreaterThan(0);

  await openWhole(page, store.title);
  await searchBox(page).fill(typo);

  // While the index is built, the typo already finds events (not "0 matches so far").
  await expect(matchesLine(page)).toHaveText(
    new RegExp(`^[\\d,]+ match(es)? so far for “${typo}” \\(still indexing, \\d+%\\)$`),
  );
  await expect(listCount(page)).toHaveText(new RegExp(`^[\\d,]+ of ${total} events so far$`));
  const found = number((await listCount(page).textContent()) ?? '');
  expect(found).toBeGreaterThan(0);
  expect(found).toBeLessThanOrEqual(expected);

  // Then the index's answer, the same events once all are in.
  const count = new Intl.NumberFormat('en-GB').format(expected);
  await expect(matchesLine(page)).toHaveText(`${count} matches for “${typo}”`, {
    timeout: 120_000,
  });
});
