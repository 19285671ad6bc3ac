import type {
  APIRequestContext,
  Browser,
  BrowserContextOptions,
  FrameLocator,
  Locator,
  Page,
} from '@playwright/test';
import { expect } from '../fixtures';

/**
 * Shared vocabulary for the end-to-end specs: the app's landmarks found by role and
 * accessible name (docs/ui-contract.md), the default store as the oracle, and the few
 * places where only CSS reaches (vis-timeline's own item DOM has no roles).
 */

export const TOTAL_EVENTS = 18;
export const STORE_TITLE = 'Russia and North Korea, 2000–2024';

/** The three events issue 2 names, by id, with their titles and dates as the store gives them. */
export const INVASION = {
  id: 'russia-invades-ukraine',
  title: 'Russia invades Ukraine',
  date: '24 February 2022',
};
export const SUMMIT = {
  id: 'vostochny-summit-2023',
  title: 'Putin hosts Kim at a summit in the Russian Far East',
  date: '13 September 2023',
};
export const TREATY = {
  id: 'comprehensive-strategic-partnership-signed',
  title: 'Kim and Putin sign a comprehensive strategic partnership with a mutual-defence clause',
  date: '19 June 2024',
};
/** Dated to a month only ("2024-06"): must read "June 2024", never "1 June 2024". */
export const MONTH_ONLY = {
  id: 'fears-russia-aids-north-korea-weapons-programmes',
  title: "The US and its allies fear Russia may help North Korea's nuclear and missile programmes",
  date: 'June 2024',
};

// ---------------------------------------------------------------- the store as oracle

export interface StoreJson {
  title: string;
  language: string;
  sources: { id: string; title: string; language: string; text?: string }[];
  actors: { id: string; name: string; memberOf?: string }[];
  events: {
    id: string;
    title: string;
    start: string;
    end?: string;
    actors: string[];
    excerpts?: { source: string; quote: string; translation?: string }[];
  }[];
}

/** The default store, fetched as any client would, to check what the page shows against it. */
export async function fetchStore(request: APIRequestContext): Promise<StoreJson> {
  const response = await request.get('/data/events.json');
  expect(response.ok(), 'the default store is served at /data/events.json').toBe(true);
  return (await response.json()) as StoreJson;
}

/** "Verbatim" in the format's sense: equal after runs of white space collapse to one space. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function storeEvent(store: StoreJson, id: string) {
  const event = store.events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`the store has no event ${id}`);
  return event;
}

/**
 * Titles of the events an actor filter should keep, computed from the raw store: an actor
 * takes part in an event when it or one of its members does (Russia includes Putin).
 */
export function titlesMatching(
  store: StoreJson,
  actorIds: readonly string[],
  match: 'any' | 'all',
): string[] {
  const ancestors = (id: string): string[] => {
    const chain = [id];
    let parent = store.actors.find((actor) => actor.id === id)?.memberOf;
    while (parent !== undefined && !chain.includes(parent)) {
      chain.push(parent);
      parent = store.actors.find((actor) => actor.id === parent)?.memberOf;
    }
    return chain;
  };
  return store.events
    .filter((event) => {
      const involved = new Set(event.actors.flatMap(ancestors));
      return match === 'any'
        ? actorIds.some((id) => involved.has(id))
        : actorIds.every((id) => involved.has(id));
    })
    .map((event) => event.title)
    .sort();
}

// ---------------------------------------------------------------- landmarks

export const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline', exact: true });
export const details = (page: Page) => page.getByRole('region', { name: 'Event details' });
export const detailsHeading = (page: Page) => details(page).getByRole('heading', { level: 2 });
export const eventList = (page: Page) => page.getByRole('list', { name: 'Events', exact: true });
export const eventCount = (page: Page) =>
  page.getByRole('region', { name: 'Events', exact: true }).getByText(/^(\d+ of )?\d+ events?$/);
export const actorsGroup = (page: Page) => page.getByRole('group', { name: 'Actors' });
/** Checkbox names are the actor's name followed by its event count ("Russia 16"). */
export const actorCheckbox = (page: Page, name: string) =>
  actorsGroup(page).getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(name)}\\b`) });
export const notices = (page: Page) => page.getByRole('status');

/** The "Showing … to …: n of m events in view." sentence that describes the timeline. */
export const windowDescription = (page: Page) =>
  timeline(page).getByText(/^Showing .+ to .+: \d+ of \d+ events? in view\.$/);

export function listButton(page: Page, title: string): Locator {
  return eventList(page).getByRole('button', {
    name: new RegExp(`^${escapeRegExp(title)}`),
  });
}

/**
 * An event's item on the timeline. vis-timeline draws items as plain divs with no role,
 * so the item is found by its class (`.vis-item`, vis-timeline's own DOM) and then by the
 * title text a person reads on it, or, for an item too narrow for its label at this zoom
 * (a compact mark), by the mark's accessible name, which begins with the title. An event
 * appears once per lane; the first is the topmost lane's.
 */
export function timelineItem(page: Page, title: string): Locator {
  const label = page.getByText(title, { exact: true });
  const mark = page.locator('.tl-item--mark').and(page.getByRole('img', { name: title }));
  return timeline(page)
    .locator('.vis-item')
    .filter({ has: label.or(mark) })
    .first();
}

/** The item's start (its left end, where its dot or bar begins) lies inside the timeline's box. */
export async function expectOnTimeline(page: Page, title: string) {
  const item = timelineItem(page, title);
  await expect(item, `"${title}" is drawn on the timeline`).toBeVisible();
  await expect
    .poll(
      async () => {
        const box = await item.boundingBox();
        // vis-timeline's centre panel (no role of its own) is the part that clips its items.
        const area = await timeline(page).locator('.vis-panel.vis-center').first().boundingBox();
        if (!box || !area) return false;
        const x = box.x + 4;
        const y = box.y + box.height / 2;
        return x >= area.x && x <= area.x + area.width && y >= area.y && y <= area.y + area.height;
      },
      { message: `"${title}" lies inside the visible part of the timeline` },
    )
    .toBe(true);
}

/**
 * The time axis's labels that a person sees cut: each visible label (`.vis-time-axis
 * .vis-text`, vis-timeline's own DOM, no role) whose text shows in part but not whole,
 * clipped by the edges of the time area (the timeline's panel under the axis) or by its
 * own box; and a line saying so when fewer than two are shown whole (an axis hidden
 * away would cut none). Empty when every label in sight is shown whole.
 */
export async function cutAxisLabels(scope: Page | FrameLocator): Promise<string[]> {
  const region = scope.getByRole('region', { name: 'Timeline', exact: true });
  await expect(region.locator('.vis-time-axis .vis-text').first()).toBeAttached();
  return region.locator('.vis-timeline').evaluate((root) => {
    const area = root.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    const range = document.createRange();
    let whole = 0;
    const cut = [
      ...root.querySelectorAll<HTMLElement>('.vis-time-axis .vis-text:not(.vis-measure)'),
    ].flatMap((label) => {
      const style = getComputedStyle(label);
      if (style.visibility !== 'visible' || style.display === 'none' || style.opacity === '0')
        return [];
      range.selectNodeContents(label);
      const text = range.getBoundingClientRect();
      const box = label.getBoundingClientRect();
      const left = Math.max(area.left, box.left);
      const right = Math.min(area.right, box.right);
      // Nothing of it in sight.
      if (text.width === 0 || text.right <= left || text.left >= right) return [];
      if (text.left >= left - 0.5 && text.right <= right + 0.5) {
        whole++;
        return [];
      }
      const at = (x: number) => Math.round(x - area.left);
      return [
        `"${label.textContent ?? ''}" spans ${at(text.left)}–${at(text.right)} px, shown ${at(left)}–${at(right)} of the time area's 0–${at(area.right)}`,
      ];
    });
    // An axis is read by its labels: hiding them all would cut none.
    return whole >= 2 ? cut : [...cut, `only ${whole} labels shown whole`];
  });
}

/**
 * Whether the selected event's item (one of them: an event is drawn once in each of its
 * lanes) lies within the visible part of the timeline: its whole height inside the time
 * area, which the lanes scroll in, and its start inside it. Found as `timelineItem` finds
 * an item, by its title or its mark's name, among those vis-timeline marks selected.
 */
export async function selectedItemInView(scope: Page | FrameLocator, title: string) {
  const region = scope.getByRole('region', { name: 'Timeline', exact: true });
  const label = scope.getByText(title, { exact: true });
  const mark = scope.locator('.tl-item--mark').and(scope.getByRole('img', { name: title }));
  const items = region.locator('.vis-item.vis-selected').filter({ has: label.or(mark) });
  const area = await region.locator('.vis-panel.vis-center').first().boundingBox();
  if (!area) return false;
  for (const box of await items.evaluateAll((elements) =>
    elements.map((element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return { x, y, width, height };
    }),
  )) {
    const start = box.x + Math.min(4, box.width / 2);
    if (
      box.height > 0 &&
      start >= area.x &&
      start <= area.x + area.width &&
      box.y >= area.y - 0.5 &&
      box.y + box.height <= area.y + area.height + 0.5
    )
      return true;
  }
  return false;
}

/** Clicks an item near its start, as a person clicks the dot or bar (its label may run off-screen). */
export async function clickTimelineItem(page: Page, title: string) {
  const item = timelineItem(page, title);
  await expect(item).toBeVisible();
  const box = await item.boundingBox();
  // A compact mark may be narrower than 8 px.
  const x = Math.min(8, (box?.width ?? 16) / 2);
  await item.click({ position: { x, y: (box?.height ?? 20) / 2 } });
}

/** Selects an event from the list, as a person does, and waits for its details. */
export async function chooseFromList(page: Page, title: string) {
  await listButton(page, title).click();
  await expect(detailsHeading(page)).toHaveText(title);
}

/** Opens the app and waits until the default store is on screen. */
export async function openApp(page: Page, query = '') {
  await page.goto(`/${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(STORE_TITLE);
  await expect(windowDescription(page)).toBeVisible();
  // The list comes a moment after the first events are drawn (lib/after-first-paint.ts).
  await expect(eventCount(page)).toBeVisible();
}

// ---------------------------------------------------------------- windows and links

export interface UrlWindow {
  from: string;
  to: string;
  span: number;
}

export function windowOf(url: string): UrlWindow | null {
  const params = new URL(url).searchParams;
  const from = params.get('from');
  const to = params.get('to');
  if (from === null || to === null) return null;
  return { from, to, span: Date.parse(to) - Date.parse(from) };
}

/** The day of a link's `from`, as the timeline's description writes it. */
export function dayOf(value: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(value));
}

/** The last day a link's `to` shows: the window stops at `to`, so `to` at midnight is not in it. */
export function lastDayOf(to: string): string {
  return dayOf(new Date(Date.parse(to) - 1).toISOString());
}

/** Waits until the address bar holds a window (the app writes it shortly after a change). */
export async function currentWindow(page: Page): Promise<UrlWindow> {
  await expect
    .poll(() => windowOf(page.url()), { message: 'the address has from/to' })
    .not.toBeNull();
  return windowOf(page.url())!;
}

export const historyLength = (page: Page) => page.evaluate(() => window.history.length);

/**
 * One parameter of the address bar, polled. The app writes a history entry after the change
 * it records is painted (app/url-sync.ts), so the address can trail what is on screen by a
 * frame or two: read at once, it can still show the step before.
 *
 * Wait for it before `page.goBack()` too. Playwright's goBack reads the history and then opens
 * the entry before the current one by its id; an entry the app writes between the two makes
 * it land two steps back, which no Back button does.
 */
export const addressParam = (page: Page, key: string) =>
  expect.poll(() => new URL(page.url()).searchParams.get(key), {
    message: `the address's "${key}"`,
  });

// ---------------------------------------------------------------- extra pages

/**
 * A page in a fresh browser context (no shared storage or history), failing the test on
 * console errors and uncaught exceptions just as the `page` fixture does.
 */
export async function freshPage(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 960 },
    permissions: ['clipboard-read', 'clipboard-write'],
    ...options,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return {
    page,
    async close() {
      await context.close();
      expect(errors, 'console errors or uncaught exceptions in the fresh page').toEqual([]);
    },
  };
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A header action by name. On a phone the secondary actions are behind `More`: it is
 * opened first when it is there and closed (wider screens have no `More`).
 */
export async function headerAction(page: Page, name: string): Promise<Locator> {
  const more = page.getByRole('button', { name: 'More', exact: true });
  const action = page.getByRole('button', { name, exact: true });
  // Both arrive a moment after the first events (a phone's `More`, the secondary actions):
  // wait for whichever this screen has, as a person would, before choosing.
  await expect(action.or(more).first()).toBeVisible();
  if ((await more.isVisible()) && (await more.getAttribute('aria-expanded')) !== 'true')
    await more.click();
  return action;
}
