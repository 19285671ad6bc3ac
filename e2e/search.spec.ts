import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { generateStore, storeJsonChunks } from '../scripts/lib/gen-store';
import { validateStore } from '../src/format/validate-store';
import { buildSearchIndexNow } from '../src/lib/event-search';
import { SYNC_INDEX_LIMIT } from '../src/lib/search-service';
import { buildStoreIndex } from '../src/lib/store-index';
import { expect, test } from './fixtures';
import { serveFile } from './helpers/static-store-server';
import {
  type StoreJson,
  TOTAL_EVENTS,
  actorCheckbox,
  addressParam,
  collapse,
  details,
  detailsHeading,
  eventCount,
  eventList,
  fetchStore,
  listButton,
  openApp,
  titlesMatching,
  windowDescription,
} from './helpers/app';

/**
 * Search, as a person uses it: from the box and from a `q` link, case- and
 * accent-insensitive over every text of an event, combined with the actor filter, with
 * the matches counted and marked, and a clear way out when nothing matches.
 */

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search events' });
const matchCount = (page: Page) =>
  page
    .getByRole('region', { name: 'Events', exact: true })
    .getByText(/^[\d,]+ match(es)? for “.*”$/);

/** Lower case without accents, as the search compares. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Titles of the events with, for every query word, a word that begins with it somewhere
 * in their title, summary, tags, place, actor names, quotes, translations or the publishers
 * of the sources they cite: the oracle, computed from the store itself.
 */
function titlesFor(store: StoreJson, query: string): string[] {
  const raw = store as unknown as {
    events: {
      title: string;
      summary?: string;
      tags?: string[];
      place?: { name: string };
      actors: string[];
      excerpts?: { source: string; quote: string; translation?: string }[];
    }[];
    sources: { id: string; publisher?: string }[];
  };
  const names = new Map(store.actors.map((actor) => [actor.id, actor.name]));
  const sources = new Map(raw.sources.map((source) => [source.id, source]));
  const publisher = (id: string) => sources.get(id)?.publisher ?? '';
  const terms = fold(query).match(/[\p{L}\p{N}]+/gu) ?? [];
  return raw.events
    .filter((event) => {
      const text = [
        event.title,
        event.summary ?? '',
        event.place?.name ?? '',
        ...(event.tags ?? []),
        ...event.actors.map((id) => names.get(id) ?? id),
        ...(event.excerpts ?? []).flatMap((e) => [
          e.quote,
          e.translation ?? '',
          publisher(e.source),
        ]),
      ].join(' ');
      const words = fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
      return terms.every((term) => words.some((word) => word.startsWith(term)));
    })
    .map((event) => event.title)
    .sort();
}

async function listedTitles(page: Page): Promise<string[]> {
  const names = await eventList(page).locator('.event-list__title').allInnerTexts();
  return names.sort();
}

test.describe('search', () => {
  test('from the box: accents and case do not matter, matches are counted and marked', async ({
    page,
    request,
  }) => {
    const store = await fetchStore(request);
    const expected = titlesFor(store, 'pionyang');
    // "Pionyang", the Spanish spelling, occurs only in the Spanish quotes.
    expect(expected.length).toBeGreaterThan(1);
    await openApp(page);

    await searchBox(page).fill('PIONYÁNG');
    await expect(matchCount(page)).toHaveText(`${expected.length} matches for “PIONYÁNG”`);
    await expect(eventCount(page)).toHaveText(`${expected.length} of ${TOTAL_EVENTS} events`);
    expect(await listedTitles(page)).toEqual(expected);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('PIONYÁNG');
    await expect(windowDescription(page)).toContainText(`of ${expected.length} events in view`);

    // The details mark the word in the quote, which stays verbatim.
    await listButton(page, expected[0]!).click();
    await expect(detailsHeading(page)).toHaveText(expected[0]!);
    const quote = details(page)
      .getByRole('blockquote')
      .filter({ has: page.locator('mark') });
    await expect(quote.first().locator('mark').first()).toHaveText('Pionyang');
    const event = store.events.find((candidate) => candidate.title === expected[0])!;
    const quoted = (event.excerpts ?? []).map((excerpt) => collapse(excerpt.quote));
    expect(quoted).toContain(collapse(await quote.first().innerText()));
  });

  test('the English spelling finds the events whose English text says it', async ({
    page,
    request,
  }) => {
    const store = await fetchStore(request);
    const expected = titlesFor(store, 'Pyongyang');
    await openApp(page);
    await searchBox(page).fill('Pyongyang');
    await expect(matchCount(page)).toHaveText(`${expected.length} matches for “Pyongyang”`);
    expect(await listedTitles(page)).toEqual(expected);
    // Titles that say it show it marked in the list.
    const marked = eventList(page).locator('mark', { hasText: 'Pyongyang' });
    await expect(marked.first()).toBeVisible();
  });

  test('from a q link: the box, the list, the timeline and the count agree', async ({
    page,
    request,
  }) => {
    const store = await fetchStore(request);
    const expected = titlesFor(store, 'ucrania');
    await openApp(page, '?q=ucrania');
    await expect(searchBox(page)).toHaveValue('ucrania');
    await expect(matchCount(page)).toHaveText(`${expected.length} matches for “ucrania”`);
    expect(await listedTitles(page)).toEqual(expected);
    await expect(windowDescription(page)).toContainText(`of ${expected.length} events in view`);
    // Reloading keeps it: the link is the view.
    await page.reload();
    await expect(searchBox(page)).toHaveValue('ucrania');
    await expect(matchCount(page)).toHaveText(`${expected.length} matches for “ucrania”`);
    expect(await listedTitles(page)).toEqual(expected);
  });

  test('combines with the actor filter', async ({ page, request }) => {
    const store = await fetchStore(request);
    const bySearch = new Set(titlesFor(store, 'pyongyang'));
    const byActor = titlesMatching(store, ['united-states'], 'any');
    const both = byActor.filter((title) => bySearch.has(title)).sort();
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(bySearch.size);

    await openApp(page, '?q=pyongyang');
    await actorCheckbox(page, 'United States').check();
    await expect(matchCount(page)).toHaveText(`${both.length} matches for “pyongyang”`);
    expect(await listedTitles(page)).toEqual(both);
    await addressParam(page, 'actors').toBe('united-states');
    await addressParam(page, 'q').toBe('pyongyang');

    // Back undoes the actor, keeps the search.
    await page.goBack();
    await expect(matchCount(page)).toHaveText(`${bySearch.size} matches for “pyongyang”`);
  });

  test('Enter opens the best match, which the list marks', async ({ page }) => {
    await openApp(page);
    await searchBox(page).fill('pyongyang kim');
    await searchBox(page).press('Enter');
    const best = eventList(page).getByRole('listitem').filter({ hasText: 'Best match' });
    await expect(best).toHaveCount(1);
    const title = await best.locator('.event-list__title').innerText();
    await expect(detailsHeading(page)).toHaveText(title);
    await expect(searchBox(page)).toBeFocused();
  });

  test('a source’s publisher finds the events that cite it, marked in their evidence', async ({
    page,
  }) => {
    await page.goto('/?store=/data/example-evidence.json');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Lake Varna');
    // The words are the publisher of a source one event cites, and in no event's own text.
    await searchBox(page).fill('radio kessin');
    await expect(matchCount(page)).toHaveText('1 match for “radio kessin”');
    const [title] = await eventList(page).locator('.event-list__title').allInnerTexts();
    await listButton(page, title!).click();
    await expect(detailsHeading(page)).toHaveText(title!);
    const cited = details(page).locator('cite', { hasText: 'Radio Kessin' });
    await expect(cited.locator('mark')).toHaveText(['Radio', 'Kessin']);
  });

  test('no results: a clear empty state and a way back', async ({ page }) => {
    await openApp(page, '?q=atlantis');
    const events = page.getByRole('region', { name: 'Events', exact: true });
    await expect(events.getByText('No events match “atlantis”.')).toBeVisible();
    await expect(matchCount(page)).toHaveText('0 matches for “atlantis”');
    await expect(eventList(page).getByRole('listitem')).toHaveCount(0);
    await events.getByRole('button', { name: 'Clear search' }).click();
    await expect(eventCount(page)).toHaveText(`${TOTAL_EVENTS} events`);
    await expect(searchBox(page)).toHaveValue('');
    await addressParam(page, 'q').toBeNull();
  });

  test('search text is only text: markup in a query is shown, never run', async ({ page }) => {
    await openApp(page, `?q=${encodeURIComponent('<img src=x onerror=alert(1)> kim')}`);
    await expect(matchCount(page)).toContainText('<img src=x onerror=alert(1)> kim');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  });
});

test('a large store is searched in a worker, with the same answers', async ({ page }) => {
  test.setTimeout(120_000);
  // Above SYNC_INDEX_LIMIT the index is built and queried in a Web Worker.
  const events = SYNC_INDEX_LIMIT + 3_000;
  const generated = generateStore({ events, seed: 11 });
  const file = join(tmpdir(), `sourceline-e2e-search-${events}.json`);
  writeFileSync(file, [...storeJsonChunks(generated)].join(''));
  const server = await serveFile(file);
  try {
    // The oracle: the same search engine, run here on the page's own copy of the store.
    const result = validateStore(JSON.parse([...storeJsonChunks(generated)].join('')));
    if (!result.ok) throw new Error('the generated store was refused');
    const index = buildStoreIndex(result.store);
    const query = generated.actors[0]!.name;
    const expected = buildSearchIndexNow(index).search(query).ranked.length;
    expect(expected).toBeGreaterThan(0);

    // What the list's count and the timeline's description said while the search was not
    // ready, or its answer only partial (search-while-indexing.spec.ts): recorded at every
    // change, since that lasts as long as the worker indexes.
    await page.addInitScript(() => {
      const said: { matches: string; count: string; timeline: string }[] = [];
      Object.assign(window, { searchingSaid: said });
      new MutationObserver(() => {
        const matches = document.querySelector('.event-list__matches')?.textContent ?? '';
        if (!matches.startsWith('Preparing the search') && !matches.includes(' so far ')) return;
        const timeline = document.querySelector('[aria-label="Timeline"]');
        const described = timeline?.getAttribute('aria-describedby');
        said.push({
          matches,
          count: document.querySelector('.event-list__count')?.textContent ?? '',
          timeline: described ? (document.getElementById(described)?.textContent ?? '') : '',
        });
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(`/?store=${encodeURIComponent(server.url)}&q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(generated.title, {
      timeout: 60_000,
    });
    const count = new Intl.NumberFormat('en-GB').format(expected);
    await expect(matchCount(page)).toHaveText(`${count} matches for “${query}”`, {
      timeout: 60_000,
    });
    // Meanwhile no count of matches was made up: "0 of 8,000 events" was said before. A
    // count found so far, while the index is built, says so.
    const said = await page.evaluate(
      () =>
        (
          window as unknown as {
            searchingSaid: { matches: string; count: string; timeline: string }[];
          }
        ).searchingSaid,
    );
    expect(said.length).toBeGreaterThan(0);
    const total = new Intl.NumberFormat('en-GB').format(events);
    for (const { matches, count, timeline } of said) {
      if (matches.startsWith('Preparing the search')) {
        expect(count).toBe(`Searching ${total} events…`);
        expect(timeline).toMatch(/^Showing .+ to .+: searching\.$/);
      } else {
        expect(count).toMatch(new RegExp(`^[\\d,]+ of ${total} events so far$`));
        expect(timeline).toMatch(/: [\d,]+ events? found so far \(still indexing/);
      }
    }
    // Typing another query is answered too, without reloading the index.
    await searchBox(page).fill('zzzz-nothing');
    await expect(matchCount(page)).toHaveText('0 matches for “zzzz-nothing”', {
      timeout: 30_000,
    });
  } finally {
    await server.close();
  }
});

test('while a large store prepares its first search, the timeline keeps its events', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const events = SYNC_INDEX_LIMIT + 1_000;
  const generated = generateStore({ events, seed: 12 });
  const file = join(tmpdir(), `sourceline-e2e-first-search-${events}.json`);
  writeFileSync(file, [...storeJsonChunks(generated)].join(''));
  const server = await serveFile(file);
  try {
    const result = validateStore(JSON.parse([...storeJsonChunks(generated)].join('')));
    if (!result.ok) throw new Error('the generated store was refused');
    const query = generated.actors[0]!.name;
    const expected = buildSearchIndexNow(buildStoreIndex(result.store)).search(query).ranked.length;
    expect(expected).toBeGreaterThan(0);

    // The search's worker is held back until the timeline has been looked at: the search is
    // being prepared for as long as the test needs, however fast the machine.
    let releaseWorker!: () => void;
    const released = new Promise<void>((resolve) => (releaseWorker = resolve));
    let workerAsked = false;
    await page.route(/\/search-worker-[^/]*\.js$/, async (route) => {
      workerAsked = true;
      await released;
      await route.continue();
    });

    await page.goto(`/?store=${encodeURIComponent(server.url)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(generated.title, {
      timeout: 60_000,
    });
    const region = page.getByRole('region', { name: 'Timeline', exact: true });
    const items = region.locator('.vis-item');
    await expect(items.first()).toBeVisible({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Next event' }).click();
    const chosen = (await detailsHeading(page).textContent()) ?? '';
    expect(chosen).not.toBe('');

    await searchBox(page).fill(query);
    const description = region.getByRole('paragraph').filter({ hasText: /^Showing / });
    await expect(description).toHaveText(/^Showing .+ to .+: searching\.$/);
    await expect(
      page.getByRole('region', { name: 'Events', exact: true }).getByText(/^Preparing the search/),
    ).toBeVisible();
    await expect.poll(() => workerAsked).toBe(true);
    // The events drawn before the search are still drawn (dimmed), not an empty axis.
    await expect(items.first()).toBeVisible();
    await expect(region).toHaveClass(/timeline-panel--searching/);
    expect(await items.count()).toBeGreaterThan(0);

    // Next event waits for the answer: it does not select an event the search may hide.
    await description.click();
    await page.keyboard.press('ArrowRight');
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    await expect(detailsHeading(page)).toHaveText(chosen);
    await expect(description).toHaveText(/: searching\.$/);

    // Then the answer replaces them.
    releaseWorker();
    const count = new Intl.NumberFormat('en-GB').format(expected);
    await expect(matchCount(page)).toHaveText(`${count} matches for “${query}”`, {
      timeout: 60_000,
    });
    await expect(description).toHaveText(new RegExp(`: [\\d,]+ of ${count} events? in view\\.$`));
    await expect(region).not.toHaveClass(/timeline-panel--searching/);
    await expect(items.first()).toBeVisible();
  } finally {
    await server.close();
  }
});
