import { readFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { STORE_TITLE, headerAction } from './helpers/app';
import {
  TREATY_PASSAGE,
  TREATY_TRANSLATION,
  addActor,
  addReportSource,
  expectSaved,
  newDraft,
  selectPassage,
  sourceReader,
} from './helpers/editor';
import { heading, openStoreDialog, storeReportSummary } from './helpers/store-loading';

/**
 * Pictures of the Import dialog, an imported store's report and the editor, at a desktop
 * and a phone size, for a person to look at (test-results/, gitignored; the ones in
 * docs/images/ were chosen from these by hand). Each state is also checked for what a
 * picture cannot be trusted to show: nothing scrolls sideways, and the dialog's buttons
 * are within reach.
 */
const SIZES = [
  { name: 'desktop', viewport: { width: 1440, height: 960 }, isMobile: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
] as const;

const fixture = (name: string) =>
  readFileSync(new URL(`../scripts/lib/fixtures/import/${name}`, import.meta.url));

async function shoot(page: Page, testInfo: TestInfo, name: string) {
  await page.evaluate(() => document.fonts.ready);
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect.soft(overflow, `${name}: the page does not scroll horizontally`).toBeLessThanOrEqual(0);
}

for (const size of SIZES) {
  test.describe(`import and editor at ${size.name} size`, () => {
    test.use({
      viewport: size.viewport,
      isMobile: size.isMobile,
      hasTouch: size.isMobile,
      reducedMotion: 'reduce',
    });

    test(`the Import dialog and an imported store's report (${size.name})`, async ({
      page,
    }, testInfo) => {
      await page.goto('/');
      await expect(heading(page)).toHaveText(STORE_TITLE, { timeout: 30_000 });
      await (await headerAction(page, 'Open store…')).click();
      await openStoreDialog(page)
        .getByLabel('Open a file')
        .setInputFiles({
          name: 'observations.csv',
          mimeType: 'text/csv',
          buffer: fixture('observations.csv'),
        });
      const dialog = page.getByRole('dialog', { name: 'Import' });
      await expect(dialog.getByRole('table')).toBeVisible({ timeout: 30_000 });
      await shoot(page, testInfo, `import-dialog-${size.name}`);
      await dialog.getByRole('button', { name: 'Import', exact: true }).scrollIntoViewIfNeeded();
      await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeInViewport();
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toBeHidden();

      // A TimelineJS file with a slide that cannot be shown: its drop in the store's report.
      await (await headerAction(page, 'Open store…')).click();
      await openStoreDialog(page)
        .getByLabel('Open a file')
        .setInputFiles({
          name: 'space-race.json',
          mimeType: 'application/json',
          buffer: fixture('timelinejs.json'),
        });
      await expect(dialog).toContainText('1 item dropped', { timeout: 30_000 });
      await dialog.getByRole('button', { name: 'Import', exact: true }).click();
      await expect(heading(page)).toHaveText('Space race', { timeout: 30_000 });
      if (size.isMobile) await page.getByRole('button', { name: 'Search and filters' }).click();
      await storeReportSummary(page).click();
      const drops = page.getByRole('list', { name: /^Dropped on import/ });
      await drops.scrollIntoViewIfNeeded();
      await expect(drops).toBeInViewport();
      await shoot(page, testInfo, `import-report-${size.name}`);
    });

    test(`the editor with an event made from a passage (${size.name})`, async ({
      page,
    }, testInfo) => {
      test.setTimeout(90_000);
      await newDraft(page);
      await page
        .getByRole('textbox', { name: 'Store title', exact: true })
        .fill('Pyongyang, June 2024');
      await addReportSource(page);
      await selectPassage(sourceReader(page), TREATY_PASSAGE);
      await page.getByRole('button', { name: 'New event from selection' }).click();
      await page
        .getByRole('textbox', { name: 'Title', exact: true })
        .fill('Putin and Kim sign a comprehensive strategic partnership');
      await page.getByRole('textbox', { name: 'Start', exact: true }).fill('2024-06-19');
      await addActor(page, 'Russia', 'State');
      await addActor(page, 'North Korea', 'State');
      await page
        .getByRole('textbox', { name: 'Translation', exact: true })
        .fill(TREATY_TRANSLATION);
      await expect(page.getByText('No problems in this event.')).toBeVisible();
      await expectSaved(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      await shoot(page, testInfo, `editor-${size.name}`);
      // The event form, where a person spends most of the time.
      await page.getByRole('textbox', { name: 'Title', exact: true }).scrollIntoViewIfNeeded();
      await shoot(page, testInfo, `editor-form-${size.name}`);
    });
  });
}
