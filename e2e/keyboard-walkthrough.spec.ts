import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  SUMMIT,
  TOTAL_EVENTS,
  detailsHeading,
  eventCount,
  eventList,
  fetchStore,
  listButton,
  openApp,
  windowDescription,
} from './helpers/app';

/** The Status filter's checkboxes: one per status and one for events that state none. */
const STATUS_NAMES = ['Confirmed', 'Reported', 'Disputed', 'Refuted', 'Not stated'];

/**
 * The whole app with the keyboard alone: every control is reached with Tab, each shows
 * where the focus is, and the main tasks (choose an event, read it, go back, filter,
 * search, zoom, copy a link) need no mouse.
 */

interface Stop {
  /** What a screen reader would call it: role and name. */
  role: string;
  name: string;
  /** An outline or a ring is drawn around it, inside the viewport. */
  visible: boolean;
  style: string;
}

/** Describes the focused element and whether its focus is visible. */
async function focused(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const tag = element.localName;
    const type = element.getAttribute('type');
    const role =
      element.getAttribute('role') ??
      (tag === 'input' ? (type === 'search' ? 'searchbox' : (type ?? 'textbox')) : tag);
    const labelledBy = element.getAttribute('aria-labelledby');
    const label = (element as HTMLInputElement).labels?.[0]?.textContent;
    // The text a screen reader reads: signs marked aria-hidden (← → ☰) are not part of it.
    const readText = (node: Element) => {
      const copy = node.cloneNode(true) as Element;
      copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
      return copy.textContent;
    };
    const name = (
      element.getAttribute('aria-label') ??
      (labelledBy ? document.getElementById(labelledBy)?.textContent : null) ??
      (label || readText(element)) ??
      ''
    )
      .replace(/\s+/g, ' ')
      .trim();
    const style = getComputedStyle(element);
    const ring =
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
      (style.boxShadow !== 'none' && style.boxShadow !== '');
    const box = element.getBoundingClientRect();
    const onScreen =
      box.width > 0 &&
      box.height > 0 &&
      box.bottom > 0 &&
      box.right > 0 &&
      box.top < window.innerHeight &&
      box.left < window.innerWidth;
    return {
      role,
      name: name.slice(0, 400),
      visible: element.matches(':focus-visible') && ring && onScreen,
      style: `${style.outlineStyle} ${style.outlineWidth} / ${style.boxShadow}`,
    };
  });
}

async function expectFocusVisible(page: Page, what: string) {
  const stop = await focused(page);
  expect(stop, `${what}: something has focus`).not.toBeNull();
  expect(
    stop!.visible,
    `${what}: the focus on ${stop!.role} "${stop!.name}" is visible (${stop!.style})`,
  ).toBe(true);
}

/** Presses Tab until the focus is on what `matches` accepts; fails after `limit` presses. */
async function tabTo(page: Page, matches: (stop: Stop) => boolean, what: string, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    if (stop)
      expect(
        stop.visible,
        `tabbing to ${what}: focus on ${stop.role} "${stop.name}" is visible (${stop.style})`,
      ).toBe(true);
    if (stop && matches(stop)) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

test.describe('keyboard-only walk-through', () => {
  test.use({ reducedMotion: 'reduce' });

  test('Tab reaches every control, each with a visible focus', async ({ page }) => {
    // Well over a hundred Tab presses, each followed by a look at the focused element.
    test.slow();
    const store = await fetchStore(page.request);
    await openApp(page);
    // The header's secondary controls arrive after the first paint (lazyAfterFirstPaint), the
    // help button among the last on a busy machine: a walk begun before it is there passes
    // its place and, ending where it began, never comes back to it. A person starts once the
    // header is whole.
    for (const name of ['About and help', 'Open store…', 'Export', 'Embed']) {
      await expect(page.getByRole('banner').getByRole('button', { name })).toBeVisible();
    }
    const stops: Stop[] = [];
    // From the top of the page round to the top again.
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      const stop = await focused(page);
      if (stop === null) continue;
      if (stops.length > 0 && stop.role === stops[0]!.role && stop.name === stops[0]!.name) break;
      stops.push(stop);
    }
    const invisible = stops.filter((stop) => !stop.visible);
    expect(invisible, 'focus stops without a visible focus indicator').toEqual([]);

    const names = stops.map((stop) => `${stop.role}: ${stop.name}`);
    const expected = [
      'searchbox: Search events',
      'button: Open store…',
      'button: Copy link',
      'button: About and help',
      'select: Language',
      'button: Previous event',
      'button: Next event',
      'button: Zoom in',
      'button: Zoom out',
      'button: Fit all',
      'button: Lane per actor',
      'slider: Overview',
      // The column of lane names scrolls, so it takes focus.
      'group: Lanes',
      'radio: Any',
    ];
    for (const name of expected) {
      expect(
        names.some((stop) => stop.startsWith(name)),
        `Tab reaches ${name}\n(stops: ${names.join(' | ')})`,
      ).toBe(true);
    }
    // The header in the order a wide screen draws it: the search and the actions, then the
    // language and help at its right end (they came first, from the far right).
    const at = (name: string) => names.findIndex((stop) => stop.startsWith(name));
    expect(at('button: Embed'), names.join(' | ')).toBeGreaterThan(at('searchbox: Search events'));
    expect(at('select: Language'), names.join(' | ')).toBeGreaterThan(at('button: Embed'));
    expect(at('button: About and help')).toBeGreaterThan(at('select: Language'));
    // Every event in the list, every actor's checkbox and every status's.
    for (const event of store.events) {
      expect(
        names.some((stop) => stop.startsWith(`button: ${event.title}`)),
        `Tab reaches the list button of "${event.title}"`,
      ).toBe(true);
    }
    const checkboxes = stops.filter((stop) => stop.role === 'checkbox');
    expect(checkboxes).toHaveLength(store.actors.length + STATUS_NAMES.length);
    for (const status of STATUS_NAMES) {
      expect(
        checkboxes.some((stop) => stop.name.startsWith(status)),
        `Tab reaches the ${status} checkbox`,
      ).toBe(true);
    }
  });

  test('the first Tab offers a way past the header, the filters and the list', async ({ page }) => {
    await openApp(page);
    await expect(
      page.getByRole('group', { name: 'Actors' }).getByRole('checkbox').first(),
    ).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the timeline' });
    await expect(skip).toBeFocused();
    await expectFocusVisible(page, 'the skip link');
    const url = page.url();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Timeline' })).toBeFocused();
    // The address keeps the view's link: no fragment.
    expect(page.url()).toBe(url);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Previous event' })).toBeFocused();
    // Off screen again once the focus has left it.
    await expect(skip).not.toBeInViewport();
  });

  test('a notice dismissed from the keyboard leaves the focus on the page, not lost', async ({
    page,
  }) => {
    await openApp(page, '?actors=nobody&match=sometimes');
    const notice = page.getByRole('status').filter({ hasText: 'Parts of the link were ignored' });
    await expect(notice).toBeVisible();
    await notice.getByRole('button', { name: 'Dismiss' }).focus();
    await page.keyboard.press('Enter');
    await expect(notice).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Timeline', exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Previous event' })).toBeFocused();
  });

  test('choose an event, read it, go back, filter, search, zoom and copy a link', async ({
    page,
  }) => {
    test.slow();
    await openApp(page);

    // Choose an event from the list: the focus moves to its details.
    await tabTo(
      page,
      (stop) => stop.name.startsWith(SUMMIT.title),
      `the list button of "${SUMMIT.title}"`,
    );
    await page.keyboard.press('Enter');
    await expect(detailsHeading(page)).toHaveText(SUMMIT.title);
    await expect(detailsHeading(page)).toBeFocused();
    await expectFocusVisible(page, 'the details heading');
    await expect(page).toHaveURL(new RegExp(`[?&]event=${SUMMIT.id}`));

    // Next and previous event from there, with the arrow keys.
    await page.keyboard.press('ArrowRight');
    await expect(detailsHeading(page)).not.toHaveText(SUMMIT.title);
    await page.keyboard.press('ArrowLeft');
    await expect(detailsHeading(page)).toHaveText(SUMMIT.title);

    // Into the evidence: the source in context, and out again with Escape.
    await tabTo(page, (stop) => stop.name === 'Show in context', 'Show in context');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'The excerpt in its source' });
    await expect(dialog).toBeVisible();
    await expectFocusVisible(page, 'the context dialog');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(detailsHeading(page)).toHaveText(SUMMIT.title);

    // Close the details: the focus goes back to the event in the list.
    await tabTo(page, (stop) => stop.name === 'Close details', 'Close details', 200);
    await page.keyboard.press('Enter');
    await expect(detailsHeading(page)).toHaveCount(0);
    await expect(listButton(page, SUMMIT.title)).toBeFocused();
    await expectFocusVisible(page, 'the list button after closing the details');

    // Filters: an actor with Space, the match mode with the arrow keys, then clear.
    await tabTo(
      page,
      (stop) => stop.role === 'checkbox' && stop.name.startsWith('Russia'),
      'the Russia checkbox',
      200,
    );
    await page.keyboard.press('Space');
    await expect(eventCount(page)).toHaveText(new RegExp(`^\\d+ of ${TOTAL_EVENTS} events$`));
    const anyOf = await eventCount(page).innerText();
    await tabTo(
      page,
      (stop) => stop.role === 'checkbox' && stop.name.startsWith('North Korea'),
      'the North Korea checkbox',
    );
    await page.keyboard.press('Space');
    await tabTo(page, (stop) => stop.role === 'radio', 'the Match radios');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'All' })).toBeChecked();
    await expect(eventCount(page)).not.toHaveText(anyOf);
    await expect(page).toHaveURL(/[?&]match=all/);
    await tabTo(page, (stop) => stop.name === 'Clear filters', 'Clear filters');
    await page.keyboard.press('Enter');
    await expect(eventCount(page)).toHaveText(`${TOTAL_EVENTS} events`);
    // Nothing left to clear, and the focus still where the person is.
    const clear = page.getByRole('button', { name: 'Clear filters' });
    await expect(clear).toBeDisabled();
    await expect(clear).toBeFocused();
    await expectFocusVisible(page, 'Clear filters, once used');

    // Search: "/" goes to the box; Escape empties it.
    await page.keyboard.press('Escape');
    await page.keyboard.press('/');
    const search = page.getByRole('searchbox', { name: 'Search events' });
    await expect(search).toBeFocused();
    await expectFocusVisible(page, 'the search box');
    await page.keyboard.type('Pyongyang');
    await expect(eventCount(page)).toHaveText(/ of /);
    await page.keyboard.press('Escape');
    await expect(search).toHaveValue('');
    await expect(eventCount(page)).toHaveText(`${TOTAL_EVENTS} events`);

    // Zoom with the toolbar buttons.
    const before = await windowDescription(page).innerText();
    await tabTo(page, (stop) => stop.name === 'Zoom in', 'Zoom in');
    await page.keyboard.press('Enter');
    await expect(windowDescription(page)).not.toHaveText(before);

    // Copy the link: the status says so, the clipboard holds the link of the zoomed view, and
    // the address bar shows the same. (A zoom's address is written a moment later, throttled:
    // read at once on a busy machine, it was still the window before the zoom.)
    await tabTo(page, (stop) => stop.name === 'Copy link', 'Copy link', 200);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toContainText('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    await expect(page).toHaveURL(copied);
    await expect(eventList(page)).toBeVisible();
  });
});
