import { generateStoreJson } from '../scripts/lib/gen-store';
import { expect, test } from './fixtures';
import { openForEditing } from './helpers/editor';

/**
 * A store of many events opened for editing: every event is in `Draft events` (only the
 * rows in view are rendered), so the last one can be reached and edited like the first.
 */
const EVENTS = 1500;

test('a 1,500-event store opened for editing: the last event can be reached and chosen', async ({
  page,
}) => {
  // Generating, reading and checking 1,500 events: more than the default 30 s on a busy machine.
  test.setTimeout(90_000);
  const text = generateStoreJson({ events: EVENTS, seed: 3 });
  const store = JSON.parse(text) as { title: string; events: { title: string }[] };
  const last = store.events[EVENTS - 1]!;
  await openForEditing(page, { name: 'large.json', mimeType: 'application/json', text });
  await expect(page.getByRole('textbox', { name: 'Store title', exact: true })).toHaveValue(
    store.title,
    { timeout: 30_000 },
  );
  const list = page.getByRole('list', { name: 'Draft events' });
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(EVENTS));
  // Far fewer rows than events are in the page; scrolling to the end brings the last one.
  expect(await list.getByRole('listitem').count()).toBeLessThan(100);
  await list.evaluate((element) => {
    const scroller = element.parentElement!;
    scroller.scrollTop = scroller.scrollHeight;
  });
  // The row at position 1,500 of 1,500, as a screen reader announces it.
  const lastRow = list.locator(`li[aria-posinset="${EVENTS}"]`);
  await expect(lastRow).toBeVisible();
  await expect(lastRow.getByRole('button')).toContainText(last.title);
  await lastRow.getByRole('button').click();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(last.title);
});
