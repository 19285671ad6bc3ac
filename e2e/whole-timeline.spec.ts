import { expect, test } from './fixtures';
import { INVASION, TOTAL_EVENTS, detailsHeading, openApp, windowDescription } from './helpers/app';
import { serveArticle } from './helpers/article-page';
import { TEST_STORE_TITLE, json, routeStore, storePath, testStore } from './helpers/store-loading';

/**
 * A person's own small timeline opens on all of it, and an embed code can show the whole
 * timeline whatever the view was (a new user's report, item 5: a 10-event draft opened on
 * "6 of 10 events in view", and its embed code kept that window).
 */

/** Ten events: four in 2022–2023, then, after nine quiet months, six in 2024–2025. */
const REPORTER_DATES = [
  '2022-02-24',
  '2022-09-05',
  '2023-07-27',
  '2023-09-13',
  '2024-06-10',
  '2024-06-19',
  '2024-06-20',
  '2024-10-23',
  '2024-11-12',
  '2025-01-28',
];

function reporterStore() {
  const store = testStore();
  const [talks] = store.events as { excerpts: unknown }[];
  return testStore({
    events: REPORTER_DATES.map((start, i) => ({
      id: `event-${i + 1}`,
      title: `Event ${i + 1} of the reporter's timeline`,
      start,
      actors: [i % 2 ? 'veldia' : 'ostmark'],
      excerpts: talks!.excerpts,
    })),
  });
}

test('a small store of ten events opens with all ten in view', async ({ page }) => {
  const path = storePath('reporter.json');
  await routeStore(page, path, (route) => route.fulfill(json(JSON.stringify(reporterStore()))));
  await page.goto(`/?store=${path}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEST_STORE_TITLE);
  await expect(windowDescription(page)).toContainText(': 10 of 10 events in view.');
});

test('the Embed code can show the whole timeline, with no event open, whatever the view', async ({
  page,
}) => {
  // A view on one event, of which the code for "This view" keeps the window and the event.
  await openApp(page, `?event=${INVASION.id}`);
  await expect(detailsHeading(page)).toHaveText(INVASION.title);
  await expect(windowDescription(page)).not.toContainText(`${TOTAL_EVENTS} of ${TOTAL_EVENTS}`);
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  const shows = dialog.getByRole('group', { name: 'Show' });
  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  await expect(shows.getByRole('radio', { name: 'This view' })).toBeChecked();
  await expect(code).toHaveValue(new RegExp(`event=${INVASION.id}`));

  await expect(dialog).toHaveAccessibleDescription(
    /This view keeps its dates and the selected event\.$/,
  );
  await shows.getByRole('radio', { name: 'The whole timeline' }).check();
  // The dialog says what that code opens on: the store's first to last day as it is now (an
  // event dated "2024-06" runs to the end of June).
  await expect(dialog).toHaveAccessibleDescription(
    /It opens on the whole timeline as it is now, 19 July 2000 to 30 June 2024, with no event selected\.$/,
  );
  await expect(code).toHaveValue(/^<iframe /);
  await expect(code).not.toHaveValue(/event=/);
  // Selected, ready for Ctrl+C, as when the dialog opened.
  await expect
    .poll(() =>
      code.evaluate((area: HTMLTextAreaElement) => area.selectionEnd - area.selectionStart),
    )
    .toBe((await code.inputValue()).length);

  const article = await serveArticle(await code.inputValue());
  try {
    await page.goto(article.url);
    const frame = page.frameLocator('iframe');
    await expect(
      frame
        .getByRole('region', { name: 'Timeline', exact: true })
        .getByText(/^Showing .+ to .+: \d+ of \d+ events? in view\.$/),
    ).toContainText(`${TOTAL_EVENTS} of ${TOTAL_EVENTS} events in view`);
    // No event open: the frame shows no details, and says an event can be chosen.
    await expect(frame.getByText('Choose an event to read its sources.')).toBeVisible();
    await expect(frame.getByRole('region', { name: 'Event details' })).toHaveCount(0);
  } finally {
    await article.close();
  }
});
