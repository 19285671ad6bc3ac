import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { type StoreJson, details, detailsHeading, fetchStore, timeline } from './helpers/app';
import { json, routeStore, storePath } from './helpers/store-loading';

/**
 * Store text with words longer than any column: an address as a title, an imported id as an
 * actor's name, a place, a tag, a quote with no space in it. Each stays inside its panel, the
 * actor's lane label leaves the timeline its width, and a long store title does not take the
 * screen's height. Before, the lane column took all but 40 px of the timeline, and the
 * details ran out of their panel, cut off at its edge.
 */

const TITLE =
  'The very long and unusually detailed title of a timeline that someone imported from a ' +
  'spreadsheet without thinking about how it would look in a header, 1990–2030, with notes';
const ACTOR = 'MinistryOfForeignAffairsOfTheRussianFederationDepartmentOfAsianAffairsAndPacific';
const EVENT_TITLE =
  'https://www.example.org/a/very/long/path/that/never/breaks/because/it/has/no/spaces/at/all.html';
const PLACE = 'P'.repeat(120);
const TAG = 't'.repeat(90);
const SUMMARY = 'x'.repeat(600);
const QUOTE = 'Q'.repeat(300);
const TRANSLATION = 'T'.repeat(300);

interface LooseStore extends StoreJson {
  actors: (StoreJson['actors'][number] & Record<string, unknown>)[];
  events: (StoreJson['events'][number] & Record<string, unknown>)[];
}

/** The default store, its first event and first actor given unbreakable words. */
function longTextStore(store: LooseStore): { store: LooseStore; eventId: string } {
  const first = store.events[0]!;
  const source = store.sources.find((s) => s.id === first.excerpts![0]!.source)!;
  const excerpt = { source: source.id, quote: QUOTE, translation: TRANSLATION };
  // An actor of the event with a lane of its own (not a member of another).
  const laneActor = store.actors.find((a) => first.actors.includes(a.id) && !a.memberOf)!;
  return {
    eventId: first.id,
    store: {
      ...store,
      title: TITLE,
      sources: store.sources.map((s) =>
        s === source ? { ...s, text: `${s.text ?? ''} ${QUOTE}` } : s,
      ),
      actors: store.actors.map((a) => (a.id === laneActor.id ? { ...a, name: ACTOR } : a)),
      events: store.events.map((e) =>
        e === first
          ? {
              ...e,
              title: EVENT_TITLE,
              summary: SUMMARY,
              tags: [TAG],
              place: { ...(e.place as object), name: PLACE },
              excerpts: [excerpt],
            }
          : e,
      ),
    },
  };
}

async function rightEdge(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (box === null) throw new Error(`not on the page: ${locator.toString()}`);
  return box.x + box.width;
}

async function openLongTextStore(page: Page, request: Parameters<typeof fetchStore>[0]) {
  const { store, eventId } = longTextStore((await fetchStore(request)) as LooseStore);
  const path = storePath('long-text.json');
  await routeStore(page, path, (route) => route.fulfill(json(JSON.stringify(store))));
  await page.goto(`/?store=${path}&event=${eventId}`);
  await expect(detailsHeading(page)).toHaveText(EVENT_TITLE);
}

for (const { name, width, height } of [
  { name: 'desktop', width: 1280, height: 720 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`unbreakable store text stays inside the event's details (${name})`, async ({
    page,
    request,
  }) => {
    await page.setViewportSize({ width, height });
    await openLongTextStore(page, request);
    const panel = details(page);
    const panelRight = await rightEdge(panel);
    const parts: [string, Locator][] = [
      ['title', detailsHeading(page)],
      ['actor', panel.getByText(ACTOR, { exact: true })],
      ['place', panel.getByText(PLACE, { exact: true })],
      ['tag', panel.getByText(TAG, { exact: true })],
      ['summary', panel.getByText(SUMMARY, { exact: true })],
      ['quote', panel.locator('blockquote').filter({ hasText: QUOTE })],
      ['translation', panel.getByText(TRANSLATION)],
    ];
    for (const [part, locator] of parts) {
      await locator.scrollIntoViewIfNeeded();
      expect(await rightEdge(locator), `the ${part} ends inside the panel`).toBeLessThanOrEqual(
        panelRight + 0.5,
      );
    }
  });
}

test('a long actor name leaves the timeline its width, and the filter its count', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openLongTextStore(page, request);

  // The lane's label is cut, and the whole name is its tooltip.
  const region = timeline(page);
  const lane = region.getByTitle(ACTOR, { exact: true });
  const laneBox = (await lane.boundingBox())!;
  const regionBox = (await region.boundingBox())!;
  expect(laneBox.width, 'the lane label against the timeline').toBeLessThan(regionBox.width * 0.4);

  // In the Actors filter the name wraps before its count.
  const actors = page.getByRole('group', { name: 'Actors' });
  const checkbox = page.getByRole('checkbox', { name: new RegExp(`^${ACTOR}`) });
  await expect(actors.getByRole('checkbox', { name: new RegExp(`^${ACTOR}`) })).toBeVisible();
  const label = actors.locator('label').filter({ has: checkbox });
  const nameRight = await rightEdge(label.getByText(ACTOR, { exact: true }));
  const countBox = (await label.getByText(/^\d+$/).boundingBox())!;
  expect(nameRight, 'the name ends before its count').toBeLessThanOrEqual(countBox.x);
});

test('a long store title takes three lines of the header at most, whole in its tooltip', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openLongTextStore(page, request);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(TITLE);
  await expect(heading).toHaveAttribute('title', TITLE);
  const lineHeight = await heading.evaluate((h) => parseFloat(getComputedStyle(h).lineHeight));
  const box = (await heading.boundingBox())!;
  expect(box.height, 'the title in lines').toBeLessThanOrEqual(lineHeight * 3 + 1);
});
