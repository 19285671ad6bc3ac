import { expect, test } from './fixtures';
import {
  INVASION,
  MONTH_ONLY,
  actorCheckbox,
  STORE_TITLE,
  SUMMIT,
  TOTAL_EVENTS,
  TREATY,
  eventCount,
  eventList,
  expectOnTimeline,
  fetchStore,
  currentWindow,
  dayOf,
  lastDayOf,
  openApp,
  timeline,
  timelineItem,
  windowDescription,
} from './helpers/app';

test.describe('the default store', () => {
  test('loads and lists all its events, in time order', async ({ page }) => {
    const store = await fetchStore(page.request);
    expect(store.events).toHaveLength(TOTAL_EVENTS);

    await openApp(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(STORE_TITLE);
    await expect(page).toHaveTitle(new RegExp(STORE_TITLE));
    const items = eventList(page).getByRole('listitem');
    await expect(items).toHaveCount(TOTAL_EVENTS);
    await expect(eventCount(page)).toHaveText(`${TOTAL_EVENTS} events`);
    // The first view is the recent stretch (issue 13); Fit all shows every event.
    await expect(windowDescription(page)).toContainText(`of ${TOTAL_EVENTS} events in view`);
    await timeline(page).getByRole('button', { name: 'Fit all' }).click();
    await expect(windowDescription(page)).toContainText(
      `${TOTAL_EVENTS} of ${TOTAL_EVENTS} events in view`,
    );

    // Every event of the store is listed once, and the list runs in time order.
    const buttons = eventList(page).getByRole('button');
    const names = await buttons.allInnerTexts();
    for (const event of store.events) {
      expect(
        names.filter((name) => name.startsWith(event.title)),
        `"${event.title}" is listed once`,
      ).toHaveLength(1);
    }
    const starts = names.map((name) => {
      const event = store.events.find((candidate) => name.startsWith(candidate.title));
      return event!.start;
    });
    // ISO dates of mixed precision sort as text the way they sort in time ("2022" < "2022-02").
    expect(starts).toEqual([...starts].sort());
  });
});

test.describe('the timeline', () => {
  test('shows the invasion, the Vostochny summit and the treaty signing at the default window', async ({
    page,
  }) => {
    // One lane for all: with a lane per actor, crowded lanes are counted, not itemised.
    await openApp(page);
    await timeline(page).getByRole('button', { name: 'Lane per actor' }).click();
    await expect(timeline(page)).toBeVisible();
    for (const event of [INVASION, SUMMIT, TREATY]) await expectOnTimeline(page, event.title);
  });

  test('names a two-day visit at the default window, and draws it as a span once zoomed in', async ({
    page,
  }) => {
    const visit = 'Putin makes his first visit to North Korea and meets Kim Jong-il';
    // The whole extent (the first view is the recent stretch, which starts after the visit),
    // in one lane (with a lane per actor, Russia's, crowded, is counted).
    await openApp(page);
    await timeline(page).getByRole('button', { name: 'Lane per actor' }).click();
    await timeline(page).getByRole('button', { name: 'Fit all' }).click();
    await expectOnTimeline(page, visit);
    // Across 30 years two days are a fraction of a pixel: it is drawn as a point with its name.
    const item = timelineItem(page, visit);
    await expect(item.getByText(visit)).toBeVisible();
    expect((await item.boundingBox())!.width).toBeGreaterThan(60);
    await expect(item).toHaveClass(/vis-point/);
    // Its link opens close around it, where it is drawn as the span it is.
    await page.goto('/?from=2000-07-15&to=2000-07-25');
    await expect(timelineItem(page, visit)).toHaveClass(/vis-range/);
  });

  test('names an event known only to the month where its month is too narrow for its name', async ({
    page,
  }) => {
    // At the first view a month is a few pixels wide: as a bar it would be a blank sliver.
    await openApp(page);
    const item = timelineItem(page, MONTH_ONLY.title);
    await expect(item.getByText(MONTH_ONLY.title)).toBeVisible();
    await expect(item).toHaveClass(/vis-point/);
    // Still marked as a date known to the month, not a day.
    await expect(item).toHaveClass(/is-imprecise/);
    // Zoomed in to its month, it is the month's bar again.
    await page.goto('/?from=2024-05-20&to=2024-07-10');
    await expect(timelineItem(page, MONTH_ONLY.title)).toHaveClass(/vis-range/);
  });

  test('shows them again after zooming in and "Fit all"', async ({ page }) => {
    await openApp(page);
    await timeline(page).getByRole('button', { name: 'Lane per actor' }).click();
    await timeline(page).getByRole('button', { name: 'Fit all' }).click();
    await expect(windowDescription(page)).toContainText(
      `${TOTAL_EVENTS} of ${TOTAL_EVENTS} events in view`,
    );
    const fitted = await windowDescription(page).innerText();
    const zoomIn = timeline(page).getByRole('button', { name: 'Zoom in' });
    await zoomIn.click();
    await zoomIn.click();
    await zoomIn.click();
    await expect(windowDescription(page)).not.toHaveText(fitted);

    await timeline(page).getByRole('button', { name: 'Fit all' }).click();
    await expect(windowDescription(page)).toHaveText(fitted);
    for (const event of [INVASION, SUMMIT, TREATY]) await expectOnTimeline(page, event.title);
  });
});

test.describe('the mouse wheel', () => {
  test('zooms in where it points, and quick turns all count', async ({ page }) => {
    await openApp(page);
    // Few enough events that the lanes fit: with more, the wheel scrolls the lanes first.
    await actorCheckbox(page, 'Kim Jong-un').check();
    const before = await currentWindow(page);
    const centre = (await timeline(page).locator('.vis-center').boundingBox())!;
    await page.mouse.move(centre.x + centre.width / 2, centre.y + centre.height / 2);
    // Turns come faster than the page renders: none may be lost or undone by an earlier
    // one's echo. Each narrows the window to 5/6 of itself: eight make 0.233, seven
    // (one lost) 0.279, nine (one applied twice) 0.194.
    for (let turn = 0; turn < 8; turn++) await page.mouse.wheel(0, -200);
    const ratio = () => currentWindow(page).then((window) => window.span / before.span);
    await expect
      .poll(ratio, { message: 'the window after eight turns, relative to before' })
      .toBeLessThan(0.25);
    await page.waitForTimeout(500); // anything still to come would move it again
    expect(await ratio()).toBeGreaterThan(0.21);
    expect(await ratio()).toBeLessThan(0.25);
    const settled = await currentWindow(page);
    // The description follows the same window.
    await expect(windowDescription(page)).toContainText(
      `Showing ${dayOf(settled.from)} to ${lastDayOf(settled.to)}`,
    );
  });
});

test('the lanes follow the window: made taller, the lanes below the fold come into view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 560 });
  await openApp(page);
  await timeline(page).getByRole('button', { name: 'Fit all' }).click();
  const lastLane = timeline(page).getByText('United Nations', { exact: true });
  await expect(lastLane).not.toBeInViewport();
  // vis-timeline's own watch of its size is off (OPTIONS.autoResize): the app's draws it.
  await page.setViewportSize({ width: 1280, height: 1000 });
  await expect(lastLane).toBeInViewport();
});
