import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  SOURCE_TITLE,
  TREATY_PASSAGE,
  addActor,
  addReportSource,
  addSource,
  draftWithEvent,
  newDraft,
  selectPassage,
  sourceReader,
} from './helpers/editor';
import { expectNoAxeViolations } from './helpers/axe';

// A source added by mistake and a misspelt actor are taken out of the draft, not left to be
// published: Delete source (asking first when excerpts quote it, and saying how many),
// Rename and Delete of an actor (asking first when events name it). Each is one step of Undo.
// Delete event asks nothing, and says what it deleted where the event was, with Undo delete.

test.describe.configure({ timeout: 90_000 });

const WRONG_TEXT = 'Private notes: call source X at 555-0100. Meeting at noon.';

test('a source added by mistake is deleted with the excerpt quoting it, after saying so; Undo brings both back', async ({
  page,
}) => {
  await newDraft(page);
  await addReportSource(page);
  const wrongReader = await addSource(page, { text: WRONG_TEXT, title: 'WRONG SOURCE' });
  await selectPassage(wrongReader, 'call source X');
  await page.getByRole('button', { name: 'New event from selection' }).click();
  const form = page.getByRole('form', { name: 'Untitled event' });
  await expect(form.getByRole('blockquote')).toHaveText('call source X');

  const sources = page.getByRole('list', { name: 'Sources' });
  const deleteSource = page.getByRole('button', { name: 'Delete source', exact: true });
  await deleteSource.click();
  const ask = page.getByRole('group', { name: /quotes this source/ });
  await expect(ask).toContainText(
    '1 excerpt in 1 event quotes this source: deleting it deletes that excerpt too. 1 event would be left with no excerpt',
  );
  // Asked, the focus is on Cancel; Escape keeps everything and goes back to Delete source.
  await expect(ask.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectNoAxeViolations(page, 'the question asked');
  await page.keyboard.press('Escape');
  await expect(ask).toHaveCount(0);
  await expect(deleteSource).toBeFocused();
  await expect(sources.getByRole('button')).toHaveCount(2);

  await deleteSource.click();
  await ask.getByRole('button', { name: 'Delete source and its excerpt', exact: true }).click();
  await expect(sources.getByRole('button')).toHaveText([SOURCE_TITLE]);
  await expect(form.getByRole('blockquote')).toHaveCount(0);
  // The event stays, with what the person wrote; the focus is on the source now shown.
  await expect(form).toBeVisible();
  await expect(sources.getByRole('button', { name: SOURCE_TITLE })).toBeFocused();
  await expect(sourceReader(page)).toBeVisible();

  // One step of history: Undo brings back the source and its excerpt together.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(sources.getByRole('button')).toHaveText([SOURCE_TITLE, 'WRONG SOURCE']);
  await expect(form.getByRole('blockquote')).toHaveText('call source X');

  // A source no excerpt quotes goes at once (Undo is there for it).
  await sources.getByRole('button', { name: SOURCE_TITLE }).click();
  await deleteSource.click();
  await expect(page.getByRole('group', { name: /quotes this source/ })).toHaveCount(0);
  await expect(sources.getByRole('button')).toHaveText(['WRONG SOURCE']);
  await expect(sources.getByRole('button', { name: 'WRONG SOURCE' })).toBeFocused();
});

test('a misspelt actor is renamed in place; one events name is deleted from them after saying so', async ({
  page,
}) => {
  await newDraft(page);
  await addReportSource(page);
  await selectPassage(sourceReader(page), TREATY_PASSAGE);
  await page.getByRole('button', { name: 'New event from selection' }).click();
  await addActor(page, 'Russsia', 'State');
  await addActor(page, 'Moskow', 'Organization', 'Russsia');
  const actors = page.getByRole('group', { name: 'Actors' });

  // Rename: the field holds the name; Enter keeps the new one, and the event keeps its actor.
  await actors.getByRole('button', { name: 'Rename actor Moskow', exact: true }).click();
  const newName = actors.getByRole('textbox', { name: 'New name', exact: true });
  await expect(newName).toBeFocused();
  await expect(newName).toHaveValue('Moskow');
  await newName.fill('Moscow');
  await page.keyboard.press('Enter');
  await expect(actors.getByRole('checkbox', { name: 'Moscow' })).toBeChecked();
  await expect(
    actors.getByRole('button', { name: 'Rename actor Moscow', exact: true }),
  ).toBeFocused();
  // Escape keeps the old name.
  await page.keyboard.press('Enter');
  await page.keyboard.type(' city');
  await page.keyboard.press('Escape');
  await expect(actors.getByRole('checkbox', { name: 'Moscow', exact: true })).toBeVisible();

  // Delete an actor one event and one actor name: said, then taken off both.
  await actors.getByRole('button', { name: 'Delete actor Russsia', exact: true }).click();
  const ask = actors.getByRole('group', { name: /deleting it takes it off them/ });
  await expect(ask).toContainText(
    '“Russsia” is an actor of 1 event, and 1 actor is a member of “Russsia”',
  );
  await expectNoAxeViolations(page, 'the question asked');
  await ask.getByRole('button', { name: 'Delete actor', exact: true }).click();
  await expect(actors.getByRole('checkbox')).toHaveCount(1);
  await expect(actors.getByRole('checkbox', { name: 'Moscow' })).toBeChecked();
  await expect(actors.getByRole('checkbox', { name: 'Moscow' })).toBeFocused();

  // One step: Undo brings it back, ticked.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(actors.getByRole('checkbox', { name: 'Russsia' })).toBeChecked();

  // An actor nothing names goes at once.
  await actors.getByRole('checkbox', { name: 'Moscow' }).uncheck();
  await actors.getByRole('button', { name: 'Delete actor Moscow', exact: true }).click();
  await expect(actors.getByRole('checkbox')).toHaveCount(1);
  await expect(actors.getByRole('checkbox', { name: 'Russsia' })).toBeFocused();
});

/** A draft with two events quoting the treaty passage, "First" and "Second", neither open. */
async function draftWithTwoEvents(page: Page) {
  await draftWithEvent(page);
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('First');
  await selectPassage(sourceReader(page), TREATY_PASSAGE);
  await page.getByRole('button', { name: 'New event from selection' }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Second');
}

test('on a phone, a deleted event is said deleted where it was, and Undo delete there brings it back', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await draftWithTwoEvents(page);
  const list = page.getByRole('list', { name: 'Draft events' });
  await list.getByRole('button', { name: /^First/ }).click();
  await page.getByRole('button', { name: 'Delete event' }).click();

  await expect(list.getByRole('button', { name: /^First/ })).toHaveCount(0);
  const notice = page.getByRole('status').filter({ hasText: 'Event “First” deleted.' });
  await expect(notice).toBeInViewport();
  // The toolbar's Undo is far above, out of sight: the notice's own is the one at hand.
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).not.toBeInViewport();
  await expectNoAxeViolations(page, 'the question asked');

  await notice.getByRole('button', { name: 'Undo delete' }).click();
  await expect(list.getByRole('button', { name: /^First/ })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('First');
  await expect(notice).toHaveCount(0);
  await expect(list.getByRole('button')).toHaveCount(2);
});

test('the deleted event’s notice goes once the person goes on editing, and its Undo with it', async ({
  page,
}) => {
  await draftWithTwoEvents(page);
  const list = page.getByRole('list', { name: 'Draft events' });
  await page.getByRole('button', { name: 'Delete event' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'Event “Second” deleted.' });
  await expect(notice).toBeVisible();

  await list.getByRole('button', { name: /^First/ }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('First, retitled');
  await expect(notice).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo delete' })).toHaveCount(0);
  await expect(list.getByRole('button')).toHaveCount(1);
});
