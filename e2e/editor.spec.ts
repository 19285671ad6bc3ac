import { readFileSync } from 'node:fs';
import { validateStoreText } from '../src/format/validate-store';
import { expect, test } from './fixtures';
import {
  REPORT_TEXT,
  SOURCE_TITLE,
  TREATY_PASSAGE,
  TREATY_TRANSLATION,
  addActor,
  addReportSource,
  expectSaved,
  newDraft,
  openForEditing,
  selectPassage,
  sourceReader,
} from './helpers/editor';

const TITLE = 'Putin and Kim sign a comprehensive strategic partnership';

test('with no draft open the editor says how a timeline is made, naming its buttons, and the steps give way to the draft', async ({
  page,
}) => {
  await page.goto('/edit/');
  const guide = page.getByRole('region', { name: 'How a timeline is made here' });
  const steps = guide.getByRole('listitem');
  await expect(steps).toHaveCount(4);
  await expect(steps.nth(0)).toContainText('“New draft”');
  await expect(steps.nth(0)).toContainText('“Open store for editing”');
  await expect(steps.nth(2)).toContainText('“New event from selection”');
  await expect(steps.nth(3)).toContainText('“Download store”');
  // Each button it names is on the page, or on the page once a draft is open.
  await expect(page.getByRole('button', { name: 'New draft' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open store for editing' })).toBeVisible();

  await page.getByRole('button', { name: 'New draft' }).click();
  await expect(page.getByRole('textbox', { name: 'Store title', exact: true })).toBeVisible();
  await expect(guide).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add source' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download store' })).toBeVisible();
});

test('from an empty draft to a valid store: source, selection, event, reload, undo, preview, download', async ({
  page,
}) => {
  // The whole authoring flow, end to end, is one test: longer than the default budget.
  test.setTimeout(120_000);
  await newDraft(page);
  await page
    .getByRole('textbox', { name: 'Store title', exact: true })
    .fill('Pyongyang, June 2024');
  await expect(page.getByRole('list', { name: 'Drafts' }).getByRole('listitem')).toHaveCount(1);

  await addReportSource(page);
  const newEvent = page.getByRole('button', { name: 'New event from selection' });
  await expect(newEvent).toBeDisabled();
  await selectPassage(sourceReader(page), TREATY_PASSAGE);
  await expect(newEvent).toBeEnabled();
  await newEvent.click();

  const form = page.getByRole('form', { name: 'Untitled event' });
  await expect(form.getByRole('blockquote')).toHaveText(TREATY_PASSAGE);
  // A new event has no title, date or actors yet: the validator says so at those fields,
  // in words for the person filling them in, and what that means for the store.
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(
    page.getByRole('textbox', { name: 'Title', exact: true }),
  ).toHaveAccessibleDescription('Required: a title.');
  const leftOut = form.getByText(
    'Until they are fixed, the event is left out of the downloaded store.',
  );
  await expect(leftOut).toBeVisible();

  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(TITLE);
  const start = page.getByRole('textbox', { name: 'Start', exact: true });
  await start.fill('2024-06');
  await expect(start).toHaveAccessibleDescription('Shown as: June 2024');
  await start.fill('2024-13');
  await expect(start).toHaveAttribute('aria-invalid', 'true');
  await start.fill('2024-06-19');
  await expect(start).toHaveAccessibleDescription('Shown as: 19 June 2024');
  await expect(start).not.toHaveAttribute('aria-invalid');

  await addActor(page, 'Russia', 'State');
  await addActor(page, 'Vladimir Putin', 'Person', 'Russia');
  await addActor(page, 'North Korea', 'State');
  await addActor(page, 'Kim Jong-un', 'Person', 'North Korea');
  await page.getByRole('textbox', { name: 'Translation', exact: true }).fill(TREATY_TRANSLATION);
  await expect(page.getByText('No problems in this event.')).toBeVisible();
  await expect(leftOut).toHaveCount(0);
  // The passage is highlighted in the source.
  await expect(page.locator('.editor-reader-backdrop mark')).toHaveText(TREATY_PASSAGE);
  await expectSaved(page);

  await page.reload();
  const title = page.getByRole('textbox', { name: 'Title', exact: true });
  await expect(title).toHaveValue(TITLE);
  await expect(page.getByRole('textbox', { name: 'Start', exact: true })).toHaveValue('2024-06-19');
  await expect(page.getByRole('textbox', { name: 'Translation', exact: true })).toHaveValue(
    TREATY_TRANSLATION,
  );
  await expect(
    page.getByRole('group', { name: 'Actors' }).getByRole('checkbox', { checked: true }),
  ).toHaveCount(4);

  // Undo and Redo, by button and by shortcut.
  await title.fill(`${TITLE} (draft)`);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(title).toHaveValue(TITLE);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(title).toHaveValue(`${TITLE} (draft)`);
  await title.press('ControlOrMeta+z');
  await expect(title).toHaveValue(TITLE);
  await title.press('ControlOrMeta+Shift+z');
  await expect(title).toHaveValue(`${TITLE} (draft)`);
  await title.press('ControlOrMeta+z');
  await expect(title).toHaveValue(TITLE);
  await expectSaved(page);

  // Download: a valid sourceline/1 file with no problems at all.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download store' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('pyongyang-june-2024.json');
  const text = readFileSync((await download.path())!, 'utf8');
  const result = validateStoreText(text);
  expect(result.ok).toBe(true);
  expect(result.problems).toEqual([]);
  expect(text).toContain('\n  "format": "sourceline/1",\n');

  // Preview: the draft in the explorer, its event on the timeline, its excerpt verbatim.
  await page.getByRole('button', { name: 'Preview' }).click();
  // The explorer's page, marked as the preview (its window may already be in the address:
  // from and to are written as soon as the draft is drawn).
  await expect
    .poll(() => {
      const { pathname, hash } = new URL(page.url());
      return `${pathname}${hash}`;
    })
    .toBe('/#draft-preview');
  const events = page.getByRole('list', { name: 'Events', exact: true });
  await expect(events.getByRole('listitem')).toHaveCount(1);
  await events.getByRole('button', { name: new RegExp(`^${TITLE}`) }).click();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(TITLE);
  await expect(details.getByRole('blockquote')).toHaveText(TREATY_PASSAGE);
  // On the timeline (the item's label is cut short; one item per actor's lane).
  await expect(
    page
      .getByRole('region', { name: 'Timeline', exact: true })
      .getByText(/^Putin and Kim sign/)
      .first(),
  ).toBeVisible();
  // The browser's Back steps through the preview's own views, the draft kept on screen
  // (its address cannot name it), and then returns to the editor.
  await expect.poll(() => new URL(page.url()).searchParams.get('event')).not.toBeNull();
  await page.goBack();
  await expect(details.getByRole('heading', { level: 2 })).toHaveCount(0);
  await expect(events.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByText(/^Previewing the draft/)).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Sourceline editor' })).toBeVisible();
  await page.goForward();
  await expect(events.getByRole('listitem')).toHaveCount(1);

  await page.getByRole('link', { name: 'Back to editing' }).click();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(TITLE);
  await expect(page.getByRole('button', { name: SOURCE_TITLE })).toBeVisible();
  // Where the person left from, and an address that names the draft and its event only.
  await expect(page.getByRole('button', { name: 'Preview' })).toBeFocused();
  expect(new URL(page.url()).hash).toBe('');
  expect(new URL(page.url()).searchParams.get('event')).not.toBeNull();
});

test('a new source takes the store’s language; one the store would leave out is not saved, and the fields say why', async ({
  page,
}) => {
  await newDraft(page);
  await page.getByRole('button', { name: 'Add source' }).click();
  const form = page.getByRole('form', { name: 'Add source' });
  const title = form.getByRole('textbox', { name: 'Source title', exact: true });
  const language = form.getByRole('textbox', { name: 'Language', exact: true });
  await expect(language).toHaveValue('en');

  await form.getByRole('textbox', { name: 'Source text', exact: true }).fill(REPORT_TEXT);
  await language.fill('');
  await form.getByRole('button', { name: 'Save source' }).click();
  // Not saved: the form stays, the first field at fault has the focus, each says what it takes.
  await expect(title).toBeFocused();
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toHaveAccessibleDescription('Required: a title.');
  await expect(language).toHaveAccessibleDescription(
    'Required: a BCP 47 language tag, such as "en", "es" or "pt-BR".',
  );
  await expect(page.getByRole('list', { name: 'Sources' })).toHaveCount(0);

  // Checked again as they are typed.
  await title.fill(SOURCE_TITLE);
  await expect(title).not.toHaveAttribute('aria-invalid');
  await language.fill('Spanish');
  await expect(language).toHaveAccessibleDescription(
    'Not valid (found "Spanish"); expected a BCP 47 language tag, such as "en", "es" or "pt-BR".',
  );
  await language.fill('es');
  await expect(language).not.toHaveAttribute('aria-invalid');
  await form.getByRole('button', { name: 'Save source' }).click();
  await expect(sourceReader(page)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Sources' }).getByRole('button')).toHaveText([
    SOURCE_TITLE,
  ]);
});

test('a spreadsheet opened for editing is imported into a draft: what was left out is said, and an unclear date order is asked', async ({
  page,
}) => {
  await page.goto('/edit/');
  await page.getByRole('button', { name: 'Open store for editing' }).click();
  const file = page.getByLabel('Store file');
  await expect(file).toHaveAccessibleDescription(
    /a file to import: TimelineJS, SIMILE, timemap, KML or KMZ, GeoJSON, an RSS or Atom feed, CSV or TSV/,
  );
  await file.setInputFiles({
    name: 'observations.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      [
        'Date,Headline,Who',
        '24/02/2022,Russia invades Ukraine,Russia; Ukraine',
        '13/09/2023,Kim and Putin meet at Vostochny,Russia; North Korea',
        // A date that is not one is left out (an empty one is kept: editor-undated-import.spec.ts).
        'someday,Unreadable date,',
      ].join('\n'),
    ),
  });
  // Through the explorer's Import dialog, which shows what it recognised.
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await expect(dialog).toContainText('Recognised: CSV/TSV table (3 read)');
  await dialog.getByRole('button', { name: 'Import' }).click();
  const note = page.getByRole('status').filter({ hasText: 'Imported from CSV/TSV table' });
  await expect(note).toContainText('Imported from CSV/TSV table: 2 events; 1 item left out:');
  await expect(note.getByRole('listitem')).toHaveText([/^row 4: date "someday": not a date/]);
  await expect(page.getByRole('textbox', { name: 'Store title', exact: true })).toHaveValue(
    'observations',
  );
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(
    'Russia invades Ukraine',
  );

  // A download with an event the store would drop leaves it out of the file, and says which.
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download store' }).click();
  await downloading;
  await expect(
    page.getByRole('status').filter({
      hasText: 'Downloaded. Left out until its problems are fixed: “Untitled event” (no title).',
    }),
  ).toBeVisible();

  // Day and month either way round: asked, then read as answered. The last import's note
  // goes as another file is opened: it was about the draft opened then.
  await page.getByRole('button', { name: 'Open store for editing' }).click();
  await expect(note).toHaveCount(0);
  await page.getByLabel('Store file').setInputFiles({
    name: 'talks.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'Date,Headline,Who\n03/04/2020,Talks,Russia\n05/06/2021,More talks,Russia\n',
    ),
  });
  await expect(
    dialog.getByText('Day and month could be either way round (rows 2–3).'),
  ).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();
  await dialog.getByRole('radio', { name: 'month/day/year', exact: false }).check();
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('textbox', { name: 'Store title', exact: true })).toHaveValue(
    'talks',
  );
  await expect(page.getByRole('textbox', { name: 'Start', exact: true })).toHaveValue('2020-03-04');
  await expect(page.getByRole('list', { name: 'Drafts' }).getByRole('listitem')).toHaveCount(2);
});

test('a Google Sheet opened by its address is imported into a draft from its published CSV', async ({
  page,
}) => {
  const KEY = '1xuY4upIooEeszZ_lCmeNx24eSFWe0rHe9ZdqH2xqVNk';
  const asked: string[] = [];
  await page.context().route('https://docs.google.com/**', async (route) => {
    asked.push(route.request().url());
    await route.fulfill({
      contentType: 'text/csv',
      headers: { 'Access-Control-Allow-Origin': '*' },
      body: readFileSync(new URL('../scripts/lib/fixtures/import/sheet.csv', import.meta.url)),
    });
  });
  await page.goto('/edit/');
  await page.getByRole('button', { name: 'Open store for editing' }).click();
  await page
    .getByRole('textbox', { name: 'Store address' })
    .fill(`https://docs.google.com/spreadsheets/d/${KEY}/edit?usp=sharing`);
  await page.getByRole('button', { name: 'Open address' }).click();
  await page
    .getByRole('dialog', { name: 'Import' })
    .getByRole('button', { name: 'Import' })
    .click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported from TimelineJS sheet (CSV)' }),
  ).toContainText('3 events');
  await expect(page.getByRole('textbox', { name: 'Store title', exact: true })).toHaveValue(
    'A sheet',
  );
  expect(asked).toEqual([`https://docs.google.com/spreadsheets/d/${KEY}/pub?output=csv`]);
});

test.describe('a Google Sheet that is not published', () => {
  // Google's answer, a 404, is what the page is to explain: the browser logs it.
  test.use({ allowedConsoleErrors: [/the server responded with a status of 404/] });

  test('the editor says how to publish it, or to download it', async ({ page }) => {
    await page
      .context()
      .route('https://docs.google.com/**', (route) =>
        route.fulfill({ status: 404, headers: { 'Access-Control-Allow-Origin': '*' }, body: '' }),
      );
    await page.goto('/edit/');
    await page.getByRole('button', { name: 'Open store for editing' }).click();
    await page
      .getByRole('textbox', { name: 'Store address' })
      .fill('https://docs.google.com/spreadsheets/d/1xuY4upIooEeszZ/edit');
    await page.getByRole('button', { name: 'Open address' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'The store could not be opened: the server answered 404 (not found). A Google Sheet is read from its copy published to the web: in Google Sheets, choose File → Share → Publish to web, then open its address again. Or download it (File → Download → Microsoft Excel) and open the file.',
    );
  });
});

test('a file whose dates could be read either way shows them, with their titles, before the person answers', async ({
  page,
}) => {
  await openForEditing(page, {
    name: 'summits.csv',
    mimeType: 'text/csv',
    text: 'Date,Headline,Who\n06/02/2020,Summit in Pyongyang,Russia\n',
  });
  const question = page
    .getByRole('dialog', { name: 'Import' })
    .getByRole('group', { name: 'Dates such as 03/04/2020 read as' });
  await expect(question.getByRole('listitem')).toHaveText([
    '06/02/2020 — row 2: Summit in Pyongyang',
  ]);
  await expect(
    question.getByRole('radio', { name: 'month/day/year: 2 June 2020', exact: true }),
  ).toBeVisible();
  await question
    .getByRole('radio', { name: 'day/month/year: 6 February 2020', exact: true })
    .check();
  await page
    .getByRole('dialog', { name: 'Import' })
    .getByRole('button', { name: 'Import' })
    .click();
  await page
    .getByRole('list', { name: 'Draft events' })
    .getByRole('button', { name: /^Summit in Pyongyang/ })
    .click();
  await expect(page.getByRole('textbox', { name: 'Start', exact: true })).toHaveValue('2020-02-06');
});
