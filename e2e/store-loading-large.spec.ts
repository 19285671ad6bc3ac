import { statSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { STORE_TITLE, actorCheckbox, eventCount, openApp } from './helpers/app';
import {
  type StoreServer,
  generatedStoreFile,
  heading,
  openByAddress,
  openStoreDialog,
  progressBar,
  sendFileHeld,
  startStoreServer,
} from './helpers/store-loading';

/*
 * The format promises that a store of at least 100 MB loads. This one (150,000 generated
 * events, about 105 MB) is written once per machine to the temp folder and served by a
 * real HTTP server on loopback, with CORS: page.route cannot carry it (route.fulfill with a
 * 100 MB body closes the page in Chromium). While the worker parses and checks it, the
 * page must keep answering: the store on screen stays usable.
 */

const EVENTS = 150_000;
const SEED = 100;
const TITLE = 'A store of 150,000 events';
const MB = 1024 * 1024;
let file: string;

/**
 * How long a click may wait for its answer while the store loads. Generous, for a busy
 * shared machine (where single clicks have taken up to 1.2 s), yet below what parsing on the
 * main thread would cost: JSON.parse alone of this store takes about 4 s in Node here.
 */
const RESPONSIVE_MS = 2_000;

const clickLatencies = (page: Page) =>
  page.evaluate(() => [...(window as unknown as { __clickLatencies: number[] }).__clickLatencies]);

test.describe.configure({ timeout: 300_000 });

let server: StoreServer;
let sendSecondHalf!: () => void;
const secondHalf = new Promise<void>((resolve) => (sendSecondHalf = resolve));

test.beforeAll(async () => {
  test.setTimeout(240_000);
  file = generatedStoreFile('load', { events: EVENTS, seed: SEED, title: TITLE });
  // The first half, then the rest once the test has seen the page answer while loading.
  server = await startStoreServer(
    { '/large.json': sendFileHeld(file, 0.5, secondHalf) },
    { cors: true },
  );
});

test.afterAll(async () => {
  sendSecondHalf();
  await server?.close();
});

test('a 100 MB store loads while the page stays responsive', async ({ page }) => {
  const size = statSync(file).size;
  expect(size, 'the store is at least 100 MB').toBeGreaterThanOrEqual(100 * MB);
  expect(size, 'and under the 200 MB limit').toBeLessThan(200 * MB);

  await openApp(page);
  // Every click from here on is timed in the page, from the input event to the first frame
  // after its handlers ran: how long a person waits for an answer (as INP measures it).
  // A main thread busy parsing would delay both the handlers and the frame.
  await page.evaluate(() => {
    const latencies: number[] = [];
    (window as unknown as { __clickLatencies: number[] }).__clickLatencies = latencies;
    document.addEventListener(
      'click',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => setTimeout(() => latencies.push(performance.now() - start)));
      },
      { capture: true },
    );
  });

  await openByAddress(page, server.url('/large.json'));
  await expect(progressBar(page)).toBeVisible();
  const total = `${(size / MB).toFixed(1)} MB`;
  // The first half is in: the worker parses and checks its events as they arrive and posts
  // them to the page, while the server holds the second half (so the load cannot end yet).
  await expect(
    page.getByText(
      new RegExp(`^\\d+\\.\\d MB of ${total.replace('.', '\\.')} · [\\d,]+ events checked$`),
    ),
  ).toBeVisible({ timeout: 60_000 });
  const before = await clickLatencies(page);

  // Clicks are answered: the dialog opens and closes…
  const started = Date.now();
  await page.getByRole('button', { name: 'Open store…' }).click();
  await expect(openStoreDialog(page)).toBeVisible();
  await openStoreDialog(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(openStoreDialog(page)).toBeHidden();
  // …and the store on screen still filters.
  await actorCheckbox(page, 'Russia').click();
  await expect(actorCheckbox(page, 'Russia')).toBeChecked();
  await expect(eventCount(page)).toHaveText(/^\d+ of 18 events$/);
  const wallMs = Date.now() - started;

  // All of that happened while the store was still loading.
  await expect(progressBar(page)).toBeVisible({ timeout: 0 });
  await expect(heading(page)).toHaveText(STORE_TITLE, { timeout: 0 });
  sendSecondHalf();

  // The last click's frame may still be on its way: each latency is recorded after it.
  await expect
    .poll(async () => (await clickLatencies(page)).length - before.length, {
      message: 'three clicks were timed',
    })
    .toBeGreaterThanOrEqual(3);
  const latencies = (await clickLatencies(page)).slice(before.length);
  test.info().annotations.push({
    type: 'responsiveness',
    description:
      `store ${total}; click to next frame: ${latencies.map((ms) => Math.round(ms)).join(', ')} ms; ` +
      `three clicks and their checks from the test: ${wallMs} ms`,
  });
  expect(latencies.length, 'three clicks were timed').toBeGreaterThanOrEqual(3);
  expect(Math.max(...latencies), 'the slowest click to be answered, in ms').toBeLessThan(
    RESPONSIVE_MS,
  );

  await expect(heading(page)).toHaveText(TITLE, { timeout: 180_000 });
  await expect(
    page
      .getByRole('region', { name: 'Events', exact: true })
      .getByText('150,000 events', { exact: true }),
  ).toBeVisible();
  await expect(progressBar(page)).toHaveCount(0);
});
