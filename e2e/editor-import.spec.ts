import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/*
 * A spreadsheet opened for editing goes through the explorer's Import dialog: its columns
 * mapped, then a draft made of the result (docs/ui-contract.md, "Importing" and "Editing").
 */

/** A journalist's tracker: Date, Headline, What happened, Who, Link, Notes. */
const TRACKER = readFileSync(new URL('./data/nk-russia-tracker.csv', import.meta.url));

async function openTracker(page: Page) {
  await page.getByRole('button', { name: 'Open store for editing' }).click();
  await page.getByLabel('Store file').setInputFiles({
    name: 'nk-russia-tracker.csv',
    mimeType: 'text/csv',
    buffer: TRACKER,
  });
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('a CSV opened for editing is mapped in the Import dialog; the draft has the mapped summary and a source for each link', async ({
  page,
}) => {
  await page.goto('/edit/');
  const dialog = await openTracker(page);
  await expect(dialog).toContainText('Recognised: CSV/TSV table (9 read)');
  const summary = dialog.getByRole('combobox', { name: 'summary' });
  // "What happened" is no name Sourceline knows: the notes were taken for the summary.
  await expect(summary).toHaveValue('Notes');
  await expect(dialog.getByRole('combobox', { name: 'url' })).toHaveValue('Link');
  await summary.selectOption('What happened');
  await expect(summary).toHaveValue('What happened');
  await expect(dialog.getByRole('status').filter({ hasText: 'Updating' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('textbox', { name: 'Store title', exact: true })).toHaveValue(
    'nk-russia-tracker',
  );
  await expect(
    // Its row with no date is kept too, to be dated (editor-undated-import.spec.ts).
    page.getByRole('status').filter({ hasText: 'Imported from CSV/TSV table: 9 events' }),
  ).toBeVisible();
  await page
    .getByRole('list', { name: 'Draft events' })
    .getByRole('button', { name: /^Russia invades Ukraine/ })
    .click();
  await expect(page.getByRole('textbox', { name: 'Summary', exact: true })).toHaveValue(
    /^Russia launches full-scale invasion; Pyongyang blames "hegemonic policy" of the US/,
  );
  // The row's link is a source of the draft, to paste the article into and quote from.
  const source = page.getByRole('list', { name: 'Sources' }).getByRole('button', {
    name: 'example-wire.com/world/europe/russia-invades-ukraine-2022-02-24',
  });
  await source.click();
  // Its text is the next thing to give: the article, pasted.
  await page.getByRole('button', { name: 'Edit source' }).click();
  await expect(page.getByRole('textbox', { name: 'Source text', exact: true })).toHaveValue('');
  await expect(page.getByRole('textbox', { name: 'Source URL', exact: true })).toHaveValue(
    'https://www.example-wire.com/world/europe/russia-invades-ukraine-2022-02-24/',
  );
});

test('Cancel in the Import dialog makes no draft', async ({ page }) => {
  await page.goto('/edit/');
  const dialog = await openTracker(page);
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeEnabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('No drafts yet')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Drafts' }).getByRole('listitem')).toHaveCount(0);
});

test('a store opened again over a draft of its title asks: Replace draft, or Keep both as “… (2)”', async ({
  page,
}) => {
  await page.goto('/edit/');
  const importTracker = async () => {
    const dialog = await openTracker(page);
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect(dialog).toBeHidden();
  };
  await importTracker();
  const drafts = page.getByRole('list', { name: 'Drafts' }).getByRole('listitem');
  await expect(drafts).toHaveCount(1);
  const events = page.getByRole('list', { name: 'Draft events' });
  await events.getByRole('button', { name: /^Russia invades Ukraine/ }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Edited by hand');
  await expect(events.getByRole('button', { name: /^Edited by hand/ })).toBeVisible();

  await importTracker();
  const question = page.getByRole('group', {
    name: 'A draft named “nk-russia-tracker” exists already. Replace its content with this file, or keep both?',
  });
  // Nothing is made or replaced until the person answers; the choice that loses nothing has the focus.
  await expect(question.getByRole('button', { name: 'Keep both' })).toBeFocused();
  await expect(drafts).toHaveCount(1);
  await question.getByRole('button', { name: 'Replace draft' }).click();
  await expect(question).toBeHidden();
  await expect(drafts).toHaveCount(1);
  await expect(events.getByRole('button', { name: /^Russia invades Ukraine/ })).toBeVisible();
  await expect(events.getByRole('button', { name: /^Edited by hand/ })).toHaveCount(0);

  await importTracker();
  await question.getByRole('button', { name: 'Keep both' }).click();
  // The list is newest first.
  await expect(drafts.locator('.editor-draft-title')).toHaveText([
    'nk-russia-tracker (2)',
    'nk-russia-tracker',
  ]);
  await expect(page.getByRole('textbox', { name: 'Store title', exact: true })).toHaveValue(
    'nk-russia-tracker (2)',
  );
});
