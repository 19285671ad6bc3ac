import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  TOTAL_EVENTS,
  TREATY,
  addressParam,
  currentWindow,
  cutAxisLabels,
  details,
  detailsHeading,
  eventCount,
  fetchStore,
  listButton,
  openApp,
  timeline,
  titlesMatching,
} from './helpers/app';
import { sheetAtRest } from './helpers/sheet';
import { touchGesture } from './helpers/touch';

/**
 * The phone layout at 390×844 with a touch screen: the timeline pans and pinches under
 * the fingers, an event opens in a bottom sheet that can be dismissed, search and filters
 * live in a drawer, nothing scrolls sideways and every tap target is at least 44 px.
 */
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const drawerButton = (page: Page) => page.getByRole('button', { name: /^Search and filters/ });
const drawer = (page: Page) => page.getByRole('dialog', { name: 'Search and filters' });

async function sideways(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** Every visible control smaller than 44 px in either direction, by a readable name. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    // Measured at rest: mid-slide, a transformed box can measure a fraction under its size.
    const finite = document
      .getAnimations()
      .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.all(finite.map((animation) => animation.finished));
    const small: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'button, select, input, summary, a[href], [role="slider"], label:has(input)',
    );
    for (const element of controls) {
      // A checkbox or radio is tapped through its label, which is measured instead.
      if (element instanceof HTMLInputElement && ['checkbox', 'radio'].includes(element.type))
        continue;
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
      if (element.closest('[hidden], dialog:not([open]), .vis-timeline')) continue;
      if (box.height < 44 || box.width < 44) {
        const name =
          element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
        small.push(
          `${element.tagName.toLowerCase()} “${name}” ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
      }
    }
    return small;
  });
}

test.describe('phone layout', () => {
  test('opens an event in a bottom sheet, which closes and opens again', async ({ page }) => {
    await openApp(page);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    // Nothing selected: no sheet covers the page.
    await expect(details(page)).toHaveCount(0);

    await listButton(page, TREATY.title).tap();
    await expect(detailsHeading(page)).toHaveText(TREATY.title);
    const sheet = details(page);
    // A sheet: full width, anchored to the bottom of the screen, leaving the top visible.
    await sheetAtRest(page);
    const box = (await sheet.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(389);
    expect(box.y).toBeGreaterThan(150);
    await addressParam(page, 'event').toBe(TREATY.id);

    // Dismissed by its close button: the selection is cleared (Back brings it back).
    await sheet.getByRole('button', { name: 'Close details' }).tap();
    await expect(details(page)).toHaveCount(0);
    await addressParam(page, 'event').toBeNull();

    // Reopened by choosing an event again; then dismissed with Escape.
    await listButton(page, TREATY.title).tap();
    await expect(detailsHeading(page)).toHaveText(TREATY.title);
    await page.keyboard.press('Escape');
    await expect(details(page)).toHaveCount(0);

    // …and by dragging its handle down.
    await listButton(page, TREATY.title).tap();
    await expect(detailsHeading(page)).toHaveText(TREATY.title);
    // Where a person sees the handle once the sheet stops moving: measured mid-slide (the
    // heading is there from the slide's first frame) the touch landed below the handle.
    await sheetAtRest(page);
    const handle = (await sheet.locator('.sheet-handle').boundingBox())!;
    const client = await page.context().newCDPSession(page);
    const x = handle.x + handle.width / 2;
    const y = handle.y + handle.height / 2;
    await touchGesture(client, [{ x, y }], [{ x, y: y + 200 }]);
    await expect(details(page)).toHaveCount(0);
    await addressParam(page, 'event').toBeNull();

    // Back walks through it: the event is selected again.
    await page.goBack();
    await expect(detailsHeading(page)).toHaveText(TREATY.title);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
  });

  test('a link opened on an event leaves the page where it is: the timeline stays in view', async ({
    page,
  }) => {
    await openApp(page, `?event=${TREATY.id}`);
    await expect(detailsHeading(page)).toHaveText(TREATY.title);
    // The list has marked its row (and had its chance to bring it into view)…
    await expect(listButton(page, TREATY.title)).toHaveAttribute('aria-current', 'true');
    await sheetAtRest(page);
    // …without scrolling the page: the timeline is not pushed up under the header.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const panel = (await timeline(page).boundingBox())!;
    expect(panel.y).toBeGreaterThanOrEqual(0);

    // Closed, the focus is on the event's row in the list, and the page stays on the timeline:
    // focused there, the row below it would scroll the page away.
    await details(page).getByRole('button', { name: 'Close details' }).tap();
    await expect(details(page)).toHaveCount(0);
    await expect(listButton(page, TREATY.title)).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('filters and search in a drawer', async ({ page, request }) => {
    const store = await fetchStore(request);
    const expected = titlesMatching(store, ['ukraine'], 'any');
    await openApp(page);
    // On a phone the filters are not on the page until the drawer opens.
    await expect(page.getByRole('group', { name: 'Actors' })).toBeHidden();

    await drawerButton(page).tap();
    await expect(drawer(page)).toBeVisible();
    await drawer(page)
      .getByRole('group', { name: 'Actors' })
      .getByRole('checkbox', { name: /^Ukraine\b/ })
      .tap();
    await expect(drawer(page).getByRole('radiogroup', { name: 'Match' })).toBeVisible();
    await expect(await smallTargets(page)).toEqual([]);
    await drawer(page)
      .getByRole('button', { name: `Show ${expected.length} events` })
      .tap();
    await expect(drawer(page)).toBeHidden();
    await expect(eventCount(page)).toHaveText(`${expected.length} of ${TOTAL_EVENTS} events`);
    await expect(drawerButton(page)).toHaveText(/Search and filters\s*1/);
    await addressParam(page, 'actors').toBe('ukraine');

    // Search from the drawer; Enter opens the best match in the sheet.
    await drawerButton(page).tap();
    await drawer(page).getByRole('searchbox', { name: 'Search events' }).fill('invade');
    await drawer(page).getByRole('searchbox', { name: 'Search events' }).press('Enter');
    await expect(drawer(page)).toBeHidden();
    await expect(detailsHeading(page)).toHaveText('Russia invades Ukraine');

    // Escape closes the drawer without clearing the selection.
    await drawerButton(page).tap();
    await page.keyboard.press('Escape');
    await expect(drawer(page)).toBeHidden();
    await expect(detailsHeading(page)).toHaveText('Russia invades Ukraine');
    expect(await sideways(page)).toBeLessThanOrEqual(0);
  });

  test('the timeline pans and pinches under the fingers', async ({ page }) => {
    await openApp(page, '?from=2023-01-01&to=2024-12-31');
    // The widget shows itself after its first draw; gestures before that are lost.
    await expect(timeline(page).locator('.vis-timeline')).toBeVisible();
    await expect(timeline(page).locator('.vis-item').first()).toBeAttached();
    const before = await currentWindow(page);
    const area = (await timeline(page).locator('.vis-panel.vis-center').boundingBox())!;
    const client = await page.context().newCDPSession(page);
    const y = area.y + area.height / 2;
    const mid = area.x + area.width / 2;

    // Pan: one finger dragged to the right shows earlier times, at the same zoom.
    await touchGesture(client, [{ x: mid - 60, y }], [{ x: mid + 60, y }]);
    await expect
      .poll(async () => (await currentWindow(page)).from, { timeout: 15_000 })
      .not.toBe(before.from);
    const panned = await currentWindow(page);
    expect(Date.parse(panned.from)).toBeLessThan(Date.parse(before.from));
    expect(panned.span / before.span).toBeCloseTo(1, 1);

    // Pinch: two fingers moved apart zoom in.
    await touchGesture(
      client,
      [
        { x: mid - 30, y },
        { x: mid + 30, y },
      ],
      [
        { x: mid - 110, y },
        { x: mid + 110, y },
      ],
    );
    await expect
      .poll(async () => (await currentWindow(page)).span, { timeout: 15_000 })
      .toBeLessThan(panned.span * 0.8);
  });

  test('a vertical swipe over the timeline or its overview scrolls the page, as over any article', async ({
    page,
  }) => {
    await openApp(page);
    await expect(timeline(page).locator('.vis-item').first()).toBeAttached();
    const client = await page.context().newCDPSession(page);
    const scrolled = () => page.evaluate(() => window.scrollY);
    const swipeUp = async (box: { x: number; y: number; width: number; height: number }) => {
      const x = box.x + box.width / 2;
      await touchGesture(
        client,
        [{ x, y: box.y + box.height * 0.8 }],
        [{ x, y: box.y + box.height * 0.8 - 200 }],
      );
    };

    /** The page's scroll once a swipe's fling has run out: the same in two readings in a row. */
    const scrollAtRest = async () => {
      let last = -1;
      await expect
        .poll(async () => {
          const now = await scrolled();
          const resting = now === last;
          last = now;
          return resting;
        })
        .toBe(true);
      return last;
    };

    // One lane: the swipe is the page's, even where its stacked events overflow a little.
    await swipeUp((await timeline(page).locator('.vis-panel.vis-center').boundingBox())!);
    expect(await scrollAtRest()).toBeGreaterThan(50);
    // Swiped up, not panned: the timeline shows the same dates.
    const shown = await currentWindow(page);

    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await scrollAtRest()).toBe(0);
    const band = (await page.getByRole('slider', { name: 'Overview' }).boundingBox())!;
    await swipeUp(band);
    expect(await scrollAtRest()).toBeGreaterThan(0);
    expect(await currentWindow(page)).toEqual(shown);

    // A tap on the band still moves the window there: near its start, to the earliest years.
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await scrollAtRest()).toBe(0);
    await page.touchscreen.tap(band.x + 8, band.y + band.height / 2);
    await expect
      .poll(async () => Date.parse((await currentWindow(page)).from))
      .toBeLessThan(Date.parse(shown.from));
  });

  test('the time axis shows no label cut at its edges, opened and panned', async ({ page }) => {
    await openApp(page);
    await expect(timeline(page).locator('.vis-timeline')).toBeVisible();
    expect(await cutAxisLabels(page), 'axis labels cut on the first view').toEqual([]);

    // Panned by a finger, a little at a time, as a person reads back through time.
    const before = await currentWindow(page);
    const area = (await timeline(page).locator('.vis-panel.vis-center').boundingBox())!;
    const client = await page.context().newCDPSession(page);
    const y = area.y + area.height / 2;
    const x = area.x + area.width / 3;
    await touchGesture(client, [{ x, y }], [{ x: x + 97, y }]);
    await expect
      .poll(async () => (await currentWindow(page)).from, { timeout: 15_000 })
      .not.toBe(before.from);
    expect(await cutAxisLabels(page), 'axis labels cut after a pan').toEqual([]);
  });

  test('every tap target is at least 44 px and nothing scrolls sideways', async ({ page }) => {
    await openApp(page);
    expect(await smallTargets(page)).toEqual([]);
    await listButton(page, TREATY.title).tap();
    await expect(detailsHeading(page)).toHaveText(TREATY.title);
    expect(await smallTargets(page)).toEqual([]);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
  });
});

test.describe('the header on a phone', () => {
  const more = (page: Page) => page.getByRole('button', { name: 'More', exact: true });
  const panel = (page: Page) => page.getByRole('dialog', { name: 'More actions' });

  test('is one row; the other actions are behind More, which Escape closes', async ({ page }) => {
    await openApp(page);
    // The title beside two buttons: one row, not a title over rows of buttons (145 px before).
    const header = (await page.getByRole('banner').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(90);
    const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
    // Both come a moment after the first events (the page's first script leaves them out).
    await expect(drawerButton(page)).toBeVisible();
    await expect(more(page)).toBeVisible();
    for (const button of [drawerButton(page), more(page)]) {
      const box = (await button.boundingBox())!;
      expect(box.y).toBeLessThan(title.y + title.height);
      expect(box.y + box.height).toBeGreaterThan(title.y);
    }
    await expect(drawerButton(page)).toBeInViewport();
    await expect(more(page)).toHaveAttribute('aria-haspopup', 'dialog');
    await expect(more(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();

    await more(page).tap();
    await expect(more(page)).toHaveAttribute('aria-expanded', 'true');
    for (const name of ['Show map', 'Open store…', 'Copy link', 'Embed', 'About and help'])
      await expect(panel(page).getByRole('button', { name, exact: true })).toBeInViewport();
    await expect(panel(page).getByRole('button', { name: /^Export/ })).toBeInViewport();
    await expect(panel(page).getByRole('combobox')).toBeInViewport();
    // Focus moves into the panel, and Escape gives it back to More (the selection stays).
    await expect(panel(page).getByRole('button', { name: 'Show map' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(panel(page)).toBeHidden();
    await expect(more(page)).toBeFocused();
    await expect(more(page)).toHaveAttribute('aria-expanded', 'false');
    expect(await smallTargets(page)).toEqual([]);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
  });

  test('an action closes it; one with a dialog keeps it open under the dialog', async ({
    page,
  }) => {
    await openApp(page);
    await more(page).tap();
    await panel(page).getByRole('button', { name: 'Copy link' }).tap();
    await expect(page.getByRole('status').filter({ hasText: /copied/i })).toBeVisible();
    await expect(panel(page)).toBeHidden();

    await more(page).tap();
    await panel(page).getByRole('button', { name: 'Embed' }).tap();
    const embed = page.getByRole('dialog', { name: 'Embed this view' });
    await expect(embed.getByRole('textbox', { name: 'Embed code' })).toHaveValue(/<iframe/);
    await page.keyboard.press('Escape');
    await expect(embed).toBeHidden();
    await expect(panel(page).getByRole('button', { name: 'Embed' })).toBeFocused();

    // A tap outside closes it (Zoom in: left of the panel, which covers the toolbar's right).
    await timeline(page).getByRole('button', { name: 'Zoom in' }).tap();
    await expect(panel(page)).toBeHidden();
  });
});
