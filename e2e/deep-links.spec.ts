import { expect, test } from './fixtures';
import {
  INVASION,
  SUMMIT,
  TOTAL_EVENTS,
  TREATY,
  actorCheckbox,
  actorsGroup,
  addressParam,
  chooseFromList,
  currentWindow,
  dayOf,
  lastDayOf,
  detailsHeading,
  eventCount,
  freshPage,
  historyLength,
  notices,
  openApp,
  timeline,
  timelineItem,
  windowDescription,
  windowOf,
} from './helpers/app';

test.describe('deep links', () => {
  test('"Copy link" copies a link that reopens the same event, filters and window', async ({
    page,
    browser,
  }) => {
    // Two browser contexts and two full page loads: more than the default budget when the
    // machine is busy.
    test.slow();
    await openApp(page);
    await chooseFromList(page, SUMMIT.title);
    await actorCheckbox(page, 'Kim Jong-un').check();
    await expect(eventCount(page)).toHaveText(`7 of ${TOTAL_EVENTS} events`);
    const before = await currentWindow(page);
    await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await currentWindow(page)).span).toBeLessThan(before.span);

    // The live region is there (empty) before anything is announced in it.
    await expect(notices(page)).toBeAttached();
    await expect(notices(page)).toBeEmpty();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(notices(page)).toContainText('Link copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const copied = windowOf(link);
    expect(copied, 'the copied link holds the window').not.toBeNull();
    const params = new URL(link).searchParams;
    expect(params.get('event')).toBe(SUMMIT.id);
    expect(params.get('actors')).toBe('kim-jong-un');
    // The address bar says the same as the copied link.
    await expect(page).toHaveURL(link);
    const description = await windowDescription(page).innerText();
    expect(description).toContain(`Showing ${dayOf(copied!.from)} to ${lastDayOf(copied!.to)}:`);

    const fresh = await freshPage(browser);
    try {
      await fresh.page.goto(link);
      await expect(detailsHeading(fresh.page)).toHaveText(SUMMIT.title);
      const checked = actorsGroup(fresh.page).getByRole('checkbox', { checked: true });
      await expect(checked).toHaveCount(1);
      await expect(actorCheckbox(fresh.page, 'Kim Jong-un')).toBeChecked();
      await expect(eventCount(fresh.page)).toHaveText(`7 of ${TOTAL_EVENTS} events`);
      await expect(windowDescription(fresh.page)).toHaveText(description);
      const reopened = await currentWindow(fresh.page);
      expect({ from: reopened.from, to: reopened.to }).toEqual({
        from: copied!.from,
        to: copied!.to,
      });
      await expect(fresh.page).toHaveURL(link);
    } finally {
      await fresh.close();
    }
  });

  test('an event link without a window opens with that event in view', async ({ page }) => {
    await openApp(page, `?event=${INVASION.id}`);
    await expect(detailsHeading(page)).toHaveText(INVASION.title);
    const window = await currentWindow(page);
    const day = Date.parse('2022-02-24');
    expect(Date.parse(window.from)).toBeLessThan(day);
    expect(Date.parse(window.to)).toBeGreaterThan(day);
    await expect(timeline(page).getByText(INVASION.title, { exact: true }).first()).toBeVisible();
  });

  test('zooming in keeps the chosen event in view, and so the link copied then cites it', async ({
    page,
  }) => {
    // The invasion near the window's left edge, as after panning to it.
    await openApp(page, `?from=2021-12-01&to=2024-12-31&event=${INVASION.id}`);
    await expect(detailsHeading(page)).toHaveText(INVASION.title);
    const day = Date.parse('2022-02-24');
    for (let step = 0; step < 3; step++) {
      const before = await currentWindow(page);
      await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
      await expect.poll(async () => (await currentWindow(page)).span).toBeLessThan(before.span);
    }
    const window = await currentWindow(page);
    expect(Date.parse(window.from)).toBeLessThanOrEqual(day);
    expect(Date.parse(window.to)).toBeGreaterThanOrEqual(day);
    await expect(timelineItem(page, INVASION.title)).toBeVisible();
  });

  test('the timeline names the days the link names: `to` is the last day shown', async ({
    page,
  }) => {
    await openApp(page, '?from=2024-06-19&to=2024-06-19');
    await expect(windowDescription(page)).toContainText(/^Showing 19 June 2024 to 19 June 2024:/);
    await openApp(page, '?from=2022-02-01&to=2022-02-28');
    await expect(windowDescription(page)).toContainText(
      /^Showing 1 February 2022 to 28 February 2022:/,
    );
  });
});

test.describe('Back and Forward', () => {
  // The drag below must not start while a zoom animation is still moving the timeline.
  test.use({ reducedMotion: 'reduce' });

  test('walk through the selections, and zooming or panning adds no entry', async ({ page }) => {
    await openApp(page);
    await chooseFromList(page, INVASION.title);
    await chooseFromList(page, TREATY.title);
    await addressParam(page, 'event').toBe(TREATY.id);
    const entries = await historyLength(page);

    await page.goBack();
    await expect(detailsHeading(page)).toHaveText(INVASION.title);
    await page.goForward();
    await expect(detailsHeading(page)).toHaveText(TREATY.title);

    // Zooming replaces the current entry...
    const before = await currentWindow(page);
    await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await currentWindow(page)).span).toBeLessThan(before.span);
    expect(await historyLength(page)).toBe(entries);

    // ...and so does panning: drag the timeline sideways.
    const zoomed = await currentWindow(page);
    const area = (await timeline(page).locator('.vis-panel.vis-center').boundingBox())!; // vis DOM, no role
    const y = area.y + area.height - 20;
    await page.mouse.move(area.x + area.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(area.x + area.width / 2 - 200, y, { steps: 10 });
    await page.mouse.up();
    await expect.poll(async () => (await currentWindow(page)).from).not.toBe(zoomed.from);
    expect(await historyLength(page)).toBe(entries);
    await expect(detailsHeading(page)).toHaveText(TREATY.title);

    // One Back goes to the previous selection, not to the previous zoom.
    await page.goBack();
    await expect(detailsHeading(page)).toHaveText(INVASION.title);
    await page.goForward();
    await expect(detailsHeading(page)).toHaveText(TREATY.title);
  });

  test('a filter change is a step too', async ({ page }) => {
    await openApp(page);
    await actorCheckbox(page, 'China').check();
    await expect(eventCount(page)).toHaveText(`1 of ${TOTAL_EVENTS} events`);
    await addressParam(page, 'actors').toBe('china');
    await page.goBack();
    await expect(eventCount(page)).toHaveText(`${TOTAL_EVENTS} events`);
    await expect(actorCheckbox(page, 'China')).not.toBeChecked();
    await page.goForward();
    await expect(actorCheckbox(page, 'China')).toBeChecked();
  });
});

test.describe('a link with bad values', () => {
  test('opens anyway, says what it ignored, keeps the rest and cleans the address', async ({
    page,
  }) => {
    const bad = {
      event: 'no-such-event',
      actor: 'atlantis',
      from: '2024-01-01',
      to: '2020-01-01',
      match: 'sometimes',
      junk: 'utm_campaign',
    };
    await page.goto(
      `/?event=${bad.event}&from=${bad.from}&to=${bad.to}&actors=russia,${bad.actor}` +
        `&match=${bad.match}&${bad.junk}=spring`,
    );
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    const notice = notices(page);
    for (const value of [bad.event, bad.actor, bad.from, bad.to, bad.match, bad.junk]) {
      await expect(notice, `the notice names ${value}`).toContainText(value);
    }
    await expect(notice).not.toContainText('russia');

    // The good values still apply: Russia stays chosen, and a window was picked.
    await expect(actorCheckbox(page, 'Russia')).toBeChecked();
    await expect(actorsGroup(page).getByRole('checkbox', { checked: true })).toHaveCount(1);
    await expect(eventCount(page)).toHaveText(`16 of ${TOTAL_EVENTS} events`);
    await expect(page.getByRole('radio', { name: 'Any' })).toBeChecked();
    await expect(detailsHeading(page)).toHaveCount(0);
    await expect(windowDescription(page)).toBeVisible();

    // The address bar holds the clean link.
    await expect
      .poll(() => {
        const url = page.url();
        return Object.values(bad).filter((value) => url.includes(value));
      }, 'no bad value is left in the address')
      .toEqual([]);
    const url = new URL(page.url());
    expect([...url.searchParams.keys()].sort()).toEqual(['actors', 'from', 'to']);
    expect(url.searchParams.get('actors')).toBe('russia');
    const window = windowOf(page.url())!;
    expect(window.span).toBeGreaterThan(0);

    // The clean link opens without a notice.
    await page.reload();
    await expect(actorCheckbox(page, 'Russia')).toBeChecked();
    await expect(windowDescription(page)).toBeVisible();
    await expect(notice.filter({ hasText: /\S/ })).toHaveCount(0);

    // A notice can be dismissed.
    await page.goto(`/?${bad.junk}=1`);
    await expect(notice).toContainText(bad.junk);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice.filter({ hasText: /\S/ })).toHaveCount(0);
  });
});
