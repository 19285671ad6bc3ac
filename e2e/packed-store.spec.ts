import {
  copyFile,
  mkdir,
  readFile,
  readdir,
  rm,
  stat,
  truncate,
  unlink,
  writeFile,
} from 'node:fs/promises';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './helpers/axe';
import {
  STORE_TITLE,
  TREATY,
  type StoreJson,
  collapse,
  details,
  listButton,
  timeline,
  timelineItem,
} from './helpers/app';
import {
  generatedStoreFile,
  heading,
  progressBar,
  startStoreServer,
  type StoreServer,
} from './helpers/store-loading';
import { parquetMetadata } from 'hyparquet';
import { runPackCli } from '../scripts/lib/pack/pack-cli';
import { validateStore } from '../src/format/validate-store';
import { DATE_EXPECTED } from '../src/format/dates';
import { eventTime } from '../src/lib/store-index';
import { fitWindow } from '../src/lib/time-window';
import { parseLink } from '../src/lib/url-codec';
import { HELD_EVENTS, HELD_QUOTE, heldDayOf, writeHeldReports } from './helpers/held-reports';

/**
 * A packed store (issue 18) opened by link: the default store packed with `npm run pack`,
 * served by the preview server from the build folder (it serves files added after it
 * started, and answers range requests), an event selected, its excerpts shown verbatim.
 * Then the bad packs: a missing file, a truncated file, a server without range support.
 */

// playwright.config.ts builds into this folder and the preview server serves it.
const DIST = `node_modules/.e2e-dist-${process.env.E2E_PORT ?? 4173}`;
// One folder per worker: tests of this file run in both, and each worker's beforeAll writes
// the packs anew (removing the folder first), which would pull them from under the other's.
const WORKER_PACKS = `e2e-packs/w${process.env.TEST_WORKER_INDEX ?? 0}`;
const PACKS = join(DIST, WORKER_PACKS);
const STORE_FILE = 'public/data/events.json';

async function packInto(name: string, from = STORE_FILE, ...options: string[]): Promise<string> {
  const dir = join(PACKS, name);
  await rm(dir, { recursive: true, force: true });
  const result = await runPackCli([from, '--out', dir, ...options]);
  expect(result.stderr).toBe('');
  return dir;
}

const packLink = (name: string) =>
  `/?store=${encodeURIComponent(`/${WORKER_PACKS}/${name}/manifest.json`)}`;

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
  // The title comes with the whole pack, read after the window's events: a while on a busy machine.
  await expect(heading(page)).toHaveText(STORE_TITLE, { timeout: 30_000 });
  await expect(
    page.getByRole('list', { name: 'Events', exact: true }).getByRole('listitem'),
  ).toHaveCount(store.events.length);
  // Search says plainly what it covers: not yet the summaries and excerpts, read per event.
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveAccessibleDescription(
    /Summaries and excerpts of this packed store load for the search when you start searching/,
  );
  // Read whole, its counts are the whole store's: nothing says otherwise.
  await expect(page.getByRole('group', { name: 'Actors' })).toHaveAccessibleDescription('');
  await expectTreatyExcerpts(page, store);
  await page.screenshot({ path: test.info().outputPath('packed-store.png') });
  // The heavy columns came from their own file, by range request, when the event was chosen.
  expect((await details).headers().range).toMatch(/^bytes=\d+-\d+$/);
});

const eventsList = (page: Page) => page.getByRole('list', { name: 'Events', exact: true });

test('a packed store shown whole searches its summaries and excerpts once they have loaded', async ({
  page,
}) => {
  await page.goto(packLink('default'));
  await expect(heading(page)).toHaveText(STORE_TITLE, { timeout: 30_000 });
  const search = page.getByRole('searchbox', { name: 'Search events' });
  // A word of the treaty's Spanish quote, in no title, actor, place or tag.
  await search.fill('miércoles');
  const found = eventsList(page).getByRole('listitem');
  await expect(found).toHaveCount(1, { timeout: 30_000 });
  await expect(found).toContainText(TREATY.title);
  // Nothing left out any more: the note under the box has nothing to say.
  await expect(search).toHaveAccessibleDescription('Enter opens the best match.');
  // A word of a summary alone.
  await search.fill('innermost');
  await expect(found).toHaveCount(1);
  await expect(found).toContainText('Putin arrives in Pyongyang and is greeted by Kim with a hug');
});

test.describe('excerpts whose file cannot be read', () => {
  // The browser's own report of the aborted request.
  test.use({ allowedConsoleErrors: [/Failed to load resource: net::ERR_FAILED/] });

  test('a details file damaged inside is said to be damaged, not in the Parquet reader’s words', async ({
    page,
  }) => {
    const dir = await packInto('damaged-details');
    // The same size, its footer whole: the pack opens, and the damage shows at the read.
    const path = join(dir, 'details.parquet');
    const bytes = await readFile(path);
    for (let i = 200; i < Math.min(6000, bytes.length - 2048); i++) bytes[i] = (i * 7919) % 256;
    await writeFile(path, bytes);
    await page.goto(packLink('damaged-details'));
    await expect(heading(page)).toHaveText(STORE_TITLE, { timeout: 30_000 });
    await listButton(page, TREATY.title).click();
    await expect(details(page).getByRole('alert')).toContainText(
      'The details file (details.parquet) is damaged: its row for this event cannot be read',
    );
    // Its search says it could not add them, and still searches what it has.
    const search = page.getByRole('searchbox', { name: 'Search events' });
    await search.fill('partnership');
    await expect(search).toHaveAccessibleDescription(
      /Summaries and excerpts could not be added: The details file \(details\.parquet\) is damaged/,
      { timeout: 30_000 },
    );
    await expect(
      eventsList(page).getByRole('listitem').filter({ hasText: TREATY.title }),
    ).toHaveCount(1);
  });

  test('excerpts that cannot be fetched are said so, not counted as none', async ({ page }) => {
    await page.goto(packLink('default'));
    await expect(heading(page)).toHaveText(STORE_TITLE, { timeout: 30_000 });
    // The connection drops once the store is open: an event's excerpts are read when chosen.
    await page.route(/\/details\.parquet$/, (route) => route.abort());
    await listButton(page, TREATY.title).click();
    const region = details(page);
    await expect(region.getByRole('alert')).toContainText(
      'The summary and excerpts could not be loaded.',
    );
    await expect(
      region.getByRole('heading', { level: 3, name: 'Evidence', exact: true }),
    ).toBeVisible();
    await expect(region.getByText(/0 excerpts/)).toHaveCount(0);
  });
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

test.describe('as the same store in JSON', () => {
  test('an event’s related events are listed both ways: those other events state about it too', async ({
    page,
  }) => {
    // The treaty states no relation; other events state theirs about it (its details row
    // alone does not hold them: the pack's related_in column does).
    type Related = { related?: { event: string; relation: string }[] };
    const responding = store.events.find((event) =>
      (event as Related).related?.some(
        (entry) => entry.event === TREATY.id && entry.relation === 'responds-to',
      ),
    )!;
    await page.goto(packLink('default'));
    await expect(heading(page)).toHaveText(STORE_TITLE, { timeout: 30_000 });
    await expectTreatyExcerpts(page, store);
    const related = details(page).getByRole('list', { name: 'Related events', exact: true });
    const link = related.getByRole('button', { name: responding.title, exact: true });
    await expect(link).toBeVisible();
    await expect(related.getByRole('listitem').filter({ hasText: responding.title })).toHaveText(
      /^responded to by /,
    );
    await link.click();
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(responding.title);
  });

  test('what the packer dropped is counted as for the JSON store, and listed', async ({ page }) => {
    // The default store with an event whose date is not on the calendar: the packer drops it.
    const broken = {
      ...store,
      events: [
        ...store.events,
        { ...store.events[0]!, id: 'not-on-the-calendar', start: '2023-02-30' },
      ],
    };
    const from = join(PACKS, 'with-problems.json');
    await writeFile(from, JSON.stringify(broken));
    const dir = await packInto('with-problems', from);
    const json = validateStore(broken);
    if (!json.ok) throw new Error('the store was refused');
    const droppedInJson = json.dropped.events + json.dropped.actors + json.dropped.sources;
    expect(droppedInJson).toBe(1);
    const summary = `1 item dropped · ${json.warnings} ${json.warnings === 1 ? 'warning' : 'warnings'}`;

    await page.goto(packLink('with-problems'));
    await expect(heading(page)).toHaveText(STORE_TITLE, { timeout: 30_000 });
    await page.getByText(summary, { exact: true }).click();
    const listed = page.getByRole('list', { name: 'Found when the store was packed' });
    await expect(
      listed.getByText(`events[${store.events.length}].start: invalid value; the event dropped`, {
        exact: false,
      }),
    ).toBeVisible();

    // A pack made before the manifest kept the list: its count, and where the list went.
    const manifestPath = join(dir, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
    delete manifest.problems;
    await writeFile(manifestPath, JSON.stringify(manifest));
    await page.goto(packLink('with-problems'));
    await expect(heading(page)).toHaveText(STORE_TITLE, { timeout: 30_000 });
    await page.getByText(/^1 item dropped · /).click();
    await expect(
      page.getByText(
        /^npm run pack left 1 item out of the pack\. Their list was printed by the packer/,
      ),
    ).toBeVisible();
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

test.describe('window first', () => {
  const EVENTS = 3000;
  const TITLE = 'A packed store read window first';
  // Two calendar months in the middle of the generated store's 25 years.
  const FROM = '2012-03-01';
  const TO = '2012-04-30';
  const WINDOW = { start: Date.parse(FROM), end: Date.parse('2012-05-01') };
  const DAY = 86_400_000;
  let generated: StoreJson;
  /** The events file's row groups: their bytes, and the times their statistics give. */
  let groups: { start: number; end: number; firstStart: number; lastEnd: number }[] = [];
  /** The row groups that may hold an event of `window`, by their statistics. */
  const groupsOf = (window: { start: number; end: number }) =>
    groups.flatMap((group, i) =>
      group.firstStart < window.end && group.lastEnd > window.start ? [i] : [],
    );
  /** The row group a range request reads, or -1 (the footer, or a probe). */
  const groupAt = (range: string | undefined) => {
    const match = /bytes=(\d+)-(\d+)/.exec(range ?? '');
    const start = match ? Number(match[1]) : 0;
    const end = match ? Number(match[2]) + 1 : Infinity;
    return groups.findIndex((group) => start >= group.start && end <= group.end);
  };

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    const file = generatedStoreFile('packed-window-first', {
      events: EVENTS,
      seed: 7,
      title: TITLE,
    });
    generated = JSON.parse(await readFile(file, 'utf8')) as StoreJson;
    const dir = await packInto('window-first', file, '--rows-per-group', '250');
    const bytes = await readFile(join(dir, 'events.parquet'));
    const metadata = parquetMetadata(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    );
    // The file's own statistics say which groups may hold an event of a window.
    const stat = (
      group: (typeof metadata.row_groups)[number],
      column: string,
      end: 'min' | 'max',
    ) =>
      Number(
        group.columns.find((c) => c.meta_data!.path_in_schema[0] === column)!.meta_data!
          .statistics![end === 'min' ? 'min_value' : 'max_value'],
      );
    groups = metadata.row_groups.map((group) => {
      const starts = group.columns.map((c) =>
        Number(c.meta_data!.dictionary_page_offset ?? c.meta_data!.data_page_offset),
      );
      const ends = group.columns.map(
        (c, i) => starts[i]! + Number(c.meta_data!.total_compressed_size),
      );
      return {
        start: Math.min(...starts),
        end: Math.max(...ends),
        firstStart: stat(group, 'start_ms', 'min'),
        lastEnd: stat(group, 'end_ms', 'max'),
      };
    });
    expect(
      groups.length - groupsOf(WINDOW).length,
      'row groups away from the window',
    ).toBeGreaterThan(4);
  });

  /** The app's own reading of the store: its events, with the dates it parses. */
  const validatedEvents = () => {
    const validated = validateStore(generated);
    if (!validated.ok) throw new Error('the generated store was refused');
    return validated.store.events;
  };
  const countIn = (window: { start: number; end: number }) =>
    validatedEvents().filter((event) => {
      const time = eventTime(event);
      return time.start < window.end && time.end > window.start;
    }).length;

  /** Whether an event is drawn in the topmost lane (the store's first top-level actor). */
  const inTopLane = (event: { readonly actors: readonly string[] }) => {
    const topLane = generated.actors.find((actor) => actor.memberOf === undefined)!.id;
    const parent = new Map(generated.actors.map((actor) => [actor.id, actor.memberOf]));
    const rootOf = (id: string): string => {
      const up = parent.get(id);
      return up === undefined ? id : rootOf(up);
    };
    return event.actors.some((actor) => rootOf(actor) === topLane);
  };

  /** An event of `window` in the topmost lane, where a person sees it without scrolling the lanes. */
  const eventInTopLane = (window: { start: number; end: number }) => {
    const found = generated.events.find((event) => {
      // At least to the first day of its end (a month's end runs on to the month's last day).
      const end = Date.parse(event.end ?? event.start) + 86_400_000;
      return Date.parse(event.start) < window.end && end > window.start && inTopLane(event);
    });
    expect(found, 'an event of the window in the first lane').toBeDefined();
    return found!;
  };

  test('a link’s window is drawn from its own row groups while the rest are held back, then the whole store', async ({
    page,
  }) => {
    // The whole store is checked row by row in the browser: minutes on a busy machine.
    test.setTimeout(180_000);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let held = 0;
    // Requests for rows away from the window wait until the test lets them through.
    await page.context().route(`**/${WORKER_PACKS}/window-first/events.parquet`, async (route) => {
      const group = groupAt(route.request().headers().range);
      if (group >= 0 && !groupsOf(WINDOW).includes(group)) {
        held += 1;
        await released;
      }
      await route.continue();
    });
    const described = (text: string | null) => {
      const match =
        /^Showing 1 March 2012 to 30 April 2012: ([\d,]+) of ([\d,]+) events in view\.$/.exec(
          text ?? '',
        );
      expect(match, `the link's window, described: ${text}`).not.toBeNull();
      return { inView: match![1]!, loaded: Number(match![2]!.replaceAll(',', '')) };
    };
    const first = eventInTopLane(WINDOW);
    // The window's events, by the app's own reading of their dates: those it says are in view.
    const inWindow = countIn(WINDOW);
    expect(inWindow, 'events of the window').toBeGreaterThan(0);

    await page.goto(`${packLink('window-first')}&from=${FROM}&to=${TO}`);
    const description = timeline(page)
      .getByRole('paragraph')
      .filter({ hasText: /^Showing / });
    await expect(description).toBeVisible({ timeout: 30_000 });
    // Said plainly: how much of the store is in, and that the window shown is complete. The
    // events that start in the window come first, those begun earlier just after: the count
    // is read once the app says the window is complete, not at its first draw.
    await expect(progressBar(page)).toBeVisible();
    await expect(
      page.getByText(/^[\d,]+ of 3,000 events loaded\. The events of the window shown are in/),
    ).toBeVisible();
    await expect(description).toHaveText(
      new RegExp(
        `^Showing 1 March 2012 to 30 April 2012: ${inWindow} of [\\d,]+ events in view\\.$`,
      ),
    );
    const partial = described(await description.textContent());
    expect(partial.loaded).toBeLessThan(EVENTS);
    await expect(timelineItem(page, first.title)).toBeVisible();
    expect(held, 'rows away from the window were asked for and held').toBeGreaterThan(0);
    await page.screenshot({ path: test.info().outputPath('packed-window-first.png') });

    release();
    await expect(heading(page)).toHaveText(TITLE, { timeout: 120_000 });
    await expect(progressBar(page)).toHaveCount(0);
    // Every event of the window was in before the rest: the same count, now of them all.
    await expect(description).toHaveText(
      `Showing 1 March 2012 to 30 April 2012: ${partial.inView} of 3,000 events in view.`,
    );
  });

  test('moved while the store loads, the timeline reads the new window next, and stops fetching the one it left', async ({
    page,
  }) => {
    // The whole store is checked row by row in the browser: minutes on a busy machine.
    test.setTimeout(180_000);
    const manifest = JSON.parse(
      await readFile(join(PACKS, 'window-first', 'manifest.json'), 'utf8'),
    ) as { extent: { start: number; end: number } };
    // The overview band under the timeline spans the store's extent with some margin.
    const band = fitWindow(manifest.extent);
    // Far from the link's window: in the second row group, then years after it, at the last
    // short event of the topmost lane (the window jumped to is two months around it).
    const earlyAt = groups[1]!.firstStart + 15 * DAY;
    const target = validatedEvents().findLast((event) => {
      const time = eventTime(event);
      return time.end - time.start <= 31 * DAY && inTopLane(event);
    })!;
    expect(target, 'a short event in the first lane').toBeDefined();
    expect(eventTime(target).start, 'years after the link’s window').toBeGreaterThan(
      WINDOW.end + 5 * 365 * DAY,
    );
    const lateAt = (eventTime(target).start + eventTime(target).end) / 2;
    // Where each jump may land, give or take a pixel of the band: two months and a margin.
    const around = (at: number) => ({ start: at - 40 * DAY, end: at + 40 * DAY });
    const early = groupsOf(around(earlyAt));
    const late = groupsOf(around(lateAt));

    const allowed = new Set(groupsOf(WINDOW));
    const held: { group: number; release(): void }[] = [];
    const asked: number[] = [];
    let failed = 0;
    page.context().on('requestfailed', (request) => {
      if (request.url().endsWith('/window-first/events.parquet')) failed += 1;
    });
    await page.context().route(`**/${WORKER_PACKS}/window-first/events.parquet`, async (route) => {
      const group = groupAt(route.request().headers().range);
      if (group >= 0) asked.push(group);
      if (group >= 0 && !allowed.has(group)) {
        await new Promise<void>((release) => held.push({ group, release }));
      }
      // A request the page gave up while it was held can no longer be continued.
      await route.continue().catch(() => {});
    });
    const releaseAll = () => {
      for (const group of groups.keys()) allowed.add(group);
      for (const request of held.splice(0)) request.release();
    };

    await page.goto(`${packLink('window-first')}&from=${FROM}&to=${TO}`);
    const windowIn = page.getByText(
      /^[\d,]+ of 3,000 events loaded\. The events of the window shown are in/,
    );
    await expect(windowIn).toBeVisible({ timeout: 30_000 });
    // The rest of the store is asked for in the background, and held.
    await expect.poll(() => asked.filter((group) => !allowed.has(group)).length).toBeGreaterThan(0);
    const background = asked.filter((group) => !allowed.has(group));
    expect(late.some((group) => background.includes(group) || early.includes(group))).toBe(false);

    // A jump to the early years: their rows are asked for next, and held.
    const overview = page.getByRole('slider', { name: 'Overview' });
    const jumpTo = async (at: number) => {
      const box = (await overview.boundingBox())!;
      const fraction = (at - band.start) / (band.end - band.start);
      await overview.click({ position: { x: fraction * box.width, y: box.height / 2 } });
    };
    await jumpTo(earlyAt);
    await expect(
      page.getByText(
        /^[\d,]+ of 3,000 events loaded\. The events of the window shown are loading first/,
      ),
    ).toBeVisible();
    await expect
      .poll(() => asked.filter((group) => early.includes(group)).length)
      .toBeGreaterThan(0);

    // Before they arrive, on to the last year, whose rows the server sends.
    for (const group of late) allowed.add(group);
    await jumpTo(lateAt);
    await expect(windowIn).toBeVisible();
    // The window as the address bar has it (written once the move is painted).
    const linkWindow = () => parseLink(new URL(page.url()).search).link.window;
    await expect
      .poll(() => {
        const window = linkWindow();
        return window !== null && window.start < lateAt && window.end > lateAt;
      })
      .toBe(true);
    const shown = linkWindow()!;
    const description = timeline(page)
      .getByRole('paragraph')
      .filter({ hasText: /^Showing / });
    await expect(description).toHaveText(
      new RegExp(`: ${countIn(shown)} of [\\d,]+ events in view\\.$`),
    );
    await expect(timelineItem(page, target.title)).toBeVisible();
    // The early years' requests were given up; the rest of the store is still held.
    await expect.poll(() => failed, 'requests for the window left, cancelled').toBeGreaterThan(0);
    expect(
      held.filter((request) => !early.includes(request.group)).length,
      'row groups away from both windows, still held',
    ).toBeGreaterThan(0);
    await expect(progressBar(page)).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('packed-window-moved.png') });

    releaseAll();
    await expect(heading(page)).toHaveText(TITLE, { timeout: 120_000 });
    await expect(progressBar(page)).toHaveCount(0);
    // The window moved to stays, its count now of the whole store.
    await expect(description).toHaveText(
      new RegExp(`: ${countIn(shown)} of 3,000 events in view\\.$`),
    );
  });
});

/**
 * A store too large to load whole (more than 200,000 events, held-windows.ts): only the
 * window shown and its margin are read, never the whole events file, and the page says so.
 * The events are small (a title, a date, one excerpt), so that packing them takes seconds.
 */
test.describe('a store too large to load whole', () => {
  const EVENTS = HELD_EVENTS;
  const QUOTE = HELD_QUOTE;
  const dayOf = heldDayOf;
  /** The row that breaks the format: the first event of 15 April 2010 (rows are in date order). */
  const BROKEN_ROW = Array.from({ length: EVENTS }, (_, i) => i).find(
    (i) => dayOf(i) === Date.UTC(2010, 3, 15),
  )!;
  let eventsFileBytes = 0;
  /** Its row in the events file. */
  let brokenRow = -1;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const dir = join(PACKS, 'held');
    const kept = await writeHeldReports(dir, {
      actors: [
        { id: 'north', name: 'North', kind: 'state' },
        { id: 'south', name: 'South', kind: 'state' },
      ],
      // Report 1234 (of 2001) alone has a summary, the only text that names the lighthouse.
      event: (i) => ({
        actors: [i % 2 === 0 ? 'north' : 'south'],
        ...(i === 1234 ? { summary: 'Filed from the lighthouse at the harbour mouth.' } : {}),
      }),
      url: 'https://example.org/reports',
      // One row breaks the format, as a pack written by another tool might: a date that is
      // not on the calendar (its instants as the row's neighbours'). In April 2010, in the
      // margin of March 2010's window: read with it, and not among its events in view.
      edit: (events) => {
        events[BROKEN_ROW] = { ...events[BROKEN_ROW]!, start: '2010-04-31' };
        return events;
      },
    });
    // Sorted in place into the file's order.
    brokenRow = kept.findIndex((event) => event.start === '2010-04-31');
    eventsFileBytes = (await stat(join(dir, 'events.parquet'))).size;
  });

  test('reads the window shown and its margin, shows an event’s excerpt, and draws counts when zoomed out', async ({
    page,
  }) => {
    test.slow();
    let bytesRead = 0;
    // Reads wait while this is set (to see the page while a window's events load).
    let held: Promise<void> | null = null;
    await page.context().route(`**/${WORKER_PACKS}/held/events.parquet`, async (route) => {
      const match = /bytes=(\d+)-(\d+)/.exec(route.request().headers().range ?? '');
      bytesRead += match ? Number(match[2]) - Number(match[1]) + 1 : eventsFileBytes;
      await held;
      await route.continue();
    });
    // An event in the middle of March 2010, and every event of that month.
    const march = { start: Date.UTC(2010, 2, 1), end: Date.UTC(2010, 3, 1) };
    const inMarch = Array.from({ length: EVENTS }, (_, i) => i).filter(
      (i) => dayOf(i) >= march.start && dayOf(i) < march.end,
    );
    const chosen = inMarch[Math.floor(inMarch.length / 2)]!;

    await page.goto(`${packLink('held')}&from=2010-03-01&to=2010-03-31&event=event-${chosen}`);
    await expect(
      page.getByText(
        /^The events of the window shown are in\. The store is too large to load whole/,
      ),
    ).toBeVisible({ timeout: 60_000 });
    await expect(
      timeline(page)
        .getByRole('paragraph')
        .filter({ hasText: /^Showing / }),
    ).toHaveText(
      `Showing 1 March 2010 to 31 March 2010: ${inMarch.length.toLocaleString('en')} events in view. ` +
        'The store holds 200,100 events; only those around the window shown are loaded.',
    );
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
      `Report number ${chosen}`,
    );
    await expect(details(page).getByRole('blockquote')).toHaveText(QUOTE);
    expect(bytesRead, 'bytes of the events file read').toBeLessThan(eventsFileBytes / 2);
    // The counts beside the actors and statuses are the loaded events', and they say so.
    const countsNote =
      'The counts are of the events loaded around the window shown, not of the whole store.';
    await expect(page.getByRole('group', { name: 'Actors' })).toHaveAccessibleDescription(
      countsNote,
    );
    await expect(page.getByRole('group', { name: 'Status' })).toHaveAccessibleDescription(
      countsNote,
    );

    // The whole extent holds too many events to read: the lanes draw the pyramid's counts.
    await timeline(page).getByRole('button', { name: 'Fit all' }).click();
    await expect(
      page.getByText(/^This window holds too many events to load one by one: zoom in/),
    ).toBeVisible();
    await expect(
      timeline(page)
        .getByRole('paragraph')
        .filter({ hasText: /^Showing / }),
    ).toHaveText(
      /: too many events to draw one by one; zoom in to see them\. The store holds 200,100 events\.$/,
    );
    expect(bytesRead, 'bytes of the events file read').toBeLessThan(eventsFileBytes / 2);

    // Zoomed into a period of its early years (a click on a lane's counts), the lanes keep
    // their counts while that window's events load: they do not vanish meanwhile.
    let release = () => {};
    held = new Promise((resolve) => (release = resolve));
    const strips = timeline(page).getByRole('slider', { name: /events? counted by period/ });
    const strip = (await strips.first().boundingBox())!;
    const region = (await timeline(page).locator('.vis-panel.vis-center').boundingBox())!;
    await page.mouse.click(region.x + region.width * 0.2, strip.y + strip.height / 2);
    await expect(page.getByText(/^The events of the window shown are loading\./)).toBeVisible();
    await expect(timeline(page).getByText('North', { exact: true })).toBeVisible();
    await expect(timeline(page).getByText('South', { exact: true })).toBeVisible();
    await expect(strips).toHaveCount(2);
    release();
    await expect(page.getByText(/^The events of the window shown are in\./)).toBeVisible({
      timeout: 60_000,
    });
    await expect(
      timeline(page)
        .getByRole('paragraph')
        .filter({ hasText: /^Showing / }),
    ).toHaveText(/^Showing .+ 200\d to .+: [1-9][\d,]* events in view\./);
    await expect(timeline(page).getByText('North', { exact: true })).toBeVisible();
  });

  test('zoomed out too far to load, the list, its search and the counts say so, not that there are no events', async ({
    page,
  }) => {
    test.slow();
    const events = page.getByRole('region', { name: 'Events', exact: true });
    const search = page.getByRole('searchbox', { name: 'Search events' });
    await page.goto(`${packLink('held')}&from=2010-03-01&to=2010-03-31`);
    await expect(page.getByText(/^The events of the window shown are in\./)).toBeVisible({
      timeout: 60_000,
    });
    // Its window loaded, a search that matches none of the loaded events says what it searched.
    await search.fill('zebra');
    await expect(
      events.getByText('None of the events loaded around the window shown match “zebra”.'),
    ).toBeVisible();
    await expect(
      events.getByText(/^The search covers the titles, actors, places and tags/),
    ).toBeVisible();
    await expect(events.getByText(/Check the spelling/)).toHaveCount(0);
    await events.getByRole('button', { name: 'Clear search' }).click();
    await expect(listButton(page, 'Report number')).not.toHaveCount(0);

    await timeline(page).getByRole('button', { name: 'Fit all' }).click();
    await expect(
      events.getByText(
        'This window holds too many events to load and list one by one: zoom in to list them. ' +
          'The band below the timeline shows where they are.',
      ),
    ).toBeVisible();
    await expect(events.getByText(/no events/i)).toHaveCount(0);
    await expect(events.getByText(/^0 events$/)).toHaveCount(0);
    // Nor do the details say the store has none.
    await expect(page.getByRole('region', { name: 'Event details' })).toHaveText(
      'This window holds too many events to show one by one: zoom in, then choose an event ' +
        'to read the sources it rests on.',
    );
    // No counts beside the actors and statuses, rather than a count of 0; the note says why.
    const countsNote =
      'No counts: this window holds too many events to load one by one. Zoom in to count them.';
    await expect(page.getByRole('group', { name: 'Status' })).toHaveAccessibleDescription(
      countsNote,
    );
    await expect(
      page
        .getByRole('group', { name: 'Actors' })
        .getByRole('checkbox', { name: 'North', exact: true }),
    ).toBeVisible();

    await search.fill('Report');
    await expect(
      events.getByText(
        'Not searched for “Report”: the search covers the events loaded around the window shown, ' +
          'and this window holds too many events to load. Zoom in to search its events.',
      ),
    ).toBeVisible();
    await expect(events.getByText(/^0 matches|No events match/)).toHaveCount(0);

    // In Spanish, opened at such a window.
    await page.goto(`${packLink('held')}&from=2000-01-01&to=2024-12-31&q=informe&lang=es`);
    await expect(
      page
        .getByRole('region', { name: 'Eventos', exact: true })
        .getByText(/^No se ha buscado «informe»: la búsqueda abarca los eventos cargados/),
    ).toBeVisible({ timeout: 60_000 });
  });

  test('a row that breaks the format, read with a window, is dropped and listed at its row in the report', async ({
    page,
  }) => {
    await page.goto(`${packLink('held')}&from=2010-03-01&to=2010-03-31`);
    await expect(page.getByText(/^The events of the window shown are in\./)).toBeVisible({
      timeout: 60_000,
    });
    const summary = page.getByText(/^1 item dropped · [\d,]+ warnings?$/);
    await summary.click();
    const problems = page.getByRole('list', { name: 'Problems found in this store' });
    await expect(problems.getByRole('listitem').first()).toHaveText(
      `events[${brokenRow}].start: invalid value; the event dropped (found "2010-04-31"); ` +
        `expected ${DATE_EXPECTED}, on the calendar`,
    );
    await expect(
      page.getByText(/^Found in the rows read so far: this store is too large to load whole/),
    ).toBeVisible();
  });

  test('a link to an event but no window opens around that event, found among every row', async ({
    page,
  }) => {
    // event-5 is from January 2000; without it the store opens on its last events, in 2024.
    // Its id is looked for row group by row group, from the last: the progress says so.
    // Reads of the events file wait, once the first two groups' ids are read (after its
    // size and its footer), so that the search is seen under way.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let reads = 0;
    await page.context().route(`**/${WORKER_PACKS}/held/events.parquet`, async (route) => {
      if (++reads > 5) await held;
      await route.continue();
    });
    await page.goto(`${packLink('held')}&event=event-5`);
    await expect(
      page.getByText(/^Looking for the event the link names: [\d,]+ of 200,100 events searched$/),
    ).toBeVisible({ timeout: 60_000 });
    release();
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Report number 5', {
      timeout: 60_000,
    });
    await expect(details(page).getByRole('blockquote')).toHaveText(QUOTE);
    await expect(
      timeline(page)
        .getByRole('paragraph')
        .filter({ hasText: /^Showing / }),
    ).toHaveText(/^Showing .+ (1999|2000) to .+ 2000: [1-9][\d,]* events in view\./);
    await expect(timelineItem(page, 'Report number 5')).toBeVisible();
    await expect(page).toHaveURL(/event=event-5/);
    await expect(page).toHaveURL(/from=/);
  });

  test('a search of the whole store lists events far from the window, and opens one there', async ({
    page,
  }) => {
    test.slow();
    // March 2010 is loaded; report 12345 is of 2001. Its title matches; so do 123450 to 123459.
    await page.goto(`${packLink('held')}&from=2010-03-01&to=2010-03-31&q=number+12345`);
    await expect(page.getByText(/^The events of the window shown are in\./)).toBeVisible({
      timeout: 60_000,
    });
    const events = page.getByRole('region', { name: 'Events', exact: true });
    await expect(
      events.getByText('None of the events loaded around the window shown match “number 12345”.'),
    ).toBeVisible();
    await events
      .getByRole('button', { name: 'Search all 200,100 events for “number 12345”' })
      .click();
    await expect(
      events.getByText('11 events of the whole store match “number 12345”.'),
    ).toBeVisible({ timeout: 60_000 });
    const list = events.getByRole('list', { name: 'In the whole store' });
    await expect(list.getByRole('button')).toHaveCount(11);
    await expectNoAxeViolations(page, 'the matches of a search of the whole store', {
      include: '.event-list',
    });
    // The most recent first: report 123459 is the last of them.
    await expect(list.getByRole('button').first()).toHaveAccessibleName(/^Report number 123459 /);
    // The window it is in is read once chosen: the details say so meanwhile.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.context().route(`**/${WORKER_PACKS}/held/events.parquet`, async (route) => {
      await held;
      await route.continue();
    });
    await list.getByRole('button', { name: /^Report number 12345 / }).click();
    await expect(details(page)).toHaveText('Loading the events of the window shown…');
    release();
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
      'Report number 12345',
      { timeout: 60_000 },
    );
    await expect(timelineItem(page, 'Report number 12345')).toBeVisible();
    await expect(page).toHaveURL(/event=event-12345/);
    await expect(events.getByText('1 match for “number 12345”')).toBeVisible();
    // Back returns to March 2010, the search kept.
    await page.goBack();
    await expect(page).toHaveURL(/from=2010-03-01/);
    await expect(page).not.toHaveURL(/event=/);

    // A word of one summary, which is read from the details file, not the events file.
    await page.getByRole('searchbox', { name: 'Search events' }).fill('lighthouse');
    await events
      .getByRole('button', { name: 'Search all 200,100 events for “lighthouse”' })
      .click();
    await expect(events.getByText('1 event of the whole store matches “lighthouse”.')).toBeVisible({
      timeout: 60_000,
    });
    await expect(list.getByRole('button')).toHaveCount(1);
    await expect(list.getByRole('button')).toHaveAccessibleName(/^Report number 1234 /);
    // Why it is listed, as its title does not say: its summary, the word marked.
    await expect(list.getByRole('button')).toContainText(
      'Filed from the lighthouse at the harbour mouth.',
    );
    await expect(list.getByRole('button').locator('mark')).toHaveText('lighthouse');
  });

  test('a search of the whole store reads the excerpts when asked, and shows the quote matched', async ({
    page,
  }) => {
    test.slow();
    await page.goto(`${packLink('held')}&from=2010-03-01&to=2010-03-31&q=plain+words`);
    await expect(page.getByText(/^The events of the window shown are in\./)).toBeVisible({
      timeout: 60_000,
    });
    const events = page.getByRole('region', { name: 'Events', exact: true });
    // Every report quotes "the plain words of the report", and no title or summary says it.
    await events
      .getByRole('button', { name: 'Search all 200,100 events for “plain words”' })
      .click();
    await expect(
      events.getByText('No event of the whole store matches “plain words”.'),
    ).toBeVisible({ timeout: 60_000 });
    await events
      .getByRole('button', { name: /^Search their excerpts too \(reads up to \d+\.\d MB\)$/ })
      .click();
    await expect(
      events.getByText('Their titles, summaries, excerpts, actors, places and tags are searched.'),
    ).toBeVisible();
    await expect(
      events.getByText('200,100 events of the whole store match “plain words”.'),
    ).toBeVisible({ timeout: 90_000 });
    const list = events.getByRole('list', { name: 'In the whole store' });
    const latest = list.getByRole('button').first();
    await expect(latest).toHaveAccessibleName(/^Report number 200099 /);
    // Why it is listed: the quote, its words marked.
    await expect(latest).toContainText(HELD_QUOTE);
    await expect(latest.locator('mark')).toHaveText(['plain', 'words']);
  });

  test('a search of the whole store can be stopped, says how far it went, and can be run again', async ({
    page,
  }) => {
    test.slow();
    // Once the window is in, reads of the events file wait while `hold` is set.
    let hold = false;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.context().route(`**/${WORKER_PACKS}/held/events.parquet`, async (route) => {
      if (hold) await held;
      await route.continue();
    });
    await page.goto(`${packLink('held')}&from=2010-03-01&to=2010-03-31&q=number+12345`);
    await expect(page.getByText(/^The events of the window shown are in\./)).toBeVisible({
      timeout: 60_000,
    });
    const events = page.getByRole('region', { name: 'Events', exact: true });
    hold = true;
    await events
      .getByRole('button', { name: 'Search all 200,100 events for “number 12345”' })
      .click();
    await expect(events.getByText('0 of 200,100 events searched: 0 matches so far')).toBeVisible();
    const progress = events.getByRole('progressbar', { name: 'In the whole store' });
    await expect(progress).toBeVisible();
    // The button pressed is gone: the focus is on the section's heading, not lost.
    const heading = events.getByRole('heading', { name: 'In the whole store' });
    await expect(heading).toBeFocused();
    await events.getByRole('button', { name: 'Stop searching' }).press('Enter');
    await expect(
      events.getByText('Stopped after 0 of 200,100 events, with 0 matches: more may match.'),
    ).toBeVisible();
    await expect(progress).toHaveCount(0);
    await expect(heading).toBeFocused();

    hold = false;
    release();
    await events.getByRole('button', { name: 'Search again' }).click();
    await expect(
      events.getByText('11 events of the whole store match “number 12345”.'),
    ).toBeVisible({ timeout: 60_000 });
    await expect(events.getByRole('button', { name: 'Search again' })).toHaveCount(0);
  });

  test('a link whose window does not hold its event: the notice says the event is not around it', async ({
    page,
  }) => {
    // event-5 is from January 2000; the link's window is March 2010.
    await page.goto(`${packLink('held')}&from=2010-03-01&to=2010-03-31&event=event-5`);
    await expect(page.getByText(/^The events of the window shown are in\./)).toBeVisible({
      timeout: 60_000,
    });
    await expect(page.getByRole('status').getByRole('listitem')).toHaveText(
      'No event “event-5” around the window shown. This store is too large to load whole: ' +
        'a link to one of its events needs the window it is in (from and to).',
    );
    await expect(page).not.toHaveURL(/event=/);
    await expect(page).toHaveURL(/from=2010-03-01/);
  });

  test('a link to an event no row has: every row searched, the notice says the store has none', async ({
    page,
  }) => {
    await page.goto(`${packLink('held')}&event=event-999999`);
    await expect(page.getByText(/^The events of the window shown are in\./)).toBeVisible({
      timeout: 60_000,
    });
    await expect(page.getByRole('status').getByRole('listitem')).toHaveText(
      'No event “event-999999” in this store.',
    );
    await expect(page).not.toHaveURL(/event=/);
  });

  test('a read that fails once the store is shown is said, the view kept, and Retry reads the window shown', async ({
    page,
  }) => {
    test.slow();
    let failing = false;
    await page
      .context()
      .route(`**/${WORKER_PACKS}/held/events.parquet`, (route) =>
        failing ? route.fulfill({ status: 503, body: 'busy' }) : route.continue(),
      );
    await page.goto(`${packLink('held')}&from=2010-03-01&to=2010-03-31`);
    await expect(page.getByText(/^The events of the window shown are in\./)).toBeVisible({
      timeout: 60_000,
    });

    // Zoomed out to about two years, the window and its margin reach row groups not read yet.
    failing = true;
    const zoomOut = timeline(page).getByRole('button', { name: 'Zoom out' });
    const description = timeline(page)
      .getByRole('paragraph')
      .filter({ hasText: /^Showing / });
    for (let i = 0; i < 4; i++) {
      const before = await description.textContent();
      await zoomOut.click();
      await expect(description).not.toHaveText(before!);
    }
    const alert = page.getByRole('alert').filter({ hasText: 'could not be read' });
    await expect(alert).toContainText(
      /^The events of the window shown could not be read: .*503.*\. The timeline shows what was read before/,
    );
    // What was read before is still there, in the window the person chose.
    const shown = await description.textContent();
    expect(shown).toMatch(/^Showing .+ 2009 to .+ 2010: [\d,]+ events in view\./);
    await expect(timeline(page).getByText('North', { exact: true })).toBeVisible();

    failing = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(alert).toHaveCount(0);
    await expect(page.getByText(/^The events of the window shown are in\./)).toBeVisible({
      timeout: 60_000,
    });
    await expect(description).toHaveText(shown!);
  });
});
