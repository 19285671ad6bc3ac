import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  addReportSource,
  expectSaved,
  newDraft,
  selectPassage,
  sourceReader,
} from './helpers/editor';

/**
 * Two tabs on one draft, and what neither may lose: a tab that only reads a draft cannot
 * delete or rename it (it says why), and a tab editing a draft that was deleted behind its
 * back (an older copy of the editor, a browser without Web Locks) keeps it whole.
 */
test.describe.configure({ timeout: 120_000 });

const PASSAGES = [
  'Kim anunció la firma de una “asociación estratégica integral” con elementos defensivos',
  'Putin, en su primera visita a Corea del Norte en 24 años',
];

/** A draft "Pyongyang treaty" with a source and two events, saved. */
async function draftWithTwoEvents(page: Page) {
  await newDraft(page);
  await page.getByRole('textbox', { name: 'Store title', exact: true }).fill('Pyongyang treaty');
  await addReportSource(page);
  for (const [i, passage] of PASSAGES.entries()) {
    await selectPassage(sourceReader(page), passage);
    await page.getByRole('button', { name: 'New event from selection' }).click();
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill(`Event ${i + 1}`);
    await page.getByRole('textbox', { name: 'Start', exact: true }).fill('2024-06-19');
  }
  await expect(draftEvents(page)).toHaveCount(2);
  await expectSaved(page);
}

const draftEvents = (page: Page) =>
  page.getByRole('list', { name: 'Draft events' }).getByRole('listitem');
const draftsList = (page: Page) => page.getByRole('list', { name: 'Drafts' });

/** The same draft opened in a second tab of the context, which says it only reads it. */
async function openReader(page: Page, context: BrowserContext): Promise<Page> {
  const reader = await context.newPage();
  await reader.goto(page.url());
  await expect(
    reader.getByRole('alert').filter({ hasText: 'open for editing in another tab' }),
  ).toBeVisible();
  return reader;
}

async function expectWholeAfterReload(page: Page, title: string) {
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Store title', exact: true })).toHaveValue(title);
  await expect(draftsList(page).getByText('2 events, 1 source')).toBeVisible();
  await expect(draftEvents(page)).toHaveCount(2);
}

test('a tab that only reads a draft cannot delete or rename it, and says why', async ({
  page,
  context,
}) => {
  await draftWithTwoEvents(page);
  const reader = await openReader(page, context);

  const list = draftsList(reader);
  const remove = list.getByRole('button', { name: 'Delete Pyongyang treaty' });
  const rename = list.getByRole('button', { name: 'Rename Pyongyang treaty' });
  // Greyed out (aria-disabled: still focusable), with the reason as their description…
  for (const button of [remove, rename]) {
    await expect(button).toBeDisabled();
    await expect(button).toHaveAccessibleDescription('Being edited in another tab');
  }
  await expect(list.getByText('Being edited in another tab')).toBeVisible();
  // …and pressed anyway, they say why and do nothing.
  await remove.press('Enter');
  const why = reader.getByRole('alert').filter({ hasText: 'Rename or delete it in that tab' });
  await expect(why).toBeVisible();
  await expect(reader.getByRole('status').filter({ hasText: 'deleted' })).toHaveCount(0);
  await expect(list.getByRole('button', { name: /^Pyongyang treaty\s*2 events/ })).toBeVisible();
  await expect(reader.getByRole('textbox', { name: 'Store title', exact: true })).toHaveValue(
    'Pyongyang treaty',
  );
  await rename.press('Enter');
  await expect(why).toBeVisible();
  await expect(reader.getByRole('textbox', { name: 'New name' })).toHaveCount(0);

  // The editing tab was never disturbed: its next save and a reload find the draft whole.
  await page.getByRole('textbox', { name: 'Store title', exact: true }).fill('Pyongyang treaty v2');
  await expectSaved(page);
  await expect(reader.getByRole('textbox', { name: 'Store title', exact: true })).toHaveValue(
    'Pyongyang treaty v2',
  );
  await expectWholeAfterReload(page, 'Pyongyang treaty v2');
});

/** Deletes the draft from IndexedDB as an editor without the lock check would. */
async function deleteBehindTheBack(page: Page, draftId: string, announce: boolean) {
  await page.evaluate(
    async ({ id, announce }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('sourceline-editor');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const transaction = db.transaction(['drafts', 'summaries', 'eventChunks'], 'readwrite');
      transaction.objectStore('drafts').delete(id);
      transaction.objectStore('summaries').delete(id);
      transaction
        .objectStore('eventChunks')
        .delete(IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]));
      await new Promise((resolve) => (transaction.oncomplete = resolve));
      db.close();
      if (announce) {
        const channel = new BroadcastChannel('sourceline-drafts');
        channel.postMessage({ type: 'deleted', draftId: id, tab: 'an-older-editor' });
        channel.close();
      }
    },
    { id: draftId, announce },
  );
}

for (const announce of [false, true]) {
  test(`a draft deleted behind the editing tab's back is kept whole (${announce ? 'told' : 'found at its next save'})`, async ({
    page,
    context,
  }) => {
    await draftWithTwoEvents(page);
    const draftId = new URL(page.url()).searchParams.get('draft')!;
    const other = await context.newPage();
    await other.goto('/edit/');
    await expect(draftsList(other).getByText('Pyongyang treaty')).toBeVisible();
    await deleteBehindTheBack(other, draftId, announce);

    // Told: the editing tab writes it back at once. Not told: at its next save.
    if (!announce)
      await page
        .getByRole('textbox', { name: 'Store title', exact: true })
        .fill('Pyongyang treaty v2');
    const title = announce ? 'Pyongyang treaty' : 'Pyongyang treaty v2';
    await expect(draftsList(page).getByText('2 events, 1 source')).toBeVisible();
    await expectSaved(page);
    await other.reload();
    // What is kept, read back in the other tab (read-only there: this tab edits it).
    await draftsList(other)
      .getByRole('button', { name: /^Pyongyang treaty/ })
      .click();
    await expect(other.getByRole('textbox', { name: 'Store title', exact: true })).toHaveValue(
      title,
    );
    await expect(draftEvents(other)).toHaveCount(2);
    await expect(
      page.getByRole('alert').filter({ hasText: 'deleted in another tab' }),
    ).toContainText('kept');
    await expectWholeAfterReload(page, title);
  });
}

test('the editing tab deletes its draft: the reading tab is told, and Undo delete brings it back whole', async ({
  page,
  context,
}) => {
  await draftWithTwoEvents(page);
  const reader = await openReader(page, context);

  await draftsList(page).getByRole('button', { name: 'Delete Pyongyang treaty' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Draft “Pyongyang treaty” deleted.' }),
  ).toBeVisible();
  await expect(draftsList(page).getByRole('listitem')).toHaveCount(0);
  // The reading tab does not take the deleted draft over (its edits would bring it back).
  await expect(reader.getByRole('textbox', { name: 'Store title', exact: true })).toHaveCount(0);
  await expect(
    reader.getByRole('alert').filter({ hasText: 'was deleted in another tab' }),
  ).toBeVisible();
  await expect(draftsList(reader).getByRole('listitem')).toHaveCount(0);

  await page.getByRole('button', { name: 'Undo delete' }).click();
  await expect(draftsList(page).getByText('2 events, 1 source')).toBeVisible();
  await expect(draftsList(reader).getByText('2 events, 1 source')).toBeVisible();
  await draftsList(page)
    .getByRole('button', { name: /^Pyongyang treaty\s*2 events/ })
    .click();
  await expect(draftEvents(page)).toHaveCount(2);
  await expectWholeAfterReload(page, 'Pyongyang treaty');
});
