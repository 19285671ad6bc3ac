import { expect, test } from './fixtures';
import { timeline } from './helpers/app';
import { expectNoAxeViolations } from './helpers/axe';

/**
 * An embed whose link searches or filters (session 53's tester): the frame has no search box
 * and no filters, so a link that left no events showed an empty grid with nothing to say why
 * or to undo it, and a link that filtered gave the reader no hint that it did.
 */

test.use({ viewport: { width: 600, height: 400 } });

test('a search that matches nothing says so over the timeline, and Show all events shows them', async ({
  page,
}) => {
  await page.goto('/embed/?q=zzzzzzqqq');
  const note = page.getByText('No events in this timeline match the search “zzzzzzqqq”.');
  await expect(note).toBeVisible();
  // Over the timeline's empty grid, where the events would be.
  const area = (await timeline(page).locator('.vis-panel.vis-center').boundingBox())!;
  const box = (await note.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(area.y);
  expect(box.y + box.height).toBeLessThanOrEqual(area.y + area.height);
  // No event to choose: no hint to choose one.
  await expect(page.getByText('Choose an event to read its sources.')).toHaveCount(0);

  await page.getByRole('button', { name: 'Show all events' }).click();
  await expect(note).toHaveCount(0);
  await expect(timeline(page).locator('.tl-item__title').first()).toBeVisible();
  await expect(page.getByText('Choose an event to read its sources.')).toBeVisible();
  await expect(page.getByText(/^Filtered:/)).toHaveCount(0);
  // Its button gone, the focus is on the timeline, not the page's body.
  await expect(timeline(page)).toBeFocused();
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBeNull();
  // The full view's link follows: the whole store there too.
  await expect
    .poll(async () =>
      new URL(
        (await page.getByRole('link', { name: 'Open in Sourceline' }).getAttribute('href'))!,
      ).searchParams.get('q'),
    )
    .toBeNull();
});

test("the link's search is shown as text, never as markup", async ({ page }) => {
  await page.goto(`/embed/?q=${encodeURIComponent('<b>zzqq</b>')}`);
  const note = page.getByText('No events in this timeline match the search “<b>zzqq</b>”.');
  await expect(note).toBeVisible();
  await expect(note.locator('b')).toHaveCount(0);
});

test('a search with filters that leave events: a line says what applies', async ({ page }) => {
  await page.goto('/embed/?actors=china,south-korea&q=seoul');
  const line = page.getByText('Filtered: search “seoul”, 2 actors', { exact: true });
  await expect(line).toBeVisible();
  await expect(timeline(page).locator('.tl-item__title').first()).toBeVisible();
  // Above the timeline, in the frame, on one line.
  const box = (await line.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual((await timeline(page).boundingBox())!.y + 1);
  expect(box.height).toBeLessThan(24);
  await expect(page.getByRole('button', { name: 'Show all events' })).toHaveCount(0);
});

test('in Spanish', async ({ page }) => {
  await page.goto('/embed/?lang=es&q=zzzzzzqqq&actors=china');
  await expect(
    page.getByText(
      'Ningún evento de esta cronología coincide con la búsqueda «zzzzzzqqq» y sus filtros.',
    ),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mostrar todos los eventos' })).toBeVisible();
});

test('axe: the note over an embed that the link leaves empty, and the filtered line', async ({
  page,
}) => {
  // axe walks the whole page: seconds of work on a busy machine.
  test.slow();
  for (const query of ['q=zzzzzzqqq', 'actors=china,south-korea&q=seoul']) {
    await page.goto(`/embed/?${query}`);
    await expect(page.getByText(/^(No events in this timeline|Filtered:)/)).toBeVisible();
    await expectNoAxeViolations(page, query);
  }
});
