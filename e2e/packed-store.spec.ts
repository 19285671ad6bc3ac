import { copyFile, mkdir, readFile, readdir, rm, truncate, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { STORE_TITLE, TREATY, type StoreJson, collapse, details, listButton } from './helpers/app';
import { heading, startStoreServer, type StoreServer } from './helpers/store-loading';
import { runPackCli } from '../scripts/lib/pack/pack-cli';

/**
 * A packed store (issue 18) opened by link: the default store packed with `npm run pack`,
 * served by the preview server from the build folder (it serves files added after it
 * started, and answers range requests), an event selected, its excerpts shown verbatim.
 * Then the bad packs: a missing file, a truncated file, a server without range support.
 */

// playwright.config.ts builds into this folder and the preview server serves it.
const DIST = `node_modules/.e2e-dist-${process.env.E2E_PORT ?? 4173}`;
const PACKS = join(DIST, 'e2e-packs');
const STORE_FILE = 'public/data/events.json';

async function packInto(name: string): Promise<string> {
  const dir = join(PACKS, name);
  await rm(dir, { recursive: true, force: true });
  const result = await runPackCli([STORE_FILE, '--out', dir]);
  expect(result.stderr).toBe('');
  return dir;
}

const packLink = (name: string) =>
  `/?store=${encodeURIComponent(`/e2e-packs/${name}/manifest.json`)}`;

async function expectTreatyExcerpts(page: Page, store: StoreJson) {
  await listButton(page, TREATY.title).click();
  const region = details(page);
  await expect(region.getByRole('heading', { level: 2 })).toHaveText(TREATY.title);
  const excerpts = store.events.find((event) => event.id === TREATY.id)!.excerpts!;
  const quotes = region.getByRole('blockquote');
  await expect(quotes).toHaveCount(excerpts.length);
  for (const [i, excerpt] of excerpts.entries()) {
    expect(collapse(await quotes.nth(i).innerText())).toBe(collapse(excerpt.quote));
  }
}

let store: StoreJson;

test.beforeAll(async () => {
  store = JSON.parse(await readFile(STORE_FILE, 'utf8')) as StoreJson;
  await mkdir(PACKS, { recursive: true });
  await packInto('default');
});

test('a packed store opens by link; a selected event’s excerpts are fetched and shown verbatim', async ({
  page,
}) => {
  const details = page.waitForRequest((request) => request.url().endsWith('/details.parquet'));
  await page.goto(packLink('default'));
  await expect(heading(page)).toHaveText(STORE_TITLE);
  await expect(page.getByRole('list', { name: 'Events' }).getByRole('listitem')).toHaveCount(
    store.events.length,
  );
  // Search says plainly what it covers: the light columns, not the per-event heavy ones.
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveAccessibleDescription(
    /Summaries and excerpts of this packed store are not searched/,
  );
  await expectTreatyExcerpts(page, store);
  await page.screenshot({ path: test.info().outputPath('packed-store.png') });
  // The heavy columns came from their own file, by range request, when the event was chosen.
  expect((await details).headers().range).toMatch(/^bytes=\d+-\d+$/);
});

test.describe('bad packs', () => {
  test('a manifest naming a missing file is refused, naming the file', async ({ page }) => {
    const dir = await packInto('missing-events');
    await unlink(join(dir, 'events.parquet'));
    await page.goto(packLink('missing-events'));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(
      'manifest.json: files.events.path: file not found (found "events.parquet")',
    );
  });

  test('a truncated Parquet file is refused, saying it is truncated', async ({ page }) => {
    const dir = await packInto('truncated');
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    const bytes = manifest.files.events.bytes as number;
    await truncate(join(dir, 'events.parquet'), bytes - 100);
    await page.goto(packLink('truncated'));
    await expect(page.getByRole('alert')).toContainText(
      `events.parquet: ${bytes - 100} bytes, but the manifest says ${bytes}: the file is truncated or was replaced`,
    );
  });
});

test.describe('a server without range support', () => {
  let server: StoreServer;

  test.beforeAll(async () => {
    const dir = await packInto('no-range');
    const copy = join(PACKS, 'no-range-served');
    await mkdir(copy, { recursive: true });
    const routes: Record<string, (request: IncomingMessage, response: ServerResponse) => void> = {};
    for (const name of await readdir(dir)) {
      await copyFile(join(dir, name), join(copy, name));
      // Whatever the Range header asks, the whole file, 200: as some servers do.
      routes[`/pack/${name}`] = (request, response) => {
        if (request.method === 'OPTIONS') {
          response.writeHead(204, { 'Access-Control-Allow-Headers': 'Range' });
          response.end();
          return;
        }
        void readFile(join(copy, name)).then((body) => {
          response.writeHead(200, { 'Content-Length': String(body.length) });
          response.end(body);
        });
      };
    }
    server = await startStoreServer(routes, { cors: true });
  });

  test.afterAll(() => server?.close());

  test('reads each file whole instead, and the store opens', async ({ page }) => {
    await page.goto(`/?store=${encodeURIComponent(server.url('/pack/manifest.json'))}`);
    await expect(heading(page)).toHaveText(STORE_TITLE);
    await expectTreatyExcerpts(page, store);
  });
});
