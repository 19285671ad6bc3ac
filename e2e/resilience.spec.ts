import { expect, test } from './fixtures';
import {
  STORE_TITLE,
  SUMMIT,
  TREATY,
  type StoreJson,
  chooseFromList,
  detailsHeading,
  eventCount,
  eventList,
  fetchStore,
  notices,
  openApp,
  timeline,
  windowOf,
} from './helpers/app';
import { expectNoAxeViolations } from './helpers/axe';

/**
 * One part failing leaves the rest of the page usable, with a message where the part was;
 * a link that no longer matches its store opens with a notice, never an error.
 */

const FAILURE = 'Simulated failure of the timeline overview';

test.describe('a part that fails', () => {
  // React reports the error it caught (console.error), the boundary a warning: both expected.
  test.use({ allowedConsoleErrors: [new RegExp(FAILURE)] });

  test('the timeline failing leaves the filters, list and details working, with a message', async ({
    page,
  }) => {
    // The timeline's overview band measures its canvas with a ResizeObserver: make that
    // throw, once, for canvases only (the event list observes its own box and must not fail).
    await page.addInitScript((message) => {
      const Original = window.ResizeObserver;
      let failed = false;
      window.ResizeObserver = class extends Original {
        override observe(target: Element, options?: ResizeObserverOptions) {
          if (!failed && target instanceof HTMLCanvasElement) {
            failed = true;
            throw new Error(message);
          }
          super.observe(target, options);
        }
      };
    }, FAILURE);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(STORE_TITLE);

    // Where the timeline was: a message, in an alert, and a way to try again.
    const failed = page.getByRole('alert').filter({ hasText: 'Timeline' });
    await expect(failed).toContainText('this part of the page failed');
    await expect(timeline(page)).toHaveCount(0);
    await expect(page.getByRole('alert')).toHaveCount(1);
    await expectNoAxeViolations(page, 'a part failed');

    // Everything else works: the list, the details, the filters, the keyboard.
    await chooseFromList(page, SUMMIT.title);
    await expect(page).toHaveURL(new RegExp(`[?&]event=${SUMMIT.id}`));
    await page.getByRole('group', { name: 'Actors' }).getByRole('checkbox').first().check();
    await expect(eventCount(page)).toHaveText(/ of /);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.keyboard.press('ArrowRight');
    await expect(detailsHeading(page)).not.toHaveText(SUMMIT.title);

    // Try again: this time the observer works, and the timeline is back.
    await failed.getByRole('button', { name: 'Try again' }).click();
    await expect(timeline(page)).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(timeline(page).locator('.vis-item').first()).toBeVisible();
  });
});

test.describe('the app failing to load', () => {
  // The browser reports the aborted request and the failed import.
  test.use({ allowedConsoleErrors: [/net::ERR_FAILED|dynamically imported module/] });

  test('says so instead of leaving a blank page', async ({ page }) => {
    await page.route('**/boot-app*', (route) => route.abort());
    await page.goto('/');
    await expect(page.getByRole('alert')).toHaveText(
      'Sourceline could not load. Check your connection and reload the page.',
    );
  });
});

test.describe('a store that changed under a link', () => {
  test('an event gone from the store opens with a notice, and the rest of the link applies', async ({
    page,
  }) => {
    const original = await fetchStore(page.request);
    let served: StoreJson = original;
    await page.route(
      (url) => url.pathname === '/test-stores/changing.json',
      (route) => route.fulfill({ json: served }),
    );

    // A link made while the store still had the treaty event.
    await openApp(page, '?store=/test-stores/changing.json');
    await chooseFromList(page, TREATY.title);
    await page.getByRole('group', { name: 'Actors' }).getByRole('checkbox').first().check();
    await expect(eventCount(page)).toHaveText(/ of /);
    // The filter's history entry is written after the change is painted: the link is taken
    // once the address bar shows it, as a person copying it would see.
    await expect(page).toHaveURL(/[?&]actors=/);
    await expect.poll(() => windowOf(page.url())).not.toBeNull();
    const link = page.url();
    const window = windowOf(link)!;
    const actors = new URL(link).searchParams.get('actors');

    // The store is republished without that event; the link is opened again.
    served = { ...original, events: original.events.filter((event) => event.id !== TREATY.id) };
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(STORE_TITLE);
    await expect(notices(page)).toContainText(`No event “${TREATY.id}” in this store.`);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(detailsHeading(page)).toHaveCount(0);
    // The address drops the event, and keeps the store, the window and the filter.
    await expect(page).not.toHaveURL(/[?&]event=/);
    const clean = new URL(page.url()).searchParams;
    expect(clean.get('store')).toBe('/test-stores/changing.json');
    expect(actors).not.toBeNull();
    expect(clean.get('actors')).toBe(actors);
    expect(windowOf(page.url())).toEqual(window);
    await expect(eventCount(page)).toHaveText(/ of /);
    await expect(eventList(page).getByRole('button').first()).toBeVisible();
  });
});
