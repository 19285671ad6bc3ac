import { expect, test } from './fixtures';
import {
  TREATY,
  actorCheckbox,
  fetchStore,
  openApp,
  timeline,
  windowDescription,
} from './helpers/app';
import { json, routeStore, storePath } from './helpers/store-loading';

test.describe('lanes', () => {
  test('"Lane per actor" switches between a lane per actor and one lane', async ({ page }) => {
    await openApp(page);
    const region = timeline(page);
    const toggle = region.getByRole('button', { name: 'Lane per actor' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');

    // Lanes are labelled with the state's name (and its event count) at the timeline's side.
    const laneLabel = (name: string) => region.getByText(name, { exact: true });
    await expect(laneLabel('Russia')).toBeVisible();
    // The treaty involves Russia and North Korea: it is drawn in both lanes.
    // (vis-timeline's items have no role; `.vis-item` is its own DOM.)
    const treatyItems = region
      .locator('.vis-item')
      .filter({ has: page.getByText(TREATY.title, { exact: true }) });
    await actorCheckbox(page, 'Kim Jong-un').check(); // few lanes, so all of them are on screen
    await expect(laneLabel('Russia')).toBeVisible();
    await expect(laneLabel('North Korea')).toBeVisible();
    await expect(treatyItems).toHaveCount(2);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(laneLabel('Russia')).toHaveCount(0);
    await expect(laneLabel('North Korea')).toHaveCount(0);
    await expect(treatyItems).toHaveCount(1);
    await expect(treatyItems).toBeVisible();

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(laneLabel('Russia')).toBeVisible();
    await expect(laneLabel('North Korea')).toBeVisible();
    await expect(treatyItems).toHaveCount(2);
  });

  test('each lane label counts the events in it, and follows the filters', async ({ page }) => {
    await openApp(page);
    // The count sits in the lane's label, after the name (vis-timeline's DOM has no roles).
    const laneCount = (name: string) =>
      timeline(page).locator('.tl-lane', { hasText: name }).locator('.tl-lane__count');
    await expect(laneCount('Russia')).toHaveText('16');
    await expect(laneCount('North Korea')).toHaveText('14');
    await expect(laneCount('United States')).toHaveText('6');

    await actorCheckbox(page, 'Kim Jong-un').check();
    await expect(laneCount('Russia')).toHaveText('7');
    await expect(laneCount('North Korea')).toHaveText('7');
    await expect(laneCount('United States')).toHaveText('1');
    await expect(laneCount('China')).toHaveCount(0);

    await actorCheckbox(page, 'Kim Jong-un').uncheck();
    await expect(laneCount('Russia')).toHaveText('16');
    await expect(laneCount('China')).toHaveText('1');
  });

  test("a counted lane's tooltip names the period under a resting pointer, after a zoom too", async ({
    page,
  }) => {
    await openApp(page);
    await actorCheckbox(page, 'Russia').check();
    // Russia's lane, crowded, is one strip of its counts per period (a slider over them).
    const strip = timeline(page)
      .getByRole('slider', { name: /^\d+ events? counted by period/ })
      .first();
    await expect(strip).toBeVisible();
    // The pointer at the middle of the time area, where this view's window has events.
    const box = (await strip.boundingBox())!;
    const area = (await timeline(page).locator('.vis-panel.vis-center').boundingBox())!;
    const at = { x: area.x + area.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(at.x, at.y);
    const period = /^\d+ events?, .+ – .+: click or press Enter to zoom in/;
    await expect(strip).toHaveAttribute('title', period);
    const before = (await strip.getAttribute('title'))!;
    // Zoomed out by the keyboard about that middle, the pointer still: the same moment is
    // under it, in a longer period.
    const shown = await windowDescription(page).textContent();
    await page.keyboard.press('-');
    await expect(windowDescription(page)).not.toHaveText(shown!);
    await expect(strip).not.toHaveAttribute('title', before);
    await expect(strip).toHaveAttribute('title', period);
    // What it says is what a move of the pointer onto that spot says.
    const after = await strip.getAttribute('title');
    await page.mouse.move(at.x + 1, at.y);
    await page.mouse.move(at.x, at.y);
    await expect(strip).toHaveAttribute('title', after!);
  });
});

test('a store that gives its actors no colour draws each lane in a colour of its own', async ({
  page,
}) => {
  // A store made by hand or from a spreadsheet: `color` is optional.
  const store = await fetchStore(page.request);
  const bare = {
    ...store,
    actors: store.actors.map((actor) => ({ ...actor, color: undefined })),
  };
  const path = storePath('no-colours.json');
  await routeStore(page, path, (route) => route.fulfill(json(JSON.stringify(bare))));
  await page.goto(`/?store=${path}&from=2021-01-01&to=2025-06-01`);
  await expect(windowDescription(page)).toBeVisible();
  const swatches = timeline(page).getByRole('group', { name: 'Lanes' }).locator('.tl-lane__swatch');
  await expect(swatches.first()).toBeVisible();
  const drawn = await swatches.evaluateAll((elements) =>
    elements.map((element) => getComputedStyle(element).backgroundColor),
  );
  expect(drawn.length, 'lanes drawn').toBeGreaterThan(3);
  expect(new Set(drawn).size, drawn.join(' ')).toBe(drawn.length);
});
