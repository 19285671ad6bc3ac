import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import {
  TREATY_PASSAGE,
  addActor,
  addReportSource,
  newDraft,
  selectPassage,
  sourceReader,
} from './helpers/editor';

// The editor's Preview is named as the draft it is, not as a file the person never opened:
// under the title, in the citation, and where a file's store would explain that no link can
// open it (Copy link, Embed, the printed line); Back and Forward keep the draft on screen.
// The date the editor shows back ("Shown as") is the explorer's, approximate marker and all.

test.describe.configure({ timeout: 90_000 });

const DRAFT = 'Putin en Pionyang';
const TITLE = 'Putin and Kim sign a partnership';

test('Preview says "Draft from the editor: <name>", and the citation, Copy link, Embed and print say draft; the date is the explorer’s', async ({
  page,
}) => {
  await newDraft(page);
  await page.getByRole('textbox', { name: 'Store title', exact: true }).fill(DRAFT);
  await addReportSource(page);
  await selectPassage(sourceReader(page), TREATY_PASSAGE);
  await page.getByRole('button', { name: 'New event from selection' }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(TITLE);
  const start = page.getByRole('textbox', { name: 'Start', exact: true });
  await start.fill('2024-06-19');
  await expect(start).toHaveAccessibleDescription('Shown as: 19 June 2024');
  // Approximate: shown back as the explorer shows it, below.
  await page.getByRole('checkbox', { name: 'Approximate date' }).check();
  await expect(start).toHaveAccessibleDescription('Shown as: c. 19 June 2024');
  await expect(page.getByRole('list', { name: 'Draft events' })).toContainText('c. 19 June 2024');
  await addActor(page, 'Vladimir Putin', 'Person');
  await expect(page.getByText('No problems in this event.')).toBeVisible();

  await page.getByRole('button', { name: 'Preview' }).click();
  const origin = page.getByText(`Draft from the editor: ${DRAFT}`, { exact: true });
  await expect(origin).toBeVisible();
  await expect(page.getByText(/^From a file:/)).toHaveCount(0);
  // The skip link stays the page's first stop, before the Preview bar's links, and every
  // part of the page is in a landmark (axe's rules, best practices included).
  await expect(page.getByRole('link', { name: 'Back to editing' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Skip to the timeline' })).toBeAttached();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the timeline' })).toBeFocused();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  const events = page.getByRole('list', { name: 'Events', exact: true });
  await events.getByRole('button', { name: new RegExp(`^${TITLE}`) }).click();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details).toContainText('c. 19 June 2024');
  await details.getByRole('button', { name: 'Copy citation' }).click();
  await expect(page.getByRole('status')).toContainText('Citation copied');
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  expect(citation).toContain(`Store: draft ${DRAFT}. Sourceline`);
  expect(citation).not.toContain('file');

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status')).toContainText(
    'This is a draft from the editor, kept in this browser, so no link can open it.',
  );

  await page.getByRole('button', { name: 'Embed' }).click();
  const embed = page.getByRole('dialog', { name: 'Embed this view' });
  await expect(embed).toHaveAccessibleDescription(/^This is a draft from the editor/);
  await embed.getByRole('button', { name: 'Close' }).click();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(/^Printed on .*, from a draft in the editor\.$/)).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // Back steps through the preview's own views with the draft kept, named as a draft.
  await expect.poll(() => new URL(page.url()).searchParams.get('event')).not.toBeNull();
  await page.goBack();
  await expect(details.getByRole('heading', { level: 2 })).toHaveCount(0);
  await expect(origin).toBeVisible();
  await page.goForward();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(TITLE);
  await expect(origin).toBeVisible();
});
