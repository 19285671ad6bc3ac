import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateStore, storeJsonChunks } from '../scripts/lib/gen-store';
import { expect, test } from './fixtures';
import { serveFile } from './helpers/static-store-server';

// A store small enough to arrive in one piece: the timeline opens straight at its window,
// with no partial view before it.
const EVENTS = 10_000;
const file = join(tmpdir(), `sourceline-e2e-${EVENTS}-7.json`);

let server: Awaited<ReturnType<typeof serveFile>>;

test.beforeAll(async () => {
  if (!existsSync(file)) {
    writeFileSync(file, [...storeJsonChunks(generateStore({ events: EVENTS, seed: 7 }))].join(''));
  }
  server = await serveFile(file);
});

test.afterAll(() => server.close());

test('a store that arrives at once can be zoomed with the wheel straight away', async ({
  page,
}) => {
  await page.goto(`/?store=${encodeURIComponent(server.url)}`);
  const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
  const description = timeline.getByRole('paragraph').filter({ hasText: /^Showing / });
  // The whole store is in (it opens on its recent stretch, not on everything).
  await expect(description).toContainText(/ of 10,000 events in view/, {
    timeout: 60_000,
  });
  // The header's tools and the list come in the frame after the first events, and move the
  // timeline down the page: the wheel goes where the axis is once the page is whole.
  await expect(
    page.getByRole('region', { name: 'Events' }).getByText('10,000 events', { exact: true }),
  ).toBeVisible({ timeout: 30_000 });
  const before = await description.textContent();
  const axis = (await timeline.locator('.vis-panel.vis-top').boundingBox())!;
  await page.mouse.move(axis.x + axis.width / 2, axis.y + axis.height / 2);
  for (let turn = 0; turn < 3; turn++) await page.mouse.wheel(0, -240);
  await expect(description).not.toHaveText(before!);
});
