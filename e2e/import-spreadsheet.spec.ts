import type { Locator, Page } from '@playwright/test';
import { XLSX_TYPE, workbookFile } from '../src/format/convert/workbook-fixture';
import { expect, test } from './fixtures';
import { STORE_TITLE, actorCheckbox, eventCount, timeline } from './helpers/app';
import { heading, openStoreDialog } from './helpers/store-loading';

/**
 * An Excel workbook or an OpenDocument spreadsheet opened with Open store… is imported like
 * a CSV: its first sheet with data read as a table, the file's kind named in the Import
 * dialog's notes.
 */

// The machine these run on is shared and often loaded: waits are for what a person sees,
// with room for a slow start.
test.slow();
const SLOW = { timeout: 30_000 };

const cell = (ref: string, text: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** s="1" is a date cell (numFmtId 14): 45462 is 19 June 2024; s="2" a date with its time. */
const EVENTS = `
<row r="1">${cell('A1', 'Date')}${cell('B1', 'Title')}${cell('C1', 'Actors')}${cell('D1', 'Summary')}</row>
<row r="2"><c r="A2" s="1"><v>45462</v></c>${cell('B2', 'Talks in Doha')}${cell('C2', 'Qatar')}${cell('D2', 'Round 3')}</row>
<row r="3"><c r="A3" s="2"><v>45463.6041666667</v></c>${cell('B3', 'Strike on the port')}${cell('C3', 'Israel')}${cell('D3', '&lt;img src=x onerror=alert(1)&gt;Two ships hit')}</row>
<row r="4"><c r="A4" s="1"><v>45470</v></c>${cell('B4', 'Ceasefire announced')}${cell('C4', 'Qatar')}<c r="D4" t="str"><f>CONCATENATE("Round ",4)</f><v>Round 4</v></c></row>`;

async function openApp(page: Page) {
  await page.goto('/');
  await expect(heading(page)).toHaveText(STORE_TITLE, SLOW);
}

/** The messages of any alert or confirm the page opens: nothing in a cell may run. */
function pageDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/** A file chosen in Open store…, and the Import dialog it opens. */
async function chooseFile(page: Page, file: Parameters<Locator['setInputFiles']>[0]) {
  await page.getByRole('button', { name: 'Open store…' }).click();
  await openStoreDialog(page).getByLabel('Open a file').setInputFiles(file);
  return page.getByRole('dialog', { name: 'Import' });
}

/** The preview's cell of `text` in the row of the event titled `title`. */
const previewCell = (dialog: Locator, title: string, text: string) =>
  dialog
    .getByRole('table')
    .getByRole('row')
    .filter({ hasText: title })
    .getByRole('cell', { name: text, exact: true });

test('an Excel workbook opened with Open store…: its first sheet imported, its dates read', async ({
  page,
}) => {
  const dialogs = pageDialogs(page);
  await openApp(page);
  const buffer = Buffer.from(
    workbookFile([
      { name: 'Events', rows: EVENTS },
      { name: 'Sources', rows: `<row r="1">${cell('A1', 'Reuters')}</row>` },
    ]),
  );
  const dialog = await chooseFile(page, { name: 'strait.xlsx', mimeType: XLSX_TYPE, buffer });
  await expect(dialog).toBeVisible(SLOW);
  await expect(dialog).toContainText('Recognised: spreadsheet (Excel .xlsx) (3 read)', SLOW);
  await expect(dialog.getByRole('combobox', { name: 'date' })).toHaveValue('Date');
  const preview = dialog.getByRole('table');
  await expect(preview.getByRole('row')).toHaveCount(4); // header + 3 events
  // The date cells, read as dates: the day, and the day with its time.
  await expect(previewCell(dialog, 'Talks in Doha', '2024-06-19')).toBeVisible();
  await expect(previewCell(dialog, 'Strike on the port', '2024-06-20T14:30')).toBeVisible();
  await dialog.getByText('What was mapped, guessed and dropped').click();
  await expect(
    dialog.getByRole('listitem').filter({ hasText: 'an Excel workbook: its sheet "Events"' }),
  ).toHaveText('mapped an Excel workbook: its sheet "Events" read as a table');
  await expect(
    dialog.getByRole('listitem').filter({ hasText: 'the other sheet, "Sources", not imported' }),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Import' }).click();

  await expect(dialog).toBeHidden(SLOW);
  await expect(heading(page)).toHaveText('strait', SLOW);
  await expect(page.getByRole('banner').getByText('From a file: strait.xlsx')).toBeVisible();
  await expect(eventCount(page)).toHaveText('3 events', SLOW);
  for (const lane of ['Qatar', 'Israel']) {
    await expect(actorCheckbox(page, lane)).toBeVisible();
    await expect(timeline(page).getByText(lane, { exact: true })).toBeVisible();
  }
  // The markup in a cell was text: nothing of it ran.
  expect(dialogs).toEqual([]);
});

test('an OpenDocument spreadsheet saved by LibreOffice: imported by the file chooser, its 1066 date noted', async ({
  page,
}) => {
  const dialogs = pageDialogs(page);
  await openApp(page);
  const dialog = await chooseFile(page, 'src/format/convert/fixtures/libreoffice/events.ods');
  await expect(dialog).toContainText('Recognised: spreadsheet (OpenDocument .ods) (3 read)', SLOW);
  await expect(previewCell(dialog, 'Battle of Hastings', '1066-10-14')).toBeVisible();
  await expect(previewCell(dialog, 'Strike on the port', '2024-06-20T14:30')).toBeVisible();
  await dialog.getByText('What was mapped, guessed and dropped').click();
  await expect(
    dialog.getByRole('listitem').filter({ hasText: 'an OpenDocument spreadsheet: its sheet' }),
  ).toHaveText('mapped an OpenDocument spreadsheet: its sheet "Events" read as a table');
  await expect(
    dialog.getByRole('listitem').filter({ hasText: 'dates before 15 October 1582' }),
  ).toContainText('(A4: 1066-10-14): LibreOffice shows such dates in the Julian calendar');
  await dialog.getByRole('button', { name: 'Import' }).click();

  await expect(dialog).toBeHidden(SLOW);
  await expect(page.getByRole('banner').getByText('From a file: events.ods')).toBeVisible();
  await expect(eventCount(page)).toHaveText('3 events', SLOW);
  await expect(actorCheckbox(page, 'England')).toBeVisible();
  // Neither the markup typed in a cell nor the comment on it became anything.
  await expect(page.getByText('Check the count')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('an old Excel 97–2003 workbook (.xls) is refused for what it is, with what to do', async ({
  page,
}) => {
  await openApp(page);
  const dialog = await chooseFile(page, 'src/format/convert/fixtures/libreoffice/events.xls');
  await expect(dialog.getByRole('alert')).toContainText(
    'an Excel 97–2003 workbook (.xls) or another Office file of that age: save the sheet as .xlsx, .ods or CSV, and import that',
    SLOW,
  );
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(heading(page)).toHaveText(STORE_TITLE);
});
