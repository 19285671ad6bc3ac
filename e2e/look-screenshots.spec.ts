import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { STORE_TITLE, TREATY } from './helpers/app';
import { serveFile } from './helpers/static-store-server';

/**
 * Pictures of the look at desktop (1440×900, 1280×720), tablet and phone sizes, in light and dark mode, in English and
 * Spanish, for a person to look at. They go to the test output folder (never committed), on runs
 * outside CI.
 * Each also checks what a picture cannot be trusted to show: no sideways scrolling.
 */
const SIZES = [
  { name: 'desktop', viewport: { width: 1440, height: 900 }, isMobile: false, compact: false },
  { name: 'laptop', viewport: { width: 1280, height: 720 }, isMobile: false, compact: false },
  { name: 'tablet', viewport: { width: 768, height: 1024 }, isMobile: true, compact: true },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, compact: true },
] as const;
const SCHEMES = ['light', 'dark'] as const;
const NAMES = {
  en: { timeline: 'Timeline', details: 'Event details', drawer: 'Search and filters' },
  es: { timeline: 'Cronología', details: 'Detalles del evento', drawer: 'Búsqueda y filtros' },
} as const;

async function shoot(page: Page, testInfo: TestInfo, name: string, fullPage = true) {
  await page.evaluate(() => document.fonts.ready);
  // CI keeps only the printed log: a picture taken there is never looked at, and costs time.
  if (!process.env.CI) {
    const path = testInfo.outputPath(`${name}.png`);
    await page.screenshot({ path, fullPage });
    await testInfo.attach(name, { path, contentType: 'image/png' });
  }
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect.soft(overflow, `${name}: the page does not scroll sideways`).toBeLessThanOrEqual(0);
}

for (const size of SIZES) {
  test.describe(`the look at ${size.name} size`, () => {
    test.use({
      viewport: size.viewport,
      isMobile: size.isMobile,
      hasTouch: size.isMobile,
      reducedMotion: 'reduce',
    });

    for (const scheme of SCHEMES) {
      for (const lang of ['en', 'es'] as const) {
        const names = NAMES[lang];
        test(`${scheme}, ${lang}`, async ({ page }, testInfo) => {
          // Three views, each drawn and photographed whole: slow on a busy machine.
          test.slow();
          const prefix = `${size.name}-${scheme}-${lang}`;
          await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });

          await page.goto(`/?lang=${lang}`);
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(STORE_TITLE);
          await expect(page.getByRole('region', { name: names.timeline })).toBeVisible();
          await expect(page.locator('.vis-timeline')).toBeVisible();
          // From 1024 px the layout is the screen's height, each column scrolling on its own: the
          // viewport is the picture (a full-page one stretches it).
          await shoot(page, testInfo, `${prefix}-1-default`, size.compact);

          // A search with an event open: highlights in the list and the details.
          await page.goto(`/?event=${TREATY.id}&q=pyongyang&lang=${lang}`);
          const details = page.getByRole('region', { name: names.details });
          await expect(details.getByRole('heading', { level: 2 })).toHaveText(TREATY.title);
          await expect(details.locator('mark').first()).toBeVisible();
          await expect(page.locator('.vis-timeline')).toBeVisible();
          await shoot(page, testInfo, `${prefix}-2-search-and-event`, false);

          if (size.compact) {
            await details.getByRole('button', { name: /^(Close details|Cerrar detalles)$/ }).tap();
            await expect(details).toBeHidden();
            await page.getByRole('button', { name: new RegExp(`^${names.drawer}`) }).tap();
            await expect(page.getByRole('dialog', { name: names.drawer })).toBeVisible();
            await shoot(page, testInfo, `${prefix}-3-drawer`, false);
          } else {
            await page.keyboard.press('?');
            await expect(page.getByRole('dialog')).toBeVisible();
            await shoot(page, testInfo, `${prefix}-3-help`, false);
          }
        });
      }
    }
  });
}

test.describe("the embed page with another site's store", () => {
  test.use({ reducedMotion: 'reduce' });
  let store: Awaited<ReturnType<typeof serveFile>>;
  test.beforeAll(async () => {
    store = await serveFile('public/data/events.json');
  });
  test.afterAll(async () => {
    await store.close();
  });

  for (const size of [
    { width: 600, height: 400 },
    { width: 320, height: 480 },
  ]) {
    for (const scheme of SCHEMES) {
      test(`${size.width}×${size.height}, ${scheme}`, async ({ page }, testInfo) => {
        await page.setViewportSize(size);
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        await page.goto(`/embed/?store=${encodeURIComponent(store.url)}&event=${TREATY.id}`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(STORE_TITLE);
        // Whose store it is, in words: the host it comes from (issue 19).
        await expect(page.getByText(/127\.0\.0\.1/).first()).toBeVisible();
        await expect(page.getByRole('heading', { level: 2 })).toHaveText(TREATY.title);
        await expect(page.locator('.vis-timeline')).toBeVisible();
        await shoot(page, testInfo, `embed-${size.width}x${size.height}-${scheme}`, false);
      });
    }
  }
});
