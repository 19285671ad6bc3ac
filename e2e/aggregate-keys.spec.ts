import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { generateStore, storeJsonChunks } from '../scripts/lib/gen-store';
import { expect, test } from './fixtures';
import { actorCheckbox, currentWindow, detailsHeading, openApp, timeline } from './helpers/app';
import { serveFile } from './helpers/static-store-server';

/**
 * A lane's counts per period (an aggregate strip) by the keyboard alone: Tab reaches it, the
 * arrows choose a period, Enter zooms into it as a click does (docs/ui-contract.md, Keyboard).
 */

const SHOTS = process.env.AGGREGATE_KEYS_SHOTS;
const PERIOD = /^(\d+) events?, (.+) – (.+): click or press Enter to zoom in/;

const strips = (page: Page) =>
  timeline(page).getByRole('slider', { name: /^\d+ events? counted by period/ });

/** From a page just opened, by the keyboard alone: skips to the timeline, and Tabs to a strip. */
async function tabToStrip(page: Page): Promise<Locator> {
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the timeline' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(timeline(page)).toBeFocused();
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press('Tab');
    const onStrip = await page.evaluate(
      () => document.activeElement?.getAttribute('role') === 'slider',
    );
    if (!onStrip) continue;
    // Its keys load at a strip's first focus: it is in use once it says its period.
    const strip = timeline(page).locator('[role="slider"]:focus');
    await expect(strip).toHaveAttribute('aria-valuetext', PERIOD);
    return strip;
  }
  throw new Error('40 Tabs from the timeline did not reach a strip of counts');
}

/** A period's first and last day, from a bin's description ("3 events, 1 May 2024 – …"). */
function periodOf(text: string) {
  const [, , from, to] = PERIOD.exec(text) ?? [];
  return { start: Date.parse(`${from} UTC`), end: Date.parse(`${to} UTC`) + 86_400_000 };
}

test.use({ viewport: { width: 1280, height: 800 } });

test('a strip of counts says its range of periods before and after it has the focus', async ({
  page,
}) => {
  await openApp(page, '?actors=russia');
  const unfocused = strips(page).first();
  await expect(unfocused).toBeVisible();
  // A value alone would be read as a share of 0 to 100 ("1%"): the range is from its first
  // period to its last.
  await expect(unfocused).toHaveAttribute('aria-valuemin', '1');
  await expect(unfocused).toHaveAttribute('aria-valuemax', /^[1-9]\d*$/);
  await expect(unfocused).toHaveAttribute('aria-valuenow', '1');

  const strip = await tabToStrip(page);
  await page.keyboard.press('ArrowRight');
  await expect(strip).toHaveAttribute('aria-valuenow', '2');
  const periods = await strip.getAttribute('aria-valuemax');
  expect(Number(periods)).toBeGreaterThan(1);
  // Left by the keyboard (`/`, to the search box): back to its first period, its range still said.
  const left = (await strip.elementHandle())!;
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toBeFocused();
  const said = () =>
    left.evaluate((canvas) =>
      ['aria-valuemin', 'aria-valuemax', 'aria-valuenow', 'aria-valuetext'].map((name) =>
        canvas.getAttribute(name),
      ),
    );
  await expect.poll(said).toEqual(['1', periods, '1', null]);
});

test('a strip of counts is used by the keyboard: arrows choose a period, Enter zooms in', async ({
  page,
}) => {
  // Russia's events (a link's filter), crowded at this zoom: strips of counts per period.
  await openApp(page, '?actors=russia');
  await expect(actorCheckbox(page, 'Russia')).toBeChecked();
  await expect(strips(page).first()).toBeVisible();

  const strip = await tabToStrip(page);
  await expect(strip).toBeFocused();
  // The focus shows: a ring round the strip, and its current period outlined on it.
  const ring = await strip.evaluate((canvas) => {
    const style = getComputedStyle(canvas);
    return {
      visible: canvas.matches(':focus-visible'),
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
    };
  });
  expect(ring).toEqual({ visible: true, style: 'solid', width: 2 });
  const outline = timeline(page).locator('.tl-aggregate__current');
  await expect(outline).toBeVisible();
  const firstBox = (await outline.boundingBox())!;
  await expect(strip).toHaveAttribute('aria-valuetext', PERIOD);
  const first = (await strip.getAttribute('aria-valuetext'))!;
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/focused-strip-1280.png` });

  // ArrowRight: the next period, announced as the strip's value.
  const before = await currentWindow(page);
  await page.keyboard.press('ArrowRight');
  await expect(strip).not.toHaveAttribute('aria-valuetext', first);
  await expect(strip).toHaveAttribute('aria-valuetext', PERIOD);
  await expect(strip).toHaveAttribute('aria-valuenow', '2');
  // The outline moved right, to the next period.
  await expect
    .poll(async () => (await outline.boundingBox())!.x)
    .toBeGreaterThan(firstBox.x + firstBox.width / 2);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/focused-strip-next-1280.png` });

  // ArrowLeft on the strip goes back a period, and does not select an event (the page's
  // ArrowLeft steps through events everywhere else).
  await page.keyboard.press('ArrowLeft');
  await expect(strip).toHaveAttribute('aria-valuetext', first);
  await page.keyboard.press('ArrowRight');
  const chosen = (await strip.getAttribute('aria-valuetext'))!;
  expect(chosen).not.toBe(first);
  // No event is selected: the details have no heading, the address no event.
  await expect(detailsHeading(page)).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('event')).toBeNull();

  // axe on the timeline with a strip focused and its current period chosen.
  const results = await new AxeBuilder({ page })
    .include('#timeline')
    .options({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    .analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);

  // Enter zooms the window in to that period, as a click on it does.
  const period = periodOf(chosen);
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await currentWindow(page)).span, { message: 'the window narrows' })
    .toBeLessThan(before.span / 2);
  const after = await currentWindow(page);
  expect(Date.parse(after.from)).toBeLessThanOrEqual(period.start);
  expect(Date.parse(after.to)).toBeGreaterThanOrEqual(period.end - 86_400_000);
  expect(after.span).toBeLessThan((period.end - period.start) * 2);

  // Once the timeline is drawn for the new window, the focus is still in it: on the lane's
  // new strip, its current period one within the period zoomed into, or, when the lane
  // shows its events one by one, on the timeline itself; never on the page.
  await expect
    .poll(
      () =>
        page.evaluate(
          ({ chosen, start, end }) => {
            const focused = document.activeElement;
            if (!focused || focused === document.body) return 'the page';
            if (focused.id === 'timeline') return 'the timeline';
            const value = focused.getAttribute('aria-valuetext');
            if (focused.getAttribute('role') !== 'slider' || !value || value === chosen)
              return `${focused.tagName} ${value ?? ''}`;
            const [from, to] = value.split(', ')[1]!.split(': ')[0]!.split(' – ');
            const inside = Date.parse(`${from} UTC`) >= start && Date.parse(`${to} UTC`) < end;
            return inside ? "the lane's new strip" : `a strip at ${value}`;
          },
          { chosen, ...period },
        ),
      { message: 'where the focus is after the zoom' },
    )
    .toMatch(/^(the timeline|the lane's new strip)$/);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/after-zoom-1280.png` });
});

/** Where the focus is, for the poll below: on a strip, which period its value says. */
const focusPlace = (page: Page) =>
  page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return { on: 'the page', value: '' };
    if (focused.id === 'timeline') return { on: 'the timeline', value: '' };
    const strip = focused.getAttribute('role') === 'slider' && focused.closest('#timeline');
    return {
      on: strip ? 'a strip' : focused.tagName,
      value: focused.getAttribute('aria-valuetext') ?? '',
    };
  });

test.describe('a lane still counted after the zoom', () => {
  // A generated store of 10,000 events (shared with timeline-ready.spec.ts): its lanes are
  // counted at the zoom it opens at, and still at a period's.
  const file = join(tmpdir(), 'sourceline-e2e-10000-7.json');
  let server: Awaited<ReturnType<typeof serveFile>>;
  test.beforeAll(async () => {
    if (!existsSync(file))
      writeFileSync(
        file,
        [...storeJsonChunks(generateStore({ events: 10_000, seed: 7 }))].join(''),
      );
    server = await serveFile(file);
  });
  test.afterAll(() => server.close());

  test("Enter keeps the focus on the lane's new strip, at a period within the one zoomed into", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto(`/?store=${encodeURIComponent(server.url)}`);
    await expect(
      timeline(page)
        .getByRole('paragraph')
        .filter({ hasText: /^Showing / }),
    ).toContainText(/ of 10,000 events in view/, {
      timeout: 60_000,
    });
    await expect(strips(page).first()).toBeVisible();
    const strip = await tabToStrip(page);
    // The period with the most events in view: its lane stays counted when zoomed into.
    await page.keyboard.press('Home');
    let best = { count: 0, text: '' };
    for (let step = 0; step < 60; step++) {
      const text = (await strip.getAttribute('aria-valuetext'))!;
      const count = Number(PERIOD.exec(text)![1]);
      if (count > best.count) best = { count, text };
      const now = await strip.getAttribute('aria-valuenow');
      await page.keyboard.press('ArrowRight');
      if ((await strip.getAttribute('aria-valuenow')) === now) break;
    }
    await page.keyboard.press('Home');
    while ((await strip.getAttribute('aria-valuetext')) !== best.text)
      await page.keyboard.press('ArrowRight');
    const period = periodOf(best.text);
    const before = await currentWindow(page);
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await currentWindow(page)).span, { message: 'the window narrows' })
      .toBeLessThan(before.span / 2);
    // Drawn again for the new window, the lane is a strip of finer periods; the focus is on
    // it, its value a period within the one zoomed into.
    await expect
      .poll(
        async () => {
          const place = await focusPlace(page);
          if (place.on !== 'a strip' || place.value === best.text) return place.on;
          const inner = periodOf(place.value);
          return inner.start >= period.start && inner.end <= period.end
            ? 'a strip within the period'
            : `a strip at ${place.value}`;
        },
        { message: 'where the focus is after the zoom', timeout: 20_000 },
      )
      .toBe('a strip within the period');
  });
});
