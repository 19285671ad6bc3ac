import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { STORE_TITLE, detailsHeading } from './helpers/app';
import { json, openStoreDialog, routeStore, storePath, testStore } from './helpers/store-loading';

/**
 * The map's first view and its zoom buttons with a store whose events are all in one
 * country (an OSINT tester's incidents, session s48's report, items 4 and 12): the map opened
 * on the whole world with one dot, "Kharkiv and nearby, 58 events", and on a phone four taps
 * of `Zoom map in` showed West Africa, "0 events in 0 places".
 */

test.use({ reducedMotion: 'reduce' });
test.describe.configure({ timeout: 60_000 });
const SLOW = { timeout: 30_000 };

/** Ten towns of Ukraine, two incidents at each (at one spot: they never split). */
const TOWNS = [
  ['Kharkiv', 49.9935, 36.2304],
  ['Bakhmut', 48.5953, 38.0],
  ['Avdiivka', 48.1394, 37.7497],
  ['Kherson', 46.6354, 32.6169],
  ['Zaporizhzhia', 47.8388, 35.1396],
  ['Mariupol', 47.0971, 37.5434],
  ['Odesa', 46.4825, 30.7233],
  ['Kyiv', 50.4501, 30.5234],
  ['Sumy', 50.9077, 34.7981],
  ['Pokrovsk', 48.282, 37.1758],
] as const;

const INCIDENTS = TOWNS.flatMap(([town, lat, lon], i) =>
  [1, 2].map((n) => ({
    id: `${town.toLowerCase()}-${n}`,
    title: `${n === 1 ? 'Artillery strike' : 'Drone strike'} in ${town}`,
    start: `2024-${String(i + 1).padStart(2, '0')}-${String(n * 10).padStart(2, '0')}`,
    place: { name: town, lat, lon },
    actors: ['ostmark'],
  })),
);

const STORE_PATH = storePath('incidents.json');

async function openIncidents(page: Page, query = '') {
  const store = testStore({ title: 'Incidents in Ukraine', events: INCIDENTS });
  await routeStore(page, STORE_PATH, (route) => route.fulfill(json(JSON.stringify(store))));
  await page.goto(`/?store=${STORE_PATH}&map=1${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Incidents in Ukraine', SLOW);
}

const map = (page: Page) => page.getByRole('region', { name: 'Map', exact: true });
const town = (page: Page, name: string) =>
  map(page).getByRole('button', { name: new RegExp(`^${name}, 2 events: `) });
/** "12 events in 4 places, …": how many events and places the map's view holds. */
async function shown(page: Page): Promise<{ events: number; places: number }> {
  const description = (await map(page).getAttribute('aria-describedby'))!;
  const text = await page.locator(`[id="${description}"]`).textContent();
  const [, events, places] = /^(\d+) events? in (\d+) places?/.exec(text ?? '') ?? [];
  return { events: Number(events ?? -1), places: Number(places ?? -1) };
}

test('a CSV of incidents in one country imported with the map open: the map shows its towns, not one dot', async ({
  page,
}) => {
  await page.goto('/?map=1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(STORE_TITLE, SLOW);
  await expect(map(page)).toHaveAccessibleDescription(/^\d+ events? in \d+ places?/, SLOW);
  const csv = [
    'Date,Title,Location,Latitude,Longitude',
    ...INCIDENTS.map((e) => `${e.start},${e.title},${e.place.name},${e.place.lat},${e.place.lon}`),
  ].join('\n');
  await page.getByRole('button', { name: 'Open store…' }).click();
  await openStoreDialog(page)
    .getByLabel('Open a file')
    .setInputFiles({ name: 'incidents.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByRole('button', { name: 'Import' }).click(SLOW);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('incidents', SLOW);

  // All twenty on the map, in towns apart: Kyiv, Kharkiv and Sumy each a place of their own.
  await expect(map(page)).toHaveAccessibleDescription(/^20 events in \d+ places/, SLOW);
  await expect(town(page, 'Kyiv')).toBeVisible();
  await expect(town(page, 'Kharkiv')).toBeVisible();
  await expect(town(page, 'Sumy')).toBeVisible();
  expect((await shown(page)).places).toBeGreaterThanOrEqual(5);
  await page.screenshot({ path: test.info().outputPath('map-first-view-desktop.png') });
});

test('the map fits its places again when it is resized, until the person moves it', async ({
  page,
}) => {
  await openIncidents(page, '&from=2023-12-01&to=2024-12-31');
  await expect(map(page)).toHaveAccessibleDescription(/^20 events in \d+ places, [^;]+$/, SLOW);
  // A narrower window (a browser made smaller, the layout settling): all twenty still on it.
  await page.setViewportSize({ width: 1100, height: 760 });
  await expect(map(page)).toHaveAccessibleDescription(/^20 events in \d+ places, [^;]+$/);
  // Once the person has zoomed, a resize keeps their view.
  await map(page).getByRole('button', { name: 'Zoom map in' }).click();
  await map(page).getByRole('button', { name: 'Zoom map in' }).click();
  await expect(map(page)).toHaveAccessibleDescription(/outside the view$/);
  await page.setViewportSize({ width: 1300, height: 860 });
  await expect(map(page)).toHaveAccessibleDescription(/outside the view$/);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the map opens on the incidents, and four taps of Zoom map in still show some of them', async ({
    page,
  }) => {
    await openIncidents(page);
    // The phone's first window holds half a year of them, every one in view (nothing said to
    // be outside it), in towns apart.
    await expect(map(page)).toHaveAccessibleDescription(/^\d+ events in \d+ places, [^;]+$/, SLOW);
    expect((await shown(page)).places).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: test.info().outputPath('map-first-view-phone.png') });

    const zoomIn = map(page).getByRole('button', { name: 'Zoom map in' });
    for (let step = 0; step < 4; step++) await zoomIn.click();
    await expect(map(page)).toHaveAccessibleDescription(
      /^[1-9]\d* events? in [1-9]\d* places?, .*; [1-9]\d* events of this window outside the view$/,
    );
    await expect(map(page).getByRole('list').getByRole('button').first()).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('map-zoomed-phone.png') });
  });

  test('Zoom map in keeps the chosen event on the map, even at its edge', async ({ page }) => {
    // Odesa, the incidents' south-western corner.
    await openIncidents(page, '&event=odesa-1');
    await expect(detailsHeading(page)).toHaveText('Artillery strike in Odesa', SLOW);
    const here = map(page).getByRole('button', {
      name: /^Odesa, 2 events: .*; the selected event is here$/,
    });
    await expect(here).toBeVisible();
    const zoomIn = map(page).getByRole('button', { name: 'Zoom map in' });
    for (let step = 0; step < 4; step++) await zoomIn.click();
    await expect(here).toBeVisible();
    await expect(here).toHaveAttribute('aria-current', 'location');
    // Kyiv, 470 km north, is off the view by now: the zoom did go in.
    await expect(town(page, 'Kyiv')).toHaveCount(0);
  });

  test("choosing an event in a place's list closes the list, and the focus goes to its details", async ({
    page,
  }) => {
    await openIncidents(page);
    await town(page, 'Kyiv').click();
    const list = map(page).getByRole('group', { name: 'Events at Kyiv' });
    await list.getByRole('button', { name: /Drone strike in Kyiv/ }).click();
    await expect(detailsHeading(page)).toHaveText('Drone strike in Kyiv');
    await expect(list).toHaveCount(0);
    await expect(detailsHeading(page)).toBeFocused();
    // The map's bar, which the list covered, is there to be used.
    await map(page).getByRole('button', { name: 'All dates' }).click({ trial: true });
    await page.screenshot({ path: test.info().outputPath('map-list-chosen-phone.png') });
  });
});
