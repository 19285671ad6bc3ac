import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  TREATY,
  addressParam,
  details,
  detailsHeading,
  listButton,
  openApp,
  timeline,
} from './helpers/app';
import { TEST_EVENTS, routeStore, storePath, testStore } from './helpers/store-loading';
import { sheetAtRest } from './helpers/sheet';
import { touchGesture } from './helpers/touch';

/**
 * A blogger reading on a phone: the sheet of an event's details opens at half the screen,
 * the timeline still in sight above it, as a maps app's sheet does; its handle takes it to
 * a full stop and back, and down from half closes it (sheet-stops.ts).
 */
const HEIGHT = 844;
test.use({ viewport: { width: 390, height: HEIGHT }, hasTouch: true, isMobile: true });

const SHOTS = process.env.SHEET_SHOTS;
const handle = (page: Page) => details(page).getByRole('button', { name: 'Expand details' });

/** A finger on the middle of the handle, moved `dy` pixels down (negative: up). */
async function dragHandle(page: Page, dy: number) {
  const bar = (await handle(page).boundingBox())!;
  const x = bar.x + bar.width / 2;
  const y = bar.y + bar.height / 2;
  const client = await page.context().newCDPSession(page);
  await touchGesture(client, [{ x, y }], [{ x, y: y + dy }]);
}

/**
 * A finger on the handle moved `dy` pixels down (negative: up) in three moves, and lifted.
 * `quick`: the touches are sent back to back, without waiting on each, so that the app's event
 * timestamps (which its speed is read from) are milliseconds apart even on a busy machine: a
 * flick. `slow`: a person taking their time, six moves each followed by a pause of 120 ms
 * measured in the page (a setTimeout there: the only way to let a human's slowness pass), so
 * over 700 ms in all, 10 px per 120 ms at most: well under the flick speed however loaded
 * the machine, as a delay only makes it slower.
 */
async function swipeHandle(page: Page, dy: number, pace: 'quick' | 'slow', target = handle(page)) {
  const bar = (await target.boundingBox())!;
  const x = bar.x + bar.width / 2;
  const y = bar.y + bar.height / 2;
  const client = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', at: number | null) =>
    client.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: at === null ? [] : [{ x, y: y + at, id: 0 }],
    });
  if (pace === 'quick') {
    await Promise.all([
      touch('touchStart', 0),
      touch('touchMove', dy / 3),
      touch('touchMove', (2 * dy) / 3),
      touch('touchMove', dy),
      touch('touchEnd', null),
    ]);
  } else {
    const steps = 6;
    await touch('touchStart', 0);
    for (let step = 1; step <= steps; step++) {
      await touch('touchMove', (dy * step) / steps);
      await page.evaluate(() => new Promise((done) => setTimeout(done, 120)));
    }
    await touch('touchEnd', null);
  }
  await client.detach();
}

/** The room the page keeps below for the sheet, in px. */
const sheetSpace = (page: Page) =>
  page.evaluate(() =>
    parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--sheet-space')),
  );

async function openTreaty(page: Page) {
  await openApp(page, '?from=2024-05-01&to=2024-08-31');
  await listButton(page, TREATY.title).tap();
  await expect(detailsHeading(page)).toHaveText(TREATY.title);
}

test('the sheet opens at half height, the timeline in sight; the handle takes it to full, back to half, and closes it', async ({
  page,
}) => {
  await openTreaty(page);
  const half = await sheetAtRest(page);
  expect(half.height).toBeLessThanOrEqual(HEIGHT * 0.55);
  // More to read than half shows: it scrolls inside.
  expect(await details(page).evaluate((sheet) => sheet.scrollHeight > sheet.clientHeight)).toBe(
    true,
  );
  await expect(handle(page)).toHaveAttribute('aria-expanded', 'false');
  // The heading and the date are in it…
  await expect(detailsHeading(page)).toBeInViewport({ ratio: 1 });
  await expect(details(page).getByText(TREATY.date, { exact: true })).toBeInViewport({
    ratio: 1,
  });
  // …with the timeline's events above it.
  const items = await timeline(page).locator('.vis-item').all();
  const above = [];
  for (const item of items) {
    const box = await item.boundingBox();
    if (box && box.height > 0 && box.y >= 0 && box.y + box.height <= half.y) above.push(box);
  }
  expect(above.length, 'timeline items drawn above the sheet').toBeGreaterThan(0);
  await expect.poll(() => sheetSpace(page)).toBeCloseTo(half.height, 0);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/half-390x844.png` });

  // Up: the full stop.
  await dragHandle(page, -200);
  await expect(handle(page)).toHaveAttribute('aria-expanded', 'true');
  const full = await sheetAtRest(page);
  expect(full.height).toBeGreaterThanOrEqual(HEIGHT * 0.7);
  // The page's room below follows the sheet's height.
  await expect.poll(() => sheetSpace(page)).toBeCloseTo(full.height, 0);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/full-390x844.png` });

  // Down from full: half again, the event still open.
  await dragHandle(page, 200);
  await expect(handle(page)).toHaveAttribute('aria-expanded', 'false');
  expect((await sheetAtRest(page)).height).toBeCloseTo(half.height, 0);
  await addressParam(page, 'event').toBe(TREATY.id);

  // Down from half: closed, the selection cleared.
  await dragHandle(page, 200);
  await expect(details(page)).toHaveCount(0);
  await addressParam(page, 'event').toBeNull();
  await expect.poll(() => sheetSpace(page)).toBeNaN();

  // Back brings the event back, at half.
  await page.goBack();
  await expect(detailsHeading(page)).toHaveText(TREATY.title);
  await expect(handle(page)).toHaveAttribute('aria-expanded', 'false');
  expect((await sheetAtRest(page)).height).toBeCloseTo(half.height, 0);

  // Closed at full (its close button), it opens again at half.
  await handle(page).tap();
  await expect(handle(page)).toHaveAttribute('aria-expanded', 'true');
  await details(page).getByRole('button', { name: 'Close details' }).tap();
  await expect(details(page)).toHaveCount(0);
  await listButton(page, TREATY.title).tap();
  await expect(handle(page)).toHaveAttribute('aria-expanded', 'false');
  expect((await sheetAtRest(page)).height).toBeCloseTo(half.height, 0);
});

test('a short drag snaps back; a tap on the handle toggles the stops', async ({ page }) => {
  await openTreaty(page);
  const half = await sheetAtRest(page);

  // Too short a drag either way, and slow (a quick one is a flick, below): back where it was.
  await swipeHandle(page, 50, 'slow');
  expect(await sheetAtRest(page)).toEqual(half);
  await swipeHandle(page, -50, 'slow');
  expect(await sheetAtRest(page)).toEqual(half);
  await expect(handle(page)).toHaveAttribute('aria-expanded', 'false');

  await handle(page).tap();
  await expect(handle(page)).toHaveAttribute('aria-expanded', 'true');
  expect((await sheetAtRest(page)).height).toBeGreaterThanOrEqual(HEIGHT * 0.7);
  await handle(page).tap();
  await expect(handle(page)).toHaveAttribute('aria-expanded', 'false');
  expect((await sheetAtRest(page)).height).toBeCloseTo(half.height, 0);
  await addressParam(page, 'event').toBe(TREATY.id);
});

// Both swipes are 60 px, under the 80 a drag needs to move a stop: only their speed differs.
test('a quick short swipe up takes the sheet to full; a slow drag as short does not', async ({
  page,
}) => {
  await openTreaty(page);
  const half = await sheetAtRest(page);

  await swipeHandle(page, -60, 'slow');
  expect(await sheetAtRest(page)).toEqual(half);
  await expect(handle(page)).toHaveAttribute('aria-expanded', 'false');

  await swipeHandle(page, -60, 'quick');
  await expect(handle(page)).toHaveAttribute('aria-expanded', 'true');
  const full = await sheetAtRest(page);
  expect(full.height).toBeGreaterThanOrEqual(HEIGHT * 0.7);
  // Most of the timeline is under it now.
  expect(full.y).toBeLessThan(half.y - HEIGHT * 0.25);
});

test('a quick swipe down from full gives half, never closed; from half it closes', async ({
  page,
}) => {
  await openTreaty(page);
  const half = await sheetAtRest(page);
  await handle(page).tap();
  await expect(handle(page)).toHaveAttribute('aria-expanded', 'true');
  await sheetAtRest(page);

  // Short and quick: one stop down.
  await swipeHandle(page, 60, 'quick');
  await expect(handle(page)).toHaveAttribute('aria-expanded', 'false');
  expect((await sheetAtRest(page)).height).toBeCloseTo(half.height, 0);
  await addressParam(page, 'event').toBe(TREATY.id);

  // Long and quick, from full: still one stop, the event still open. Back to full by the
  // keyboard: a tap this soon after so fast a flick is taken by Chrome as stopping the fling
  // it started, and gets no click (as on a phone, for as long as the fling would run).
  await handle(page).focus();
  await page.keyboard.press('Enter');
  await expect(handle(page)).toHaveAttribute('aria-expanded', 'true');
  await sheetAtRest(page);
  await swipeHandle(page, 300, 'quick');
  await expect(handle(page)).toHaveAttribute('aria-expanded', 'false');
  expect((await sheetAtRest(page)).height).toBeCloseTo(half.height, 0);
  await expect(detailsHeading(page)).toHaveText(TREATY.title);
  await addressParam(page, 'event').toBe(TREATY.id);

  // Short and quick from half: closed.
  await swipeHandle(page, 60, 'quick');
  await expect(details(page)).toHaveCount(0);
  await addressParam(page, 'event').toBeNull();
});

test('an event whose details fit in half the screen: a sheet of their height, with no Expand button that would do nothing', async ({
  page,
}) => {
  // The talks, with no excerpts, are a few lines; the ferries, with one, are taller than half.
  const store = testStore() as { events: Record<string, unknown>[] };
  delete store.events[0]!.excerpts;
  await routeStore(page, storePath('short.json'), (route) => route.fulfill({ json: store }));
  await page.goto(`/?store=${storePath('short.json')}&event=${TEST_EVENTS.talks.id}`);
  await expect(detailsHeading(page)).toHaveText(TEST_EVENTS.talks.title);

  const sheet = await sheetAtRest(page);
  expect(sheet.height).toBeLessThan(HEIGHT * 0.45);
  // All of it in sight: nothing to scroll, nothing more a full stop could show.
  expect(await details(page).evaluate((el) => el.scrollHeight <= el.clientHeight)).toBe(true);
  await expect(details(page).getByText(/^No excerpts/)).toBeInViewport({ ratio: 1 });
  await expect(handle(page)).toHaveCount(0);
  await expect(details(page).getByRole('button', { name: 'Close details' })).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/short-event-390x844.png` });

  // Its grip still follows a finger: a quick swipe up has nowhere to go…
  const grip = details(page).locator('.sheet-handle');
  await swipeHandle(page, -60, 'quick', grip);
  expect(await sheetAtRest(page)).toEqual(sheet);

  // …an event taller than half (the next, ArrowRight from the heading) gets the button back…
  await detailsHeading(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(detailsHeading(page)).toHaveText(TEST_EVENTS.ferries.title);
  await expect(handle(page)).toHaveAttribute('aria-expanded', 'false');
  const half = await sheetAtRest(page);
  // By the keyboard, the flick above just gone (see the test before).
  await handle(page).focus();
  await page.keyboard.press('Enter');
  await expect(handle(page)).toHaveAttribute('aria-expanded', 'true');
  expect((await sheetAtRest(page)).height).toBeGreaterThan(half.height);

  // …and back on the short one, dragged down, the sheet closes, as from half.
  await detailsHeading(page).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(detailsHeading(page)).toHaveText(TEST_EVENTS.talks.title);
  await expect(handle(page)).toHaveCount(0);
  await sheetAtRest(page);
  await swipeHandle(page, 200, 'slow', grip);
  await expect(details(page)).toHaveCount(0);
});

test('the keyboard reaches the handle and toggles it; another event keeps the stop', async ({
  page,
}) => {
  await openTreaty(page);
  const half = await sheetAtRest(page);
  await detailsHeading(page).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(handle(page)).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(handle(page)).toHaveAttribute('aria-expanded', 'true');
  const full = await sheetAtRest(page);
  expect(full.height).toBeGreaterThanOrEqual(HEIGHT * 0.7);

  // The next event (ArrowRight, from the details' heading) opens in the sheet at full.
  await detailsHeading(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(detailsHeading(page)).not.toHaveText(TREATY.title);
  await addressParam(page, 'event').not.toBe(TREATY.id);
  await expect(handle(page)).toHaveAttribute('aria-expanded', 'true');
  expect((await sheetAtRest(page)).height).toBeGreaterThanOrEqual(HEIGHT * 0.7);

  await handle(page).focus();
  await page.keyboard.press('Space');
  await expect(handle(page)).toHaveAttribute('aria-expanded', 'false');
  expect((await sheetAtRest(page)).height).toBeLessThanOrEqual(HEIGHT * 0.55);
  expect(half.height).toBeLessThanOrEqual(HEIGHT * 0.55);
});

test('Spanish names the handle', async ({ page }) => {
  await page.goto(`/?event=${TREATY.id}&lang=es`);
  await expect(
    page
      .getByRole('region', { name: 'Detalles del evento' })
      .getByRole('button', { name: 'Ampliar los detalles' }),
  ).toHaveAttribute('aria-expanded', 'false');
});

test.describe('at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 }, hasTouch: false, isMobile: false });

  test('the details are a column of the page, with no handle', async ({ page }) => {
    await openApp(page, `?event=${TREATY.id}`);
    await expect(detailsHeading(page)).toHaveText(TREATY.title);
    await expect(details(page).getByRole('button', { name: 'Expand details' })).toHaveCount(0);
    expect(await details(page).evaluate((panel) => getComputedStyle(panel).position)).not.toBe(
      'fixed',
    );
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/desktop-1280x800.png` });
  });
});
