import { expect, test } from './fixtures';
import { details, detailsHeading } from './helpers/app';
import {
  TEST_EVENTS,
  TEST_STORE_TITLE,
  json,
  routeStore,
  storePath,
  testStore,
} from './helpers/store-loading';

/**
 * An address written out in a summary (an importer's "label (https://…)" where the page had
 * a link, or an author's "see https://…") is a link a reader can follow, opening in a new
 * tab; anything else that looks like an address stays text.
 */

const PATH = storePath('summary-links.json');
const ADDRESS = 'https://example.org/marren-strait/talks';

test('an address in a summary is a link to it, in a new tab; other schemes and bare names stay text', async ({
  page,
}) => {
  const store = testStore() as { events: Record<string, unknown>[] };
  store.events[0]!.summary =
    `The ministry's statement (${ADDRESS}).\n\n` +
    'Also written: javascript:alert(1), www.example.org and press@example.org.';
  await routeStore(page, PATH, (route) => route.fulfill(json(JSON.stringify(store))));
  await page.goto(`/?store=${PATH}&event=${TEST_EVENTS.talks.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEST_STORE_TITLE);
  await expect(detailsHeading(page)).toHaveText(TEST_EVENTS.talks.title);

  // As read on the screen (the link's description is in the page, hidden).
  const summary = details(page).locator('.event-details__summary');
  await expect(summary).toHaveText(
    [
      `The ministry's statement (${ADDRESS}↗).`,
      'Also written: javascript:alert(1), www.example.org and press@example.org.',
    ],
    { useInnerText: true },
  );
  const link = summary.getByRole('link');
  await expect(link).toHaveCount(1);
  await expect(link).toHaveAccessibleName(ADDRESS);
  await expect(link).toHaveAttribute('href', ADDRESS);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(link).toHaveAccessibleDescription('Opens in a new tab');
});
