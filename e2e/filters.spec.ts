import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  INVASION,
  TOTAL_EVENTS,
  TREATY,
  actorCheckbox,
  chooseFromList,
  details,
  detailsHeading,
  eventCount,
  eventList,
  fetchStore,
  openApp,
  timeline,
  timelineItem,
  titlesMatching,
  windowDescription,
} from './helpers/app';

/** The list holds exactly these events: one button per title, whose name begins with it. */
async function expectListed(page: Page, titles: string[]) {
  const names = await eventList(page).getByRole('button').allInnerTexts();
  expect(names).toHaveLength(titles.length);
  for (const title of titles) {
    expect(
      names.filter((name) => name.startsWith(title)),
      `"${title}" is listed`,
    ).toHaveLength(1);
  }
}

async function expectShown(page: Page, titles: string[]) {
  await expect(eventList(page).getByRole('listitem')).toHaveCount(titles.length);
  await expect(eventCount(page)).toHaveText(
    titles.length === TOTAL_EVENTS
      ? `${TOTAL_EVENTS} events`
      : `${titles.length} of ${TOTAL_EVENTS} events`,
  );
  await expectListed(page, titles);
  // The timeline counts the same events (of which those in its window are in view).
  await expect(windowDescription(page)).toContainText(
    new RegExp(`: [\\d,]+ of ${titles.length} events? in view\\.$`),
  );
}

test.describe('filtering by actor', () => {
  test('choosing China leaves only its event, on the timeline and in the list', async ({
    page,
  }) => {
    const store = await fetchStore(page.request);
    await openApp(page);
    await expect(timelineItem(page, INVASION.title)).toBeVisible();

    const china = actorCheckbox(page, 'China');
    await china.check();
    await expect(china).toBeChecked();
    const expected = titlesMatching(store, ['china'], 'any');
    expect(expected).toEqual(['China, an important ally of both, keeps a discreet stance']);
    await expectShown(page, expected);

    await expect(timelineItem(page, expected[0]!)).toBeVisible();
    await expect(timelineItem(page, INVASION.title)).toHaveCount(0);
    await expect(timelineItem(page, TREATY.title)).toHaveCount(0);
    await expect(page).toHaveURL(/[?&]actors=china(&|$)/);
  });

  test('choosing Ukraine shows the events Ukraine takes part in', async ({ page }) => {
    const store = await fetchStore(page.request);
    await openApp(page);
    await actorCheckbox(page, 'Ukraine').check();
    const expected = titlesMatching(store, ['ukraine'], 'any');
    expect(expected).toContain(INVASION.title);
    await expectShown(page, expected);
    await expect(timelineItem(page, INVASION.title)).toBeVisible();
    await expect(timelineItem(page, TREATY.title)).toHaveCount(0);
  });

  test("choosing Russia includes Vladimir Putin's events", async ({ page }) => {
    const store = await fetchStore(page.request);
    await openApp(page);
    await actorCheckbox(page, 'Russia').check();
    const expected = titlesMatching(store, ['russia'], 'any');
    expect(expected).toHaveLength(16);
    // Listed with Putin (and Kim) only, not Russia itself: in by roll-up.
    const putinOnly = 'Putin arrives in Pyongyang and is greeted by Kim with a hug';
    expect(expected).toContain(putinOnly);
    await expectShown(page, expected);
    await expect(
      eventList(page).getByRole('button', { name: new RegExp(`^${putinOnly}`) }),
    ).toBeVisible();
    // Russia's lane, crowded, is counted until the person asks to see each event.
    await timeline(page).getByRole('button', { name: 'Show each event in Russia' }).click();
    await expect(timelineItem(page, putinOnly)).toBeVisible();
  });

  test('Match "All" with Russia and the United States narrows to their shared events', async ({
    page,
  }) => {
    const store = await fetchStore(page.request);
    await openApp(page);
    await actorCheckbox(page, 'Russia').check();
    await actorCheckbox(page, 'United States').check();
    await expectShown(page, titlesMatching(store, ['russia', 'united-states'], 'any'));

    const match = page.getByRole('radiogroup', { name: 'Match' });
    await expect(match.getByRole('radio', { name: 'Any' })).toBeChecked();
    await match.getByRole('radio', { name: 'All' }).check();
    const shared = titlesMatching(store, ['russia', 'united-states'], 'all');
    expect(shared.length).toBeLessThan(16);
    await expectShown(page, shared);
    await expect(timelineItem(page, INVASION.title)).toHaveCount(0);
    await expect(page).toHaveURL(/[?&]actors=russia,united-states&match=all(&|$)/);

    // Adding China, which shares no event with them, leaves nothing.
    await actorCheckbox(page, 'China').check();
    await expect(eventCount(page)).toHaveText(`0 of ${TOTAL_EVENTS} events`);
    await expect(page.getByText('No events match these filters.')).toBeVisible();
    // vis-timeline's items have no role; its `.vis-item` class is the only way to count them.
    await expect(timeline(page).locator('.vis-item')).toHaveCount(0);

    // "Clear filters" restores everything.
    const clear = page.getByRole('button', { name: 'Clear filters' });
    await clear.click();
    await expectShown(page, store.events.map((event) => event.title).sort());
    for (const name of ['Russia', 'United States', 'China']) {
      await expect(actorCheckbox(page, name)).not.toBeChecked();
    }
    await expect(match.getByRole('radio', { name: 'Any' })).toBeChecked();
    await expect(clear).toBeDisabled();
    await expect(timelineItem(page, INVASION.title)).toBeVisible();
    await expect(page).not.toHaveURL(/actors=|match=/);
  });
});

test('the event being read, hidden by a filter chosen since, stays open and says why it is not listed', async ({
  page,
}) => {
  await openApp(page);
  await chooseFromList(page, TREATY.title);
  const hidden =
    'The filters or the search hide this event: it is not on the timeline or in the list.';
  await expect(details(page).getByText(hidden)).toHaveCount(0);

  // No event of this store is disputed.
  await page.getByRole('checkbox', { name: 'Disputed' }).check();
  await expect(eventCount(page)).toHaveText(`0 of ${TOTAL_EVENTS} events`);
  await expect(detailsHeading(page)).toHaveText(TREATY.title);
  await expect(details(page).getByText(hidden)).toBeVisible();

  await details(page).getByRole('button', { name: 'Clear filters' }).click();
  await expect(eventCount(page)).toHaveText(`${TOTAL_EVENTS} events`);
  await expect(details(page).getByText(hidden)).toHaveCount(0);
  await expect(detailsHeading(page)).toHaveText(TREATY.title);
  // The button went with the note: the focus is on the event, not lost to the page.
  await expect(detailsHeading(page)).toBeFocused();
});

test('Fit all fits the events the filters and the search leave, and the whole store without them', async ({
  page,
}) => {
  const store = await fetchStore(page.request);
  await openApp(page);
  const ukraine = titlesMatching(store, ['ukraine'], 'any');
  const fitAll = timeline(page).getByRole('button', { name: 'Fit all' });
  const years = async () => {
    const text = (await windowDescription(page).textContent())!;
    const [, from, to] = /^Showing .*?(\d{4}) to .*?(\d{4}):/.exec(text)!;
    return [Number(from), Number(to)];
  };
  // Ukraine's events are from 2022 on: the view fits them, not the store's 2000–2024.
  await actorCheckbox(page, 'Ukraine').check();
  await expect(eventCount(page)).toHaveText(`${ukraine.length} of ${TOTAL_EVENTS} events`);
  await fitAll.click();
  await expect(windowDescription(page)).toContainText(
    `${ukraine.length} of ${ukraine.length} events in view`,
  );
  const [from] = await years();
  expect(from).toBeGreaterThanOrEqual(2021);
  // Without a filter, every event of the store.
  await actorCheckbox(page, 'Ukraine').uncheck();
  await fitAll.click();
  await expect(windowDescription(page)).toContainText(
    `${TOTAL_EVENTS} of ${TOTAL_EVENTS} events in view`,
  );
  expect((await years())[0]).toBeLessThanOrEqual(2000);
});
