import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  INVASION,
  SUMMIT,
  chooseFromList,
  detailsHeading,
  escapeRegExp,
  eventList,
  listButton,
  openApp,
  timeline,
} from './helpers/app';

/**
 * What a screen reader hears when an event is chosen and the focus stays where it was: a
 * live region's words (it has no role: it is not one of the page's notices).
 */
const spoken = (page: Page) => page.locator('p.visually-hidden[aria-live="polite"]');

test.describe('said when an event is chosen', () => {
  test('arrow keys on the timeline and the details’ heading say the event chosen', async ({
    page,
  }) => {
    await openApp(page, `?event=${INVASION.id}`);
    await expect(detailsHeading(page)).toHaveText(INVASION.title);
    const titles = await eventList(page).getByRole('listitem').allInnerTexts();
    const after = titles.findIndex((text) => text.startsWith(INVASION.title)) + 1;
    const next = titles[after]!;

    // As a keyboard's user gets there: the page's first link.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the timeline' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(timeline(page)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(detailsHeading(page)).toHaveText(firstLine(next));
    await expect(spoken(page)).toHaveText(
      new RegExp(`^Selected: ${escapeRegExp(firstLine(next))}, `),
    );
    await expect(timeline(page)).toBeFocused();

    // The heading keeps the focus while its words change under it: they are said.
    await detailsHeading(page).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(detailsHeading(page)).toHaveText(INVASION.title);
    // Its status too, as the timeline's item says it.
    await expect(spoken(page)).toHaveText(
      `Selected: ${INVASION.title}, ${INVASION.date}, confirmed`,
    );
  });

  test('Next at the last event says there is none, each time it is pressed', async ({ page }) => {
    await openApp(page);
    const last = firstLine((await eventList(page).getByRole('listitem').last().innerText())!);
    await chooseFromList(page, last);
    const nextButton = page.getByRole('button', { name: 'Next event' });
    await nextButton.focus();
    await page.keyboard.press('Enter');
    await expect(spoken(page)).toHaveText('No later event');
    await expect(detailsHeading(page)).toHaveText(last);
    await expect(nextButton).toBeFocused();
    // Said again, as a new node: a screen reader does not read the same words set twice.
    const said = await spoken(page).locator('span').elementHandle();
    await page.keyboard.press('Enter');
    await expect.poll(() => said!.evaluate((node) => node.isConnected)).toBe(false);
    await expect(spoken(page)).toHaveText('No later event');

    await page.getByRole('button', { name: 'Previous event' }).click();
    await expect(spoken(page)).toHaveText(/^Selected: /);
  });

  test('a row of the list gives the heading the focus, and nothing more is said', async ({
    page,
  }) => {
    await openApp(page);
    await listButton(page, SUMMIT.title).focus();
    await page.keyboard.press('Enter');
    await expect(detailsHeading(page)).toHaveText(SUMMIT.title);
    await expect(detailsHeading(page)).toBeFocused();
    await expect(spoken(page)).toHaveText('');
  });

  test('Spanish: the choice is said in the interface’s language', async ({ page }) => {
    await page.goto(`/?lang=es&event=${SUMMIT.id}`);
    const heading = page.getByRole('region', { name: 'Detalles del evento' }).getByRole('heading', {
      level: 2,
    });
    await expect(heading).toHaveText(SUMMIT.title);
    await page.getByRole('button', { name: 'Evento anterior' }).click();
    await expect(spoken(page)).toHaveText(
      `Seleccionado: ${INVASION.title}, 24 de febrero de 2022, confirmado`,
    );
  });
});

function firstLine(text: string) {
  return text.split('\n')[0]!.trim();
}
