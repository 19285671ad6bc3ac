import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  SOURCE_TITLE,
  TREATY_PASSAGE,
  addReportSource,
  draftWithEvent,
  newDraft,
  selectPassage,
  sourceReader,
} from './helpers/editor';

// Focus and Escape in the editor, as WAI-ARIA practice has them: an inline form opened takes
// the focus to its first field; Escape or Cancel closes it, keeps nothing, and gives the focus
// back to what opened it; a delete leaves the focus on a neighbour, never on the page's body.

test.describe.configure({ timeout: 60_000 });

test('Add source: the form takes the focus; Escape and Cancel close it unsaved and go back to the button', async ({
  page,
}) => {
  await newDraft(page);
  const addSource = page.getByRole('button', { name: 'Add source' });
  const form = page.getByRole('form', { name: 'Add source' });
  const text = page.getByRole('textbox', { name: 'Source text', exact: true });

  await addSource.focus();
  await page.keyboard.press('Enter');
  await expect(text).toBeFocused();
  await page.keyboard.type('A source typed, then abandoned');
  await page.keyboard.press('Escape');
  await expect(form).toHaveCount(0);
  await expect(addSource).toBeFocused();
  await expect(page.getByText('No sources yet: add one to quote from it.')).toBeVisible();

  await page.keyboard.press('Enter');
  await expect(text).toBeFocused();
  // Nothing of what was typed before came back.
  await expect(text).toHaveValue('');
  await form.getByRole('button', { name: 'Cancel' }).focus();
  await page.keyboard.press('Enter');
  await expect(form).toHaveCount(0);
  await expect(addSource).toBeFocused();
});

test('Edit source: Escape keeps the source as it was and goes back to Edit source', async ({
  page,
}) => {
  await newDraft(page);
  await addReportSource(page);
  const edit = page.getByRole('button', { name: 'Edit source' });
  await edit.focus();
  await page.keyboard.press('Enter');
  const title = page.getByRole('textbox', { name: 'Source title', exact: true });
  await expect(page.getByRole('textbox', { name: 'Source text', exact: true })).toBeFocused();
  await title.fill('Another title');
  await title.press('Escape');
  await expect(page.getByRole('form', { name: 'Edit source' })).toHaveCount(0);
  await expect(edit).toBeFocused();
  await expect(page.getByRole('heading', { name: SOURCE_TITLE })).toBeVisible();
});

test('Open store for editing: the file field takes the focus; Escape closes it and goes back', async ({
  page,
}) => {
  await page.goto('/edit/');
  const openStore = page.getByRole('button', { name: 'Open store for editing' });
  await openStore.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Store file')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(page.getByLabel('Store file')).toHaveCount(0);
  await expect(openStore).toHaveAttribute('aria-expanded', 'false');
  await expect(openStore).toBeFocused();
});

test('Rename: Escape and Cancel keep the old name and go back to ✎; Done goes back to it too', async ({
  page,
}) => {
  await newDraft(page);
  const drafts = page.getByRole('list', { name: 'Drafts' });
  const rename = drafts.getByRole('button', { name: 'Rename Untitled draft' });
  const field = page.getByRole('textbox', { name: 'New name' });

  await rename.focus();
  await page.keyboard.press('Enter');
  await expect(field).toBeFocused();
  await page.keyboard.type(' XYZ');
  await page.keyboard.press('Escape');
  await expect(field).toHaveCount(0);
  await expect(rename).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Store title', exact: true })).toHaveValue(
    'Untitled draft',
  );

  await page.keyboard.press('Enter');
  await expect(field).toBeFocused();
  await page.keyboard.type(' XYZ');
  await page.getByRole('button', { name: 'Cancel' }).focus();
  await page.keyboard.press('Enter');
  await expect(field).toHaveCount(0);
  await expect(rename).toBeFocused();

  await page.keyboard.press('Enter');
  await field.fill('Pyongyang');
  await page.keyboard.press('Enter');
  const renamed = drafts.getByRole('button', { name: 'Rename Pyongyang' });
  await expect(renamed).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Store title', exact: true })).toHaveValue(
    'Pyongyang',
  );
});

/**
 * A new draft with the report as its source, a passage selected and New event from selection
 * pressed with Enter: the new event's Title, which must have the focus, in view.
 */
async function newEventFromSelectionByKeyboard(page: Page) {
  await newDraft(page);
  await addReportSource(page);
  await selectPassage(sourceReader(page), TREATY_PASSAGE);
  await page.getByRole('button', { name: 'New event from selection' }).focus();
  await page.keyboard.press('Enter');
  const title = page.getByRole('textbox', { name: 'Title', exact: true });
  await expect(title).toBeFocused();
  await expect(title).toBeInViewport();
  return title;
}

test('New event from selection takes the focus to its Title; New actor opens on its name and Escape closes it', async ({
  page,
}) => {
  const title = await newEventFromSelectionByKeyboard(page);

  const actors = page.getByRole('group', { name: 'Actors' });
  const newActor = actors.getByText('New actor', { exact: true });
  const name = actors.getByRole('textbox', { name: 'Actor name', exact: true });
  await newActor.focus();
  await page.keyboard.press('Enter');
  await expect(name).toBeFocused();
  await page.keyboard.type('Russia');
  await page.keyboard.press('Escape');
  await expect(name).toBeHidden();
  await expect(newActor).toBeFocused();
  await expect(actors.getByRole('checkbox')).toHaveCount(0);
  // Escape in the event form closes nothing else: the event is still open.
  await expect(title).toBeVisible();
});

test('on a phone, the new event is scrolled into view with its Title focused', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await newEventFromSelectionByKeyboard(page);
});

test('Delete event leaves the focus on the next event, then on the heading once none is left', async ({
  page,
}) => {
  await draftWithEvent(page);
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('First');
  await selectPassage(sourceReader(page), TREATY_PASSAGE);
  await page.getByRole('button', { name: 'New event from selection' }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Second');
  const list = page.getByRole('list', { name: 'Draft events' });
  await list.getByRole('button', { name: /^First/ }).click();

  await page.getByRole('button', { name: 'Delete event' }).focus();
  await page.keyboard.press('Enter');
  await expect(list.getByRole('button', { name: /^First/ })).toHaveCount(0);
  await expect(list.getByRole('button', { name: /^Second/ })).toBeFocused();

  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Delete event' }).focus();
  await page.keyboard.press('Enter');
  await expect(list).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Draft events' })).toBeFocused();
});

test('Delete draft leaves the focus on the next draft, then on New draft once none is left', async ({
  page,
}) => {
  await newDraft(page);
  await page.getByRole('textbox', { name: 'Store title', exact: true }).fill('One');
  const drafts = page.getByRole('list', { name: 'Drafts' });
  // The list names a draft once its title is saved (a moment after typing, longer when busy).
  await expect(drafts.getByRole('button', { name: 'Delete One' })).toBeVisible();
  await page.getByRole('button', { name: 'New draft' }).click();
  await expect(drafts.getByRole('listitem')).toHaveCount(2);
  const items = drafts.getByRole('listitem');

  // The list is newest first: the first draft is the new, untitled one.
  await drafts.getByRole('button', { name: 'Delete Untitled draft' }).focus();
  await page.keyboard.press('Enter');
  await expect(items).toHaveCount(1);
  await expect(items.first().getByRole('button').first()).toBeFocused();
  await expect(items.first().getByRole('button').first()).toContainText('One');

  await drafts.getByRole('button', { name: 'Delete One' }).focus();
  await page.keyboard.press('Enter');
  await expect(items).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'New draft' })).toBeFocused();
});
