import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  INVASION,
  MONTH_ONLY,
  SUMMIT,
  TREATY,
  type StoreJson,
  clickTimelineItem,
  collapse,
  details,
  detailsHeading,
  fetchStore,
  listButton,
  openApp,
  storeEvent,
  timeline,
  timelineItem,
} from './helpers/app';

// The timeline pans to a chosen event; without animation, the items stay put under the
// pointer and the checks below never race an easing curve.
test.use({ reducedMotion: 'reduce' });

/**
 * The details region shows the event as the store has it: title, date at the store's
 * precision, and each excerpt verbatim (checked against the source's full text), in the
 * source's language, with its translation beside it.
 */
async function expectDetails(
  page: Page,
  store: StoreJson,
  expected: { id: string; title: string; date: string },
) {
  const region = details(page);
  await expect(detailsHeading(page)).toHaveText(expected.title);
  await expect(region.getByRole('time').first()).toHaveText(expected.date);

  const event = storeEvent(store, expected.id);
  const excerpts = event.excerpts ?? [];
  expect(excerpts.length, `${expected.id} has excerpts in the store`).toBeGreaterThan(0);
  await expect(region.getByRole('blockquote')).toHaveCount(excerpts.length);
  const figures = region.getByRole('figure');
  await expect(figures).toHaveCount(excerpts.length);

  for (const [i, excerpt] of excerpts.entries()) {
    const source = store.sources.find((candidate) => candidate.id === excerpt.source)!;
    const figure = figures.nth(i);
    // Named by its source, not by its whole caption of links and dates.
    await expect(figure).toHaveAccessibleName(`Source: ${source.title}`);
    const quote = figure.getByRole('blockquote');
    await expect(quote).toHaveAttribute('lang', source.language);
    const shown = collapse(await quote.innerText());
    expect(shown).toBe(collapse(excerpt.quote));
    expect(collapse(source.text ?? ''), `quote ${i + 1} is verbatim in "${source.id}"`).toContain(
      shown,
    );
    // The translation sits beside the quote, in the same figure, in the store's language.
    const translation = figure.getByText(excerpt.translation!);
    await expect(translation).toBeVisible();
    await expect(translation).toHaveAttribute('lang', store.language);
  }
}

test.describe('event details', () => {
  test('clicking an item on the timeline shows the treaty signing with its evidence', async ({
    page,
  }) => {
    const store = await fetchStore(page.request);
    await openApp(page);
    await expect(details(page)).toContainText('Choose an event');

    // Russia's lane is too crowded at the first view to draw each event: it is counted, and
    // its label offers to show each one.
    const expand = timeline(page).getByRole('button', { name: 'Show each event in Russia' });
    await expect(expand).toHaveAttribute('aria-expanded', 'false');
    await expand.click();
    await expect(
      timeline(page).getByRole('button', { name: "Count Russia's events" }),
    ).toHaveAttribute('aria-expanded', 'true');
    await clickTimelineItem(page, TREATY.title);
    await expectDetails(page, store, TREATY);
    await expect(page).toHaveURL(new RegExp(`[?&]event=${TREATY.id}(&|$)`));
    await expect(listButton(page, TREATY.title)).toHaveAttribute('aria-current', 'true');
  });

  test('clicking the invasion on the timeline shows it too', async ({ page }) => {
    const store = await fetchStore(page.request);
    await openApp(page);
    await clickTimelineItem(page, INVASION.title);
    await expectDetails(page, store, INVASION);
  });

  test('choosing from the list shows the Vostochny summit', async ({ page }) => {
    const store = await fetchStore(page.request);
    await openApp(page);
    await listButton(page, SUMMIT.title).click();
    await expectDetails(page, store, SUMMIT);
    // The timeline marks the same event as selected (vis-timeline's own class: no ARIA state).
    await expect(timelineItem(page, SUMMIT.title)).toHaveClass(/\bvis-selected\b/);
    await expect(timelineItem(page, INVASION.title)).not.toHaveClass(/\bvis-selected\b/);
  });

  test('an event dated to a month reads "June 2024", not a day', async ({ page }) => {
    const store = await fetchStore(page.request);
    await openApp(page);
    await listButton(page, MONTH_ONLY.title).click();
    await expectDetails(page, store, MONTH_ONLY);
    await expect(details(page).getByRole('time').first()).not.toHaveText(/\d+ June 2024/);
  });

  test('"Show in context" opens the source with the quote highlighted', async ({ page }) => {
    const store = await fetchStore(page.request);
    const excerpts = storeEvent(store, TREATY.id).excerpts!;
    await openApp(page);
    await listButton(page, TREATY.title).click();
    await expect(detailsHeading(page)).toHaveText(TREATY.title);

    const showInContext = details(page).getByRole('button', { name: 'Show in context' });
    await expect(showInContext).toHaveCount(excerpts.length);
    for (const [i, excerpt] of excerpts.entries()) {
      await showInContext.nth(i).click();
      const dialog = page.getByRole('dialog', { name: 'The excerpt in its source' });
      await expect(dialog).toBeVisible();
      // The highlight is a <mark>; Playwright's role typings do not list the `mark` role.
      const mark = dialog.locator('mark');
      await expect(mark).toHaveCount(1);
      expect(collapse(await mark.innerText())).toBe(collapse(excerpt.quote));
      await expect(mark).toBeInViewport();

      if (i === 0) {
        // Escape closes the dialog only: the event stays selected.
        await page.keyboard.press('Escape');
      } else {
        await dialog.getByRole('button', { name: 'Close' }).click();
      }
      await expect(dialog).toBeHidden();
      await expect(detailsHeading(page)).toHaveText(TREATY.title);
    }
  });
});
