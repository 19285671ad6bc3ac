import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { validateStoreText } from '../src/format/validate-store';
import { addActor, expectSaved, newDraft } from './helpers/editor';
import { expectNoAxeViolations } from './helpers/axe';

/**
 * A source without text (a radio interview, a print edition) and where in it a passage is:
 * its `locatorLabel` says what a locator counts, each excerpt's `locator` says where. Its
 * quotes are typed, since there is no text to select them in.
 */

// The editor's flows are long and this machine is shared: a generous budget per test.
test.describe.configure({ timeout: 120_000 });

const SOURCE = 'Harbour radio interview';
const QUOTE = 'not one boat left the port that week';
const TITLE = 'The ferries stay in port';

interface Downloaded {
  sources: { id: string; text?: string; locatorLabel?: string }[];
  events: { excerpts: { source: string; quote: string; locator?: string }[] }[];
}

async function download(page: Page) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download store' }).click();
  const text = readFileSync((await (await downloading).path())!, 'utf8');
  return { text, store: JSON.parse(text) as Downloaded };
}

test('a recording quoted by typing, at minute 12:30: kept on reload, in the file, undone, and shown in the preview', async ({
  page,
}) => {
  await newDraft(page);
  await page.getByRole('textbox', { name: 'Store title', exact: true }).fill('Ferry strike');

  // A source with no text to paste: only its title, language and what its places count.
  await page.getByRole('button', { name: 'Add source' }).click();
  const sourceText = page.getByRole('textbox', { name: 'Source text', exact: true });
  await expect(sourceText).toHaveAccessibleDescription(/Leave it empty for a source you cannot/);
  await page.getByRole('textbox', { name: 'Source title', exact: true }).fill(SOURCE);
  await page.getByRole('textbox', { name: 'Language', exact: true }).fill('en');
  const label = page.getByRole('textbox', { name: 'Locator label', exact: true });
  await expect(label).toHaveAccessibleDescription(
    'What a passage’s place counts in this source: page, minute…',
  );
  await label.fill('minute');
  await expectNoAxeViolations(page, '.editor-source-form', { include: '.editor-source-form' });
  await page.getByRole('button', { name: 'Save source' }).click();

  // No text to select in: the passage is typed, and the place is named by the label.
  const sources = page.getByRole('region', { name: 'Sources' });
  await expect(sources.getByRole('heading', { name: SOURCE })).toBeVisible();
  const quote = sources.getByRole('textbox', { name: 'Quote', exact: true });
  const minute = sources.getByRole('textbox', { name: 'Minute', exact: true });
  const newEvent = sources.getByRole('button', { name: 'New event from quote' });
  await expect(newEvent).toBeDisabled();
  await quote.fill(`  ${QUOTE} `);
  await minute.fill('12:30');
  await expectNoAxeViolations(page, '.editor-typed-quote', { include: '.editor-typed-quote' });
  await newEvent.click();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toBeFocused();
  // Emptied, for the next passage.
  await expect(quote).toHaveValue('');

  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(TITLE);
  await page.getByRole('textbox', { name: 'Start', exact: true }).fill('2024-03');
  await addActor(page, 'Harbour authority', 'Organization');
  const excerpt = page.getByRole('group', { name: `Excerpt 1, from ${SOURCE}` });
  await expect(excerpt.getByRole('textbox', { name: 'Quote', exact: true })).toHaveValue(QUOTE);
  const locator = excerpt.getByRole('textbox', { name: 'Minute', exact: true });
  await expect(locator).toHaveValue('12:30');
  await expect(locator).toHaveAccessibleDescription(
    'Where the passage is, for a source without text: a page, a time (12:30).',
  );
  await expect(page.getByText('No problems in this event.')).toBeVisible();
  await expectNoAxeViolations(page, '.editor-excerpt', { include: '.editor-excerpt' });
  await expectSaved(page);

  // Kept in the browser's draft.
  await page.reload();
  await expect(locator).toHaveValue('12:30');

  const { text, store } = await download(page);
  expect(validateStoreText(text).problems.filter((p) => p.severity !== 'warning')).toEqual([]);
  expect(store.sources[0]).toEqual({
    id: store.sources[0]!.id,
    title: SOURCE,
    language: 'en',
    locatorLabel: 'minute',
  });
  expect(store.events[0]!.excerpts).toEqual([
    { source: store.sources[0]!.id, quote: QUOTE, locator: '12:30' },
  ]);

  // A change undone and redone, like any field.
  await locator.fill('12:45');
  await expectSaved(page);
  const undo = page.getByRole('button', { name: 'Undo' });
  await undo.click();
  await expect(locator).toHaveValue('12:30');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(locator).toHaveValue('12:45');
  await undo.click();
  await expect(locator).toHaveValue('12:30');
  await expectSaved(page);

  // In the explorer, the passage says where it is in the recording.
  await page.getByRole('button', { name: 'Preview' }).click();
  await page
    .getByRole('list', { name: 'Events', exact: true })
    .getByRole('button', { name: new RegExp(`^${TITLE}`) })
    .click();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('blockquote')).toHaveText(QUOTE);
  await expect(details.getByText('minute 12:30')).toBeVisible();

  // Emptied (spaces only), the locator leaves the file rather than being written "".
  await page.getByRole('link', { name: 'Back to editing' }).click();
  await locator.fill('   ');
  await locator.blur();
  await expect(locator).toHaveValue('');
  await expectSaved(page);
  expect((await download(page)).store.events[0]!.excerpts[0]).toEqual({
    source: store.sources[0]!.id,
    quote: QUOTE,
  });
});

test('an excerpt typed into an event already there; without a label the field is “Where in the source”', async ({
  page,
}) => {
  await newDraft(page);
  await page.getByRole('button', { name: 'New event', exact: true }).click();
  await page.getByRole('button', { name: 'Add source' }).click();
  await page.getByRole('textbox', { name: 'Source title', exact: true }).fill('Port ledger');
  await page.getByRole('textbox', { name: 'Language', exact: true }).fill('en');
  await page.getByRole('button', { name: 'Save source' }).click();

  const sources = page.getByRole('region', { name: 'Sources' });
  await sources.getByRole('textbox', { name: 'Quote', exact: true }).fill('no crosings');
  await sources.getByRole('textbox', { name: 'Where in the source', exact: true }).fill('p. 14');
  const add = sources.getByRole('button', { name: 'Add excerpt to selected event' });
  await add.click();
  // The quote emptied, the focus back in it for the next passage.
  await expect(sources.getByRole('textbox', { name: 'Quote', exact: true })).toBeFocused();
  await expect(add).toBeDisabled();
  const excerpt = page.getByRole('group', { name: 'Excerpt 1, from Port ledger' });
  await expect(
    excerpt.getByRole('textbox', { name: 'Where in the source', exact: true }),
  ).toHaveValue('p. 14');

  // Typed, the quote can be mended in the event; emptied, it is said to be required there.
  const typed = excerpt.getByRole('textbox', { name: 'Quote', exact: true });
  await typed.fill('');
  await expect(typed).toHaveAttribute('aria-invalid', 'true');
  await typed.fill('no crossings ');
  await typed.blur();
  await expect(typed).toHaveValue('no crossings');
  await expect(typed).not.toHaveAttribute('aria-invalid');

  // Given a label later, the source names its excerpts' field by it.
  await sources.getByRole('button', { name: 'Edit source' }).click();
  await page.getByRole('textbox', { name: 'Locator label', exact: true }).fill('page');
  await page.getByRole('button', { name: 'Save source' }).click();
  await expect(excerpt.getByRole('textbox', { name: 'Page', exact: true })).toHaveValue('p. 14');
});

test('the Spanish editor names the locator fields in Spanish', async ({ page }) => {
  await page.goto('/edit/?lang=es');
  await page.getByRole('button', { name: 'Nuevo borrador' }).click();
  await page.getByRole('button', { name: 'Añadir fuente' }).click();
  await expect(
    page.getByRole('textbox', { name: 'Texto de la fuente', exact: true }),
  ).toHaveAccessibleDescription(/Déjalo vacío para una fuente que no se puede pegar/);
  await page.getByRole('textbox', { name: 'Título de la fuente', exact: true }).fill('Entrevista');
  const label = page.getByRole('textbox', { name: 'Etiqueta de ubicación', exact: true });
  await expect(label).toHaveAccessibleDescription(
    'Qué cuenta la ubicación de un pasaje en esta fuente: página, minuto…',
  );
  await page.getByRole('button', { name: 'Guardar fuente' }).click();

  const sources = page.getByRole('region', { name: 'Fuentes' });
  await sources.getByRole('textbox', { name: 'Cita', exact: true }).fill('ningún barco salió');
  const where = sources.getByRole('textbox', { name: 'Dónde en la fuente', exact: true });
  await expect(where).toHaveAccessibleDescription(
    'Dónde está el pasaje, en una fuente sin texto: una página, un momento (12:30).',
  );
  await where.fill('3');
  await sources.getByRole('button', { name: 'Nuevo evento desde la cita' }).click();
  await expect(
    page
      .getByRole('group', { name: 'Fragmento 1, de Entrevista' })
      .getByRole('textbox', { name: 'Dónde en la fuente', exact: true }),
  ).toHaveValue('3');
});
