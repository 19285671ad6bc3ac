import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  STORE_TITLE,
  TREATY,
  detailsHeading,
  listButton,
  headerAction,
  openApp,
  timeline,
  windowDescription,
} from './helpers/app';
import { expectNoAxeViolations } from './helpers/axe';

/**
 * The map beside the timeline (issue 17; docs/ui-contract.md, Map), on the default store:
 * its places follow the timeline's window, choosing one lists or selects its events, and
 * the link keeps it open.
 */

test.use({ reducedMotion: 'reduce' });
test.describe.configure({ timeout: 60_000 });

/** June 2024, Putin's visit: six events in and around Pyongyang, none elsewhere. */
const JUNE_2024 = '?from=2024-06-01&to=2024-06-30';

const map = (page: Page) => page.getByRole('region', { name: 'Map', exact: true });
const place = (page: Page, name: RegExp) => map(page).getByRole('button', { name });
const pyongyang = (page: Page, count: number) =>
  place(page, new RegExp(`^Pyongyang( and nearby)?, ${count} events: `));

test('Show map: Pyongyang with the events of June 2024, and choosing it lists them', async ({
  page,
}) => {
  await openApp(page, JUNE_2024);
  const toggle = page.getByRole('button', { name: 'Show map' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.getByRole('button', { name: 'Hide map' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page).toHaveURL(/[?&]map=1\b/);

  await expect(map(page)).toHaveAccessibleDescription(
    '6 events in 1 place, 1 June 2024 to 30 June 2024',
  );
  const cluster = pyongyang(page, 6);
  await expect(cluster).toBeVisible();
  // The map stands beside the details, not instead of them: the timeline is still there.
  await expect(timeline(page)).toBeVisible();

  await cluster.click();
  const list = map(page).getByRole('group', { name: /^Events at Pyongyang/ });
  await expect(list.getByRole('list').getByRole('button')).toHaveCount(6);
  // Each says its status, as the events list does.
  await expect(list.getByRole('button', { name: new RegExp(TREATY.title) })).toContainText(
    'Confirmed',
  );
  await list.getByRole('button', { name: new RegExp(TREATY.title) }).click();
  await expect(detailsHeading(page)).toHaveText(TREATY.title);
  // The selected event is marked, in the list and on its place.
  await expect(list.getByRole('button', { name: new RegExp(TREATY.title) })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(map(page).getByText(`Selected: ${TREATY.title}`)).toBeVisible();
  await expect(pyongyang(page, 6)).toHaveAttribute('aria-current', 'location');

  await page.getByRole('button', { name: 'Hide map' }).click();
  await expect(map(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/[?&]map=1\b/);
});

test('map=1 restores the map in a fresh page, and the map follows the timeline out to 2000', async ({
  page,
}) => {
  await openApp(page, `${JUNE_2024}&map=1`);
  await expect(page.getByRole('button', { name: 'Hide map' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(pyongyang(page, 6)).toBeVisible();
  await expect(place(page, /^United Nations Headquarters/)).toHaveCount(0);

  // Zoom the timeline out to every year of the store, 2000 included.
  await timeline(page).getByRole('button', { name: 'Fit all' }).click();
  await expect(windowDescription(page)).toHaveText(/^Showing .* (1999|2000) to /);
  // Putin's first visit (July 2000) joins Pyongyang; the map, fitted to Pyongyang at first,
  // widens to take in the 2006 resolution in New York and the 2023 summit at the Vostochny
  // Cosmodrome (a place of its own at this zoom): all ten in view, none outside.
  await expect(pyongyang(page, 7)).toBeVisible();
  await expect(map(page)).toHaveAccessibleDescription(
    /^10 events in 4 places, \d+ \w+ (1999|2000) to \d+ \w+ 20\d\d$/,
  );
  await expect(place(page, /^United Nations Headquarters, New York, 1 event: /)).toBeVisible();
  // A place's one event says its status, as its timeline item does: shown on the dot, and said.
  await expect(
    place(page, /^United Nations Headquarters, New York, 1 event: .*, confirmed$/),
  ).toBeVisible();
  await expect(
    place(page, /^United Nations Headquarters/).locator('.status-mark--confirmed'),
  ).toBeVisible();

  // A single event's place selects it.
  await place(page, /^United Nations Headquarters, New York, 1 event: /).click();
  await expect(detailsHeading(page)).toHaveText(/Resolution 1718/i);
});

test('a place keeps its control as the timeline moves: focus stays on it while its count changes', async ({
  page,
}) => {
  // September 2023 to June 2024: at the whole world's zoom, the Vostochny summit joins
  // Pyongyang's six (the first view, fitted to the two, has them apart).
  await openApp(page, '?from=2023-09-01&to=2024-06-30&map=1');
  await map(page).getByRole('button', { name: 'Whole world' }).click();
  await pyongyang(page, 7).focus();
  // The wheel zooms the timeline in towards June 2024 without taking the focus: the window
  // starts after the summit (13 September 2023), and the same place's control now says six.
  const axis = (await timeline(page).locator('.vis-panel.vis-top').boundingBox())!; // vis DOM, no role
  await page.mouse.move(axis.x + axis.width - 4, axis.y + axis.height / 2);
  await page.mouse.wheel(0, -100);
  await expect(windowDescription(page)).toHaveText(
    /^Showing \d+ ((October|November|December) 2023|\w+ 2024) to /,
  );
  await expect(pyongyang(page, 6)).toBeFocused();
});

test('keyboard: the map zooms with + and − and pans with the arrow keys', async ({ page }) => {
  await openApp(page, `${JUNE_2024}&map=1`);
  const cluster = pyongyang(page, 6);
  await expect(cluster).toBeVisible();
  const windowText = await windowDescription(page).textContent();
  await cluster.click();
  await map(page).getByRole('button', { name: 'Zoom in here' }).click();
  const surface = map(page).getByRole('group', { name: /^Map view/ });
  await surface.focus();
  // Zoomed in far enough, the welcome ceremony on Kim Il Sung Square is a place of its own.
  for (let i = 0; i < 16; i += 1) await page.keyboard.press('+');
  await expect(place(page, /^Kim Il Sung Square, Pyongyang, 1 event: /)).toBeVisible();
  await expect(pyongyang(page, 5)).toBeVisible();
  // A place's marker is drawn anew as the map's clusters come in for each zoom step: its
  // box is read once it is on the page (for an instant it may not be).
  const seen: { box: { x: number } | null } = { box: null };
  await expect.poll(async () => (seen.box = await pyongyang(page, 5).boundingBox())).not.toBeNull();
  const before = seen.box!;
  await page.keyboard.press('ArrowLeft');
  await expect
    .poll(async () => (await pyongyang(page, 5).boundingBox())?.x)
    .toBeGreaterThan(before.x + 40);
  await page.keyboard.press('-');
  // The page's own shortcuts are not also taken: the timeline's zoom and the next event.
  await expect(windowDescription(page)).toHaveText(windowText!);
  await expect(detailsHeading(page)).toHaveCount(0);
});

/**
 * The titles of the events labelled in the timeline's lanes, from top to bottom, and whether
 * each is above their fold (its whole height in view, its width aside: a label may run past
 * the window's edge). Which events lie below depends on how the labels' widths stack the
 * lane (the fonts, the browser's text metrics: the summit of September 2023 shares a row with
 * the invasion in one browser, not in another), so they are found on the page, not named.
 */
function labelsInLanes(page: Page): Promise<{ title: string; shown: boolean }[]> {
  return timeline(page).evaluate((region) => {
    const lanes = region.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    return [...region.querySelectorAll('.vis-item')]
      .map((item) => ({
        title: item.querySelector('.tl-item__title')?.textContent ?? '',
        box: item.getBoundingClientRect(),
      }))
      .filter(({ title, box }) => title !== '' && box.height > 0)
      .sort((a, b) => a.box.top - b.box.top)
      .map(({ title, box }) => ({
        title,
        shown: box.top >= lanes.top && box.bottom <= lanes.bottom,
      }));
  });
}

test('the separator between the timeline and the map shares their height, by drag and by keys, and is kept', async ({
  page,
}) => {
  // Short enough that the timeline, at its default share, scrolls its first lane's events.
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page, '?map=1');
  const separator = page.getByRole('separator', { name: 'Resize the map' });
  await expect(separator).toHaveAttribute('aria-valuetext', 'Map 40% of the height');
  const heightOf = async (region: ReturnType<typeof map>) => (await region.boundingBox())!.height;
  await expect(map(page).getByRole('button', { name: /^Pyongyang/ })).toBeVisible();
  // The first event below the lanes' fold at the map's default share.
  const title = (await labelsInLanes(page)).find((label) => !label.shown)?.title;
  expect(title, 'an event below the lanes’ fold').toBeDefined();
  const shown = async () =>
    (await labelsInLanes(page)).find((label) => label.title === title)?.shown;
  const mapBefore = await heightOf(map(page));
  const timelineBefore = await heightOf(timeline(page));

  // Dragged down to the window's foot: the map keeps its bar and a strip of the world, and
  // the timeline, taller at once, shows more of the lane's events.
  const box = (await separator.boundingBox())!;
  const x = box.x + box.width / 2;
  await page.mouse.move(x, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(x, box.y + 150, { steps: 5 });
  await page.mouse.move(x, page.viewportSize()!.height - 5, { steps: 5 });
  await page.mouse.up();
  await expect.poll(shown, `“${title}” in view`).toBe(true);
  expect(await heightOf(timeline(page))).toBeGreaterThan(timelineBefore + 60);
  expect(await heightOf(map(page))).toBeLessThan(mapBefore - 60);
  await expect(map(page).getByRole('button', { name: 'Whole world' })).toBeVisible();
  const dragged = Number(await separator.getAttribute('aria-valuenow'));
  expect(dragged).toBeLessThan(25);

  // The keys move it too; the share is kept for the next visit.
  await separator.focus();
  await page.keyboard.press('ArrowUp');
  await expect(separator).toHaveAttribute('aria-valuenow', String(dragged + 5));
  await page.keyboard.press('End');
  const most = Number(await separator.getAttribute('aria-valuenow'));
  expect(most).toBeGreaterThan(40);
  await expect.poll(() => heightOf(map(page))).toBeGreaterThan(mapBefore + 20);
  await page.reload();
  await expect(separator).toHaveAttribute('aria-valuenow', String(most));

  // A double click gives the default back.
  await separator.dblclick();
  await expect(separator).toHaveAttribute('aria-valuenow', '40');
  await expect.poll(() => heightOf(map(page))).toBeLessThan(mapBefore + 10);
});

test("a place's list is named as its button; Escape or a filter closes it, and the focus goes back to the place", async ({
  page,
}) => {
  await openApp(page, '?map=1');
  // At the world's zoom, the Vostochny summit (1,400 km away) is in Pyongyang's cluster.
  const cluster = place(page, /^Pyongyang and nearby/);
  await cluster.click();
  const list = map(page).getByRole('group', { name: /^Events at Pyongyang and nearby$/ });
  await expect(list.getByRole('heading')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(list).toHaveCount(0);
  await expect(cluster).toBeFocused();

  await cluster.click();
  await list.getByRole('button', { name: 'Close the list' }).click();
  await expect(list).toHaveCount(0);
  await expect(cluster).toBeFocused();

  // A filter that leaves out most of its events closes it: it would offer them still.
  await cluster.click();
  await expect(list).toBeVisible();
  await page
    .getByRole('group', { name: 'Actors' })
    .getByRole('checkbox', { name: /^Ukraine/ })
    .check();
  await expect(map(page).getByRole('group', { name: /^Events at/ })).toHaveCount(0);
});

test('axe finds nothing wrong with the map open on a desktop', async ({ page }) => {
  await openApp(page, `${JUNE_2024}&map=1`);
  await pyongyang(page, 6).click();
  await expect(map(page).getByRole('group', { name: /^Events at Pyongyang/ })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('map-desktop.png') });
  await expectNoAxeViolations(page, 'desktop, map open, a place listed');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the map and the timeline are alternatives, and axe finds nothing wrong', async ({
    page,
  }) => {
    await openApp(page, JUNE_2024);
    await (await headerAction(page, 'Show map')).click();
    await expect(map(page)).toBeVisible();
    await expect(timeline(page)).toHaveCount(0);
    await expect(pyongyang(page, 6)).toBeVisible();
    await pyongyang(page, 6).click();
    await map(page)
      .getByRole('group', { name: /^Events at Pyongyang/ })
      .getByRole('button', { name: new RegExp(TREATY.title) })
      .click();
    await expect(detailsHeading(page)).toHaveText(TREATY.title);
    await page.screenshot({ path: test.info().outputPath('map-phone.png'), fullPage: true });
    await expectNoAxeViolations(page, 'phone, map open, an event chosen');
    await (await headerAction(page, 'Hide map')).click();
    await expect(timeline(page)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(STORE_TITLE);
    await expect(listButton(page, TREATY.title)).toBeAttached();
  });

  test('the skip link goes to the map where the map stands in for the timeline, adding no history', async ({
    page,
  }) => {
    await page.goto(`/${JUNE_2024}&map=1`);
    await expect(pyongyang(page, 6)).toBeVisible();
    const address = page.url();
    const entries = await page.evaluate(() => history.length);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the map' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(map(page)).toBeFocused();
    expect(page.url()).toBe(address);
    expect(await page.evaluate(() => history.length)).toBe(entries);
    // Tab goes on from there into the map.
    await page.keyboard.press('Tab');
    await expect(map(page).getByRole('button', { name: 'All dates' })).toBeFocused();
  });
});
