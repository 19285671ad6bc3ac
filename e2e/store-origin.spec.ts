import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { STORE_TITLE, TREATY, details, eventCount, openApp } from './helpers/app';
import { serveFile } from './helpers/static-store-server';
import {
  TEST_STORE_TITLE,
  heading,
  openStoreDialog,
  sendJson,
  startStoreServer,
  storeAlert,
  testStoreText,
} from './helpers/store-loading';
import { expectNoAxeViolations } from './helpers/axe';

/**
 * Whose timeline this is (issue 19): a store from another site says so, by its host, under
 * its title and in a notice the first time it is opened in a tab; this site's default store
 * and a file say what they are too. The stores from "another site" are served by a real
 * HTTP server on another port, with CORS, as any site that allows cross-origin reads would.
 */

/** A store whose title tries to pass for the app itself, and with a typo the report shows. */
const IMPOSTOR_TITLE = 'Sourceline — verified timeline';

const hostOf = (address: string) => new URL(address).host;
const originLine = (page: Page, text: string) => page.getByText(text, { exact: true });
const foreignNotice = (page: Page, host: string) =>
  page.getByRole('region', { name: `This timeline comes from another site: ${host}` });
const anyForeignNotice = (page: Page) =>
  page.getByRole('region', { name: /^This timeline comes from another site/ });

async function startImpostor() {
  return startStoreServer(
    { '/store.json': sendJson(testStoreText({ title: IMPOSTOR_TITLE, colour: 'red' })) },
    { cors: true },
  );
}

test.describe('whose timeline this is', () => {
  test('another site’s store: its host under the title and a notice, once per tab', async ({
    page,
  }) => {
    // Two tabs, a reload and three stores opened: more than the default 30 s on a busy machine.
    test.setTimeout(90_000);
    const server = await startImpostor();
    try {
      const address = server.url('/store.json');
      const host = hostOf(address);
      await page.goto(`/?store=${encodeURIComponent(address)}`);

      // The title is the store's, after "Timeline:", never in the product name's place.
      await expect(heading(page)).toHaveText(IMPOSTOR_TITLE);
      await expect(heading(page)).toHaveAccessibleDescription(`From another site: ${host}`);
      await expect(originLine(page, `From another site: ${host}`)).toBeVisible();
      await expect(page.getByRole('banner').getByText('Timeline:')).toBeVisible();
      await expect(page).toHaveTitle(`${IMPOSTOR_TITLE} · From another site: ${host} · Sourceline`);

      const notice = foreignNotice(page, host);
      await expect(notice).toBeVisible();
      await expect(notice).toContainText(`Address: ${address}`);
      await expect(notice).toContainText(`whoever publishes ${host}, not by Sourceline`);

      // The validation report, one click away.
      await notice.getByText('Validation report').click();
      await expect(notice.getByText('1 problem found:')).toBeVisible();
      await expect(notice.getByRole('list')).toContainText('colour: unknown field');

      // Dismissed, it stays away for this store in this tab, reload included.
      await notice.getByRole('button', { name: `Dismiss the notice about ${host}` }).click();
      await expect(notice).toBeHidden();
      await page.reload();
      await expect(heading(page)).toHaveText(IMPOSTOR_TITLE);
      await expect(eventCount(page)).toHaveText('3 events');
      await expect(originLine(page, `From another site: ${host}`)).toBeVisible();
      await expect(anyForeignNotice(page)).toHaveCount(0);

      // Another tab has not seen it yet.
      const other = await page.context().newPage();
      await other.goto(`/?store=${encodeURIComponent(address)}`);
      await expect(heading(other)).toHaveText(IMPOSTOR_TITLE);
      const otherNotice = foreignNotice(other, host);
      await expect(otherNotice).toBeVisible();

      // The way back to this site's own store.
      await otherNotice.getByRole('button', { name: 'Open the default store' }).click();
      await expect(heading(other)).toHaveText(STORE_TITLE);
      await expect(originLine(other, 'This site’s default store')).toBeVisible();
      await expect(anyForeignNotice(other)).toHaveCount(0);
      expect(new URL(other.url()).searchParams.get('store')).toBeNull();
      await other.close();
    } finally {
      await server.close();
    }
  });

  test('the embed page names another site’s store by its host, and links to it in full', async ({
    page,
  }) => {
    const server = await startImpostor();
    try {
      const address = server.url('/store.json');
      const host = hostOf(address);
      await page.goto(`/embed/?store=${encodeURIComponent(address)}`);

      await expect(heading(page)).toHaveText(IMPOSTOR_TITLE);
      await expect(heading(page)).toHaveAccessibleDescription(`From another site: ${host}`);
      await expect(originLine(page, `From another site: ${host}`)).toBeVisible();
      await expect(page.getByText('Timeline:')).toBeVisible();
      await expect(page).toHaveTitle(`${IMPOSTOR_TITLE} · From another site: ${host} · Sourceline`);
      // The full view it opens is of the same store, where the notice then says whose it is.
      const full = page.getByRole('link', { name: 'Open in Sourceline' });
      const href = await full.getAttribute('href');
      expect(new URL(href!).searchParams.get('store')).toBe(address);
    } finally {
      await server.close();
    }
  });

  test('this site’s default store: says so, with no notice', async ({ page }) => {
    await openApp(page);
    await expect(heading(page)).toHaveAccessibleDescription('This site’s default store');
    await expect(originLine(page, 'This site’s default store')).toBeVisible();
    await expect(page).toHaveTitle(`${STORE_TITLE} · Sourceline`);
    await expect(anyForeignNotice(page)).toHaveCount(0);
  });

  test('a file: its name, and no notice', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Open store…' }).click();
    const dialog = openStoreDialog(page);
    await dialog.getByLabel('Open a file').setInputFiles({
      name: 'marren-strait.json',
      mimeType: 'application/json',
      buffer: Buffer.from(testStoreText()),
    });
    await expect(heading(page)).toHaveText(TEST_STORE_TITLE);
    await expect(heading(page)).toHaveAccessibleDescription('From a file: marren-strait.json');
    await expect(originLine(page, 'From a file: marren-strait.json')).toBeVisible();
    await expect(page).toHaveTitle(
      `${TEST_STORE_TITLE} · From a file: marren-strait.json · Sourceline`,
    );
    await expect(anyForeignNotice(page)).toHaveCount(0);
  });

  test('another site’s TimelineJS file, imported: still named by its host, with the notice', async ({
    page,
  }) => {
    const timelineJs = JSON.stringify({
      title: { text: { headline: IMPOSTOR_TITLE } },
      events: [{ start_date: { year: '1642' }, text: { headline: 'Pascaline' } }],
    });
    const server = await startStoreServer(
      { '/timeline3.json': sendJson(timelineJs) },
      { cors: true },
    );
    try {
      const address = server.url('/timeline3.json');
      const host = hostOf(address);
      await page.goto(`/?store=${encodeURIComponent(address)}`);
      await storeAlert(page).getByRole('button', { name: 'Import it…' }).click();
      await page
        .getByRole('dialog', { name: 'Import' })
        .getByRole('button', { name: 'Import', exact: true })
        .click();
      await expect(heading(page)).toHaveText(IMPOSTOR_TITLE);
      // Imported here, but its events are still that site's: not "From a file".
      await expect(heading(page)).toHaveAccessibleDescription(
        `Imported from another site: ${host}`,
      );
      await expect(foreignNotice(page, host)).toContainText(`Address: ${address}`);
    } finally {
      await server.close();
    }
  });

  test('Copy citation and the CSV export name another site’s store by its address', async ({
    page,
  }) => {
    const server = await serveFile('public/data/events.json');
    try {
      const host = hostOf(server.url);
      await page.goto(`/?store=${encodeURIComponent(server.url)}&event=${TREATY.id}`);
      await expect(heading(page)).toHaveText(STORE_TITLE);
      await expect(originLine(page, `From another site: ${host}`)).toBeVisible();

      await details(page).getByRole('button', { name: 'Copy citation' }).click();
      await expect(page.getByRole('status')).toContainText('Citation copied');
      const citation = await page.evaluate(() => navigator.clipboard.readText());
      expect(citation).toContain(`Store: ${server.url}. Sourceline, `);

      await page.getByRole('button', { name: /^Export/ }).click();
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download CSV' }).click(),
      ]);
      const text = await readFile(await file.path(), 'utf8');
      const rows = Papa.parse<Record<string, string>>(text.slice(1), {
        header: true,
        skipEmptyLines: true,
      }).data;
      expect(rows.length).toBeGreaterThan(0);
      expect(new Set(rows.map((row) => row.store))).toEqual(new Set([server.url]));
    } finally {
      await server.close();
    }
  });

  test('axe: no WCAG 2.1 AA violations with the notice and its report open', async ({ page }) => {
    test.setTimeout(120_000);
    const server = await startImpostor();
    try {
      const address = server.url('/store.json');
      await page.goto(`/?store=${encodeURIComponent(address)}`);
      const notice = foreignNotice(page, hostOf(address));
      await expect(notice).toBeVisible();
      await notice.getByText('Validation report').click();
      await expect(notice.getByText('1 problem found:')).toBeVisible();
      await expectNoAxeViolations(page, 'a foreign store with its report open');
    } finally {
      await server.close();
    }
  });
});
