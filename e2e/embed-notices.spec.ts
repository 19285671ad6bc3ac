import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { INVASION, timeline } from './helpers/app';

/**
 * The embed's notices (session 54's tester): in an article's 480 px frame, "Citation
 * copied…" and the cleaned link's notice stayed above the timeline and took its height for
 * good, the cleaned link's was written for the link's author ("the address was cleaned"),
 * and a link made with a file open sent the reader to Open store…, which a frame lacks.
 */

const notice = (page: Page, text: string | RegExp) =>
  page.getByRole('status').filter({ hasText: text });

/** The timeline's height on the screen, in px. */
const timelineHeight = async (page: Page) => (await timeline(page).boundingBox())!.height;

for (const viewport of [
  { width: 600, height: 480 },
  { width: 390, height: 480 },
]) {
  test(`at ${viewport.width}×${viewport.height}, Copy citation's notice leaves the timeline its height and goes by itself`, async ({
    page,
    context,
  }) => {
    await page.setViewportSize(viewport);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // Time runs as ever; the test only skips ahead through the seconds a reader waits.
    await page.clock.install();
    await page.goto(`/embed/?event=${INVASION.id}`);
    const details = page.getByRole('region', { name: 'Event details' });
    await expect(details.getByRole('heading', { level: 2 })).toHaveText(INVASION.title);
    const before = await timelineHeight(page);
    await details.getByRole('button', { name: 'Copy citation' }).click();
    const copied = notice(page, 'Citation copied');
    await expect(copied).toBeVisible();
    expect(await timelineHeight(page)).toBe(before);
    // Long enough to read, then gone with nothing to do for it.
    await page.clock.fastForward(3_000);
    await expect(copied).toBeVisible();
    await page.clock.fastForward(10_000);
    await expect(copied).toHaveCount(0);
    expect(await timelineHeight(page)).toBe(before);
  });
}

test('the notice stays while the pointer is on it, goes once it leaves, and can be dismissed', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 600, height: 480 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.clock.install();
  await page.goto(`/embed/?event=${INVASION.id}`);
  const details = page.getByRole('region', { name: 'Event details' });
  const cite = details.getByRole('button', { name: 'Copy citation' });
  await cite.click();
  const copied = notice(page, 'Citation copied');
  await copied.getByText('Citation copied').hover();
  // A reader reading it keeps it, however long.
  await page.clock.fastForward(30_000);
  await expect(copied).toBeVisible();
  await page.getByRole('link', { name: 'Open in Sourceline' }).hover();
  await page.clock.fastForward(10_000);
  await expect(copied).toHaveCount(0);
  // Or sooner, by its button; the focus then goes on to the timeline, not the page's body.
  await cite.click();
  await copied.getByRole('button', { name: 'Dismiss' }).click();
  await expect(copied).toHaveCount(0);
  await expect(timeline(page)).toBeFocused();
});

test('a link with an event the timeline lacks says so in the reader’s words, over the timeline', async ({
  page,
}) => {
  await page.setViewportSize({ width: 600, height: 480 });
  await page.goto('/embed/?event=no-such-event&actors=no-such-actor');
  const said = notice(page, 'The event this frame was made to open is not in this timeline.');
  await expect(said).toBeVisible();
  // What the author fixes in the link is not the reader's: no addresses, ids or parameters.
  await expect(said).not.toContainText('address');
  await expect(said).not.toContainText('no-such-actor');
  await expect(said).not.toContainText('no-such-event');
  const height = await timelineHeight(page);
  await said.getByRole('button', { name: 'Dismiss' }).click();
  await expect(said).toHaveCount(0);
  expect(await timelineHeight(page)).toBe(height);
});

test('a link whose lost parts change nothing the frame would explain shows no notice', async ({
  page,
}) => {
  await page.setViewportSize({ width: 600, height: 480 });
  await page.goto('/embed/?actors=no-such-actor&lang=xx&utm_source=newsletter');
  await expect(page.locator('.tl-item').first()).toBeVisible();
  // The link is cleaned (the frame's own address) …
  await expect(page).not.toHaveURL(/utm_source|no-such-actor|lang=/);
  // … and once the page has fetched all it was going to (a notice's words come after the
  // first events), no notice is there.
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('status').filter({ hasText: /\S/ })).toHaveCount(0);
});

test('a link made with a file open names no Open store…, and says whose timeline is shown', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 480 });
  await page.goto('/embed/?store=file:incidents.csv');
  const said = notice(page, 'incidents.csv');
  await expect(said).toHaveText(
    /a file open on its author’s computer \(“incidents\.csv”\), which no link can open: it shows this site’s own timeline instead\./,
  );
  await expect(said).not.toContainText('Open store');
  await expect(page.getByText('This site’s default store')).toBeVisible();
});

test('in Spanish', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 480 });
  await page.goto('/embed/?lang=es&store=file:incidents.csv&event=no-such-event');
  await expect(
    notice(page, 'El evento que este marco debía abrir no está en esta cronología.'),
  ).toBeVisible();
  const file = notice(page, 'incidents.csv');
  await expect(file).toContainText('ningún enlace puede abrir');
  await expect(file).not.toContainText('Abrir almacén');
});

test('the full page still tells the link’s author what was cleaned', async ({ page }) => {
  await page.goto('/?event=no-such-event');
  const said = notice(page, 'Parts of the link were ignored, and the address was cleaned:');
  await expect(said).toContainText('No event “no-such-event” in this store.');
});
