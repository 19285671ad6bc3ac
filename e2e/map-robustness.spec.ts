import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openApp } from './helpers/app';

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
  // Dragged right until the view's west edge is past the date line (North America in view).
  const surface = (await map(page)
    .getByRole('group', { name: /^Map view/ })
    .boundingBox())!;
  const y = surface.y + surface.height / 2;
  await page.mouse.move(surface.x + 100, y);
  await page.mouse.down();
  await page.mouse.move(surface.x + 500, y, { steps: 10 });
  await page.mouse.up();
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
