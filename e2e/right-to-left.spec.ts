import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { actorsGroup, details, detailsHeading, eventList, timeline } from './helpers/app';
import { addSource, newDraft, selectPassage } from './helpers/editor';

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

/*
 * An Arabic report that quotes an English statement: each paragraph in its own direction,
 * the English one left to right with its full stop at its end, the Arabic one right to left.
 */
const ARABIC_LINE =
  'قال الوزير إن الاتفاق (الجديد) سيدخل حيز التنفيذ غدًا، وأضاف أن الحكومة (كلها) توافق.';
const ENGLISH_LINE = 'The minister (Mr. Haddad) said the deal takes effect on 5 March.';
const MIXED_TEXT = `${ARABIC_LINE}\n\n${ENGLISH_LINE}`;
const ENGLISH_QUOTE = 'said the deal takes effect';
const MIXED_PATH = '/e2e/mixed-direction-store.json';

test('each paragraph of a source shown in context reads in its own direction', async ({ page }) => {
  const store = {
    format: 'sourceline/1',
    title: 'An Arabic report quoting English',
    language: 'en',
    sources: [{ id: 'report', title: 'تقرير', language: 'ar', text: MIXED_TEXT }],
    actors: [{ id: 'gov', name: 'Government', kind: 'state' }],
    events: [
      {
        id: 'deal',
        title: 'The deal takes effect',
        start: '2020-03-05',
        actors: ['gov'],
        excerpts: [{ source: 'report', quote: ENGLISH_QUOTE }],
      },
    ],
  };
  await page.route(
    (url) => url.pathname === MIXED_PATH,
    (route) => route.fulfill({ body: JSON.stringify(store), contentType: 'application/json' }),
  );
  await page.goto(`/?store=${MIXED_PATH}&event=deal`);
  await details(page).getByRole('button', { name: 'Show in context' }).click();
  const dialog = page.getByRole('dialog', { name: 'The excerpt in its source' });
  await expect(dialog).toBeVisible();

  const english = dialog.getByText(ENGLISH_LINE);
  await expect(english).toBeVisible();
  expect(await direction(english)).toBe('ltr');
  const { first, last } = await ends(english);
  expect(last, 'the full stop is right of the first letter').toBeGreaterThan(first);
  const arabic = dialog.getByText(ARABIC_LINE);
  expect(await direction(arabic)).toBe('rtl');
  const arabicEnds = await ends(arabic);
  expect(arabicEnds.last, 'the full stop is left of the first letter').toBeLessThan(
    arabicEnds.first,
  );
  // The quote is still the one highlighted, in its paragraph.
  await expect(english.locator('mark')).toHaveText(ENGLISH_QUOTE);
});

test('each paragraph of a source in the editor reads in its own direction, and a passage selected in it is quoted verbatim', async ({
  page,
}) => {
  await newDraft(page);
  const reader = await addSource(page, { text: MIXED_TEXT, title: 'تقرير', language: 'ar' });

  await selectPassage(reader, ENGLISH_QUOTE);
  await page.getByRole('button', { name: 'New event from selection' }).click();
  await expect(page.getByRole('blockquote')).toHaveText(ENGLISH_QUOTE);

  // The textarea's text cannot be measured letter by letter; the copy of it drawn behind it
  // (with the highlights) can, and is laid out by the same rules, which this checks too.
  const layout = await reader.evaluate((area, line) => {
    const backdrop = area.previousElementSibling as HTMLElement;
    const style = (element: Element) => {
      const { direction, unicodeBidi, textAlign } = getComputedStyle(element);
      return { direction, unicodeBidi, textAlign };
    };
    /** Where the backdrop draws the character at an offset of the source's text. */
    const left = (offset: number) => {
      const walker = document.createTreeWalker(backdrop, NodeFilter.SHOW_TEXT);
      let at = offset;
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        if (at < node.data.length) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          return range.getBoundingClientRect().left;
        }
        at -= node.data.length;
      }
      throw new Error('offset past the text');
    };
    const start = (area as HTMLTextAreaElement).value.indexOf(line);
    return {
      area: style(area),
      backdrop: style(backdrop),
      first: left(start),
      last: left(start + line.length - 1),
      edge: area.getBoundingClientRect().left,
      markText: backdrop.querySelector('mark')?.textContent,
    };
  }, ENGLISH_LINE);
  expect(layout.last, 'the full stop is right of the first letter').toBeGreaterThan(layout.first);
  expect(layout.first - layout.edge, 'the line starts at the left').toBeLessThan(30);
  expect(layout.area, 'the text is laid out as its highlights are').toEqual(layout.backdrop);
  expect(layout.markText).toBe(ENGLISH_QUOTE);
});

/*
 * A title with a right-to-left override it never ends (U+202E): on the page its element
 * bounds it, but in plain text, a pasted citation, a tooltip, the tab's title, it would
 * turn everything after it around. There it is isolated (U+2068 … U+2069).
 */
const RLO = '\u202E';
const OVERRIDDEN = `Payment to ${RLO}ynapmoC`;
const OVERRIDE_PATH = '/e2e/override-store.json';

test('a title’s unended override stays in the title in a copied citation, a tooltip and the tab’s title', async ({
  page,
}) => {
  const store = {
    ...STORE,
    title: `Ledger ${RLO}regdel`,
    events: [{ ...STORE.events[0]!, id: 'paid', title: OVERRIDDEN }],
  };
  await page.route(
    (url) => url.pathname === OVERRIDE_PATH,
    (route) => route.fulfill({ body: JSON.stringify(store), contentType: 'application/json' }),
  );
  await page.goto(`/?store=${OVERRIDE_PATH}&event=paid`);
  await expect(detailsHeading(page)).toHaveText(OVERRIDDEN);
  const isolated = (text: string) => `\u2068${text}\u2069`;
  await expect(page).toHaveTitle(
    `${isolated(OVERRIDDEN)} · ${isolated(store.title)} · From this site: ${OVERRIDE_PATH} · Sourceline`,
  );
  const item = timeline(page).locator('.tl-item', { hasText: OVERRIDDEN }).first();
  await expect(item).toHaveAttribute('title', `${isolated(OVERRIDDEN)} — 19 June 2024`);

  await details(page).getByRole('button', { name: 'Copy citation' }).click();
  await expect(page.getByRole('status')).toContainText('Citation copied');
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  expect(citation.startsWith(`${isolated(OVERRIDDEN)}. 19 June 2024. Sources: `)).toBe(true);
});
