import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { generateStore, storeJsonChunks } from '../scripts/lib/gen-store';
import { expect, test } from './fixtures';
import { serveFile } from './helpers/static-store-server';

// A generated store of 100,000 events, written once per machine and served through
// page.route, so the app loads it like any store given as ?store=.
const EVENTS = 100_000;
const SEED = 2024;
const file = join(tmpdir(), `sourceline-e2e-${EVENTS}-${SEED}.json`);
const store = generateStore({ events: EVENTS, seed: SEED });

let server: Awaited<ReturnType<typeof serveFile>>;

test.beforeAll(async () => {
  if (!existsSync(file)) {
    mkdirSync(tmpdir(), { recursive: true });
    writeFileSync(file, [...storeJsonChunks(store)].join(''));
  }
  server = await serveFile(file);
});

test.afterAll(() => server.close());

test.describe.configure({ mode: 'serial', timeout: 240_000 });
// Zooms and pans without animation: each step reads the window where it settles.
test.use({ reducedMotion: 'reduce' });

async function openScaleStore(page: Page, query = '') {
  await page.goto(`/?store=${encodeURIComponent(server.url)}${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(store.title, {
    timeout: 180_000,
  });
}

function timelineDescription(page: Page) {
  return page
    .getByRole('region', { name: 'Timeline', exact: true })
    .getByRole('paragraph')
    .filter({ hasText: /^Showing / });
}

/**
 * The first count strip wholly inside the time area: the lanes may have been scrolled by the
 * steps before, and a strip scrolled under the axis is not one a person can point at.
 */
async function stripInView(strips: Locator, area: { y: number; height: number }) {
  const boxes = await strips.evaluateAll((elements) =>
    elements.map((element) => {
      const rect = element.getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom };
    }),
  );
  const inside = boxes.findIndex((box) => box.top >= area.y && box.bottom <= area.y + area.height);
  expect(inside, 'a count strip inside the time area').toBeGreaterThanOrEqual(0);
  return strips.nth(inside);
}

/** How much of a strip's canvas is painted: the share of its pixels that are not blank. */
function paintedShare(strip: Locator) {
  return strip.evaluate((canvas) => {
    const { data } = (canvas as HTMLCanvasElement)
      .getContext('2d')!
      .getImageData(
        0,
        0,
        (canvas as HTMLCanvasElement).width,
        (canvas as HTMLCanvasElement).height,
      );
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
    return painted / (data.length / 4);
  });
}

/**
 * For each lane with items drawn, the events its items account for (its aggregate's count,
 * or one per event) against the count on its label; only mismatches are returned.
 */
function laneMismatches(page: Page) {
  return page.getByRole('region', { name: 'Timeline', exact: true }).evaluate((region) => {
    const labels = [...region.querySelectorAll('.vis-labelset .vis-label')];
    const lanes = [...region.querySelectorAll('.vis-foreground .vis-group')];
    const mismatches: string[] = [];
    let checked = 0;
    lanes.forEach((lane, i) => {
      // A point's dot is an element of its own with the item class.
      const items = [...lane.querySelectorAll('.vis-item:not(.vis-dot)')];
      if (items.length === 0) return;
      checked++;
      // An aggregate's count is in its accessible name ("4,602 events counted by period…").
      const counted = items.reduce((sum, item) => {
        if (!item.classList.contains('is-aggregate')) return sum + 1;
        const name = item.querySelector('[role="slider"]')?.getAttribute('aria-label') ?? '';
        return sum + Number(/^[\d,]+/.exec(name)?.[0].replace(/,/g, '') ?? NaN);
      }, 0);
      // The label writes its count as a number is written ("4,329").
      const label = labels[i]?.querySelector('.tl-lane__count')?.textContent;
      if (counted.toLocaleString('en-GB') !== label)
        mismatches.push(`lane ${i}: ${counted} drawn, ${label} on its label`);
    });
    return checked >= 2 ? mismatches : [`only ${checked} lanes with items`];
  });
}

// One page load for the steps below: loading 100,000 events is most of each one's time, and
// a person goes on from where they are. Each step starts from a view a person gets back to
// (Fit all, the filters taken off), so that a failure names its step.
test('a store of 100,000 events: usable, counted by lane, zoomed into, scrolled and moved through', async ({
  page,
}) => {
  await test.step('it becomes usable', async () => {
    await openScaleStore(page);
    await expect(page.getByText('100,000 events', { exact: true })).toBeVisible();
    // It opens on its recent stretch: the whole store is counted, a part of it in view.
    await expect(timelineDescription(page)).toContainText(/ of 100,000 events in view/);
    // The list is virtualized: the first events are there, and Next event selects the first.
    await expect(
      page.getByRole('list', { name: 'Events', exact: true }).getByRole('listitem').first(),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Next event' }).click();
    const chosen = page
      .getByRole('region', { name: 'Event details' })
      .getByRole('heading', { level: 2 });
    await expect(chosen).toBeVisible();
    // Escape lets it go: a selected event is drawn on its own over its lane's counts, which
    // the steps below add up.
    await page.keyboard.press('Escape');
    await expect(chosen).toBeHidden();
    // A filter click is answered with a smaller count.
    const firstActor = page.getByRole('group', { name: 'Actors' }).getByRole('checkbox').first();
    await firstActor.check();
    await expect(page.getByText(/^[\d,]+ of 100,000 events$/)).toBeVisible();
    // Fit all hugs the events: their last ones are counts, with no label to leave room for, so
    // the view runs on past them no further than it starts before them (not decades, empty).
    await page.getByRole('button', { name: 'Fit all' }).click();
    const year = (date: string) => Number(date.slice(0, 4));
    const first = Math.min(...store.events.map((event) => year(event.start)));
    const last = Math.max(...store.events.map((event) => year(event.end ?? event.start)));
    const shownYears = async () => {
      const text = await timelineDescription(page).innerText();
      const shown = /^Showing .*?(\d{4}) to .*?(\d{4})/.exec(text);
      return shown ? { from: Number(shown[1]), to: Number(shown[2]) } : { from: -1e9, to: 1e9 };
    };
    await expect.poll(async () => (await shownYears()).to - last).toBeLessThanOrEqual(2);
    expect(first - (await shownYears()).from).toBeLessThanOrEqual(2);
    // The filter taken off again: the steps below start from the whole store.
    await firstActor.uncheck();
    await expect(page.getByText('100,000 events', { exact: true })).toBeVisible();
  });

  await test.step("every lane's counts add up to its label, and follow the filters", async () => {
    // At the whole extent every event is in the span the timeline draws.
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect(
      page
        .getByRole('region', { name: 'Timeline', exact: true })
        .getByRole('paragraph')
        .filter({ hasText: /^Showing / }),
    ).toContainText('100,000 of 100,000 events in view');
    await expect.poll(() => laneMismatches(page)).toEqual([]);
    const [first, second] = store.actors.filter((actor) => actor.memberOf === undefined);
    const actors = page.getByRole('group', { name: 'Actors' });
    // A checkbox is named by its actor and count, e.g. "Karora 4,392".
    const actor = (name: string) =>
      actors.getByRole('checkbox', {
        name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} [\\d,]+$`),
      });
    await actor(first!.name).check();
    const shown = page.getByText(/^[\d,]+ of 100,000 events$/);
    await expect(shown).toBeVisible();
    await expect.poll(() => laneMismatches(page)).toEqual([]);
    const before = await shown.textContent();
    await actor(first!.name).uncheck();
    await actor(second!.name).check();
    await expect(shown).not.toHaveText(before!);
    await expect.poll(() => laneMismatches(page)).toEqual([]);
    await actor(second!.name).uncheck();
    await expect(shown).toBeHidden();
  });

  await test.step('zooming into a dense period reveals individual events', async () => {
    const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
    // From the whole extent, where every lane is dense.
    await timeline.getByRole('button', { name: 'Fit all' }).click();
    await expect(timelineDescription(page)).toContainText('100,000 of 100,000 events in view');
    // A lane too dense to draw event by event is one image of its counts per period.
    const aggregates = timeline.getByRole('slider', { name: /events? counted by period/ });
    await expect(aggregates.first()).toBeVisible();
    // The tooltip names the period under the pointer and its count: at the middle of the
    // view, a period that holds the middle of the window described above the timeline.
    const region = (await timeline.locator('.vis-panel.vis-center').boundingBox())!;
    const hovered = await stripInView(aggregates, region);
    const strip = (await hovered.boundingBox())!;
    await page.mouse.move(region.x + region.width / 2, strip.y + strip.height / 2);
    const period =
      /^[\d,]+ events, (\d+ \w+ \d{4}) – (\d+ \w+ \d{4}): click or press Enter to zoom in/;
    await expect(hovered).toHaveAttribute('title', period);
    const [, from, to] = period.exec((await hovered.getAttribute('title'))!)!;
    const [, start, end] = /^Showing (.+) to (.+?):/.exec(
      (await timelineDescription(page).textContent())!,
    )!;
    const middle = (Date.parse(`${start} UTC`) + Date.parse(`${end} UTC`)) / 2;
    expect(Date.parse(`${from} UTC`)).toBeLessThanOrEqual(middle);
    expect(Date.parse(`${to} UTC`) + 86_400_000).toBeGreaterThan(middle);
    const before = await timelineDescription(page).textContent();
    for (let i = 0; i < 12; i++) {
      const individual = timeline.locator('.vis-item:not(.is-aggregate) .tl-item__title');
      // Until events are drawn one by one. A lane may still be counted beside them (the lanes
      // too crowded for their share of the height are), its few events off the middle.
      if ((await individual.count()) > 0 || (await aggregates.count()) === 0) break;
      const shown = await timelineDescription(page).textContent();
      // A click on the first strip at the middle of the time area, where a person looks (a
      // locator's click would aim at the strip's own middle, and scroll the panels to it).
      const strip = (await (await stripInView(aggregates, region)).boundingBox())!;
      await page.mouse.click(region.x + region.width / 2, strip.y + strip.height / 2);
      await expect(timelineDescription(page)).not.toHaveText(shown ?? '');
    }
    await expect(timelineDescription(page)).not.toHaveText(before ?? '');
    const titles = timeline.locator('.vis-item:not(.is-aggregate) .tl-item__title');
    await expect(titles.first()).toBeVisible();
    // One a person can click: its start lies in the time area and nothing covers it (items
    // just outside the window are kept drawn for smooth pans, under the page around it).
    const area = (await timeline.locator('.vis-panel.vis-center').boundingBox())!;
    const spots = await titles.evaluateAll(
      (elements, box) =>
        elements.map((element) => {
          const rect = element.getBoundingClientRect();
          const x = rect.left + 4;
          const y = rect.top + rect.height / 2;
          const inside =
            x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
          const hit = inside ? document.elementFromPoint(x, y) : null;
          const item = element.closest('.vis-item');
          return { x, y, clickable: !!hit && !!item && item.contains(hit) };
        }),
      area,
    );
    const inside = spots.findIndex((spot) => spot.clickable);
    expect(inside, 'an event drawn inside the time area').toBeGreaterThanOrEqual(0);
    // What is drawn is a real event of the store: choosing it shows its details.
    const title = (await titles.nth(inside).textContent())!;
    expect(store.events.some((event) => event.title === title)).toBe(true);
    // By the mouse where it is: a locator's click would first scroll vis-timeline's panels.
    await page.mouse.click(spots[inside]!.x, spots[inside]!.y);
    await expect(
      page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 }),
    ).toHaveText(title);
  });

  await test.step('lanes scrolled into view show their counts', async () => {
    const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
    // From the whole extent again, where the lanes are counted.
    await timeline.getByRole('button', { name: 'Fit all' }).click();
    const strips = timeline.getByRole('slider', { name: /events? counted by period/ });
    await expect(strips.first()).toBeVisible();
    expect(await paintedShare(strips.first())).toBeGreaterThan(0.05);
    // More lanes than fit: scroll them, as the wheel over the lanes does.
    const firstLane = timeline.getByRole('group', { name: 'Lanes' }).locator('.tl-lane').first();
    const top = (await firstLane.boundingBox())!.y;
    const lastStrip = await strips.last().getAttribute('aria-label');
    const box = (await timeline.locator('.vis-panel.vis-center').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 400);
    await expect.poll(async () => (await firstLane.boundingBox())!.y).toBeLessThan(top - 200);
    // The strips at the bottom now are other lanes', painted when they came into view.
    await expect(strips.last()).not.toHaveAttribute('aria-label', lastStrip!);
    await expect.poll(() => paintedShare(strips.last())).toBeGreaterThan(0.05);
  });

  await test.step('the overview band moves the window', async () => {
    // Where the view starts, as the line above the timeline says (the address bar follows it
    // once the page is idle, later than a person reads it).
    const shownFrom = async () => {
      const text = (await timelineDescription(page).textContent()) ?? '';
      return Date.parse(`${/^Showing (.+?) to /.exec(text)?.[1]} UTC`);
    };
    // From the whole store again, no event chosen (zooms keep a chosen event in place).
    await page.keyboard.press('Escape');
    await expect(
      page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 }),
    ).toBeHidden();
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect(timelineDescription(page)).toContainText('100,000 of 100,000 events in view');
    const whole = await shownFrom();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(shownFrom).toBeGreaterThan(whole);
    const band = page.getByRole('slider', { name: 'Overview' });
    const start = await shownFrom();
    await band.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(shownFrom).toBeGreaterThan(start);
    // A click near the start of the band jumps there.
    const box = (await band.boundingBox())!;
    await page.mouse.click(box.x + 8, box.y + box.height / 2);
    await expect.poll(shownFrom).toBeLessThan(start);
    // Dragging the window to the right moves it later.
    const afterJump = await shownFrom();
    await page.mouse.move(box.x + 8, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect.poll(shownFrom).toBeGreaterThan(afterJump);
  });
});

test('a deep link into the middle of the store opens there', async ({ page }) => {
  const middle = [...store.events].sort((a, b) => a.start.localeCompare(b.start))[EVENTS / 2]!;
  await openScaleStore(page, `&event=${middle.id}`);
  await expect(
    page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 }),
  ).toHaveText(middle.title);
  // The window chosen for the event reaches the address bar once the page is idle
  // (app/url-sync.ts): waited for, as a person would see it.
  await expect.poll(() => new URL(page.url()).searchParams.get('to')).not.toBeNull();
  const params = new URL(page.url()).searchParams;
  const from = new Date(params.get('from')!).getTime();
  const to = new Date(params.get('to')!).getTime();
  const at = new Date(middle.start.length === 4 ? `${middle.start}-01-01` : middle.start).getTime();
  expect(from).toBeLessThanOrEqual(at);
  expect(to).toBeGreaterThan(at);
  // The selected event is drawn even where its neighbours are counted.
  await expect(
    page.getByRole('region', { name: 'Timeline', exact: true }).locator('.vis-item.vis-selected'),
  ).not.toHaveCount(0);
});
