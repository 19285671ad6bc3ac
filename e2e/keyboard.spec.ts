import { expect, test } from './fixtures';
import {
  INVASION,
  SUMMIT,
  TOTAL_EVENTS,
  chooseFromList,
  currentWindow,
  details,
  detailsHeading,
  eventList,
  fetchStore,
  listButton,
  openApp,
  timeline,
  windowDescription,
} from './helpers/app';

/** The default store's whole extent is about 29 years. */
const YEARS_25 = 25 * 365 * 86_400_000;

test.describe('keyboard', () => {
  test('arrow keys step through the events in time order; Escape clears', async ({ page }) => {
    const store = await fetchStore(page.request);
    await openApp(page);
    const names = await eventList(page).getByRole('button').allInnerTexts();
    const titles = names.map(
      (name) => store.events.find((event) => name.startsWith(event.title))!.title,
    );
    const first = titles[0]!;
    const second = titles[1]!;
    const third = titles[2]!;

    await chooseFromList(page, first);
    // Focus is on the details heading now: not a text field, so the shortcuts apply.
    await page.keyboard.press('ArrowRight');
    await expect(detailsHeading(page)).toHaveText(second);
    await page.keyboard.press('ArrowRight');
    await expect(detailsHeading(page)).toHaveText(third);
    await page.keyboard.press('ArrowLeft');
    await expect(detailsHeading(page)).toHaveText(second);
    await page.keyboard.press('ArrowLeft');
    await expect(detailsHeading(page)).toHaveText(first);
    // The first event has no previous one: the selection stays.
    await page.keyboard.press('ArrowLeft');
    await expect(detailsHeading(page)).toHaveText(first);

    // Stepping follows time: each step lands on an event that does not start earlier.
    const startOf = (title: string) => store.events.find((event) => event.title === title)!.start;
    expect(startOf(first) <= startOf(second) && startOf(second) <= startOf(third)).toBe(true);

    await page.keyboard.press('Escape');
    await expect(detailsHeading(page)).toHaveCount(0);
    await expect(details(page)).toContainText('Choose an event');
    await expect(page).not.toHaveURL(/[?&]event=/);

    // With nothing selected, an arrow picks an event again.
    await page.keyboard.press('ArrowRight');
    await expect(detailsHeading(page)).toBeVisible();
  });

  test('Escape in the details closes them and puts the focus back on the event in the list', async ({
    page,
  }) => {
    await openApp(page);
    await listButton(page, SUMMIT.title).focus();
    await page.keyboard.press('Enter');
    await expect(detailsHeading(page)).toHaveText(SUMMIT.title);
    await expect(detailsHeading(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(detailsHeading(page)).toHaveCount(0);
    // Not the page: the next Tab goes on from where the reader was.
    await expect(listButton(page, SUMMIT.title)).toBeFocused();
  });

  test('"+" and "-" zoom the timeline', async ({ page }) => {
    await openApp(page);
    const fitted = await currentWindow(page);
    const fittedText = await windowDescription(page).innerText();

    await page.keyboard.press('+');
    await expect(windowDescription(page)).not.toHaveText(fittedText);
    await expect.poll(async () => (await currentWindow(page)).span).toBeLessThan(fitted.span * 0.6);
    const zoomedText = await windowDescription(page).innerText();

    await page.keyboard.press('-');
    await expect(windowDescription(page)).not.toHaveText(zoomedText);
    await expect
      .poll(async () => (await currentWindow(page)).span)
      .toBeGreaterThan(fitted.span * 0.9);
  });

  test('"/" focuses the search box, where the shortcuts do not apply', async ({ page }) => {
    await openApp(page);
    await chooseFromList(page, INVASION.title);
    await page.keyboard.press('/');
    const search = page.getByRole('searchbox', { name: 'Search events' });
    await expect(search).toBeFocused();
    await expect(search).toHaveValue('');

    await page.keyboard.type('summit');
    await expect(search).toHaveValue('summit');
    await expect(eventList(page).getByRole('listitem')).toHaveCount(1);
    await expect(listButton(page, SUMMIT.title)).toBeVisible();

    // In the text field, ArrowLeft moves the caret and "-" is typed: no step, no zoom.
    const description = await windowDescription(page).innerText();
    const range = description.slice(0, description.indexOf(':') + 1); // "Showing … to …:"
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('-');
    await expect(search).toHaveValue('summi-t');
    await expect(detailsHeading(page)).toHaveText(INVASION.title);
    await expect(windowDescription(page)).toContainText(range);
  });

  test('the toolbar buttons step and zoom', async ({ page }) => {
    await openApp(page);
    const bar = timeline(page);
    await chooseFromList(page, INVASION.title);
    await bar.getByRole('button', { name: 'Next event' }).click();
    await expect(detailsHeading(page)).toHaveText(SUMMIT.title);
    await bar.getByRole('button', { name: 'Previous event' }).click();
    await expect(detailsHeading(page)).toHaveText(INVASION.title);

    await bar.getByRole('button', { name: 'Fit all' }).click();
    // The address follows the window a moment later (docs/ui-contract.md: pans replace).
    await expect(windowDescription(page)).toContainText(
      `${TOTAL_EVENTS} of ${TOTAL_EVENTS} events in view`,
    );
    await expect.poll(async () => (await currentWindow(page)).span).toBeGreaterThan(YEARS_25);
    const fitted = await currentWindow(page);
    const fittedText = await windowDescription(page).innerText();
    await bar.getByRole('button', { name: 'Zoom in' }).click();
    await expect(windowDescription(page)).not.toHaveText(fittedText);
    await expect.poll(async () => (await currentWindow(page)).span).toBeLessThan(fitted.span * 0.6);
    await bar.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await currentWindow(page)).span).toBeLessThan(fitted.span * 0.3);
    await bar.getByRole('button', { name: 'Zoom out' }).click();
    await expect
      .poll(async () => (await currentWindow(page)).span)
      .toBeGreaterThan(fitted.span * 0.4);
    await bar.getByRole('button', { name: 'Fit all' }).click();
    await expect(windowDescription(page)).toHaveText(fittedText);
  });

  test('the Overview slider takes a slider’s keys: Up and Page Up later, Down and Page Down earlier', async ({
    page,
  }) => {
    await openApp(page);
    const band = page.getByRole('slider', { name: 'Overview' });
    const value = async () => Number(await band.getAttribute('aria-valuenow'));
    await band.focus();
    await page.keyboard.press('Home');
    await expect.poll(value).toBeLessThan(20);
    const atStart = await value();
    await page.keyboard.press('ArrowUp');
    await expect.poll(value).toBeGreaterThan(atStart);
    const stepped = await value();
    await page.keyboard.press('PageUp');
    await expect.poll(value).toBeGreaterThan(stepped);
    await page.keyboard.press('PageDown');
    await expect.poll(value).toBe(stepped);
    await page.keyboard.press('ArrowDown');
    await expect.poll(value).toBe(atStart);
  });

  test('Tab reaches the list; Enter selects and moves focus to the details heading', async ({
    page,
  }) => {
    await openApp(page);
    const firstButton = eventList(page).getByRole('button').first();
    const firstTitle = (await firstButton.innerText()).split('\n')[0]!;

    let reached = false;
    for (let presses = 0; presses < 60 && !reached; presses++) {
      await page.keyboard.press('Tab');
      reached = await firstButton.evaluate((element) => element === document.activeElement);
    }
    expect(reached, 'Tab reaches the first event in the list').toBe(true);
    await expect(firstButton).toBeFocused();
    // The focus is visible: the focused button draws an outline.
    const outline = await firstButton.evaluate((element) => {
      const style = getComputedStyle(element);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThan(0);

    await page.keyboard.press('Enter');
    await expect(detailsHeading(page)).toHaveText(firstTitle);
    await expect(detailsHeading(page)).toBeFocused();
    await expect(firstButton).toHaveAttribute('aria-current', 'true');

    // Tab onwards from the list reaches the next event; Enter there selects it.
    await firstButton.focus();
    await page.keyboard.press('Tab');
    const secondButton = eventList(page).getByRole('button').nth(1);
    await expect(secondButton).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(detailsHeading(page)).toBeFocused();
    await expect(secondButton).toHaveAttribute('aria-current', 'true');
  });
});
