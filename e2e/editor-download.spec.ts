import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { validateStoreText } from '../src/format/validate-store';
import { expect, test } from './fixtures';
import { openForEditing } from './helpers/editor';

// The editor's flows are long and this machine is shared: a generous budget per test.
test.describe.configure({ timeout: 120_000 });

const TEXT = 'Kim anunció la firma de una “asociación estratégica integral” con Rusia.';
const QUOTE = 'una “asociación estratégica integral”';
const BAD_TITLE = 'Kim travels to Vladivostok';

/** A store with one event the validator drops: its start is not a date. */
const STORE = {
  format: 'sourceline/1',
  title: 'Summit',
  language: 'en',
  sources: [{ id: 'report', title: 'Report', language: 'es', text: TEXT }],
  actors: [{ id: 'russia', name: 'Russia', kind: 'state' }],
  events: [
    {
      id: 'treaty',
      title: 'The treaty is signed',
      start: '2024-06-19',
      actors: ['russia'],
      excerpts: [{ source: 'report', quote: QUOTE }],
    },
    {
      id: 'travel',
      title: BAD_TITLE,
      start: 'September',
      actors: ['russia'],
      excerpts: [{ source: 'report', quote: QUOTE }],
    },
  ],
};

async function downloadStore(page: Page, name: string) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name, exact: true }).click();
  return readFileSync((await (await downloading).path())!, 'utf8');
}

test('Download store leaves the event with problems out of the file, which validates, says which, and goes to it', async ({
  page,
}) => {
  await openForEditing(page, {
    name: 'summit.json',
    mimeType: 'application/json',
    text: JSON.stringify(STORE),
  });
  const list = page.getByRole('list', { name: 'Draft events' });
  await expect(list.getByRole('listitem')).toHaveCount(2);

  const text = await downloadStore(page, 'Download store');
  const result = validateStoreText(text);
  if (!result.ok) throw new Error('the downloaded file is refused');
  expect(result.dropped).toEqual({ sources: 0, actors: 0, events: 0 });
  expect(result.problems).toEqual([]);
  expect(result.store.events.map((event) => event.id)).toEqual(['treaty']);

  await expect(page.getByRole('status').filter({ hasText: 'Downloaded.' })).toHaveText(
    'All changes saved in this browser. Downloaded. Left out until its problems are fixed: ' +
      `“${BAD_TITLE}” (no valid date).`,
  );
  // The draft keeps it, to be fixed; the status offers to go to it.
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: `Go to “${BAD_TITLE}”` }).click();
  const title = page.getByRole('textbox', { name: 'Title', exact: true });
  await expect(title).toBeFocused();
  await expect(title).toHaveValue(BAD_TITLE);
  await expect(page.getByRole('textbox', { name: 'Start', exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
});

test('in Spanish, the download says what it left out in Spanish', async ({ page }) => {
  await openForEditing(
    page,
    { name: 'summit.json', mimeType: 'application/json', text: JSON.stringify(STORE) },
    'es',
  );
  await expect(
    page.getByRole('list', { name: 'Eventos del borrador' }).getByRole('listitem'),
  ).toHaveCount(2);
  const text = await downloadStore(page, 'Descargar almacén');
  expect(JSON.parse(text).events).toHaveLength(1);
  await expect(page.getByRole('status').filter({ hasText: 'Descargado.' })).toContainText(
    `Descargado. Queda fuera mientras no se corrijan sus problemas: «${BAD_TITLE}» (sin fecha válida).`,
  );
  await expect(page.getByRole('button', { name: `Ir a «${BAD_TITLE}»` })).toBeVisible();
});
