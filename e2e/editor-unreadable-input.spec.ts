import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  TREATY_PASSAGE,
  TREATY_TRANSLATION,
  addActor,
  addReportSource,
  expectSaved,
  newDraft,
  openForEditing,
  selectPassage,
  sourceReader,
} from './helpers/editor';

// The editor's flows are long and this machine is shared: a generous budget per test.
test.describe.configure({ timeout: 120_000 });

/** A draft with one event that has no problems. */
async function draftWithOneGoodEvent(page: Page) {
  await newDraft(page);
  await page.getByRole('textbox', { name: 'Store title', exact: true }).fill('Pyongyang');
  await addReportSource(page);
  await selectPassage(sourceReader(page), TREATY_PASSAGE);
  await page.getByRole('button', { name: 'New event from selection' }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('The treaty is signed');
  await page.getByRole('textbox', { name: 'Start', exact: true }).fill('2024-06-19');
  await addActor(page, 'Russia', 'State');
  await page.getByRole('textbox', { name: 'Translation', exact: true }).fill(TREATY_TRANSLATION);
  await expect(page.getByText('No problems in this event.')).toBeVisible();
}

async function download(page: Page) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download store' }).click();
  return JSON.parse(readFileSync((await (await downloading).path())!, 'utf8')) as {
    title: string;
    language: string;
    events: { place?: { name: string; lat?: unknown; lon?: unknown } }[];
  };
}

test('a coordinate with a decimal comma is read; one that is not a number stays, marked, after a reload', async ({
  page,
}) => {
  await draftWithOneGoodEvent(page);
  await page.getByRole('textbox', { name: 'Place', exact: true }).fill('Pyongyang');
  const latitude = page.getByRole('textbox', { name: 'Latitude', exact: true });
  const longitude = page.getByRole('textbox', { name: 'Longitude', exact: true });

  // A decimal comma, as much of Europe and Latin America writes it: the number it means.
  await latitude.fill('39,02');
  // One of the two: the store keeps it, but the map would leave the event out unsaid.
  const half = page.getByText(
    'A latitude without a longitude: the map shows a place only with both.',
  );
  await expect(half).toBeVisible();
  await longitude.fill('125,75');
  await expect(half).toBeHidden();
  await expect(page.getByText('No problems in this event.')).toBeVisible();
  await expect(longitude).not.toHaveAttribute('aria-invalid');
  await expect(longitude).toHaveValue('125,75');
  await expectSaved(page);
  expect((await download(page)).events[0]!.place).toEqual({
    name: 'Pyongyang',
    lat: 39.02,
    lon: 125.75,
  });

  // Degrees and minutes, as pasted from a map or an encyclopaedia: read, and shown as pasted.
  await latitude.fill('39°01′48″N');
  await expect(page.getByText('No problems in this event.')).toBeVisible();
  await expect(latitude).toHaveValue('39°01′48″N');
  await expectSaved(page);
  expect((await download(page)).events[0]!.place).toEqual({
    name: 'Pyongyang',
    lat: 39.03,
    lon: 125.75,
  });

  // Text that is no number: kept in the field, said there, counted, not thrown away.
  await longitude.fill('abc');
  await expect(longitude).toHaveAttribute('aria-invalid', 'true');
  await expect(longitude).toHaveAccessibleDescription(/^Not a number: write it as 125\.75/);
  await expect(page.getByText('1 problem in this event.')).toBeVisible();
  await expect(page.getByText('No problems in this event.')).toHaveCount(0);
  await expectSaved(page);

  await page.reload();
  await expect(longitude).toHaveValue('abc');
  await expect(longitude).toHaveAttribute('aria-invalid', 'true');
  await expect(longitude).toHaveAccessibleDescription(/^Not a number: write it as 125\.75/);
  await expect(latitude).toHaveValue('39.03');
  await expect(latitude).not.toHaveAttribute('aria-invalid');

  // The same for the latitude (east is a longitude's); emptied, no value and no problem.
  await latitude.fill('39°E');
  await expect(latitude).toHaveAttribute('aria-invalid', 'true');
  await expect(latitude).toHaveAccessibleDescription(/^Not a number: write it as 125\.75/);
  await expect(page.getByText('2 problems in this event.')).toBeVisible();
  await latitude.fill('');
  await longitude.fill('');
  await expect(page.getByText('No problems in this event.')).toBeVisible();
  await expect(longitude).not.toHaveAttribute('aria-invalid');
});

test('Download store is refused while the store’s title or language is not valid, and goes to the field', async ({
  page,
}) => {
  await newDraft(page);
  let downloads = 0;
  page.on('download', () => downloads++);
  const storeTitle = page.getByRole('textbox', { name: 'Store title', exact: true });
  const language = page.getByRole('textbox', { name: 'Store language', exact: true });
  await storeTitle.fill('');
  await language.fill('english');
  await expect(language).toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('button', { name: 'Download store' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'Not downloaded' });
  await expect(refusal).toHaveText(
    /Not downloaded: fix the store’s title and language first, so that the file is a valid store\./,
  );
  await expect(storeTitle).toBeFocused();
  await expect(page.getByRole('status')).not.toContainText('Downloaded');
  await refusal.getByRole('button', { name: 'Go to Store language' }).click();
  await expect(language).toBeFocused();

  // Fixed one at a time: the warning follows, and goes once both are fixed.
  await storeTitle.fill('Pyongyang, June 2024');
  await expect(refusal).toContainText('fix the store’s language first');
  await expect(refusal.getByRole('button', { name: 'Go to Store title' })).toHaveCount(0);
  await language.fill('en');
  await expect(refusal).toHaveCount(0);
  expect(downloads).toBe(0);

  const file = await download(page);
  expect(file.title).toBe('Pyongyang, June 2024');
  expect(file.language).toBe('en');
  expect(downloads).toBe(1);
});

test('a store that gives no language is opened with Store language empty and asked for, not "en"', async ({
  page,
}) => {
  const store = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as Record<
    string,
    unknown
  >;
  delete store.language;
  await openForEditing(page, {
    name: 'no-language.json',
    mimeType: 'application/json',
    text: JSON.stringify(store),
  });
  const language = page.getByRole('textbox', { name: 'Store language', exact: true });
  await expect(language).toHaveValue('');
  await expect(language).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Download store' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Not downloaded' })).toBeVisible();
  await language.fill('en');
  await expect(language).not.toHaveAttribute('aria-invalid');
});
