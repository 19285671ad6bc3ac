import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addSource, newDraft } from './helpers/editor';

/**
 * A passage whose words occur more than once in its source (report item 4). The format keeps
 * a quote's words, not its place, and finds it again at their first occurrence: the editor
 * says so where the excerpt is made, and grows the selection, on request, until its words
 * are found only where they were selected.
 */

const TEXT =
  'El portavoz dijo: "No habrá comentarios". Fue sobre la reunión de marzo.\n\n' +
  'Más tarde, sobre el acuerdo militar, el portavoz dijo: "No habrá comentarios". Los periodistas insistieron.';
const QUOTE = 'dijo: "No habrá comentarios"';

const addTwice = (page: Page) => addSource(page, { text: TEXT, title: 'Twice', language: 'es' });

/** Selects the words at their `nth` occurrence (0 the first), as a mouse drag would. */
async function selectOccurrence(reader: Locator, words: string, nth: number) {
  await reader.evaluate(
    (element, [text, n]) => {
      const area = element as HTMLTextAreaElement;
      let start = -1;
      for (let i = 0; i <= Number(n); i++) start = area.value.indexOf(String(text), start + 1);
      if (start < 0) throw new Error('passage not in the source');
      area.focus();
      area.setSelectionRange(start, start + String(text).length);
      area.dispatchEvent(new Event('select', { bubbles: true }));
    },
    [words, nth],
  );
}

test('the second of two identical passages: said so, and the selection grown until unique', async ({
  page,
}) => {
  await newDraft(page);
  const reader = await addTwice(page);
  await selectOccurrence(reader, QUOTE, 1);
  const note = page.getByText(
    'These words occur 2 times in the source; the excerpt will point at the first. Select a longer passage to make it unique.',
  );
  await expect(note).toBeVisible();

  await page.getByRole('button', { name: 'Extend the selection until it is unique' }).click();
  await expect(note).toHaveCount(0);
  await expect(reader).toBeFocused();
  const grown = 'dijo: "No habrá comentarios". Los';
  await expect(page.getByText(`${grown.length} characters selected.`)).toBeVisible();
  expect(
    await reader.evaluate((element: HTMLTextAreaElement) =>
      element.value.slice(element.selectionStart, element.selectionEnd),
    ),
  ).toBe(grown);

  await page.getByRole('button', { name: 'New event from selection' }).click();
  await expect(
    page.getByRole('form', { name: 'Untitled event' }).getByRole('blockquote'),
  ).toHaveText(grown);
});

test('the first of two identical passages, and a passage found once', async ({ page }) => {
  await newDraft(page);
  const reader = await addTwice(page);
  await selectOccurrence(reader, QUOTE, 0);
  await expect(
    page.getByText(
      'These words occur 2 times in the source; the excerpt will point at the first, the one selected. A longer passage would make it unique.',
    ),
  ).toBeVisible();
  await selectOccurrence(reader, 'reunión de marzo', 0);
  await expect(page.getByText('16 characters selected.')).toBeVisible();
  await expect(page.getByText(/^These words occur/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Extend the selection/ })).toHaveCount(0);
});
