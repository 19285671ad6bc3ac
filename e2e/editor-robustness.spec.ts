import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  REPORT_TEXT,
  SOURCE_TITLE,
  TREATY_PASSAGE,
  addActor,
  addReportSource,
  expectSaved,
  newDraft,
  selectPassage,
  sourceReader,
} from './helpers/editor';
import { expectNoAxeViolations } from './helpers/axe';

// The editor's flows are long and this machine is shared: a generous budget per test.
test.describe.configure({ timeout: 120_000 });

/** Presses Tab until the focused element has this accessible name (keyboard only). */
async function tabTo(page: Page, name: string | RegExp, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return '';
      const labelled = element.getAttribute('aria-label');
      if (labelled) return labelled;
      const id = element.id;
      const label = id ? document.querySelector(`label[for="${CSS.escape(id)}"]`) : null;
      return (label?.textContent ?? element.textContent ?? '').trim();
    });
    if (typeof name === 'string' ? focused === name : name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

test('keyboard only: a draft, a source, a selection made with Shift+arrows, an event', async ({
  page,
}) => {
  await page.goto('/edit/');
  await tabTo(page, 'New draft');
  await page.keyboard.press('Enter');
  // The focus goes to the new draft's title, its words selected: typed over at once.
  const storeTitle = page.getByRole('textbox', { name: 'Store title', exact: true });
  await expect(storeTitle).toBeFocused();
  await page.keyboard.type('Putin in Pyongyang');
  await expect(storeTitle).toHaveValue('Putin in Pyongyang');
  await tabTo(page, 'Add source');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Source text');
  await page.keyboard.insertText(REPORT_TEXT);
  await tabTo(page, 'Source title');
  await page.keyboard.type(SOURCE_TITLE);
  await tabTo(page, 'Language');
  await page.keyboard.type('es');
  await tabTo(page, 'Save source');
  await page.keyboard.press('Enter');

  await tabTo(page, `Text of ${SOURCE_TITLE}`);
  // The text takes the keyboard but never an edit.
  await page.keyboard.type('x');
  await page.keyboard.press('Backspace');
  await expect(sourceReader(page)).toHaveValue(REPORT_TEXT);
  await page.keyboard.press('ControlOrMeta+Home');
  const offset = REPORT_TEXT.indexOf(TREATY_PASSAGE);
  for (let i = 0; i < offset; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < TREATY_PASSAGE.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByText(`${TREATY_PASSAGE.length} characters selected.`)).toBeVisible();
  await tabTo(page, 'New event from selection');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('form', { name: 'Untitled event' }).getByRole('blockquote'),
  ).toHaveText(TREATY_PASSAGE);

  await tabTo(page, 'Title');
  await page.keyboard.type('Putin and Kim sign a partnership');
  await tabTo(page, 'Start');
  await page.keyboard.type('2024-06-19');
  await tabTo(page, 'New actor');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Actor name');
  await page.keyboard.type('Vladimir Putin');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', { name: 'Vladimir Putin' })).toBeChecked();
  await tabTo(page, 'Translation');
  await page.keyboard.type('Kim announced the signing');
  await expect(page.getByText('No problems in this event.')).toBeVisible();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByRole('textbox', { name: 'Translation', exact: true })).toHaveValue('');
});

test('two tabs on one draft: the second is read-only, follows the first, and edits once it closes', async ({
  page,
  context,
}) => {
  await newDraft(page);
  const title = page.getByRole('textbox', { name: 'Store title', exact: true });
  await title.fill('Shared draft');
  await expectSaved(page);
  const address = page.url();
  expect(address).toContain('draft=');

  const second = await context.newPage();
  await second.goto(address);
  await expect(
    second.getByRole('alert').filter({ hasText: 'open for editing in another tab' }),
  ).toBeVisible();
  const secondTitle = second.getByRole('textbox', { name: 'Store title', exact: true });
  await expect(secondTitle).toHaveValue('Shared draft');
  await expect(secondTitle).not.toBeEditable();
  await expect(second.getByRole('button', { name: 'Add source' })).toBeDisabled();

  await title.fill('Shared draft, edited in the first tab');
  await expect(secondTitle).toHaveValue('Shared draft, edited in the first tab');

  await page.close();
  await expect(second.getByRole('alert').filter({ hasText: 'another tab' })).toHaveCount(0);
  await expect(secondTitle).toBeEditable();
  await secondTitle.fill('Now edited in the second tab');
  await expectSaved(second);
});

test("the store's fields and every problem of an event are said at their fields", async ({
  page,
}) => {
  await newDraft(page);
  const storeTitle = page.getByRole('textbox', { name: 'Store title', exact: true });
  await storeTitle.fill('');
  await expect(storeTitle).toHaveAttribute('aria-invalid', 'true');
  await expect(storeTitle).toHaveAccessibleDescription('Required.');
  const language = page.getByRole('textbox', { name: 'Store language', exact: true });
  await language.fill('Spanish');
  await expect(language).toHaveAccessibleDescription(
    /^The language the timeline is written in, as a code: .+ Not a language tag \(found "Spanish"\)/,
  );
  await storeTitle.fill('Pyongyang, June 2024');
  await language.fill('es');
  await expect(storeTitle).not.toHaveAttribute('aria-invalid');
  await expect(language).not.toHaveAttribute('aria-invalid');

  await addReportSource(page);
  await selectPassage(sourceReader(page), TREATY_PASSAGE);
  await page.getByRole('button', { name: 'New event from selection' }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('The treaty is signed');
  await page.getByRole('textbox', { name: 'Start', exact: true }).fill('2024-06-19');
  await addActor(page, 'Russia', 'State');
  await page.getByRole('textbox', { name: 'End', exact: true }).fill('2024-06-18');
  await page.getByRole('button', { name: 'Remove excerpt' }).click();
  // Both at once: the end, which keeps the event out, and the missing excerpt.
  await expect(page.getByText('2 problems in this event.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'End', exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(
    page.getByText(
      'The event has no excerpts: nothing shows what it rests on; expected at least one excerpt quoting a source.',
    ),
  ).toBeVisible();
});

test('what was typed just before a reload, or before the tab closed, is kept', async ({
  page,
  context,
}) => {
  await newDraft(page);
  const title = page.getByRole('textbox', { name: 'Store title', exact: true });
  await title.fill('Saved once');
  await expectSaved(page);
  const address = page.url();

  // Reloaded at once: the change has not waited out its save delay.
  await title.fill('Typed, then reloaded');
  await page.reload();
  await expect(title).toHaveValue('Typed, then reloaded');
  await expectSaved(page);

  await title.fill('Typed, then the tab closed');
  await page.close();
  const again = await context.newPage();
  await again.goto(address);
  await expect(again.getByRole('textbox', { name: 'Store title', exact: true })).toHaveValue(
    'Typed, then the tab closed',
  );
});

test('no IndexedDB at all: said plainly, the draft works in memory, Download store keeps it', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await newDraft(page);
  await expect(page.getByRole('alert').filter({ hasText: 'storage is unavailable' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Store title', exact: true }).fill('Kept in memory');
  await addReportSource(page);
  await expect(
    page.getByRole('list', { name: 'Drafts' }).getByText('Kept in memory'),
  ).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download store' }).click();
  expect((await downloading).suggestedFilename()).toBe('kept-in-memory.json');
});

test('storage full (quota): said plainly, and the changes stay usable in the tab', async ({
  page,
}) => {
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = function put() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await newDraft(page);
  await expect(page.getByRole('alert').filter({ hasText: 'storage is full' })).toBeVisible();
  await addReportSource(page);
  await selectPassage(sourceReader(page), TREATY_PASSAGE);
  await page.getByRole('button', { name: 'New event from selection' }).click();
  await expect(page.getByRole('list', { name: 'Draft events' }).getByRole('listitem')).toHaveCount(
    1,
  );
  await expect(page.getByRole('button', { name: 'Download store' })).toBeEnabled();
});

const HOSTILE_HTML = `<!doctype html>
<html lang="es"><head>
<meta http-equiv="refresh" content="0; url=/should-not-load-refresh">
<title>Informe hostil</title>
<script>window.__ran = 'script';</script>
<link rel="stylesheet" href="/should-not-load-style.css">
</head>
<body onload="window.__ran = 'onload'">
<iframe src="/should-not-load-frame"></iframe>
<img src="/should-not-load-image.png" onerror="window.__ran = 'onerror'">
<article>
<h1>Informe hostil</h1>
<p>${REPORT_TEXT.split('\n')[0]}</p>
<p>${REPORT_TEXT.split('\n')[1]}</p>
<p onclick="window.__ran = 'click'">${REPORT_TEXT.split('\n')[2]}</p>
<script>document.write('<img src=/should-not-load-written.png>')</script>
</article>
</body></html>`;

test('a hostile .html source: nothing runs or loads, the article text is kept', async ({
  page,
}) => {
  const loaded: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('should-not-load')) loaded.push(request.url());
  });
  await newDraft(page);
  await page.getByRole('button', { name: 'Add source' }).click();
  await page.getByLabel('Or open a .txt, .md or .html file').setInputFiles({
    name: 'informe.html',
    mimeType: 'text/html',
    buffer: Buffer.from(HOSTILE_HTML),
  });
  const text = page.getByRole('textbox', { name: 'Source text', exact: true });
  await expect(text).toHaveValue(/Kim anunció la firma de una “asociación estratégica integral”/);
  await expect(text).not.toHaveValue(/window\.__ran|document\.write/);
  await expect(page.getByRole('textbox', { name: 'Source title', exact: true })).toHaveValue(
    'Informe hostil',
  );
  await expect(page.getByRole('textbox', { name: 'Language', exact: true })).toHaveValue('es');
  await page.getByRole('button', { name: 'Save source' }).click();
  await selectPassage(
    page.getByRole('textbox', { name: 'Text of Informe hostil' }),
    TREATY_PASSAGE,
  );
  await page.getByRole('button', { name: 'New event from selection' }).click();
  await expect(page.getByRole('blockquote')).toHaveText(TREATY_PASSAGE);
  expect(await page.evaluate(() => (window as { __ran?: string }).__ran)).toBeUndefined();
  expect(loaded).toEqual([]);
  await expect(page).toHaveURL(/\/edit\//);
});

test('axe: the editor has no WCAG 2.1 AA violations in its states', async ({ page }) => {
  await page.goto('/edit/');
  await expect(page.getByRole('button', { name: 'New draft' })).toBeVisible();
  await expectNoAxeViolations(page, 'no draft');
  await newDraft(page);
  await page.getByRole('button', { name: 'Add source' }).click();
  await expectNoAxeViolations(page, 'adding a source');
  await page.getByRole('textbox', { name: 'Source text', exact: true }).fill(REPORT_TEXT);
  await page.getByRole('textbox', { name: 'Source title', exact: true }).fill(SOURCE_TITLE);
  await page.getByRole('button', { name: 'Save source' }).click();
  await selectPassage(sourceReader(page), TREATY_PASSAGE);
  await page.getByRole('button', { name: 'New event from selection' }).click();
  await expectNoAxeViolations(page, 'an event with problems');
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Signing');
  await page.getByRole('textbox', { name: 'Start', exact: true }).fill('2024-06-19');
  await addActor(page, 'Russia', 'State');
  await expectNoAxeViolations(page, 'an event without problems');
});
