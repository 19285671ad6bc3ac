import type { ServerResponse } from 'node:http';
import type { Page } from '@playwright/test';
import { generateStoreJson } from '../scripts/lib/gen-store';
import { expect, test } from './fixtures';
import {
  STORE_TITLE,
  SUMMIT,
  actorCheckbox,
  addressParam,
  chooseFromList,
  details,
  detailsHeading,
  eventCount,
  notices,
  openApp,
} from './helpers/app';
import {
  TEST_EVENTS,
  TEST_STORE_TITLE,
  type StoreServer,
  heading,
  holdStore,
  json,
  openByAddress,
  openStoreDialog,
  progressBar,
  routeStore,
  sendJson,
  startStoreServer,
  storeAlert,
  storePath,
  storeReportSummary,
  testStore,
  testStoreText,
} from './helpers/store-loading';

/*
 * Opening event stores: by ?store= link, by address, from a file, by drag and drop; and
 * every way a store can fail to open, each served by the test itself: from the app's own
 * origin through page.route, or from another origin through a real HTTP server.
 *
 * Not here: the 30-second stall timeout. It runs in the store worker, whose timers
 * page.clock does not control, so it is tested against a stalling server in
 * src/features/store-loading/api/load-store.test.ts.
 */

// Several tests wait out the loader's own retries (about 3 s) and load two stores.
test.describe.configure({ timeout: 60_000 });

const storeParam = (page: { url(): string }) => new URL(page.url()).searchParams.get('store');

test.describe('?store= with a good store', () => {
  test('a same-origin path opens that store instead of the default one', async ({ page }) => {
    const path = storePath('good.json');
    await routeStore(page, path, (route) => route.fulfill(json(testStoreText())));
    await page.goto(`/?store=${path}`);
    await expect(heading(page)).toHaveText(TEST_STORE_TITLE);
    await expect(eventCount(page)).toHaveText('3 events');
    await chooseFromList(page, TEST_EVENTS.accord.title);
    await expect(page).toHaveTitle(new RegExp(TEST_STORE_TITLE.replace(/[()]/g, '\\$&')));
    // The link still names the store: it can be shared and opened again.
    expect(storeParam(page)).toBe(path);
    await expect(storeAlert(page)).toHaveCount(0);
    await expect(progressBar(page)).toHaveCount(0);
  });

  test('the documented example with two sources opens clean', async ({ page }) => {
    const example = (await (await page.request.get('/data/example-two-sources.json')).json()) as {
      title: string;
      sources: { id: string; text: string }[];
    };
    await page.goto('/?store=/data/example-two-sources.json');
    await expect(heading(page)).toHaveText(example.title);
    await expect(eventCount(page)).toHaveText('5 events');
    // No problems: no report line.
    await expect(storeReportSummary(page)).toHaveCount(0);
    // The signing rests on both sources: an English quote and a Spanish one, translated.
    await chooseFromList(page, 'Vorska and Ibarra sign the Lake Varna Water-Sharing Agreement');
    const quotes = details(page).locator('blockquote');
    await expect(quotes).toHaveCount(2);
    await expect(quotes.nth(0)).toHaveAttribute('lang', 'en');
    await expect(quotes.nth(1)).toHaveAttribute('lang', 'es');
    await expect(quotes.nth(1)).toHaveText('El acuerdo firmado el jueves en Kessin');
    await expect(details(page)).toContainText('The agreement signed on Thursday in Kessin');
  });

  test.describe('from another origin', () => {
    let withCors: StoreServer;
    let withoutCors: StoreServer;
    test.beforeAll(async () => {
      const routes = { '/store.json': sendJson(testStoreText()) };
      withCors = await startStoreServer(routes, { cors: true });
      withoutCors = await startStoreServer(routes, { cors: false });
    });
    test.afterAll(async () => {
      await withCors.close();
      await withoutCors.close();
    });

    test('opens when the server allows cross-origin reads (CORS)', async ({ page }) => {
      const url = withCors.url('/store.json');
      await page.goto(`/?store=${encodeURIComponent(url)}`);
      await expect(heading(page)).toHaveText(TEST_STORE_TITLE);
      await expect(eventCount(page)).toHaveText('3 events');
      expect(storeParam(page)).toBe(url);
    });

    test.describe(() => {
      // The browser itself reports the blocked read in the console.
      // One pattern: Playwright would read a second array item as the option's settings.
      test.use({ allowedConsoleErrors: [/CORS policy|ERR_FAILED/] });

      test('fails with a network error when it does not, with a way to the default store', async ({
        page,
      }) => {
        const url = withoutCors.url('/store.json');
        await page.goto(`/?store=${encodeURIComponent(url)}`);
        const alert = storeAlert(page);
        // A network error is retried twice before it is shown.
        await expect(alert).toBeVisible({ timeout: 20_000 });
        await expect(alert).toContainText(url);
        await expect(alert).toContainText('The store could not be reached.');
        // On another site, the likely cause and the way round it.
        await expect(alert).toContainText(
          'It is on another site, which may not let other sites read its files (CORS): download the file, then open it with the Open store… button.',
        );
        expect(withoutCors.hits('/store.json')).toBeGreaterThanOrEqual(1);

        await alert.getByRole('button', { name: 'Open the default store' }).click();
        await expect(heading(page)).toHaveText(STORE_TITLE);
        await expect(storeAlert(page)).toHaveCount(0);
        await addressParam(page, 'store').toBeNull();
      });
    });
  });
});

test.describe('?store= with a store that fails', () => {
  test.describe('HTTP errors', () => {
    test.use({ allowedConsoleErrors: [/status of (404|500)/] });

    test('404: the status is shown, with Retry and the way to the default store', async ({
      page,
    }) => {
      const path = storePath('missing.json');
      let hits = 0;
      await routeStore(page, path, (route) => {
        hits++;
        return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' });
      });
      await page.goto(`/?store=${path}`);
      const alert = storeAlert(page);
      await expect(alert).toBeVisible();
      await expect(alert).toContainText(path);
      await expect(alert).toContainText('The server answered with status 404.');
      await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
      // The answer itself is the problem: not retried behind the person's back.
      expect(hits).toBe(1);
      await expect(heading(page)).not.toHaveText(STORE_TITLE);

      await alert.getByRole('button', { name: 'Open the default store' }).click();
      await expect(heading(page)).toHaveText(STORE_TITLE);
      await addressParam(page, 'store').toBeNull();
    });

    test('a store that failed before the app started is not fetched again when it starts', async ({
      page,
    }) => {
      // The store's load starts before the app's script runs; hold that script until the
      // 404 is in, so that the failure is known before any part of the page asks for it.
      const path = storePath('gone-before.json');
      let hits = 0;
      let answered!: () => void;
      const storeAnswered = new Promise<void>((resolve) => (answered = resolve));
      await routeStore(page, path, async (route) => {
        hits++;
        await route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' });
        answered();
      });
      await page.route(/\/boot-app[^/]*\.js$/, async (route) => {
        await storeAnswered;
        await new Promise((resolve) => setTimeout(resolve, 500));
        await route.continue();
      });
      await page.goto(`/?store=${path}`, { waitUntil: 'commit' });
      await expect(storeAlert(page)).toContainText('The server answered with status 404.');
      expect(hits).toBe(1);
    });

    test('500: Retry appears, and retrying after the server recovers loads the store', async ({
      page,
    }) => {
      const path = storePath('flaky.json');
      let recovered = false;
      let hits = 0;
      await routeStore(page, path, (route) => {
        hits++;
        return recovered
          ? route.fulfill(json(testStoreText()))
          : route.fulfill({
              status: 500,
              contentType: 'text/plain',
              body: 'Internal Server Error',
            });
      });
      await page.goto(`/?store=${path}`);
      const alert = storeAlert(page);
      // A server error may be passing: it is retried (twice) before the error is shown.
      await expect(alert).toBeVisible({ timeout: 20_000 });
      await expect(alert).toContainText('The server answered with status 500.');
      const failedHits = hits;
      expect(failedHits).toBeGreaterThanOrEqual(1);

      recovered = true;
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(heading(page)).toHaveText(TEST_STORE_TITLE);
      await expect(eventCount(page)).toHaveText('3 events');
      await expect(storeAlert(page)).toHaveCount(0);
      expect(hits).toBe(failedHits + 1);
      expect(storeParam(page)).toBe(path);
    });
  });

  test('slow: a progress bar shows the bytes received, then the store appears', async ({
    page,
  }) => {
    // About 0.7 MB, sent in two parts; the second waits for the test's word.
    const body = generateStoreJson({ events: 1000, seed: 7, title: 'A slow store' });
    const size = Buffer.byteLength(body);
    const firstPart = Math.floor(size * 0.6);
    expect(firstPart, 'the first part passes a progress step (256 KB)').toBeGreaterThan(256 * 1024);
    let sendRest!: () => void;
    const rest = new Promise<void>((resolve) => (sendRest = resolve));
    const server = await startStoreServer(
      {
        '/slow.json': (_request, response: ServerResponse) => {
          response.writeHead(200, {
            'Content-Type': 'application/json',
            'Content-Length': String(size),
          });
          const bytes = Buffer.from(body);
          response.write(bytes.subarray(0, firstPart));
          void rest.then(() => response.end(bytes.subarray(firstPart)));
        },
      },
      { cors: true },
    );
    try {
      const url = server.url('/slow.json');
      await page.goto(`/?store=${encodeURIComponent(url)}`);
      await expect(page.getByText(`Loading events from ${url}…`)).toBeVisible();
      const bar = progressBar(page);
      await expect(bar).toBeVisible();
      const total = `${(size / (1024 * 1024)).toFixed(1)} MB`;
      await expect(
        page.getByText(
          new RegExp(
            `^\\d+\\.\\d MB of ${total.replace('.', '\\.')}( · [\\d,]+ events? checked)?$`,
          ),
        ),
      ).toBeVisible();
      // A determinate bar, part of the way.
      const value = Number(await bar.getAttribute('value'));
      expect(value).toBeGreaterThan(0);
      expect(value).toBeLessThan(1);
      await expect(heading(page)).not.toHaveText('A slow store');
      // The header's tools come after the first events, but a slow store does not hold them back.
      await expect(page.getByRole('searchbox', { name: 'Search events' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
      // Nor another store: Open store… is there, and opens, while this one is still coming.
      await page.getByRole('button', { name: 'Open store…' }).click();
      await expect(openStoreDialog(page)).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(openStoreDialog(page)).toHaveCount(0);

      sendRest();
      await expect(heading(page)).toHaveText('A slow store');
      // (eventCount's pattern has no thousands separator.)
      await expect(
        page.getByRole('region', { name: 'Events' }).getByText('1,000 events', { exact: true }),
      ).toBeVisible();
      await expect(bar).toHaveCount(0);
    } finally {
      sendRest();
      await server.close();
    }
  });

  test('an HTML page instead of JSON is refused as not JSON', async ({ page }) => {
    const path = storePath('page.json');
    await routeStore(page, path, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html>\n<html><head><title>Welcome</title></head><body>Hello</body></html>\n',
      }),
    );
    await page.goto(`/?store=${path}`);
    const alert = storeAlert(page);
    await expect(alert).toContainText('The store was refused:');
    await expect(alert.getByRole('listitem')).toHaveText([
      /^\$: not JSON: syntax error at line 1, column 1 \(character 1\)/,
    ]);
  });

  test('a JSON syntax error is refused, with its line and column', async ({ page }) => {
    const path = storePath('syntax.json');
    // The trailing comma after "title" is the error: line 4, column 1.
    await routeStore(page, path, (route) =>
      route.fulfill(json('{\n  "format": "sourceline/1",\n  "title": "Trailing comma",\n}\n')),
    );
    await page.goto(`/?store=${path}`);
    const alert = storeAlert(page);
    await expect(alert).toContainText('The store was refused:');
    await expect(alert).toContainText('not JSON: syntax error at line 4, column 1 (character 60)');
  });

  test('another format is refused, naming the format found', async ({ page }) => {
    const path = storePath('v2.json');
    await routeStore(page, path, (route) =>
      route.fulfill(json(testStoreText({ format: 'sourceline/2' }))),
    );
    await page.goto(`/?store=${path}`);
    const alert = storeAlert(page);
    await expect(alert).toContainText('The store was refused:');
    await expect(alert).toContainText('format: unknown format "sourceline/2"');
    await expect(alert).toContainText('expected "sourceline/1"');
  });

  test('a store with no valid events says so, listing why each was dropped', async ({ page }) => {
    const path = storePath('no-valid-events.json');
    const events = [
      {
        id: 'bad-date',
        title: 'On a day that does not exist',
        start: '2021-02-30',
        actors: ['veldia'],
      },
      { id: 'unknown-actor', title: 'An unknown actor', start: '2021-06', actors: ['atlantis'] },
    ];
    await routeStore(page, path, (route) => route.fulfill(json(testStoreText({ events }))));
    await page.goto(`/?store=${path}`);
    const alert = storeAlert(page);
    await expect(alert).toContainText('The store has no events to show.');
    await expect(alert).toContainText('The store has no valid events: all 2 were dropped.');
    await expect(alert).toContainText('events[0].start: invalid value; the event dropped');
    await expect(alert).toContainText('events[1].actors[0]: unknown actor; the event dropped');
  });

  test('a store with no events at all, a timeline begun, opens empty: its title, and says it has none', async ({
    page,
  }) => {
    const path = storePath('begun.json');
    await routeStore(page, path, (route) =>
      route.fulfill(json(JSON.stringify({ ...JSON.parse(testStoreText()), events: [] }))),
    );
    await page.goto(`/?store=${path}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      JSON.parse(testStoreText()).title,
    );
    await expect(
      page.getByRole('list', { name: 'Events', exact: true }).getByRole('listitem'),
    ).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Event details' })).toContainText(
      'This store has no events to show.',
    );
    await expect(storeAlert(page)).toHaveCount(0);
  });

  test('a store declaring more than the size limit is refused at once, unread', async ({
    page,
  }) => {
    // Declares 300 MB and sends a few bytes; the rest never comes, and must not be needed.
    const server = await startStoreServer(
      {
        '/huge.json': (_request, response: ServerResponse) => {
          response.writeHead(200, {
            'Content-Type': 'application/json',
            'Content-Length': String(300 * 1024 * 1024),
          });
          response.write('{"format": "sourceline/1", "events": [');
        },
      },
      { cors: true },
    );
    try {
      const url = server.url('/huge.json');
      await page.goto(`/?store=${encodeURIComponent(url)}`);
      const alert = storeAlert(page);
      await expect(alert).toContainText('The store is too large to open.');
      await expect(alert).toContainText('The store is larger than 200.0 MB (at least 300.0 MB).');
      // Refused, not retried, and the connection dropped rather than read to the end.
      expect(server.hits('/huge.json')).toBe(1);
      await expect.poll(() => server.dropped('/huge.json')).toBe(true);
    } finally {
      await server.close();
    }
  });
});

test('an address that is neither a path nor a web address is refused in the dialog, said at once', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Open store…' }).click();
  const dialog = openStoreDialog(page);
  const address = dialog.getByRole('textbox', { name: 'Store address' });
  await address.fill('ftp://example.org/events.json');
  await address.press('Enter');
  const alert = dialog.getByRole('alert');
  await expect(alert).toHaveText(
    'Enter a path starting with / or an address starting with http:// or https://.',
  );
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await expect(address).toBeFocused();
  // Mended, the alert goes; the current store was never left.
  await address.fill('/data/example-two-sources.json');
  await expect(alert).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(heading(page)).toHaveText(STORE_TITLE);
});

test.describe('opening a file', () => {
  test('"Open a file" opens the chosen file; Copy link and Embed then explain instead of copying', async ({
    page,
  }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Open store…' }).click();
    const dialog = openStoreDialog(page);
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Open a file').setInputFiles({
      name: 'marren-strait.json',
      mimeType: 'application/json',
      buffer: Buffer.from(testStoreText()),
    });
    await expect(dialog).toBeHidden();
    await expect(heading(page)).toHaveText(TEST_STORE_TITLE);
    await expect(eventCount(page)).toHaveText('3 events');
    await chooseFromList(page, TEST_EVENTS.talks.title);
    // A file has no address: the address bar names it by its name, which no link can open.
    await expect.poll(() => storeParam(page)).toBe('file:marren-strait.json');

    await page.evaluate(() => navigator.clipboard.writeText('clipboard before'));
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(notices(page)).toContainText(
      'This store was opened from a file, so no link can open it.',
    );
    await expect(notices(page)).not.toContainText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('clipboard before');

    // Nor can a page embed it: no code that would show the default store instead.
    await page.getByRole('button', { name: 'Embed' }).click();
    const embed = page.getByRole('dialog', { name: 'Embed this view' });
    await expect(embed).toHaveAccessibleDescription(
      /^This store was opened from a file, so no page can embed it\./,
    );
    await expect(embed.getByRole('textbox', { name: 'Embed code' })).toHaveCount(0);
  });

  /** The test store opened from a file, marren-strait.json, and its talks chosen. */
  async function openFileAndChooseTalks(page: Page) {
    await openApp(page);
    await page.getByRole('button', { name: 'Open store…' }).click();
    await openStoreDialog(page)
      .getByLabel('Open a file')
      .setInputFiles({
        name: 'marren-strait.json',
        mimeType: 'application/json',
        buffer: Buffer.from(testStoreText()),
      });
    await expect(heading(page)).toHaveText(TEST_STORE_TITLE);
    await chooseFromList(page, TEST_EVENTS.talks.title);
  }

  test('Back and Forward within a file’s store stay in it; Back past its opening returns to the store before', async ({
    page,
  }) => {
    await openFileAndChooseTalks(page);
    await expect(detailsHeading(page)).toHaveText(TEST_EVENTS.talks.title);
    await addressParam(page, 'event').toBe(TEST_EVENTS.talks.id);

    // The address cannot name the file: Back keeps it, rather than opening the default store.
    await page.goBack();
    await expect(detailsHeading(page)).toHaveCount(0);
    await expect(heading(page)).toHaveText(TEST_STORE_TITLE);
    await expect(eventCount(page)).toHaveText('3 events');
    await addressParam(page, 'event').toBeNull();
    await page.goForward();
    await expect(detailsHeading(page)).toHaveText(TEST_EVENTS.talks.title);
    await expect(heading(page)).toHaveText(TEST_STORE_TITLE);
    await addressParam(page, 'event').toBe(TEST_EVENTS.talks.id);

    // Back past the file's opening: the store shown before it.
    await page.goBack();
    await addressParam(page, 'event').toBeNull();
    await page.goBack();
    await expect(heading(page)).toHaveText(STORE_TITLE);
  });

  test('the address of a file’s view names the file: pasted in another tab, it says the file is not there', async ({
    page,
    context,
  }) => {
    await openFileAndChooseTalks(page);
    await addressParam(page, 'event').toBe(TEST_EVENTS.talks.id);
    await addressParam(page, 'store').toBe('file:marren-strait.json');
    // In this tab, where the file is open, Back and Forward show it without a word.
    await page.goBack();
    await page.goForward();
    await expect(detailsHeading(page)).toHaveText(TEST_EVENTS.talks.title);
    await expect(notices(page)).not.toContainText('file open');

    const pasted = await context.newPage();
    await pasted.goto(page.url());
    await expect(heading(pasted)).toHaveText(STORE_TITLE);
    await expect(notices(pasted)).toContainText(
      'This link was made with a file open, “marren-strait.json”, which no link can open: this is the site’s own store. To see the file, open it again with Open store.',
    );
    await expect.poll(() => new URL(pasted.url()).searchParams.get('store')).toBeNull();
  });

  test('a .json dropped onto the page opens it', async ({ page }) => {
    await openApp(page);
    const dataTransfer = await page.evaluateHandle(
      (text) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
        return transfer;
      },
      testStoreText({ title: 'A dropped store' }),
    );
    await page.dispatchEvent('main', 'dragenter', { dataTransfer });
    await page.dispatchEvent('main', 'dragover', { dataTransfer });
    await expect(page.getByText('Drop the store to open it')).toBeVisible();
    await page.dispatchEvent('main', 'drop', { dataTransfer });
    await expect(page.getByText('Drop the store to open it')).toHaveCount(0);
    await expect(heading(page)).toHaveText('A dropped store');
    await expect(eventCount(page)).toHaveText('3 events');
    await expect.poll(() => storeParam(page)).toBe('file:dropped.json');
  });

  test('a file that is not a store is refused, and the current store kept', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Open store…' }).click();
    await openStoreDialog(page)
      .getByLabel('Open a file')
      .setInputFiles({
        name: 'notes.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"format": "sourceline/1",\n  "title": oops}'),
      });
    const alert = storeAlert(page);
    await expect(alert).toContainText('notes.json');
    await expect(alert).toContainText('not JSON: syntax error at line 2, column 12');
    await alert.getByRole('button', { name: 'Keep the current store' }).click();
    await expect(storeAlert(page)).toHaveCount(0);
    await expect(heading(page)).toHaveText(STORE_TITLE);
  });
});

test('the report lists what the store dropped and warned about, with paths', async ({ page }) => {
  const path = storePath('with-problems.json');
  const store = testStore();
  const events = [
    ...(store.events as object[]),
    {
      id: 'bad-date',
      title: 'On a day that does not exist',
      start: '2021-02-30',
      actors: ['veldia'],
      excerpts: [{ source: 'harbour-gazette', quote: 'opened talks' }],
    },
    {
      id: 'unknown-actor',
      title: 'An unknown actor',
      start: '2021-06-01',
      actors: ['atlantis'],
      excerpts: [{ source: 'harbour-gazette', quote: 'opened talks' }],
    },
  ];
  const actors = (store.actors as object[]).map((actor, i) =>
    i === 1 ? { ...actor, colour: '#aa0000' } : actor,
  );
  await routeStore(page, path, (route) =>
    route.fulfill(json(JSON.stringify({ ...store, events, actors }))),
  );
  await page.goto(`/?store=${path}`);
  // Everything else is shown.
  await expect(heading(page)).toHaveText(TEST_STORE_TITLE);
  await expect(eventCount(page)).toHaveText('3 events');

  const summary = storeReportSummary(page);
  await expect(summary).toHaveText('2 items dropped · 1 warning');
  const list = page.getByRole('list').filter({ hasText: 'events[3].start' });
  await expect(list).toBeHidden();
  await summary.click();
  await expect(page.getByRole('heading', { name: 'Problems found in this store' })).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveText([
    /^actors\[1\]\.colour: unknown field, ignored \(found "#aa0000"\); expected did you mean "color"\?/,
    /^events\[3\]\.start: invalid value; the event dropped \(found "2021-02-30"\); expected a date/,
    'events[4].actors[0]: unknown actor; the event dropped (found "atlantis"); expected the id of an actor in this store',
  ]);
});

test('a store whose own title and language are unusable says how many problems it lists', async ({
  page,
}) => {
  const path = storePath('bad-title.json');
  await routeStore(page, path, (route) =>
    route.fulfill(json(JSON.stringify({ ...testStore(), title: '', language: 'english' }))),
  );
  await page.goto(`/?store=${path}`);
  await expect(eventCount(page)).toHaveText('3 events');
  // Not "0 items dropped · 0 warnings" over a list of two.
  const summary = storeReportSummary(page);
  await expect(summary).toHaveText('2 problems');
  await summary.click();
  await expect(
    page.getByRole('list').filter({ hasText: 'language:' }).getByRole('listitem'),
  ).toHaveCount(2);
});

test.describe('switching stores', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test('the current view stays usable while another store loads, and is kept if it fails', async ({
    page,
  }) => {
    await openApp(page);
    const path = storePath('next.json');
    const next = await holdStore(page, path);
    await openByAddress(page, path);
    await next.requested;

    // Loading: the bar is shown above the store still on screen, which still answers.
    await expect(progressBar(page)).toBeVisible();
    await expect(page.getByText(`Loading events from ${path}…`)).toBeVisible();
    await expect(heading(page)).toHaveText(STORE_TITLE);
    await chooseFromList(page, SUMMIT.title);
    await actorCheckbox(page, 'Russia').check();
    await expect(eventCount(page)).toHaveText(/^\d+ of \d+ events$/);
    const filtered = await eventCount(page).innerText();
    // The address bar still describes the view on screen, not the store in flight.
    expect(storeParam(page)).toBeNull();

    next.release((route) =>
      route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }),
    );
    const alert = storeAlert(page);
    await expect(alert).toContainText(path);
    await expect(alert).toContainText('The server answered with status 404.');
    await expect(progressBar(page)).toHaveCount(0);
    // Still there, untouched, under the error.
    await expect(heading(page)).toHaveText(STORE_TITLE);
    await expect(detailsHeading(page)).toHaveText(SUMMIT.title);

    await alert.getByRole('button', { name: 'Keep the current store' }).click();
    await expect(storeAlert(page)).toHaveCount(0);
    await expect(heading(page)).toHaveText(STORE_TITLE);
    await expect(detailsHeading(page)).toHaveText(SUMMIT.title);
    await expect(eventCount(page)).toHaveText(filtered);
    expect(storeParam(page)).toBeNull();
  });

  test('a store that loads replaces the current one; Cancel keeps the current one', async ({
    page,
  }) => {
    await openApp(page);
    const slowPath = storePath('never.json');
    const never = await holdStore(page, slowPath);
    await openByAddress(page, slowPath);
    await never.requested;
    await expect(progressBar(page)).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(progressBar(page)).toHaveCount(0);
    await expect(heading(page)).toHaveText(STORE_TITLE);
    await expect(storeAlert(page)).toHaveCount(0);

    const path = storePath('good.json');
    await routeStore(page, path, (route) => route.fulfill(json(testStoreText())));
    await openByAddress(page, path);
    await expect(heading(page)).toHaveText(TEST_STORE_TITLE);
    await expect(eventCount(page)).toHaveText('3 events');
    await expect.poll(() => storeParam(page)).toBe(path);
  });
});
