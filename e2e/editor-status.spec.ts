import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { validateStoreText } from '../src/format/validate-store';
import {
  SOURCE_TITLE,
  TREATY_PASSAGE,
  addActor,
  addReportSource,
  expectSaved,
  newDraft,
  selectPassage,
  sourceReader,
} from './helpers/editor';

// The editor's flows are long and this machine is shared: a generous budget per test.
test.describe.configure({ timeout: 120_000 });

const TITLE = 'The treaty is signed';
const NOTE = 'The ministry denies any defence clause.';

interface Downloaded {
  events: {
    status?: string;
    statusNote?: string;
    excerpts: { quote: string; stance?: string }[];
  }[];
}

async function download(page: Page) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download store' }).click();
  const text = readFileSync((await (await downloading).path())!, 'utf8');
  return { text, store: JSON.parse(text) as Downloaded };
}

test('a fact-checker sets the status, its note and a disputing excerpt; the file and the preview show them', async ({
  page,
}) => {
  await newDraft(page);
  await page.getByRole('textbox', { name: 'Store title', exact: true }).fill('Pyongyang');
  await addReportSource(page);
  await selectPassage(sourceReader(page), TREATY_PASSAGE);
  await page.getByRole('button', { name: 'New event from selection' }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(TITLE);
  await page.getByRole('textbox', { name: 'Start', exact: true }).fill('2024-06-19');
  await addActor(page, 'Russia', 'State');

  const status = page.getByRole('combobox', { name: 'Status', exact: true });
  const note = page.getByRole('textbox', { name: 'Status note', exact: true });
  const excerpt = page.getByRole('group', { name: `Excerpt 1, from ${SOURCE_TITLE}` });
  const disputes = excerpt.getByRole('checkbox', { name: 'Disputes the event' });
  await expect(status).toHaveValue('');
  await expect(disputes).not.toBeChecked();
  // Cut from the source's text, the passage is found by its words: no locator field.
  await expect(excerpt.getByRole('textbox', { name: 'Where in the source' })).toHaveCount(0);

  await status.selectOption({ label: 'Disputed' });
  // The draft's list says it, as the explorer's does.
  await expect(
    page
      .getByRole('region', { name: 'Draft events' })
      .getByRole('button', { name: new RegExp(`^${TITLE}`) }),
  ).toContainText('Disputed');
  await note.fill(NOTE);
  await disputes.check();
  await expect(page.getByText('No problems in this event.')).toBeVisible();
  await expectSaved(page);

  const { text, store } = await download(page);
  expect(validateStoreText(text).problems).toEqual([]);
  const [event] = store.events;
  expect(event!.status).toBe('disputed');
  expect(event!.statusNote).toBe(NOTE);
  expect(event!.excerpts.map((e) => e.stance)).toEqual(['disputes']);

  // Undo takes back the stance, then the note; Redo brings them back.
  const undo = page.getByRole('button', { name: 'Undo' });
  const redo = page.getByRole('button', { name: 'Redo' });
  await undo.click();
  await expect(disputes).not.toBeChecked();
  await expect(note).toHaveValue(NOTE);
  await undo.click();
  await expect(note).toHaveValue('');
  await expect(status).toHaveValue('disputed');
  await redo.click();
  await redo.click();
  await expect(note).toHaveValue(NOTE);
  await expect(disputes).toBeChecked();
  await expectSaved(page);

  // In the explorer: the status with its note, the passage under Disputed by.
  await page.getByRole('button', { name: 'Preview' }).click();
  const events = page.getByRole('list', { name: 'Events', exact: true });
  await events.getByRole('button', { name: new RegExp(`^${TITLE}`) }).click();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByText('Status: Disputed')).toBeVisible();
  await expect(details.getByText(NOTE)).toBeVisible();
  await expect(
    details.getByRole('region', { name: 'Disputed by' }).getByRole('blockquote'),
  ).toHaveText(TREATY_PASSAGE);
  await expect(details.getByRole('region', { name: 'Supported by' })).toHaveCount(0);

  // Back in the editor, the status cleared and the excerpt unmarked: the file has neither.
  await page.getByRole('link', { name: 'Back to editing' }).click();
  await status.selectOption({ label: 'Not stated' });
  await note.fill('');
  await disputes.uncheck();
  await expectSaved(page);
  const cleared = (await download(page)).store.events[0]!;
  expect(cleared).not.toHaveProperty('status');
  expect(cleared).not.toHaveProperty('statusNote');
  expect(cleared.excerpts[0]).not.toHaveProperty('stance');
});
