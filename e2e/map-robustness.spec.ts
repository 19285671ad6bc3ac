import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  STORE_TITLE,
  TREATY,
  detailsHeading,
  fetchStore,
  headerAction,
  openApp,
  timeline,
} from './helpers/app';
import { json, routeStore, storePath } from './helpers/store-loading';
import { writeHeldReports } from './helpers/held-reports';

/**
 * The map where a tester found it wrong (session s44's report): near the date line, with a
 * store that has no places, on a phone where it stands in for the timeline, with a very long
 * selected title, and with a packed store too large to load at the window shown.
 */

test.use({ reducedMotion: 'reduce' });
test.describe.configure({ timeout: 60_000 });

const map = (page: Page) => page.getByRole('region', { name: 'Map', exact: true });
const failed = (page: Page) => page.getByText(/this part of the page failed/);

test('zoomed in, dragged to North America and zoomed out, the map is still there (report #2)', async ({
  page,
}) => {
  await openApp(page, '?map=1');
  await expect(map(page)).toHaveAccessibleDescription(/^\d+ events? in \d+ places?/);
  await expect(map(page).getByRole('button', { name: /^Pyongyang/ })).toBeVisible();
  const zoomIn = map(page).getByRole('button', { name: 'Zoom map in' });
  await zoomIn.click();
  await zoomIn.click();
  await zoomIn.click();
  // Dragged right, across the whole surface twice (whatever share of the column the map has,
  // map-splitter.tsx), as far as the map lets it go: the view's west edge past the date line,
  // the Pacific and the west of North America in view, New York's event beyond its east edge.
  const surface = (await map(page)
    .getByRole('group', { name: /^Map view/ })
    .boundingBox())!;
  const y = surface.y + surface.height / 2;
  for (let drag = 0; drag < 2; drag++) {
    await page.mouse.move(surface.x + 20, y);
    await page.mouse.down();
    await page.mouse.move(surface.x + surface.width - 20, y, { steps: 10 });
    await page.mouse.up();
  }
  // North America: none of the window's events is there, all of them outside the view.
  await expect(map(page)).toHaveAccessibleDescription(
    /^0 events in 0 places.*; \d+ events of this window outside the view$/,
  );
  await map(page).getByRole('button', { name: 'Zoom map out' }).click();
  // Zoomed out, the map is still the map, not the part's failure: its description, its
  // controls, and its places once brought back into view.
  await expect(failed(page)).toHaveCount(0);
  await expect(map(page)).toHaveAccessibleDescription(/^\d+ events? in \d+ places?/);
  await map(page).getByRole('button', { name: 'Zoom map out' }).click();
  await expect(failed(page)).toHaveCount(0);
  await map(page).getByRole('button', { name: 'Whole world' }).click();
  await expect(map(page).getByRole('button', { name: /^Pyongyang/ })).toBeVisible();
  await expect(failed(page)).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('map-date-line.png') });
});

test('a store where no event has a place says so, in English and Spanish (report #7)', async ({
  page,
  request,
}) => {
  const store = (await fetchStore(request)) as unknown as {
    events: Record<string, unknown>[];
  };
  const noPlaces = { ...store, events: store.events.map(({ place: _, ...event }) => event) };
  const path = storePath('no-places.json');
  await routeStore(page, path, (route) => route.fulfill(json(JSON.stringify(noPlaces))));
  await page.goto(`/?store=${path}&map=1`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(STORE_TITLE);
  await expect(map(page)).toHaveAccessibleDescription(
    /^No event in this store has a place on the map/,
  );
  // Every date does not change it: the store has none.
  await timeline(page).getByRole('button', { name: 'Fit all' }).click();
  await expect(map(page)).toHaveAccessibleDescription(
    /^No event in this store has a place on the map/,
  );

  await page.goto(`/?store=${path}&map=1&lang=es`);
  await expect(page.getByRole('region', { name: 'Mapa', exact: true })).toHaveAccessibleDescription(
    /^Ningún evento de este almacén tiene un lugar en el mapa/,
  );
});

test('a window or a filter with no event that has a place is not said to be the whole store', async ({
  page,
}) => {
  // 2010: the default store has no event then.
  await openApp(page, '?from=2010-01-01&to=2010-12-31&map=1');
  await expect(map(page)).toHaveAccessibleDescription(
    'No event from 1 January 2010 to 31 December 2010 has a place on the map',
  );
  // June 2024, China's events only: none of them has a place.
  await openApp(page, '?from=2024-06-01&to=2024-06-30&actors=china&map=1');
  await expect(map(page)).toHaveAccessibleDescription(
    'No event that passes the filters from 1 June 2024 to 30 June 2024 has a place on the map',
  );
});

test('the map says which dates it covers; on a desktop the timeline has Fit all, the map no All dates', async ({
  page,
}) => {
  await openApp(page, '?from=2024-06-01&to=2024-06-30&map=1');
  await expect(map(page)).toHaveAccessibleDescription(
    '6 events in 1 place, 1 June 2024 to 30 June 2024',
  );
  await expect(map(page).getByRole('button', { name: 'All dates' })).toHaveCount(0);
});

test('a 200-character selected title takes two lines under the map at most (report #6)', async ({
  page,
  request,
}) => {
  const store = await fetchStore(request);
  const long = 'Worldwide '.repeat(20).trim().padEnd(200, 'W');
  const changed = {
    ...store,
    events: store.events.map((event) =>
      event.id === TREATY.id ? { ...event, title: long } : event,
    ),
  };
  const path = storePath('long-title.json');
  await routeStore(page, path, (route) => route.fulfill(json(JSON.stringify(changed))));
  await page.goto(`/?store=${path}&from=2024-06-01&to=2024-06-30&event=${TREATY.id}&map=1`);
  await expect(detailsHeading(page)).toHaveText(long);
  const note = map(page).getByText(/^Selected: Worldwide/);
  // The whole title is still its text and its tooltip; two lines of it are shown.
  await expect(note).toHaveText(`Selected: ${long}`);
  const lines = await note.evaluate((element) => {
    const style = getComputedStyle(element);
    const inner =
      element.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    return inner / parseFloat(style.lineHeight);
  });
  expect(lines).toBeLessThanOrEqual(2.05);
  await expect(note).toHaveAttribute('title', long);
  await expect(map(page).getByRole('button', { name: /^Pyongyang/ })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('map-long-title.png') });
});

test.describe('on a phone, where the map stands in for the timeline (report #3)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the map says which dates it shows, and All dates widens them as Fit all would', async ({
    page,
  }) => {
    await openApp(page);
    await (await headerAction(page, 'Show map')).click();
    await expect(timeline(page)).toHaveCount(0);
    // The timeline's opening window, which the phone does not show: its dates are said.
    await expect(map(page)).toHaveAccessibleDescription(
      /^6 events in 1 place, \d+ \w+ 2024 to \d+ \w+ 2024$/,
    );
    await map(page).getByRole('button', { name: 'All dates' }).click();
    await expect(map(page)).toHaveAccessibleDescription(
      /^10 events in \d+ places, \d+ \w+ (1999|2000) to \d+ \w+ 20\d\d$/,
    );
    await expect(
      map(page).getByRole('button', { name: /^United Nations Headquarters/ }),
    ).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('map-phone-all-dates.png') });
    // Back to the timeline: it shows the window the map was widened to.
    await (await headerAction(page, 'Hide map')).click();
    await expect(
      timeline(page)
        .getByRole('paragraph')
        .filter({ hasText: /^Showing / }),
    ).toHaveText(/^Showing \d+ \w+ (1999|2000) to /);
  });
});

/**
 * A packed store too large to load whole (more than 200,000 events, held-windows.ts), as in
 * packed-store.spec.ts: zoomed out to every date, nothing is loaded, and the map says why
 * rather than "0 events in 0 places" (report #1).
 */
test.describe('a store too large to load whole', () => {
  const DIST = `node_modules/.e2e-dist-${process.env.E2E_PORT ?? 4173}`;
  const PACK = `e2e-packs/map-w${process.env.TEST_WORKER_INDEX ?? 0}`;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    await writeHeldReports(join(DIST, PACK), {
      actors: [{ id: 'north', name: 'North', kind: 'state' }],
      event: (i) => (i % 10 === 0 ? { place: { name: 'Kyiv', lat: 50.45, lon: 30.52 } } : {}),
    });
  });

  test('zoomed out to every date, the map says the window holds too many events to load', async ({
    page,
  }) => {
    test.slow();
    await page.goto(
      `/?store=${encodeURIComponent(`/${PACK}/manifest.json`)}&from=2010-03-01&to=2010-03-31&map=1`,
    );
    await expect(page.getByText(/^The events of the window shown are in\./)).toBeVisible({
      timeout: 60_000,
    });
    await expect(map(page)).toHaveAccessibleDescription(
      /^[1-9]\d* events in 1 place, 1 March 2010 to 31 March 2010$/,
    );
    await timeline(page).getByRole('button', { name: 'Fit all' }).click();
    await expect(
      timeline(page)
        .getByRole('paragraph')
        .filter({ hasText: /^Showing / }),
    ).toHaveText(/: too many events to draw one by one; zoom in to see them\./);
    await expect(map(page)).toHaveAccessibleDescription(
      'Too many events at these dates to load them: zoom the timeline in to see their places.',
    );
  });
});
