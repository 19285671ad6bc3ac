import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';

/** The report the editor specs paste as a source (a copy of ../shared/sources/000_…). */
export const REPORT_TEXT = readFileSync(
  new URL('../data/report-pyongyang-treaty.txt', import.meta.url),
  'utf8',
);
/** The passage about the treaty's signing, as it stands in the report. */
export const TREATY_PASSAGE =
  'Kim anunció la firma de una “asociación estratégica integral” con elementos defensivos';
export const TREATY_TRANSLATION =
  'Kim announced the signing of a “comprehensive strategic partnership” with defensive elements';
export const SOURCE_TITLE = 'Kim and Putin sign a mutual-defence agreement';

export const sourceReader = (page: Page) =>
  page.getByRole('textbox', { name: `Text of ${SOURCE_TITLE}`, exact: true });

export async function newDraft(page: Page) {
  await page.goto('/edit/');
  await page.getByRole('button', { name: 'New draft' }).click();
  await expect(page.getByRole('textbox', { name: 'Store title', exact: true })).toHaveValue(
    'Untitled draft',
  );
}

/** Opens the editor and a file in it with `Open store for editing` (Spanish with `lang`). */
export async function openForEditing(
  page: Page,
  file: { name: string; mimeType: string; text: string },
  lang: 'en' | 'es' = 'en',
) {
  await page.goto(lang === 'es' ? '/edit/?lang=es' : '/edit/');
  const [open, field] =
    lang === 'es'
      ? ['Abrir almacén para editar', 'Archivo del almacén']
      : ['Open store for editing', 'Store file'];
  await page.getByRole('button', { name: open }).click();
  await page.getByLabel(field).setInputFiles({
    name: file.name,
    mimeType: file.mimeType,
    buffer: Buffer.from(file.text),
  });
}

/**
 * Adds a source through `Add source` (its text, title, and the language and publication
 * date when given) and returns its reader, once shown.
 */
export async function addSource(
  page: Page,
  source: { text: string; title: string; language?: string; published?: string },
): Promise<Locator> {
  await page.getByRole('button', { name: 'Add source' }).click();
  await page.getByRole('textbox', { name: 'Source text', exact: true }).fill(source.text);
  await page.getByRole('textbox', { name: 'Source title', exact: true }).fill(source.title);
  if (source.language !== undefined)
    await page.getByRole('textbox', { name: 'Language', exact: true }).fill(source.language);
  if (source.published !== undefined)
    await page.getByRole('textbox', { name: 'Published', exact: true }).fill(source.published);
  await page.getByRole('button', { name: 'Save source' }).click();
  const reader = page.getByRole('textbox', { name: `Text of ${source.title}`, exact: true });
  await expect(reader).toBeVisible();
  return reader;
}

export async function addReportSource(page: Page) {
  await addSource(page, {
    text: REPORT_TEXT,
    title: SOURCE_TITLE,
    language: 'es',
    published: '2024-06-19',
  });
}

/** Selects a passage in the source's text as a mouse drag would leave it. */
export async function selectPassage(reader: Locator, passage: string) {
  await reader.evaluate((element, text) => {
    const area = element as HTMLTextAreaElement;
    const start = area.value.indexOf(text);
    if (start < 0) throw new Error('passage not in the source');
    area.focus();
    area.setSelectionRange(start, start + text.length);
    area.dispatchEvent(new Event('select', { bubbles: true }));
  }, passage);
}

/** A draft with the report as its source and a new event quoting the treaty passage. */
export async function draftWithEvent(page: Page) {
  await newDraft(page);
  await addReportSource(page);
  await selectPassage(sourceReader(page), TREATY_PASSAGE);
  await page.getByRole('button', { name: 'New event from selection' }).click();
  await expect(page.getByRole('form', { name: 'Untitled event' })).toBeVisible();
}

export async function addActor(page: Page, name: string, kind: string, memberOf?: string) {
  const form = page.getByRole('group', { name: 'Actors' });
  const details = form.locator('details');
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) {
    await form.getByText('New actor').click();
  }
  await form.getByRole('textbox', { name: 'Actor name', exact: true }).fill(name);
  await form.getByRole('combobox', { name: 'Kind' }).selectOption({ label: kind });
  if (memberOf)
    await form.getByRole('combobox', { name: 'Member of' }).selectOption({ label: memberOf });
  await form.getByRole('button', { name: 'Add actor' }).click();
  await expect(form.getByRole('checkbox', { name })).toBeChecked();
}

export async function expectSaved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
}
