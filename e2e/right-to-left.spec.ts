import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { actorsGroup, details, detailsHeading, eventList, timeline } from './helpers/app';

/*
 * Sources in Arabic and Hebrew, in a store written in English: each piece of their text is
 * laid out in its own direction, so a quote reads as its source wrote it, its brackets,
 * quotation marks and final full stop where they belong.
 */

const STORE_PATH = '/e2e/right-to-left-store.json';
const TITLE = 'بوتين في بيونغ يانغ (2024)';
const SUMMARY = 'قال الرئيس: "سنرد" في 19 يونيو 2024.';
const QUOTE = 'قال بوتين (في المؤتمر الصحفي): "المعاهدة دفاعية 100%."';
const TRANSLATION = 'Putin said (at the press conference): "The treaty is 100% defensive."';
const HEBREW_TITLE = 'שיחות בירושלים, 3 ימים';

const STORE = {
  format: 'sourceline/1',
  title: 'Two sources written right to left',
  language: 'en',
  sources: [
    { id: 'jazeera', title: 'الجزيرة', language: 'ar', published: '2024-06-19' },
    { id: 'haaretz', title: 'הארץ', language: 'he', published: '2024-06-20' },
  ],
  actors: [
    { id: 'russia', name: 'روسيا', kind: 'state' },
    { id: 'israel', name: 'ישראל', kind: 'state' },
  ],
  events: [
    {
      id: 'pyongyang',
      title: TITLE,
      start: '2024-06-19',
      actors: ['russia'],
      summary: SUMMARY,
      excerpts: [{ source: 'jazeera', quote: QUOTE, translation: TRANSLATION }],
    },
    {
      id: 'jerusalem',
      title: HEBREW_TITLE,
      start: '2024-06-20',
      actors: ['israel'],
      excerpts: [{ source: 'haaretz', quote: 'הוא אמר: "נחזור לשולחן ב-2025."' }],
    },
  ],
};

async function openStore(page: Page, query = '') {
  await page.route(
    (url) => url.pathname === STORE_PATH,
    (route) => route.fulfill({ body: JSON.stringify(STORE), contentType: 'application/json' }),
  );
  await page.goto(`/?store=${STORE_PATH}${query}`);
}

const direction = (locator: Locator) =>
  locator.evaluate((element) => getComputedStyle(element).direction);

/**
 * Where a text's first and last characters are drawn on its first line: an Arabic sentence
 * starts at the right, and its full stop is left of its first letter.
 */
async function ends(locator: Locator): Promise<{ first: number; last: number }> {
  return locator.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    const at = (node: Text, offset: number) => {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      return range.getBoundingClientRect().left;
    };
    const first = nodes[0]!;
    const last = nodes[nodes.length - 1]!;
    return { first: at(first, 0), last: at(last, last.data.length - 1) };
  });
}

test('an Arabic event reads right to left wherever its text is shown', async ({ page }) => {
  await openStore(page, '&event=pyongyang');
  await expect(detailsHeading(page)).toHaveText(TITLE);
  expect(await direction(detailsHeading(page))).toBe('rtl');

  const summary = details(page).getByText(SUMMARY, { exact: true });
  expect(await direction(summary)).toBe('rtl');
  const { first, last } = await ends(summary);
  expect(last, 'the full stop is left of the first letter').toBeLessThan(first);

  // The quote verbatim, in its source's direction; the translation in the store's.
  const quote = details(page).getByRole('blockquote');
  await expect(quote).toHaveText(QUOTE);
  expect(await direction(quote)).toBe('rtl');
  const translation = details(page).getByText(TRANSLATION);
  expect(await direction(translation)).toBe('ltr');

  // The list, the timeline's label and its lane, and the actor filter.
  const listed = eventList(page).getByRole('button', { name: TITLE });
  expect(await direction(listed.locator('[dir="auto"]'))).toBe('rtl');
  const hebrew = eventList(page).getByRole('button', { name: HEBREW_TITLE });
  expect(await direction(hebrew.locator('[dir="auto"]'))).toBe('rtl');
  const label = timeline(page).getByText(TITLE, { exact: true });
  await expect(label).toBeVisible();
  expect(await direction(label)).toBe('rtl');
  const actor = actorsGroup(page).getByText('روسيا', { exact: true });
  await expect(actor).toBeVisible();
  expect(await direction(actor)).toBe('rtl');
  // The interface around them stays left to right.
  expect(await direction(page.locator('body'))).toBe('ltr');
});
