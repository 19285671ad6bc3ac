import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { draftWithEvent } from './helpers/editor';

// Ctrl+Z where the person types: in a text box whose text is not in the draft yet (Add source
// before Save source, a rename, a new actor's name) it takes back the typing, as in any text
// box; it never takes back a change to the draft from there. Outside such a box, and in the
// fields bound to the draft, it is the draft's Undo.

test.describe.configure({ timeout: 90_000 });

const eventRows = (page: Page) =>
  page.getByRole('list', { name: 'Draft events' }).getByRole('listitem');

test('Ctrl+Z in Add source, a rename and a new actor’s name undoes the typing, not the draft', async ({
  page,
}) => {
  await draftWithEvent(page);
  await expect(eventRows(page)).toHaveCount(1);

  // Add source: the text pasted by mistake is taken back; the new event stays.
  await page.getByRole('button', { name: 'Add source' }).click();
  const text = page.getByRole('textbox', { name: 'Source text', exact: true });
  await expect(text).toBeFocused();
  await page.keyboard.insertText('The wrong text, pasted');
  await expect(text).toHaveValue('The wrong text, pasted');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(text).toHaveValue('');
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(text).toHaveValue('The wrong text, pasted');
  await expect(eventRows(page)).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Redo' })).toBeDisabled();
  await page.getByRole('button', { name: 'Cancel' }).click();

  // The draft's rename field.
  await page.getByRole('button', { name: 'Rename Untitled draft' }).click();
  const rename = page.getByRole('textbox', { name: 'New name', exact: true });
  await expect(rename).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' v2');
  await expect(rename).toHaveValue('Untitled draft v2');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(rename).toHaveValue('Untitled draft');
  await expect(eventRows(page)).toHaveCount(1);
  await page.keyboard.press('Escape');

  // A new actor's name, inside the event form (whose own fields are the draft's).
  const actors = page.getByRole('group', { name: 'Actors' });
  await actors.getByText('New actor').click();
  const name = actors.getByRole('textbox', { name: 'Actor name', exact: true });
  await expect(name).toBeFocused();
  await page.keyboard.type('Russsia');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(name).toHaveValue('');
  await expect(eventRows(page)).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Redo' })).toBeDisabled();

  // Outside a text box, Ctrl+Z is the draft's Undo: it takes back the new event.
  await page.getByRole('button', { name: 'Add source' }).focus();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(eventRows(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Redo' })).toBeEnabled();
  await page.keyboard.press('ControlOrMeta+y');
  await expect(eventRows(page)).toHaveCount(1);
});

test('Ctrl+Z in a field bound to the draft (the event’s Title) is the draft’s Undo', async ({
  page,
}) => {
  await draftWithEvent(page);
  const title = page.getByRole('textbox', { name: 'Title', exact: true });
  await title.focus();
  await page.keyboard.type('Putin and Kim sign');
  await expect(page.getByRole('form', { name: 'Putin and Kim sign' })).toBeVisible();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(title).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Redo' })).toBeEnabled();
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(title).toHaveValue('Putin and Kim sign');
});
