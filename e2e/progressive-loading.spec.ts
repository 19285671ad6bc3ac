import { expect, test } from './fixtures';
import { timeline } from './helpers/app';
import {
  type StoreServer,
  generatedStoreFile,
  heading,
  progressBar,
  sendFileHeld,
  startStoreServer,
} from './helpers/store-loading';

/*
 * A large store opened by link is drawn while it loads, from the events checked so far.
 * The server sends the first 40 % of a generated store and holds the rest until the test
 * releases it, so "while it loads" is certain, not a race with a fast machine.
 */

const EVENTS = 30_000;
const SEED = 7;
const TITLE = 'A store drawn while it loads';
const SENT_FIRST = 0.4;

test.describe.configure({ timeout: 180_000 });

let server: StoreServer;
let sendRest!: () => void;
const rest = new Promise<void>((resolve) => (sendRest = resolve));

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const file = generatedStoreFile('progressive', { events: EVENTS, seed: SEED, title: TITLE });
  server = await startStoreServer(
    { '/store.json': sendFileHeld(file, SENT_FIRST, rest) },
    { cors: true },
  );
});

test.afterAll(async () => {
  sendRest();
  await server?.close();
});

/** "Showing 3 Jan 2001 to 5 May 2020: 1,200 of 4,000 events in view." → its parts. */
function described(text: string | null) {
  const match = /^Showing (.+) to (.+): ([\d,]+) of ([\d,]+) events in view\.$/.exec(text ?? '');
  expect(match, `a timeline description: ${text}`).not.toBeNull();
  const number = (digits: string) => Number(digits.replaceAll(',', ''));
  return { range: `${match![1]} to ${match![2]}`, total: number(match![4]!) };
}

test('a large store is drawn while it loads, and a view moved meanwhile is kept', async ({
  page,
}) => {
  await page.goto(`/?store=${encodeURIComponent(server.url('/store.json'))}`);
  const description = timeline(page)
    .getByRole('paragraph')
    .filter({ hasText: /^Showing / });

  // Events are on the timeline while the rest of the store has not even arrived.
  await expect(description).toBeVisible({ timeout: 60_000 });
  await expect(timeline(page).locator('.vis-item').first()).toBeVisible();
  await expect(progressBar(page)).toBeVisible();
  const partial = described(await description.textContent());
  expect(partial.total).toBeGreaterThan(0);
  expect(partial.total).toBeLessThan(EVENTS);
  // The list, the filters and the store's title wait for the whole store.
  await expect(page.getByRole('region', { name: 'Events', exact: true })).toHaveCount(0);
  await expect(heading(page)).not.toHaveText(TITLE);

  // The person zooms in while waiting; the view they chose survives the arrival of the rest.
  await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
  await expect(description).not.toHaveText(new RegExp(`^Showing ${partial.range}:`));
  const chosen = described(await description.textContent()).range;

  sendRest();
  await expect(heading(page)).toHaveText(TITLE, { timeout: 120_000 });
  await expect(progressBar(page)).toHaveCount(0);
  await expect(description).toContainText(`of ${EVENTS.toLocaleString('en')} events in view`);
  expect(described(await description.textContent()).range).toBe(chosen);
  await expect(
    page
      .getByRole('region', { name: 'Events', exact: true })
      .getByText(`${EVENTS.toLocaleString('en')} events`, {
        exact: true,
      }),
  ).toBeVisible();
});
