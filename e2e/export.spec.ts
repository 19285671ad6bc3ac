import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { validateStore } from '../src/format/validate-store';
import { expect, test } from './fixtures';
import {
  STORE_TITLE,
  TREATY,
  detailsHeading,
  eventCount,
  eventList,
  fetchStore,
  openApp,
  escapeRegExp,
} from './helpers/app';

/**
 * Export: what passes the filters and the search, downloaded as a sourceline/1 store (that
 * the validator and the app accept whole) and as CSV; and an event's citation.
 */

const FILTERED = '?actors=united-states&q=pyongyang';

async function download(
  page: Page,
  format: 'JSON' | 'CSV' | 'GeoJSON (for maps)' | 'KML (for Google Earth)',
) {
  const menu = page.getByRole('button', { name: /^Export/ });
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Download ${format}` }).click(),
  ]);
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8'), path };
}

async function listedTitles(page: Page): Promise<string[]> {
  return eventList(page).locator('.event-list__title').allInnerTexts();
}

test.describe('export', () => {
  test('JSON: a valid store of the filtered events, with only what they use', async ({
    page,
    request,
  }, testInfo) => {
    const original = await fetchStore(request);
    await openApp(page, FILTERED);
    const titles = await listedTitles(page);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.length).toBeLessThan(original.events.length);

    const { name, text, path } = await download(page, 'JSON');
    expect(name).toBe('russia-and-north-korea-2000-2024-events.json');
    const result = validateStore(JSON.parse(text));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dropped).toEqual({ sources: 0, actors: 0, events: 0 });
    expect(result.problems.filter((problem) => problem.severity !== 'warning')).toEqual([]);
    expect(result.store.title).toBe(STORE_TITLE);
    // The same events, in the list's (time) order.
    expect(result.store.events.map((event) => event.title)).toEqual(titles);
    // Only the actors the events name, and the states those belong to.
    const named = new Set(result.store.events.flatMap((event) => event.actors));
    for (const actor of result.store.actors) {
      const isNamed = named.has(actor.id);
      const isParent = result.store.actors.some((other) => other.memberOf === actor.id);
      expect(isNamed || isParent, `${actor.id} is used`).toBe(true);
    }
    expect(result.store.actors.length).toBeLessThan(original.actors.length);
    await testInfo.attach('export.json', { path, contentType: 'application/json' });

    // The file opens in Sourceline again, whole.
    await page.getByRole('button', { name: 'Open store…' }).click();
    await page.getByLabel('Open a file').setInputFiles(path);
    await expect(eventCount(page)).toHaveText(`${titles.length} events`);
    expect(await listedTitles(page)).toEqual(titles);
  });

  test('CSV: one row per event, that reads back to the store’s values', async ({
    page,
    request,
  }) => {
    const original = await fetchStore(request);
    await openApp(page, FILTERED);
    const titles = await listedTitles(page);

    const { name, text } = await download(page, 'CSV');
    expect(name).toBe('russia-and-north-korea-2000-2024-events.csv');
    expect(text.startsWith('\ufeff')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields?.slice(0, 4)).toEqual(['id', 'title', 'start', 'end']);
    expect(parsed.data.map((row) => row.title)).toEqual(titles);
    for (const row of parsed.data) {
      const event = original.events.find((candidate) => candidate.id === row.id)!;
      expect(row.start).toBe(event.start);
      expect(row.end).toBe(event.end ?? '');
      expect(row.actor_ids!.split('; ')).toEqual(event.actors);
      const quotes = (event.excerpts ?? []).map((excerpt) => excerpt.quote);
      expect(row.quotes!.split('\n\n')).toEqual(quotes.length > 0 ? quotes : ['']);
    }
  });

  test('GeoJSON: a point per placed event for GIS tools, which Sourceline imports again', async ({
    page,
  }) => {
    await openApp(page, FILTERED);
    const titles = await listedTitles(page);

    const { name, text, path } = await download(page, 'GeoJSON (for maps)');
    expect(name).toBe('russia-and-north-korea-2000-2024-events.geojson');
    const collection = JSON.parse(text) as {
      name: string;
      features: { geometry: { type: string } | null; properties: { title: string } }[];
    };
    expect(collection.name).toBe(STORE_TITLE);
    expect(collection.features.map((feature) => feature.properties.title)).toEqual(titles);
    expect(collection.features.some((feature) => feature.geometry?.type === 'Point')).toBe(true);

    // Opened again, it goes through the Import dialog, as GeoJSON from any tool does.
    await page.getByRole('button', { name: 'Open store…' }).click();
    await page.getByLabel('Open a file').setInputFiles(path);
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await expect(dialog).toContainText(`Recognised: GeoJSON (${titles.length} read)`);
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect(eventCount(page)).toHaveText(`${titles.length} events`);
    expect((await listedTitles(page)).sort()).toEqual([...titles].sort());
  });

  test('KML: a placemark per event for Google Earth’s time slider, imported again by lane', async ({
    page,
  }) => {
    await openApp(page, FILTERED);
    const titles = await listedTitles(page);

    const { name, text, path } = await download(page, 'KML (for Google Earth)');
    expect(name).toBe('russia-and-north-korea-2000-2024-events.kml');
    // What Google Earth reads: strict XML, each placemark dated for the time slider.
    const kml = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const child = (element: Element, tag: string) =>
        [...element.children].find((c) => c.localName === tag)?.textContent ?? null;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        name: child(doc.getElementsByTagName('Document')[0]!, 'name'),
        placemarks: [...doc.getElementsByTagName('Placemark')].map((p) => ({
          title: child(p, 'name'),
          dated: p.querySelector('TimeStamp > when, TimeSpan > begin') !== null,
          folder: child(p.parentElement!, 'name'),
        })),
      };
    }, text);
    expect(kml.error).toBeNull();
    expect(kml.name).toBe(STORE_TITLE);
    expect(kml.placemarks.map((p) => p.title).sort()).toEqual([...titles].sort());
    expect(kml.placemarks.every((p) => p.dated)).toBe(true);
    const folders = [...new Set(kml.placemarks.map((p) => p.folder))];

    // Opened again, it goes through the Import dialog, its folders as the lanes.
    await page.getByRole('button', { name: 'Open store…' }).click();
    await page.getByLabel('Open a file').setInputFiles(path);
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await expect(dialog).toContainText(`Recognised: KML (Google Earth) (${titles.length} read)`);
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect(eventCount(page)).toHaveText(`${titles.length} events`);
    expect((await listedTitles(page)).sort()).toEqual([...titles].sort());
    const actors = page.getByRole('group', { name: 'Actors' }).getByRole('checkbox');
    await expect(actors).toHaveCount(folders.length);
    for (const folder of folders) {
      await expect(
        page
          .getByRole('group', { name: 'Actors' })
          .getByRole('checkbox', { name: new RegExp(`^${folder}`) }),
      ).toBeVisible();
    }
  });

  test('the menu describes what will be exported and closes with Escape', async ({ page }) => {
    await openApp(page, `${FILTERED}&event=${TREATY.id}`);
    const count = (await listedTitles(page)).length;
    const menu = page.getByRole('button', { name: /^Export/ });
    await menu.click();
    await expect(page.getByText(`The ${count} events that pass the current filters`)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
    // Escape closed the menu only; the selected event stays.
    await expect(detailsHeading(page)).toHaveText(TREATY.title);
  });

  test('Copy citation: title, date, sources and the deep link', async ({ page, request }) => {
    const store = await fetchStore(request);
    await openApp(page, `?event=${TREATY.id}&q=kim`);
    await page
      .getByRole('region', { name: 'Event details' })
      .getByRole('button', { name: 'Copy citation' })
      .click();
    await expect(page.getByRole('status')).toContainText('Citation copied');
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    const source = store.sources[0] as unknown as { title: string; publisher?: string };
    // Its status and note after the date: a claim is never cited bare.
    expect(citation).toMatch(
      new RegExp(
        `^${escapeRegExp(TREATY.title)}\\. ${TREATY.date}\\. Status: confirmed — [^.]+\\. Sources: ${escapeRegExp(source.title)}`,
      ),
    );
    // The link cites the event, not the search or the window it was found in.
    const link = citation.slice(citation.indexOf('Sourceline, ') + 'Sourceline, '.length);
    expect(new URL(link).search).toBe(`?event=${TREATY.id}`);

    // The link opens the event.
    await page.goto(link);
    await expect(detailsHeading(page)).toHaveText(TREATY.title);
  });
});
