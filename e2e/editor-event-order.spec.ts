import { expect, test } from './fixtures';
import { openForEditing } from './helpers/editor';

/** A store whose file lists its events out of date order, as a spreadsheet often does. */
const STORE = {
  format: 'sourceline/1',
  title: 'Out of order',
  language: 'en',
  sources: [{ id: 'report', title: 'Report', language: 'en', text: 'A. B. C. D.' }],
  actors: [{ id: 'russia', name: 'Russia', kind: 'state' }],
  events: [
    { id: 'treaty', title: 'Treaty', start: '2024-06-19' },
    { id: 'invasion', title: 'Invasion', start: '2022-02-24' },
    { id: 'undated', title: 'Undated', start: '' },
    { id: 'summit', title: 'Summit', start: '2023-09-13' },
  ].map((event, i) => ({
    ...event,
    actors: ['russia'],
    excerpts: [{ source: 'report', quote: `${'ABCD'[i]}.` }],
  })),
};

test('Draft events are listed by date, follow a date as it is edited, and can follow the file', async ({
  page,
}) => {
  await openForEditing(page, {
    name: 'out-of-order.json',
    mimeType: 'application/json',
    text: JSON.stringify(STORE),
  });
  const list = page.getByRole('list', { name: 'Draft events' });
  const rows = list.getByRole('button');
  // By date, as the explorer shows them; the event with no date yet last.
  await expect(rows).toHaveText([/^Invasion/, /^Summit/, /^Treaty/, /^Undated/]);

  // Given a date, the event takes its place, still the one chosen and still in view.
  await rows.filter({ hasText: /^Undated/ }).click();
  await page.getByRole('textbox', { name: 'Start', exact: true }).fill('2000-07-19');
  await expect(rows).toHaveText([/^Undated/, /^Invasion/, /^Summit/, /^Treaty/]);
  await expect(rows.first()).toHaveAttribute('aria-pressed', 'true');
  await expect(rows.first()).toContainText('19 July 2000');

  // The file's order, on request.
  await page.getByRole('combobox', { name: 'Order', exact: true }).selectOption('As in the file');
  await expect(rows).toHaveText([/^Treaty/, /^Invasion/, /^Undated/, /^Summit/]);
});
