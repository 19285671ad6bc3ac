import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  INVASION,
  SUMMIT,
  TREATY,
  chooseFromList,
  details,
  detailsHeading,
  headerAction,
  listButton,
  openApp,
} from './helpers/app';

/**
 * Where the keyboard's focus goes when what held it changes or is covered: it is never left
 * on the page's body, nor on a control a person cannot see (WCAG 2.4.11, focus not obscured).
 */

test.use({ reducedMotion: 'reduce' });

/** Whether the focused control can be seen: what is drawn at its middle is it (or inside it). */
const focusSeen = (page: Page) =>
  page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return 'nothing focused';
    const box = focused.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit && (focused.contains(hit) || hit.contains(focused)) ? 'seen' : 'covered';
  });

test.describe('on a phone, with the details sheet up', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('Tab and Shift+Tab out of the sheet reach controls scrolled above it, not under it', async ({
    page,
  }) => {
    await openApp(page, `?event=${SUMMIT.id}`);
    await expect(detailsHeading(page)).toHaveText(SUMMIT.title);
    await detailsHeading(page).focus();
    // Back through the page behind the sheet: the list's rows, the timeline's controls.
    const names: string[] = [];
    for (let step = 0; step < 24; step++) {
      await page.keyboard.press('Shift+Tab');
      await expect.poll(() => focusSeen(page), `Shift+Tab ${step + 1}`).toBe('seen');
      names.push(await page.evaluate(() => document.activeElement?.textContent ?? ''));
    }
    // The walk went through the list and up to the timeline's controls.
    expect(names.some((name) => name.includes(INVASION.title))).toBe(true);
    expect(names).toContain('Fit all');
    // And forward again, back into the sheet, each step in sight.
    for (let step = 0; step < 24; step++) {
      await page.keyboard.press('Tab');
      await expect.poll(() => focusSeen(page), `Tab ${step + 1}`).toBe('seen');
    }
  });

  test('an event chosen on the map takes the focus to its details, as from the list', async ({
    page,
  }) => {
    await page.goto('/?from=2024-06-01&to=2024-06-30&map=1');
    const map = page.getByRole('region', { name: 'Map', exact: true });
    await map.getByRole('button', { name: /^Pyongyang( and nearby)?, 6 events: / }).click();
    await map
      .getByRole('group', { name: /^Events at Pyongyang/ })
      .getByRole('button', { name: new RegExp(TREATY.title) })
      .click();
    await expect(detailsHeading(page)).toHaveText(TREATY.title);
    await expect(detailsHeading(page)).toBeFocused();
  });

  test('Back closing the sheet gives the focus to the row of the event it showed', async ({
    page,
  }) => {
    await openApp(page);
    await chooseFromList(page, INVASION.title);
    await expect(detailsHeading(page)).toBeFocused();
    await page.goBack();
    await expect(details(page)).toHaveCount(0);
    await expect(listButton(page, INVASION.title)).toBeFocused();
  });
});

test('Back and Forward with the focus in the details: the new event’s heading, or the row left', async ({
  page,
}) => {
  await openApp(page);
  await chooseFromList(page, INVASION.title);
  await chooseFromList(page, TREATY.title);
  await expect(detailsHeading(page)).toBeFocused();
  await page.goBack();
  await expect(detailsHeading(page)).toHaveText(INVASION.title);
  await expect(detailsHeading(page)).toBeFocused();
  await page.goBack();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveCount(0);
  await expect(listButton(page, INVASION.title)).toBeFocused();
});

test('Back closes a dialog of the view left: the context of its excerpt, the code to embed it', async ({
  page,
}) => {
  await openApp(page);
  await chooseFromList(page, INVASION.title);
  await chooseFromList(page, TREATY.title);
  await details(page).getByRole('button', { name: 'Show in context' }).first().click();
  const context = page.getByRole('dialog', { name: 'The excerpt in its source' });
  await expect(context).toBeVisible();
  await page.goBack();
  await expect(detailsHeading(page)).toHaveText(INVASION.title);
  await expect(context).toHaveCount(0);

  await (await headerAction(page, 'Embed')).click();
  const embed = page.getByRole('dialog', { name: /Embed/ });
  await expect(embed.getByRole('textbox')).toHaveValue(new RegExp(`event=${INVASION.id}`));
  await page.goBack();
  await expect(embed).toBeHidden();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveCount(0);
});

test('the details, and a dialog open in them, are kept when the window narrows past 1024 px', async ({
  page,
}) => {
  await openApp(page, `?event=${TREATY.id}`);
  await details(page).getByRole('button', { name: 'Show in context' }).first().click();
  const context = page.getByRole('dialog', { name: 'The excerpt in its source' });
  await expect(context).toBeVisible();
  // Half of a 1920 px screen: the phone and tablet layout, its filters behind a button.
  await page.setViewportSize({ width: 900, height: 800 });
  await expect(page.getByRole('button', { name: 'Search and filters' })).toBeAttached();
  await expect(context).toBeVisible();
  await expect(context.locator('mark')).toBeVisible();
  // Escape closes the dialog only: the event stays chosen, the focus goes back to its opener.
  await page.keyboard.press('Escape');
  await expect(context).toHaveCount(0);
  await expect(detailsHeading(page)).toHaveText(TREATY.title);
  await expect(
    details(page).getByRole('button', { name: 'Show in context' }).first(),
  ).toBeFocused();
});

test('the focus keeps its place when the window crosses 1024 px and 600 px, both ways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  const wide = { width: 1280, height: 800 };
  const narrow = { width: 900, height: 800 };
  const filtersButton = page.getByRole('button', { name: /^Search and filters/ });

  // A row of the list beside the timeline: the same row in the list under it.
  await listButton(page, SUMMIT.title).focus();
  await page.setViewportSize(narrow);
  await expect(filtersButton).toBeVisible();
  await expect(listButton(page, SUMMIT.title)).toBeFocused();

  // Words typed in the search, then narrower: the box is in the closed drawer, so the focus
  // is on the button that opens it, and the words are searched, not lost.
  await page.setViewportSize(wide);
  const search = page.getByRole('searchbox', { name: 'Search events' });
  await expect(listButton(page, SUMMIT.title)).toBeFocused();
  await search.fill('treaty');
  await page.setViewportSize(narrow);
  await expect(filtersButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Search and filters' })).toBeVisible();
  await expect(search).toHaveValue('treaty');
  await page.keyboard.press('Escape');
  await expect(filtersButton).toBeFocused();
  // Wider again, the drawer's button is gone: the search, first in the header's actions.
  await page.setViewportSize(wide);
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('treaty');

  // A header action on a phone is behind More: the focus goes to More.
  await page.setViewportSize(narrow);
  const embed = page.getByRole('button', { name: 'Embed', exact: true });
  await embed.focus();
  await page.setViewportSize({ width: 390, height: 800 });
  await expect(page.getByRole('button', { name: 'More', exact: true })).toBeFocused();
});
