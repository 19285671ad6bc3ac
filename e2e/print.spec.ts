import { readFile } from 'node:fs/promises';
import { generateStoreJson } from '../scripts/lib/gen-store';
import { expect, test } from './fixtures';
import { details, detailsHeading, eventCount, eventList, timeline } from './helpers/app';
import { json, routeStore, storePath } from './helpers/store-loading';

/**
 * Printed, or saved as PDF (print.css): what a fact-checker keeps on paper. Checked with the
 * page laid out for print, as the print dialog lays it out, and read as a person reads it.
 */

const EXAMPLE = '/data/example-evidence.json';
/** A store opened, its lazily loaded parts in: seconds on a machine busy with other builds. */
const LOADED = { timeout: 30_000 };
const EVENT = 'varna-quotas-set';

interface ExampleStore {
  sources: { id: string; url?: string; archiveUrl?: string }[];
  events: { id: string; title: string; excerpts?: { source: string }[] }[];
}

/** A link whose name (its words, then what print.css writes after it) ends in this address. */
const endingIn = (address: string) =>
  new RegExp(
    `^(Open the source|Archived copy) of .*: ${address.replace(/[.?*+^$()[\]{}|/\\]/g, '\\$&')}$`,
  );

test('prints the event’s evidence with its sources’ addresses, the link to this view and the list, without the controls', async ({
  page,
}) => {
  const store = JSON.parse(await readFile(`public${EXAMPLE}`, 'utf8')) as ExampleStore;
  const event = store.events.find((e) => e.id === EVENT)!;
  const source = store.sources.find((s) => s.id === event.excerpts![0]!.source)!;
  await page.goto(`/?store=${EXAMPLE}&event=${EVENT}`);
  await expect(detailsHeading(page)).toHaveText(event.title, LOADED);
  await expect(eventCount(page)).toHaveText(`${store.events.length} events`, LOADED);

  await page.emulateMedia({ media: 'print' });
  // When and from which view: the link opens what the paper shows.
  const printed = page.getByText(/^Printed on /);
  await expect(printed).toBeVisible();
  const link = new URL((await printed.textContent())!.replace(/^Printed on .+? from /, ''));
  expect(link.searchParams.get('event')).toBe(EVENT);
  expect(link.searchParams.get('store')).toBe(EXAMPLE);
  expect(link.searchParams.get('from')).not.toBeNull();

  // The event's evidence, whole, and where its source is to be found.
  await expect(detailsHeading(page)).toBeVisible(LOADED);
  await expect(details(page).locator('blockquote').first()).toBeVisible();
  await expect(
    details(page)
      .getByRole('link', { name: endingIn(source.url!) })
      .first(),
  ).toBeVisible();
  await expect(
    details(page)
      .getByRole('link', { name: endingIn(source.archiveUrl!) })
      .first(),
  ).toBeVisible();
  // The timeline as drawn, and every event that passes the filters.
  await expect(timeline(page)).toBeVisible();
  await expect(eventList(page).getByRole('listitem')).toHaveCount(store.events.length);
  for (const item of await eventList(page).getByRole('listitem').all()) {
    await expect(item).toBeVisible();
  }

  // What only works on a screen is left off the paper.
  for (const name of ['Zoom in', 'Copy link', 'Copy citation', 'Close details']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeHidden();
  }
  await expect(page.getByRole('group', { name: 'Actors' })).toBeHidden();
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toBeHidden();

  // Back on the screen, the page is as it was.
  await page.emulateMedia({ media: 'screen' });
  await expect(printed).toBeHidden();
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  await expect(details(page).getByRole('link', { name: endingIn(source.url!) })).toHaveCount(0);
});

test('Export → Print or save as PDF… opens the print dialog, the menu closed', async ({ page }) => {
  await page.goto(`/?store=${EXAMPLE}&event=${EVENT}`);
  await expect(detailsHeading(page)).toBeVisible(LOADED);
  // Headless Chromium has no dialog to show: that the page was printed is its beforeprint.
  await page.evaluate(
    "window.printed = 0; window.addEventListener('beforeprint', () => { window.printed += 1; });",
  );
  const exportButton = page.getByRole('button', { name: 'Export' });
  await exportButton.click();
  await page.getByRole('button', { name: 'Print or save as PDF…' }).click();
  await expect.poll(() => page.evaluate('window.printed')).toBe(1);
  await expect(page.getByRole('button', { name: 'Print or save as PDF…' })).toBeHidden();
  await expect(exportButton).toBeFocused();
});

test('a dark screen prints dark text on white paper', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`/?store=${EXAMPLE}&event=${EVENT}`);
  await expect(detailsHeading(page)).toBeVisible(LOADED);
  // The lightness (0 to 255) of the excerpt's source line and of the panel behind it.
  const source = details(page).locator('figcaption').first();
  const lightness = () =>
    source.evaluate((caption) => {
      const mean = (colour: string) => {
        const [r, g, b] = colour.match(/\d+/g)!.map(Number);
        return Math.round((r! + g! + b!) / 3);
      };
      let panel: Element | null = caption;
      while (panel && getComputedStyle(panel).backgroundColor === 'rgba(0, 0, 0, 0)')
        panel = panel.parentElement;
      return {
        text: mean(getComputedStyle(caption).color),
        paper: panel ? mean(getComputedStyle(panel).backgroundColor) : 255,
      };
    });
  const screen = await lightness();
  expect(screen.text).toBeGreaterThan(screen.paper);
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  await expect
    .poll(async () => {
      const paper = await lightness();
      return paper.text < 128 && paper.paper > 200;
    })
    .toBe(true);
});

test('a list too long to print says so, and how to print it', async ({ page }) => {
  const path = storePath('print-300.json');
  await routeStore(page, path, (route) =>
    route.fulfill(json(generateStoreJson({ events: 300, seed: 7 }))),
  );
  await page.goto(`/?store=${path}`);
  await expect(eventCount(page)).toHaveText('300 events', LOADED);
  const note = page.getByText(/^The list of these 300 events is too long to print/);
  await expect(note).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(note).toBeVisible();
  await expect(note).toHaveText(
    'The list of these 300 events is too long to print: filter it to 200 events or fewer to print it.',
  );
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the bottom sheet prints in the page’s flow, after the timeline, once', async ({ page }) => {
    await page.goto(`/?store=${EXAMPLE}&event=${EVENT}`);
    await expect(detailsHeading(page)).toBeVisible(LOADED);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByText(/^Printed on /)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Close details' })).toBeHidden();
    // Fixed to the screen's bottom, the sheet would cover the timeline, on every page.
    const timelineBox = (await timeline(page).boundingBox())!;
    const detailsBox = (await details(page).boundingBox())!;
    expect(detailsBox.y).toBeGreaterThanOrEqual(timelineBox.y + timelineBox.height);
    expect(await details(page).evaluate((element) => getComputedStyle(element).position)).toBe(
      'static',
    );
  });

  test('with the map shown in the timeline’s place, the paper has both, the timeline first', async ({
    page,
  }) => {
    await page.goto(`/?store=${EXAMPLE}&event=${EVENT}&map=1`);
    const map = page.getByRole('region', { name: 'Map', exact: true });
    await expect(map).toBeVisible(LOADED);
    await expect(timeline(page)).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    // Drawn now for the paper: on the phone's screen it had not been.
    await expect(timeline(page)).toBeVisible(LOADED);
    await expect(map).toBeVisible();
    await expect(
      timeline(page).getByText('The Lake Varna Commission sets the first yearly quotas'),
    ).toBeVisible(LOADED);
    // The paper's layout is the wide one (the layouts' queries are for screens), in which the
    // map is placed anew under the timeline: measured once it is there.
    await expect
      .poll(async () => {
        const [timelineBox, mapBox] = [await timeline(page).boundingBox(), await map.boundingBox()];
        return timelineBox && mapBox ? mapBox.y - (timelineBox.y + timelineBox.height) : null;
      }, 'the map below the timeline')
      .toBeGreaterThanOrEqual(0);
    // Back on the screen, the phone's layout: the map alone.
    await page.emulateMedia({ media: 'screen' });
    await expect(timeline(page)).toHaveCount(0);
    await expect(map).toBeVisible();
  });
});
