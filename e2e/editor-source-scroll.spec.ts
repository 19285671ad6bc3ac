import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { REPORT_TEXT, addSource, newDraft, selectPassage } from './helpers/editor';

// The editor's flows are long and this machine is shared: a generous budget per test.
test.describe.configure({ timeout: 120_000 });

const TITLE = 'A long report';
/** A passage in the last paragraph, far below the reader's visible box. */
const LAST_QUOTE = 'the ministry in Seoul declined to say when the shipment left port';
/** A right-to-left passage just before it. */
const RTL_QUOTE = 'الشحنة غادرت الميناء';
/** The report many times over, a word too long for a line, Arabic, then the quoted ending. */
const LONG_TEXT = [
  ...Array.from({ length: 6 }, (_, index) => `Copy ${index + 1}.\n${REPORT_TEXT.trim()}`),
  `Reference: ${'X'.repeat(300)}`,
  `وقال المتحدث إن ${RTL_QUOTE} قبل أسبوع.`,
  `Closing note: ${LAST_QUOTE}.`,
].join('\n\n');

const highlight = (page: Page, quote: string) =>
  page.locator('.editor-reader-backdrop mark').filter({ hasText: quote });

/**
 * Where a person sees the highlight, the text under it is the quote: the reader's text is
 * what is at the highlight's first and last pieces of line, and a click in the middle of
 * each puts the caret inside the quoted characters.
 */
async function expectHighlightOnQuote(page: Page, text: Locator, quote: string) {
  const mark = highlight(page, quote);
  await expect(mark).toHaveText(quote);
  await expect(mark).toBeInViewport({ ratio: 1 });
  const start = LONG_TEXT.indexOf(quote);
  const points = await mark.evaluate((element) =>
    [...element.getClientRects()]
      .filter((rect) => rect.width > 2)
      .map((rect) => ({ x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 })),
  );
  expect(points.length).toBeGreaterThan(0);
  for (const point of [points[0]!, points[points.length - 1]!]) {
    const under = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.getAttribute('aria-label') ?? null,
      point,
    );
    expect(under, 'the text is shown where the highlight is').toBe(`Text of ${TITLE}`);
    await page.mouse.click(point.x, point.y);
    const caret = await text.evaluate((element) => (element as HTMLTextAreaElement).selectionStart);
    expect(caret, `the caret a click on the highlight leaves, in “${quote}”`).toBeGreaterThan(
      start,
    );
    expect(caret).toBeLessThan(start + quote.length);
  }
}

test('a long source: the highlight stays on the quoted words however the text is scrolled', async ({
  page,
}) => {
  await newDraft(page);
  await page.getByRole('textbox', { name: 'Store title', exact: true }).fill('Scrolling');
  const text = await addSource(page, { text: LONG_TEXT, title: TITLE, language: 'en' });

  // Two excerpts near the end: an event from one, the other added to it.
  await selectPassage(text, LAST_QUOTE);
  await page.getByRole('button', { name: 'New event from selection' }).click();
  await expect(
    page.getByRole('form', { name: 'Untitled event' }).getByRole('blockquote'),
  ).toHaveText(LAST_QUOTE);
  await selectPassage(text, RTL_QUOTE);
  await page.getByRole('button', { name: 'Add excerpt to selected event' }).click();
  await expect(highlight(page, RTL_QUOTE)).toHaveText(RTL_QUOTE);

  // By the keyboard: Ctrl+Home, then Ctrl+End moves the caret to the end of the text.
  await text.focus();
  await text.press('Control+Home');
  await expect(highlight(page, LAST_QUOTE)).not.toBeInViewport();
  await text.press('Control+End');
  await expectHighlightOnQuote(page, text, LAST_QUOTE);
  await expectHighlightOnQuote(page, text, RTL_QUOTE);

  // By the mouse wheel over the text, from the top.
  await text.press('Control+Home');
  await expect(highlight(page, LAST_QUOTE)).not.toBeInViewport();
  const box = (await text.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 100));
  await expect(async () => {
    await page.mouse.wheel(0, 400);
    await expect(highlight(page, LAST_QUOTE)).toBeInViewport({ ratio: 1, timeout: 500 });
  }).toPass();
  await expectHighlightOnQuote(page, text, LAST_QUOTE);

  // A narrower window wraps the lines anew: the highlight still follows the words.
  await page.setViewportSize({ width: 390, height: 844 });
  await text.focus();
  await text.press('Control+End');
  await expectHighlightOnQuote(page, text, LAST_QUOTE);
  await expectHighlightOnQuote(page, text, RTL_QUOTE);
});
