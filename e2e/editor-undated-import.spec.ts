import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openForEditing } from './helpers/editor';

/*
 * A spreadsheet row with no date (an OSINT researcher's incident not yet dated) is kept in
 * the draft, its date asked for, rather than left out of the import and retyped by hand.
 * The explorer, which shows a store and cannot show an undated event, still leaves it out.
 */

/** Five geolocated incidents from a researcher's sheet; row 5 has an empty Date. */
const INCIDENTS = {
  name: 'incidents.csv',
  mimeType: 'text/csv',
  text: readFileSync(new URL('./data/incidents-undated.csv', import.meta.url), 'utf8'),
};
const UNDATED = 'Missile strike in Kharkiv #11';

const draftEvents = (page: Page) => page.getByRole('list', { name: 'Draft events' });
const startField = (page: Page) => page.getByRole('textbox', { name: 'Start', exact: true });

async function importIncidents(page: Page) {
  await openForEditing(page, INCIDENTS);
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
}

test('a row with no date is kept in the draft, its date asked for, and kept across a reload', async ({
  page,
}) => {
  await importIncidents(page);
  const note = page.getByRole('status').filter({ hasText: 'Imported from CSV/TSV table' });
  await expect(note).toContainText('Imported from CSV/TSV table: 5 events.');
  await expect(note).toContainText(`Kept without a date: fill it in (1 event: “${UNDATED}”).`);
  await expect(note).not.toContainText('left out:');

  // In the list, marked as needing a date.
  const row = draftEvents(page).getByRole('button', { name: new RegExp(`^${UNDATED}`) });
  await expect(row).toContainText('date needed');

  // The note's button opens it at its Start: empty, and said to be needed.
  await note.getByRole('button', { name: `Date “${UNDATED}”` }).click();
  await expect(startField(page)).toBeFocused();
  await expect(startField(page)).toHaveValue('');
  await expect(startField(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(startField(page)).toHaveAccessibleDescription(/Required: a date such as 2024/);
  // Everything else the row had is there.
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(UNDATED);
  await expect(page.getByRole('textbox', { name: 'Place', exact: true })).toHaveValue('Kharkiv');
  await expect(page.getByRole('textbox', { name: 'Latitude', exact: true })).toHaveValue('50.0411');
  await expect(page.getByRole('checkbox', { name: 'Wagner Group' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Summary', exact: true })).toHaveValue(
    /Link: https:\/\/example\.org\/reports\/11/,
  );

  // Downloaded meanwhile, the file is a valid store without it, and says so.
  await page.getByRole('button', { name: 'Download store' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded.' })).toContainText(
    `Left out until its problems are fixed: “${UNDATED}” (no date yet).`,
  );

  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await page.reload();
  const kept = draftEvents(page).getByRole('button', { name: new RegExp(`^${UNDATED}`) });
  await expect(kept).toContainText('date needed');
  await kept.click();
  await expect(startField(page)).toHaveValue('');
  await startField(page).fill('2024-02-03');
  await startField(page).blur();
  await expect(startField(page)).not.toHaveAttribute('aria-invalid', 'true');
  await expect(kept).not.toContainText('date needed');
});

test('Add source with the address of an imported row’s link says so, and saves into that source', async ({
  page,
}) => {
  await importIncidents(page);
  const sources = page.getByRole('list', { name: 'Sources' }).getByRole('button');
  await expect(sources).toHaveCount(5);

  await page.getByRole('button', { name: 'Add source' }).click();
  await page
    .getByRole('textbox', { name: 'Source text', exact: true })
    .fill('Footage verified on 3 February shows a missile strike in northern Kharkiv.');
  await page.getByRole('textbox', { name: 'Source title', exact: true }).fill('Strike in Kharkiv');
  const url = page.getByRole('textbox', { name: 'Source URL', exact: true });
  await url.fill('https://example.org/reports/11');
  await expect(url).toHaveAccessibleDescription(
    /A source with this address is already in the draft: “example\.org\/reports\/11”\. It has no text yet/,
  );
  // Not a problem: the field is not marked invalid, and Save would still add a source.
  await expect(url).not.toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('button', { name: 'Save into “example.org/reports/11”' }).click();
  await expect(sources).toHaveCount(5);
  const filled = page.getByRole('list', { name: 'Sources' }).getByRole('button', {
    name: 'Strike in Kharkiv',
  });
  await expect(filled).toHaveAttribute('aria-pressed', 'true');
  await expect(filled).toBeFocused();
  await expect(
    page.getByRole('textbox', { name: 'Text of Strike in Kharkiv', exact: true }),
  ).toHaveValue(/missile strike in northern Kharkiv/);

  // Another address says nothing.
  await page.getByRole('button', { name: 'Add source' }).click();
  await url.fill('https://example.org/reports/99');
  await expect(url).not.toHaveAccessibleDescription(/already in the draft/);
  // Open takes the person to the source at the address, the form left unsaved.
  await url.fill('https://example.org/reports/1/');
  await page.getByRole('button', { name: 'Open “example.org/reports/1”' }).click();
  await expect(url).toBeHidden();
  await expect(
    page
      .getByRole('list', { name: 'Sources' })
      .getByRole('button', { name: 'example.org/reports/1', exact: true }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(sources).toHaveCount(5);
});

test('rows left out are listed first, and all of them a click away', async ({ page }) => {
  const bad = ['soon', 'TBC', 'late', 'never', 'spring?', 'n/a'];
  const rows = [
    'Date,End,Title,Description,Source URL,Actor,Status,Lat,Lon',
    '2024-01-01,,A dated incident,Seen.,https://example.org/r/1,Army,,,',
    ...bad.map(
      (date, n) => `${date},,Incident ${n + 2},Seen.,https://example.org/r/${n + 2},Army,,,`,
    ),
    // Rows kept, each with one field left out: a line each, after the rows left out.
    '2024-01-02,later,End unread,Seen.,https://example.org/r/9,Army,,,',
    '2024-01-03,,Status unread,Seen.,https://example.org/r/10,Army,maybe,,',
    '2024-01-04,,Latitude alone,Seen.,https://example.org/r/11,Army,,50.45,',
    '2024-01-05,,Longitude alone,Seen.,https://example.org/r/12,Army,,,30.52',
    '2024-01-06,,Latitude in words,Seen.,https://example.org/r/13,Army,,north,30.52',
  ];
  await openForEditing(page, { name: 'six.csv', mimeType: 'text/csv', text: rows.join('\n') });
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
  const note = page.getByRole('status').filter({ hasText: 'Imported from CSV/TSV table' });
  // The six rows whose dates cannot be read are one line, the first, naming them all.
  await expect(note.getByRole('listitem').first()).toHaveText(
    /^rows 3–8: date …: not a date .*\(e\.g\. "soon", "TBC", "late"\)$/,
  );
  // Five lines named; the sixth behind "and 1 more", opened by a click (or Enter).
  const more = note.getByText('and 1 more', { exact: true });
  const last = note.getByText(/^row 13: lat "north" not read/);
  await expect(last).toBeHidden();
  await more.click();
  await expect(last).toBeVisible();
});
