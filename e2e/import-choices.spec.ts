import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { STORE_TITLE } from './helpers/app';
import { heading, openStoreDialog } from './helpers/store-loading';
import { expectNoAxeViolations } from './helpers/axe';

/**
 * The Import dialog's choices, made with the keyboard: the focus stays on the radio or the
 * select that was used while the file is converted again; a select's options can be stepped
 * through with the arrow keys, the last one winning; a column chosen for one field that
 * another field read is said at that field and in the refusal; the day/month question shows
 * the dates it is about, with their events' titles, and what each answer reads them as.
 */

// The machine these run on is shared and often loaded: waits are for what a person sees,
// with room for a slow start.
test.slow();
const SLOW = { timeout: 30_000 };

async function openFile(page: Page, name: string, mimeType: string, text: string) {
  await page.goto('/');
  await expect(heading(page)).toHaveText(STORE_TITLE, SLOW);
  await page.getByRole('button', { name: 'Open store…' }).click();
  await openStoreDialog(page)
    .getByLabel('Open a file')
    .setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await expect(dialog).toBeVisible(SLOW);
  return dialog;
}

// A timemap export whose third event's date could be 6 February or 2 June (the tester's file).
const TIMEMAP = JSON.stringify({
  events: [
    { id: 'CIV0001', description: 'Protesters gather. Police arrive later.', date: '2020-05-31' },
    { id: 'CIV0002', description: 'Second event.', date: '2020-06-01', category: 'Military' },
    {
      id: 'CIV0003',
      description: 'Bad coordinates <b>html</b> <img src=x onerror="document.title=1">.',
      date: '06/02/2020',
      category: 'Police',
    },
  ],
});

const CSV = [
  'date,end,title,party,region',
  '2024-06-19,,Treaty signed,Russia,Asia',
  '2024-06-20,,Summit,NATO,Europe',
].join('\n');

test('the day/month question shows the date as written, its event’s title, and both readings', async ({
  page,
}) => {
  const dialog = await openFile(page, 'protests.json', 'application/json', TIMEMAP);
  const question = dialog.getByRole('group', { name: 'Dates such as 03/04/2020 read as' });
  await expect(
    question.getByText('Day and month could be either way round (event 3).'),
  ).toBeVisible(SLOW);
  // The file's text, as text: its markup is not the page's.
  await expect(question.getByRole('listitem')).toHaveText([
    '06/02/2020 — event 3: Bad coordinates html .',
  ]);
  await expect(question.getByRole('img')).toHaveCount(0);
  await expect(
    question.getByRole('radio', { name: 'day/month/year: 6 February 2020', exact: true }),
  ).toBeVisible();
  await expect(
    question.getByRole('radio', { name: 'month/day/year: 2 June 2020', exact: true }),
  ).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();
  await expectNoAxeViolations(page, 'the Import dialog', { include: 'dialog' });
});

test('a date-order radio keeps the focus while the file is converted again, chosen with Space and the arrows', async ({
  page,
}) => {
  const dialog = await openFile(page, 'protests.json', 'application/json', TIMEMAP);
  const dayFirst = dialog.getByRole('radio', { name: 'day/month/year', exact: false });
  const monthFirst = dialog.getByRole('radio', { name: 'month/day/year', exact: false });
  await expect(dayFirst).toBeVisible(SLOW);
  // From Cancel, back to the last radio of the question; Space chooses it.
  await dialog.getByRole('button', { name: 'Cancel' }).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(monthFirst).toBeFocused();
  await page.keyboard.press('Space');
  await expect(dialog.getByRole('cell', { name: '2020-06-02', exact: true })).toBeVisible(SLOW);
  await expect(monthFirst).toBeChecked();
  await expect(monthFirst).toBeFocused();
  // The question stays, with its date, so that the answer can be changed.
  await expect(dialog.getByRole('listitem').filter({ hasText: '06/02/2020' })).toBeVisible();
  await page.keyboard.press('ArrowUp');
  await expect(dialog.getByRole('cell', { name: '2020-02-06', exact: true })).toBeVisible(SLOW);
  await expect(dayFirst).toBeChecked();
  await expect(dayFirst).toBeFocused();
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeEnabled();
});

test('a column select keeps the focus, and the arrows step through its columns: the last one wins', async ({
  page,
}) => {
  const dialog = await openFile(page, 'treaties.csv', 'text/csv', CSV);
  const actors = dialog.getByRole('combobox', { name: 'actors', exact: true });
  const preview = dialog.getByRole('table');
  await expect(preview.getByRole('cell', { name: 'Russia', exact: true })).toBeVisible(SLOW);
  await actors.focus();
  await page.keyboard.press('ArrowDown');
  await expect(actors).toHaveValue('region');
  await expect(preview.getByRole('cell', { name: 'Asia', exact: true })).toBeVisible(SLOW);
  await expect(actors).toBeFocused();
  // Pressed one after the other, each converting again: the result is the last one's.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(actors).toHaveValue('region');
  await expect(actors).toBeFocused();
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeEnabled(SLOW);
  await expect(preview.getByRole('cell', { name: 'Europe', exact: true })).toBeVisible();
  await expect(preview.getByRole('cell', { name: 'Russia', exact: true })).toBeHidden();
  await expect(dialog.getByRole('combobox', { name: 'title', exact: true })).toHaveValue('title');
  await expect(dialog.getByRole('combobox', { name: 'date', exact: true })).toHaveValue('date');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(heading(page)).toHaveText('treaties', SLOW);
  await expect(page.getByRole('checkbox', { name: 'Europe' })).toBeVisible(SLOW);
});

test('each column list says which field reads a column now, before it is moved', async ({
  page,
}) => {
  const dialog = await openFile(page, 'treaties.csv', 'text/csv', CSV);
  const date = dialog.getByRole('combobox', { name: 'date', exact: true });
  const tags = dialog.getByRole('combobox', { name: 'tags', exact: true });
  await expect(date).toHaveValue('date', SLOW);
  await expect(tags.getByRole('option')).toHaveText([
    '(none)',
    'date — chosen for date',
    'end — chosen for end',
    'title — chosen for title',
    'party — chosen for actors',
    'region',
  ]);
  // Its own column is named plainly in its own list.
  await expect(date.getByRole('option', { name: 'date', exact: true })).toHaveCount(1);
});

test('a column another field read, chosen for a new one: the field says it has none, and so does the refusal', async ({
  page,
}) => {
  const dialog = await openFile(page, 'treaties.csv', 'text/csv', CSV);
  const date = dialog.getByRole('combobox', { name: 'date', exact: true });
  const end = dialog.getByRole('combobox', { name: 'end', exact: true });
  const tags = dialog.getByRole('combobox', { name: 'tags', exact: true });
  await expect(date).toHaveValue('date', SLOW);
  await tags.focus();
  await page.keyboard.press('ArrowDown');
  await expect(tags).toHaveValue('date');
  await expect(dialog.getByRole('alert')).toHaveText(
    'This file cannot be imported: no column of dates: its column, "date", is chosen for tags. Choose the column under Columns, below, in the “date” list.',
    SLOW,
  );
  await expect(date).toHaveValue('');
  await expect(date).toHaveAccessibleDescription('No column: “date” is chosen for tags.');
  await expect(tags).toBeFocused();
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();
  await expectNoAxeViolations(page, 'the Import dialog', { include: 'dialog' });

  // One more step: the date column is the date field's again; the end field's is taken.
  await page.keyboard.press('ArrowDown');
  await expect(tags).toHaveValue('end');
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeEnabled(SLOW);
  await expect(date).toHaveValue('date');
  await expect(dialog.getByRole('alert')).toBeHidden();
  await expect(end).toHaveAccessibleDescription('No column: “end” is chosen for tags.');
  await expect(tags).toBeFocused();

  // No column chosen for the dates: said so, not that none was recognised by its name.
  await date.focus();
  await page.keyboard.press('ArrowUp');
  await expect(date).toHaveValue('');
  await expect(dialog.getByRole('alert')).toHaveText(
    'This file cannot be imported: no column of dates chosen. Choose the column under Columns, below, in the “date” list.',
    SLOW,
  );
  await expect(date).toBeFocused();
});
