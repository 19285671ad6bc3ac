import { readFileSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  SUMMIT,
  TREATY,
  actorCheckbox,
  chooseFromList,
  details,
  detailsHeading,
  eventCount,
  fetchStore,
  openApp,
  timeline,
  windowDescription,
} from './helpers/app';
import { expectNoAxeViolations } from './helpers/axe';

/** The WCAG rules with the landmarks' (below), on the page as it is. */
const expectNoViolations = (page: Page, state: string) =>
  expectNoAxeViolations(page, state, { alsoRules: LANDMARK_RULES });

/**
 * axe-core with the WCAG 2.0 and 2.1 A and AA rules, on every main state of the page.
 * Each state is named in the test title; a violation lists the rule, the elements and
 * how to fix it, so the failure message is the to-do list.
 */

/**
 * Not WCAG rules, but what a screen reader's list of landmarks shows: a dialog's header is
 * not a second banner of the page. Run with the WCAG rules.
 */
const LANDMARK_RULES = [
  'landmark-banner-is-top-level',
  'landmark-contentinfo-is-top-level',
  'landmark-no-duplicate-banner',
  'landmark-no-duplicate-contentinfo',
];

test.describe('accessibility: axe WCAG 2.1 AA', () => {
  // Zooms and pans without animation, so axe never catches an item half-way.
  test.use({ reducedMotion: 'reduce' });
  // An axe pass over the whole page takes seconds, up to 15 on a busy machine; some tests
  // run three.
  test.describe.configure({ timeout: 120_000 });

  test('loading: the progress of the store download', async ({ page }) => {
    // Hold the store until axe has looked at the loading state.
    let release: (() => void) | undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (url) => url.pathname === '/data/events.json',
      async (route: Route) => {
        await held;
        await route.continue();
      },
    );
    await page.goto('/');
    await expect(page.getByRole('progressbar')).toBeVisible();
    await expectNoViolations(page, 'loading');
    release!();
    await expect(windowDescription(page)).toBeVisible();
  });

  test('loaded, event selected, context dialog', async ({ page }) => {
    await openApp(page);
    await expectNoViolations(page, 'loaded');

    await chooseFromList(page, SUMMIT.title);
    await expectNoViolations(page, 'event selected');

    await details(page).getByRole('button', { name: 'Show in context' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'The excerpt in its source' });
    await expect(dialog.locator('mark')).toBeVisible();
    await expectNoViolations(page, 'context dialog');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('filtered, and filtered to nothing', async ({ page }) => {
    await openApp(page);
    await actorCheckbox(page, 'Kim Jong-un').check();
    await page.getByRole('radio', { name: 'All' }).check();
    await page.getByRole('searchbox', { name: 'Search events' }).fill('Putin');
    await expect(eventCount(page)).toHaveText(/ of /);
    await expectNoViolations(page, 'filtered');

    await page.getByRole('searchbox', { name: 'Search events' }).fill('zqxjzqxj');
    await expect(eventCount(page)).toHaveText(/^0 of /);
    // The list says there is nothing to show (its wording is the list's own).
    await expect(page.locator('.event-list .empty-state')).toBeVisible();
    await expectNoViolations(page, 'filtered to nothing');
  });

  test('notices: a link with bad values, and a copied link', async ({ page }) => {
    await openApp(page, '?event=no-such-event&actors=Bad_Id&lang=xx');
    await expect(page.getByRole('status').getByRole('listitem')).toHaveCount(3);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status')).toContainText('Link copied');
    await expectNoViolations(page, 'notices');
  });

  test.describe('error', () => {
    // The deliberate 404 is logged by the browser.
    test.use({ allowedConsoleErrors: [/status of 404/] });

    test('error: a store that cannot be loaded', async ({ page }) => {
      await page.route(
        (url) => url.pathname === '/test-stores/missing.json',
        (route) => route.fulfill({ status: 404, body: 'Not found' }),
      );
      await page.goto('/?store=/test-stores/missing.json');
      await expect(page.getByRole('alert')).toBeVisible();
      await expectNoViolations(page, 'error');
    });
  });

  test('report panel: a store with dropped items and warnings', async ({ page }) => {
    const store = (await fetchStore(page.request)) as unknown as Record<string, unknown> & {
      events: Record<string, unknown>[];
    };
    const broken = {
      ...store,
      events: [
        ...store.events,
        { id: 'Bad Id', title: 'x', start: '2024', actors: ['russia'] },
        { id: 'no-date', title: 'x', start: 'someday', actors: ['russia'] },
        { id: 'typo', title: 'x', start: '2024', actors: ['russia'], sumary: 'typo' },
      ],
    };
    await page.route(
      (url) => url.pathname === '/test-stores/with-problems.json',
      (route) => route.fulfill({ json: broken }),
    );
    await page.goto('/?store=/test-stores/with-problems.json');
    await expect(windowDescription(page)).toBeVisible();
    const report = page.locator('details.store-report');
    await report.locator('summary').click();
    await expect(
      report.getByRole('heading', { name: 'Problems found in this store' }),
    ).toBeVisible();
    await expectNoViolations(page, 'report panel');
  });

  test('import: the Import dialog, and what an import dropped in the report panel', async ({
    page,
  }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Open store…' }).click();
    await page
      .getByRole('dialog', { name: 'Open an event store' })
      .getByLabel('Open a file')
      .setInputFiles({
        name: 'space-race.json',
        mimeType: 'application/json',
        buffer: readFileSync(
          new URL('../scripts/lib/fixtures/import/timelinejs.json', import.meta.url),
        ),
      });
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await expect(dialog.getByRole('table')).toBeVisible({ timeout: 30_000 });
    await dialog.getByText('What was mapped, guessed and dropped').click();
    await expectNoViolations(page, 'import dialog');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog).toBeHidden();
    const report = page.locator('details.store-report');
    await report.locator('summary').click();
    await expect(
      report.getByRole('heading', { name: 'Dropped on import from TimelineJS JSON: 1 item' }),
    ).toBeVisible();
    await expectNoViolations(page, 'report panel of an import');
  });

  test('dialogs: open store, and about and help', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Open store…' }).click();
    const open = page.getByRole('dialog', { name: 'Open an event store' });
    await expect(open).toBeVisible();
    await open.getByRole('textbox').fill('not a store address');
    await open.getByRole('button', { name: 'Open', exact: true }).click();
    await expectNoViolations(page, 'open store dialog, invalid address');
    await page.keyboard.press('Escape');
    await expect(open).toBeHidden();

    await page.getByRole('button', { name: 'About and help' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoViolations(page, 'help dialog');
  });

  test('Spanish interface, dark colour scheme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/?lang=es');
    await expect(page.getByRole('region', { name: 'Cronología' })).toBeVisible();
    await expectNoViolations(page, 'Spanish, dark, loaded');
    await page
      .getByRole('list', { name: 'Eventos', exact: true })
      .getByRole('button')
      .first()
      .click();
    await expectNoViolations(page, 'Spanish, dark, event selected');
  });

  test.describe('phone size', () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

    test('phone size: loaded, filters drawer, event details', async ({ page }) => {
      await openApp(page);
      await expectNoViolations(page, 'phone, loaded');
      await page.getByRole('button', { name: /Search and filters/ }).click();
      const drawer = page.getByRole('dialog', { name: 'Search and filters' });
      await expect(drawer).toBeVisible();
      await expectNoViolations(page, 'phone, filters drawer');
      await drawer.getByRole('button', { name: 'Close', exact: true }).click();
      await expect(drawer).toBeHidden();
      await page
        .getByRole('list', { name: 'Events', exact: true })
        .getByRole('button', { name: new RegExp(`^${TREATY.title}`) })
        .click();
      await expect(detailsHeading(page)).toHaveText(TREATY.title);
      await expectNoViolations(page, 'phone, event details');
    });
  });

  test('timeline description says what is in view', async ({ page }) => {
    await openApp(page);
    const region = timeline(page);
    // The region's accessible description is the sentence: window and count of events.
    const described = await region.evaluate((element) => {
      const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    });
    expect(described).toMatch(/^Showing .+ to .+: \d+ of \d+ events in view\.$/);
    await expect(windowDescription(page)).toHaveText(described);
    const before = described;
    await region.getByRole('button', { name: 'Zoom in' }).click();
    await expect(windowDescription(page)).not.toHaveText(before);
  });

  test.describe('motion', () => {
    // Starts with motion allowed; the test then asks for reduced motion, as a person may.
    test.use({ reducedMotion: 'no-preference' });

    test('prefers-reduced-motion turns off animated zooms', async ({ page }) => {
      /**
       * Clicks Zoom in with the page's clock paused, then steps the clock 20 ms at a time
       * and reads the time axis after each step: how many different states does it pass
       * through? An animated zoom shows in-between states; a reduced-motion zoom jumps
       * straight to the end. Stepping a controlled clock keeps the count independent of
       * how fast frames come on a loaded machine.
       */
      const axis = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('.vis-time-axis .vis-text')]
            .map(
              (label) => `${label.textContent}@${Math.round(label.getBoundingClientRect().left)}`,
            )
            .join(' '),
        );
      /** Waits until the axis has drawn and stopped moving, so a zoom starts from rest. */
      const axisAtRest = async () => {
        let previous = '';
        await expect
          .poll(async () => {
            const now = await axis();
            const still = now === previous && /\d{4}@/.test(now);
            previous = now;
            return still;
          })
          .toBe(true);
      };
      const statesOfZoom = async () => {
        await axisAtRest();
        await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
        const states = [await axis()];
        await page.evaluate(() =>
          [...document.querySelectorAll('button')]
            .find((button) => button.getAttribute('aria-label') === 'Zoom in')!
            .click(),
        );
        // Well past the animation's 300 ms.
        for (let step = 0; step < 30; step += 1) {
          await page.clock.runFor(20);
          const now = await axis();
          if (now !== states.at(-1)) states.push(now);
        }
        await page.clock.resume();
        return states;
      };

      await page.clock.install();
      await openApp(page);
      const animated = await statesOfZoom();
      expect(
        animated.length - 1,
        `an animated zoom passes through in-between states: ${animated.join('\n')}`,
      ).toBeGreaterThan(3);

      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.getByRole('button', { name: 'Fit all' }).click();
      await expect(windowDescription(page)).toBeVisible();
      const reduced = await statesOfZoom();
      expect(
        reduced.length - 1,
        `with reduced motion the zoom jumps in one step: ${reduced.join('\n')}`,
      ).toBe(1);
    });
  });
});
