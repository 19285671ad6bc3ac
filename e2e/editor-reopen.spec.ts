import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectSaved, openForEditing } from './helpers/editor';

/*
 * Coming back to the editor: `/edit/` opens the draft last worked on in this browser (an
 * address naming a draft wins), and the list when that draft is gone. Opening a store again
 * over the draft of its title and choosing `Replace draft` can be undone, at once, with
 * `Undo replace` beside what it says, or with the toolbar's Undo.
 */

test.describe.configure({ timeout: 90_000 });

const STORE = {
  format: 'sourceline/1',
  title: 'Pyongyang treaty',
  language: 'en',
  sources: [{ id: 'report', title: 'Report', language: 'en', text: 'Signed. Visited.' }],
  actors: [{ id: 'russia', name: 'Russia', kind: 'state' }],
  events: [
    { id: 'treaty', title: 'Treaty signed', start: '2024-06-19', quote: 'Signed.' },
    { id: 'visit', title: 'First visit', start: '2024-06-18', quote: 'Visited.' },
  ].map(({ quote, ...event }) => ({
    ...event,
    actors: ['russia'],
    excerpts: [{ source: 'report', quote }],
  })),
};
const FILE = {
  name: 'pyongyang-treaty.json',
  mimeType: 'application/json',
  text: JSON.stringify(STORE),
};

const storeTitle = (page: Page) => page.getByRole('textbox', { name: 'Store title', exact: true });
const draftEvents = (page: Page) => page.getByRole('list', { name: 'Draft events' });
const draftsList = (page: Page) => page.getByRole('list', { name: 'Drafts' });

/** The store opened for editing, its first event retitled by hand, and saved. */
async function draftEditedByHand(page: Page) {
  await openForEditing(page, FILE);
  await expect(storeTitle(page)).toHaveValue('Pyongyang treaty');
  await draftEvents(page)
    .getByRole('button', { name: /^Treaty signed/ })
    .click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Edited by hand');
  await expect(draftEvents(page).getByRole('button', { name: /^Edited by hand/ })).toBeVisible();
  await expectSaved(page);
}

test('/edit/ opened again lands in the draft last worked on, with its events; an address naming a draft wins; deleted, the list', async ({
  page,
}) => {
  await draftEditedByHand(page);
  const treatyId = new URL(page.url()).searchParams.get('draft');
  expect(treatyId).toBeTruthy();

  await page.goto('/edit/');
  await expect(storeTitle(page)).toHaveValue('Pyongyang treaty');
  await expect(draftEvents(page).getByRole('button')).toHaveText([
    /^First visit/,
    /^Edited by hand/,
  ]);
  // The address says which draft it is, and the list is still there to choose another.
  expect(new URL(page.url()).searchParams.get('draft')).toBe(treatyId);
  await expect(draftsList(page).getByRole('button', { name: /^Pyongyang treaty/ })).toHaveAttribute(
    'aria-current',
    'true',
  );

  // Another draft worked on since is the one /edit/ opens; an address naming the first wins.
  await page.getByRole('button', { name: 'New draft' }).click();
  await expect(storeTitle(page)).toHaveValue('Untitled draft');
  await page.goto('/edit/');
  await expect(storeTitle(page)).toHaveValue('Untitled draft');
  await page.goto(`/edit/?draft=${treatyId}`);
  await expect(storeTitle(page)).toHaveValue('Pyongyang treaty');

  // Deleted, the draft is not opened again: the list, and nothing said about it.
  await draftsList(page).getByRole('button', { name: 'Delete Pyongyang treaty' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Draft “Pyongyang treaty” deleted.' }),
  ).toBeVisible();
  await page.goto('/edit/');
  await expect(page.getByText('Start a new draft, or open one from the list.')).toBeVisible();
  await expect(storeTitle(page)).toHaveCount(0);
  await expect(draftsList(page).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the draft last worked on, gone from the browser’s storage, is given up quietly: the list', async ({
  page,
}) => {
  await draftEditedByHand(page);
  // The site's drafts cleared behind the editor's back, from the explorer (which holds no
  // connection to them).
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('sourceline-editor');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(new Error('not deleted'));
      }),
  );
  await page.goto('/edit/');
  await expect(page.getByText('No drafts yet.')).toBeVisible();
  await expect(page.getByText('Start a new draft, or open one from the list.')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('draft')).toBeNull();
});

test('a second tab opening /edit/ while the first edits the draft last worked on only reads it, following the first', async ({
  page,
  context,
}) => {
  await draftEditedByHand(page);
  const second = await context.newPage();
  await second.goto('/edit/');
  // The draft's Web Lock decides, as for an address naming it: the first tab keeps editing.
  await expect(
    second.getByRole('alert').filter({ hasText: 'open for editing in another tab' }),
  ).toBeVisible();
  await expect(storeTitle(second)).toHaveValue('Pyongyang treaty');
  await expect(storeTitle(second)).not.toBeEditable();
  await storeTitle(page).fill('Pyongyang treaty, June 2024');
  await expectSaved(page);
  await expect(storeTitle(second)).toHaveValue('Pyongyang treaty, June 2024');
  await expect(storeTitle(page)).toBeEditable();
});

/** The same file opened for editing again, and its draft's content replaced. */
async function replaceWithTheFile(
  page: Page,
  names: { open: string; file: string; replace: string } = {
    open: 'Open store for editing',
    file: 'Store file',
    replace: 'Replace draft',
  },
) {
  await page.getByRole('button', { name: names.open }).click();
  await page.getByLabel(names.file).setInputFiles({ ...FILE, buffer: Buffer.from(FILE.text) });
  await page.getByRole('button', { name: names.replace }).click();
}

test('Replace draft is undone by Undo replace beside what it says: the events edited by hand are back, after a reload too', async ({
  page,
}) => {
  await draftEditedByHand(page);
  await replaceWithTheFile(page);

  const notice = page.getByRole('status').filter({ hasText: 'Draft “Pyongyang treaty” replaced.' });
  await expect(notice).toBeVisible();
  await expect(draftEvents(page).getByRole('button')).toHaveText([
    /^First visit/,
    /^Treaty signed/,
  ]);

  await notice.getByRole('button', { name: 'Undo replace' }).click();
  await expect(notice).toHaveCount(0);
  await expect(draftEvents(page).getByRole('button')).toHaveText([
    /^First visit/,
    /^Edited by hand/,
  ]);
  // The focus is on the draft brought back, in the list.
  await expect(draftsList(page).getByRole('button', { name: /^Pyongyang treaty/ })).toBeFocused();
  await expectSaved(page);

  await page.reload();
  await expect(storeTitle(page)).toHaveValue('Pyongyang treaty');
  await expect(draftEvents(page).getByRole('button')).toHaveText([
    /^First visit/,
    /^Edited by hand/,
  ]);
});

test('in Spanish: the replacement is one step of the draft’s history, and its notice goes with the next change', async ({
  page,
}) => {
  await openForEditing(page, FILE, 'es');
  await expect(page.getByRole('textbox', { name: 'Título del almacén', exact: true })).toHaveValue(
    'Pyongyang treaty',
  );
  const events = page.getByRole('list', { name: 'Eventos del borrador' });
  await events.getByRole('button', { name: /^Treaty signed/ }).click();
  await page.getByRole('textbox', { name: 'Título', exact: true }).fill('Edited by hand');
  await expect(events.getByRole('button', { name: /^Edited by hand/ })).toBeVisible();

  await replaceWithTheFile(page, {
    open: 'Abrir almacén para editar',
    file: 'Archivo del almacén',
    replace: 'Reemplazar borrador',
  });
  const notice = page
    .getByRole('status')
    .filter({ hasText: 'Borrador «Pyongyang treaty» reemplazado.' });
  await expect(notice.getByRole('button', { name: 'Deshacer reemplazo' })).toBeVisible();
  await expect(events.getByRole('button', { name: /^Edited by hand/ })).toHaveCount(0);

  // The toolbar's Undo takes the replacement back as well, in one step; Redo does it again.
  await page.getByRole('button', { name: 'Deshacer', exact: true }).click();
  await expect(events.getByRole('button', { name: /^Edited by hand/ })).toBeVisible();
  await expect(notice).toHaveCount(0);
  await page.getByRole('button', { name: 'Rehacer', exact: true }).click();
  await expect(events.getByRole('button', { name: /^Edited by hand/ })).toHaveCount(0);

  // A change to the draft is the next step: the notice, about the step before, goes.
  await replaceWithTheFile(page, {
    open: 'Abrir almacén para editar',
    file: 'Archivo del almacén',
    replace: 'Reemplazar borrador',
  });
  await expect(notice).toBeVisible();
  await page.getByRole('textbox', { name: 'Título del almacén', exact: true }).fill('Tratado');
  await expect(notice).toHaveCount(0);
});
