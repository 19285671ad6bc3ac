import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  TOTAL_EVENTS,
  TREATY,
  actorCheckbox,
  chooseFromList,
  details,
  eventCount,
  notices,
  openApp,
  timeline,
  windowDescription,
} from './helpers/app';

/**
 * Pictures of the main states at a desktop and a phone size, for a person to look at.
 * They go to test-results/ (gitignored), never into the repository. Motion is reduced so
 * the timeline is still when the picture is taken.
 */
const SIZES = [
  { name: 'desktop', viewport: { width: 1440, height: 960 }, isMobile: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
] as const;

async function shoot(page: Page, testInfo: TestInfo, name: string) {
  // The timeline widget arrives in a chunk of its own, after the rest of the page: wait
  // until it has drawn its items (vis-timeline's own DOM, no role) so the picture shows it.
  await expect(timeline(page).locator('.vis-item').filter({ visible: true }).first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  // What the person sees, and the whole page. (A full-page capture stretches the viewport,
  // which distorts sheets and dialogs sized to it: the viewport picture is the faithful one.)
  for (const [suffix, fullPage] of [
    ['', false],
    ['-full', true],
  ] as const) {
    const path = testInfo.outputPath(`${name}${suffix}.png`);
    await page.screenshot({ path, fullPage });
    await testInfo.attach(`${name}${suffix}`, { path, contentType: 'image/png' });
  }
  // Nothing may make the page scroll sideways.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect.soft(overflow, `${name}: the page does not scroll horizontally`).toBeLessThanOrEqual(0);
}

for (const size of SIZES) {
  test.describe(`screenshots at ${size.name} size`, () => {
    test.use({
      viewport: size.viewport,
      isMobile: size.isMobile,
      hasTouch: size.isMobile,
      reducedMotion: 'reduce',
    });

    test(`main states (${size.viewport.width}×${size.viewport.height})`, async ({
      page,
    }, testInfo) => {
      // Five states and five full-page captures in one test: more than the default budget
      // on a busy machine.
      test.slow();
      await test.step('default view', async () => {
        await openApp(page);
        await expect(eventCount(page)).toHaveText(`${TOTAL_EVENTS} events`);
        await shoot(page, testInfo, `${size.name}-1-default`);
      });

      await test.step('event selected', async () => {
        await chooseFromList(page, TREATY.title);
        await expect(details(page).getByRole('blockquote').first()).toBeVisible();
        await shoot(page, testInfo, `${size.name}-2-event-selected`);
      });

      await test.step('context dialog', async () => {
        await details(page).getByRole('button', { name: 'Show in context' }).nth(1).click();
        const dialog = page.getByRole('dialog', { name: 'The excerpt in its source' });
        await expect(dialog.locator('mark')).toBeInViewport();
        // The dialog is modal: a viewport picture shows what the person sees.
        const path = testInfo.outputPath(`${size.name}-3-context-dialog.png`);
        await page.screenshot({ path });
        await testInfo.attach(`${size.name}-3-context-dialog`, { path, contentType: 'image/png' });
        await dialog.getByRole('button', { name: 'Close' }).click();
        await expect(dialog).toBeHidden();
      });

      await test.step('filtered', async () => {
        // On a narrow screen the filters live behind a "Search and filters" button.
        // (The app's COMPACT_QUERY; the button itself comes a moment after the first events.)
        const drawerButton = page.getByRole('button', { name: 'Search and filters' });
        const compact = page.viewportSize()!.width <= 1023;
        if (compact) await drawerButton.click();
        await actorCheckbox(page, 'Ukraine').check();
        await expect(eventCount(page)).toHaveText(`3 of ${TOTAL_EVENTS} events`);
        if (compact) {
          const drawer = page.getByRole('dialog', { name: 'Search and filters' });
          const path = testInfo.outputPath(`${size.name}-4-filters-open.png`);
          await page.screenshot({ path });
          await testInfo.attach(`${size.name}-4-filters-open`, { path, contentType: 'image/png' });
          await drawer.getByRole('button', { name: 'Close' }).click();
          await expect(drawer).toBeHidden();
        }
        await shoot(page, testInfo, `${size.name}-4-filtered`);
      });

      await test.step('bad-link notice', async () => {
        await page.goto(
          '/?event=no-such-event&actors=russia,atlantis&from=2024&to=2020&match=sometimes&junk=1',
        );
        await expect(notices(page)).toContainText('atlantis');
        await expect(windowDescription(page)).toBeVisible();
        await shoot(page, testInfo, `${size.name}-5-bad-link-notice`);
      });
    });
  });
}
