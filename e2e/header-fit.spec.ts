import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { STORE_TITLE, fetchStore } from './helpers/app';
import { json, routeStore, storePath } from './helpers/store-loading';

/**
 * The header from the reading layout's width up, in each interface language: its title,
 * search box, buttons and language choice never cover each other or leave the screen, and it
 * takes two rows at most. In Spanish, whose labels are wider, the one-row header at 1200 to
 * 1319 px pushed its buttons over the store's title, and from 1024 to 1199 px left the
 * language and help on a third row of their own.
 */

const WIDTHS = [1024, 1100, 1199, 1200, 1260, 1319, 1320, 1440, 1920];
const LANGUAGES = [
  { lang: 'en', tool: 'Export' },
  { lang: 'es', tool: 'Exportar' },
];

interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

async function boxOf(locator: Locator, name: string): Promise<Box> {
  const box = await locator.boundingBox();
  if (box === null) throw new Error(`${name} is not on the page`);
  return { name, ...box };
}

/** What a person reads and uses in the header, each with a name to report it by. */
async function headerParts(page: Page): Promise<Box[]> {
  const banner = page.getByRole('banner');
  const parts = [
    await boxOf(banner.getByRole('heading', { level: 1 }), 'store title'),
    await boxOf(banner.getByRole('searchbox'), 'search box'),
    await boxOf(banner.getByRole('combobox'), 'language'),
  ];
  for (const button of await banner.getByRole('button').all()) {
    parts.push(await boxOf(button, `button "${(await button.textContent())?.trim()}"`));
  }
  return parts;
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;

/** Rows the parts sit in: a middle more than a button's height below the last starts one. */
function rowsOf(parts: Box[]): number {
  const middles = parts.map((part) => part.y + part.height / 2).sort((a, b) => a - b);
  return middles.filter((middle, i) => i === 0 || middle - middles[i - 1]! > 24).length;
}

/** Every part within the width, none over another, and in two rows at most. */
function expectOnScreenApartInTwoRows(parts: Box[], width: number, where: string) {
  for (const part of parts) {
    expect(part.x, `${part.name} starts on screen, ${where}`).toBeGreaterThanOrEqual(0);
    expect(part.x + part.width, `${part.name} ends on screen, ${where}`).toBeLessThanOrEqual(width);
  }
  const covered = parts.flatMap((a, i) =>
    parts.slice(i + 1).flatMap((b) => (overlap(a, b) ? [`${a.name} / ${b.name}`] : [])),
  );
  expect(covered, `header parts covering each other, ${where}`).toEqual([]);
  expect(rowsOf(parts), `rows of the header, ${where}`).toBeLessThanOrEqual(2);
}

for (const { lang, tool } of LANGUAGES) {
  test(`the header fits without covering itself from 1024 px up (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: WIDTHS[0]!, height: 800 });
    await page.goto(`/?lang=${lang}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(STORE_TITLE);
    // The header's tools are rendered after the first events; the banner is whole with them.
    await expect(page.getByRole('banner').getByRole('button', { name: tool })).toBeVisible();

    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      await expect
        .poll(() => page.evaluate(() => window.innerWidth), { message: `resized to ${width}` })
        .toBe(width);
      const parts = await headerParts(page);
      const where = `${lang} at ${width} px`;

      expectOnScreenApartInTwoRows(parts, width, where);
      const search = parts.find((part) => part.name === 'search box')!;
      expect(search.width, `search box width, ${where}`).toBeGreaterThanOrEqual(120);
    }
  });
}

/**
 * A phone held sideways: the header is the title's line, with whose store it is, and one row
 * of every tool under it, none covering another or leaving the screen, in either language and
 * with a title longer than the line (cut to it, whole in its tooltip). Before, it took three
 * rows and 134 of 390 px.
 */
const LONG_TITLE =
  'The very long and unusually detailed title of a timeline that someone imported from a ' +
  'spreadsheet without thinking about how it would look in a header, 1990–2030, with notes';
const SIDEWAYS = [
  { width: 844, height: 390 },
  { width: 740, height: 360 },
];

for (const { lang, tool } of LANGUAGES) {
  for (const title of [STORE_TITLE, LONG_TITLE]) {
    const which = title === STORE_TITLE ? 'its title' : 'a long title';
    test(`held sideways, the header is two rows with ${which} (${lang})`, async ({
      page,
      request,
    }) => {
      const store = { ...(await fetchStore(request)), title };
      const path = storePath('header-fit.json');
      await routeStore(page, path, (route) => route.fulfill(json(JSON.stringify(store))));
      await page.setViewportSize(SIDEWAYS[0]!);
      await page.goto(`/?lang=${lang}&store=${path}`);
      const heading = page.getByRole('banner').getByRole('heading', { level: 1 });
      await expect(heading).toHaveText(title);
      await expect(heading).toHaveAttribute('title', title);
      await expect(page.getByRole('banner').getByRole('button', { name: tool })).toBeVisible();

      for (const { width, height } of SIDEWAYS) {
        await page.setViewportSize({ width, height });
        await expect
          .poll(() => page.evaluate(() => window.innerWidth), { message: `resized to ${width}` })
          .toBe(width);
        const where = `${lang} at ${width}×${height}`;
        const banner = page.getByRole('banner');
        const parts = [
          await boxOf(heading, 'store title'),
          await boxOf(banner.getByRole('combobox'), 'language'),
        ];
        for (const button of await banner.getByRole('button').all()) {
          const name = (await button.getAttribute('aria-label')) ?? (await button.textContent());
          parts.push(await boxOf(button, `button "${name?.trim()}"`));
        }
        expectOnScreenApartInTwoRows(parts, width, where);
        const header = await boxOf(banner, 'header');
        expect(header.height, `the header's height, ${where}`).toBeLessThanOrEqual(height / 4);

        const lineHeight = await heading.evaluate((h) =>
          parseFloat(getComputedStyle(h).lineHeight),
        );
        const titleBox = parts[0]!;
        expect(titleBox.height, `the title in lines, ${where}`).toBeLessThanOrEqual(lineHeight + 1);
        // Whose store it is: the title's description (store-title.tsx).
        const originId = await heading.getAttribute('aria-describedby');
        const origin = await boxOf(page.locator(`[id="${originId}"]`), 'origin');
        expect(origin.y, `whose store it is, beside the title, ${where}`).toBeLessThan(
          titleBox.y + titleBox.height,
        );
        expect(origin.x + origin.width, `the origin ends on screen, ${where}`).toBeLessThanOrEqual(
          width,
        );
      }
    });
  }
}
