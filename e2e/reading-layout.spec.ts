import type { FrameLocator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  INVASION,
  MONTH_ONLY,
  STORE_TITLE,
  TOTAL_EVENTS,
  TREATY,
  chooseFromList,
  clickTimelineItem,
  currentWindow,
  cutAxisLabels,
  details,
  detailsHeading,
  fetchStore,
  openApp,
  selectedItemInView,
  timeline,
  windowDescription,
} from './helpers/app';
import { serveArticleFraming } from './helpers/article-page';
import { expectNoAxeViolations } from './helpers/axe';

/**
 * Issue 13: the details beside the timeline, a first view that reads, labels that never
 * break, lanes that fit, and the embeddable page (docs/ui-contract.md, Reading layout and
 * Embedding).
 */

/**
 * What the labels on the timeline show, measured on the page: for each item label whose
 * start lies in the time area, whether its first two words (or whole title) are drawn in
 * full (with the ellipsis after them when the title is cut), inside both the label's box and
 * the time area; and each compact mark's name.
 */
async function renderedLabels(scope: Page | FrameLocator) {
  const region = scope.getByRole('region', { name: 'Timeline' });
  return region.locator('.vis-timeline').evaluate((root) => {
    const area = root.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    const labels = [...root.querySelectorAll<HTMLElement>('.tl-item__title')].flatMap((title) => {
      const box = title.getBoundingClientRect();
      if (box.width === 0 || box.left < area.left || box.left >= area.right) return [];
      if (box.top < area.top || box.bottom > area.bottom) return [];
      const text = title.textContent ?? '';
      const words = text.trim().split(/\s+/).slice(0, 2).join(' ');
      const range = document.createRange();
      range.setStart(title.firstChild!, 0);
      range.setEnd(title.firstChild!, words.length);
      // A title cut short ends in an ellipsis, which needs its own room after the words:
      // without it the words give way ("The …" for "The US and its allies…").
      const cut = title.scrollWidth > title.clientWidth && words.length < text.trim().length;
      const measure = document.createElement('canvas').getContext('2d')!;
      measure.font = getComputedStyle(title).font;
      const needed =
        range.getBoundingClientRect().width + (cut ? measure.measureText('…').width : 0);
      const shown = Math.min(box.right, area.right) - box.left;
      return [{ text, words, whole: needed <= shown + 1 }];
    });
    const marks = [...root.querySelectorAll<HTMLElement>('.tl-item--mark')].map((mark) => ({
      role: mark.getAttribute('role'),
      name: mark.getAttribute('aria-label') ?? '',
    }));
    return { labels, marks };
  });
}

test('a timeline narrow beside the columns opens on one lane, its events named; wider, a lane per actor', async ({
  page,
}) => {
  // What src/app/reading-layout-width.ts reckons the timeline's width to be, at each width.
  for (const { width, timelineWidth, lanes } of [
    { width: 1024, timelineWidth: 439, lanes: false },
    { width: 1280, timelineWidth: 641, lanes: true },
    { width: 1920, timelineWidth: 1087.5, lanes: true },
  ]) {
    await page.setViewportSize({ width, height: 768 });
    await openApp(page);
    await expect(
      timeline(page).getByRole('button', { name: 'Lane per actor' }),
      `${width} px`,
    ).toHaveAttribute('aria-pressed', String(lanes));
    // The reckoning and the style sheet agree.
    const shown = (await timeline(page).boundingBox())!;
    expect(Math.abs(shown.width - timelineWidth), `${width} px: ${shown.width}`).toBeLessThan(2);
    if (!lanes) {
      // The latest events by their titles, not counted.
      await expect(
        timeline(page).locator('.vis-item').filter({ hasText: 'Kim and Putin sign' }),
      ).toBeVisible();
    }
  }
});

test.describe('the reading layout at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('an event chosen from the list: timeline, heading and first excerpt in view together', async ({
    page,
  }) => {
    await openApp(page);
    await chooseFromList(page, TREATY.title);
    const quote = details(page).locator('blockquote').first();
    await expect(timeline(page)).toBeInViewport();
    await expect(detailsHeading(page)).toBeInViewport();
    await expect(quote).toBeInViewport();
    // The panel is beside the timeline, not under it.
    const timelineBox = (await timeline(page).boundingBox())!;
    const detailsBox = (await details(page).boundingBox())!;
    expect(detailsBox.x).toBeGreaterThanOrEqual(timelineBox.x + timelineBox.width);
    expect(detailsBox.y).toBeLessThan(timelineBox.y + timelineBox.height / 2);
    // The page itself never scrolled: the timeline is all in view.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expect(timeline(page)).toBeInViewport({ ratio: 1 });
  });

  test('an event chosen on the timeline keeps the timeline in view; the panel scrolls on its own', async ({
    page,
  }) => {
    await openApp(page);
    await clickTimelineItem(page, INVASION.title);
    await expect(detailsHeading(page)).toHaveText(INVASION.title);
    await expect(details(page).locator('blockquote').first()).toBeInViewport();
    await expect(timeline(page)).toBeInViewport({ ratio: 1 });
    // Scrolling the details moves them alone.
    const panel = page.locator('.app-details');
    await panel.hover();
    await page.mouse.wheel(0, 600);
    await expect.poll(() => panel.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
    await expect(timeline(page)).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('opens on a readable window, no label cut to a fragment; Fit all shows everything', async ({
    page,
  }) => {
    await openApp(page);
    // Not the whole extent (1999–2028): the recent stretch, 2021 on.
    await expect(windowDescription(page)).toContainText(/^Showing \d+ \w+ 202\d to/);
    await expect(timeline(page).locator('.tl-item__title').first()).toBeVisible();
    const { labels, marks } = await renderedLabels(page);
    expect(labels.length, 'labels drawn in the time area').toBeGreaterThan(3);
    for (const label of labels)
      expect(label.whole, `"${label.text}" shows at least "${label.words}"`).toBe(true);
    const store = await fetchStore(page.request);
    const titles = store.events.map((event) => event.title);
    for (const mark of marks) {
      expect(mark.role).toBe('img');
      expect(
        titles.some((title) => mark.name.startsWith(title)),
        mark.name,
      ).toBe(true);
    }

    await timeline(page).getByRole('button', { name: 'Fit all' }).click();
    await expect(windowDescription(page)).toContainText(
      `${TOTAL_EVENTS} of ${TOTAL_EVENTS} events in view`,
    );
    // The newest events keep their labels, not marks: the view leaves room right of them.
    const newest = "Seoul and Washington closely watch Putin's visit";
    await expect
      .poll(async () => (await renderedLabels(page)).labels.map((label) => label.text))
      .toContain(newest);
    const fitted = await renderedLabels(page);
    for (const label of fitted.labels)
      expect(label.whole, `fit all: "${label.text}" shows at least "${label.words}"`).toBe(true);
  });

  test('the time axis shows no label cut at its edges, at the first view, a link, zoomed out', async ({
    page,
  }) => {
    await openApp(page);
    await expect(timeline(page).locator('.vis-timeline')).toBeVisible();
    expect(await cutAxisLabels(page), 'axis labels cut on the first view').toEqual([]);
    // A window that begins a few weeks into one year and ends a few weeks into another: the
    // periods at both edges are only partly in view.
    await openApp(page, '?from=2022-01-20&to=2025-01-25');
    await expect(timeline(page).locator('.vis-timeline')).toBeVisible();
    expect(await cutAxisLabels(page), 'axis labels cut at a linked window').toEqual([]);
    const opened = await currentWindow(page);
    await timeline(page).getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(async () => (await currentWindow(page)).span).toBeGreaterThan(opened.span);
    await expect.poll(() => cutAxisLabels(page), 'axis labels cut, zoomed out').toEqual([]);
  });

  test('the language picker shows a drawn globe, no glyph a system may have no font for', async ({
    page,
  }) => {
    await openApp(page);
    const picker = page.getByRole('combobox', { name: 'Language', exact: true });
    await expect(picker).toBeVisible();
    // The icon beside it (no role: it is hidden from assistive technology).
    const icon = page
      .locator('.language-select')
      .filter({ has: picker })
      .locator('[aria-hidden="true"]');
    await expect(icon).toHaveCount(1);
    const drawn = await icon.evaluate((element) => {
      const before = getComputedStyle(element, '::before');
      const after = getComputedStyle(element, '::after');
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return {
        tag: element.tagName.toLowerCase(),
        text: [element.textContent ?? '', before.content, after.content].join(' '),
        media: element.querySelectorAll('svg, img, canvas, picture, object').length,
        width: box.width,
        height: box.height,
        inked: parseFloat(style.borderTopWidth) > 0 || style.backgroundImage !== 'none',
      };
    });
    // Latin letters at most (which every font has), no other script's glyph.
    expect(drawn.text).toMatch(/^[\p{Script=Latin}\p{P}\p{Z}]*$/u);
    expect(drawn.tag).not.toBe('svg');
    expect(drawn.media).toBe(0);
    expect(drawn.inked).toBe(true);
    expect(drawn.width).toBeGreaterThanOrEqual(12);
    expect(drawn.height).toBeGreaterThanOrEqual(12);
    // Beside the picker, on its line.
    const pickerBox = (await picker.boundingBox())!;
    const iconBox = (await icon.boundingBox())!;
    expect(iconBox.x + iconBox.width).toBeLessThanOrEqual(pickerBox.x);
    expect(iconBox.y).toBeGreaterThanOrEqual(pickerBox.y);
    expect(iconBox.y + iconBox.height).toBeLessThanOrEqual(pickerBox.y + pickerBox.height);
  });

  test('an event chosen from the list in a lane scrolled out of view: the lanes scroll to it, the page does not', async ({
    page,
  }) => {
    await openApp(page);
    // Every crowded lane opened event by event: the lanes run past the bottom of the timeline.
    const counted = timeline(page).getByRole('button', { name: /^Show each event in / });
    while ((await counted.count()) > 0) {
      const name = (await counted.first().getAttribute('aria-label'))!;
      await counted.first().click();
      await expect(timeline(page).getByRole('button', { name, exact: true })).toHaveCount(0);
    }
    await expect.poll(() => lanesOverflow(page)).toBeGreaterThan(100);
    // China's and South Korea's lanes are the last ones, below the rows in view.
    for (const title of [
      'China, an important ally of both, keeps a discreet stance',
      "Seoul and Washington closely watch Putin's visit",
      INVASION.title,
    ]) {
      await chooseFromList(page, title);
      await expect
        .poll(() => selectedItemInView(page, title), `"${title}" is brought into view`)
        .toBe(true);
      expect(await page.evaluate(() => window.scrollY), 'the page did not scroll').toBe(0);
      await expect(timeline(page)).toBeInViewport({ ratio: 1 });
    }
  });

  test('every lane of the default store has its label and its events in view', async ({ page }) => {
    await openApp(page);
    const store = await fetchStore(page.request);
    const lanes = store.actors.filter((actor) => !actor.memberOf);
    const column = timeline(page).getByRole('group', { name: 'Lanes' });
    await expect(column.locator('.tl-lane')).toHaveCount(lanes.length);
    const area = (await timeline(page).locator('.vis-panel.vis-center').boundingBox())!;
    for (const lane of lanes) {
      const label = column.locator('.tl-lane').filter({ hasText: lane.name });
      await expect(label, `${lane.name}'s lane label`).toBeInViewport({ ratio: 1 });
      const box = (await label.boundingBox())!;
      expect(
        box.y + box.height,
        `${lane.name}'s lane ends inside the timeline`,
      ).toBeLessThanOrEqual(area.y + area.height + 1);
    }
    // Nothing below the last lane: the lanes fit without scrolling.
    const overflow = await timeline(page)
      .locator('.vis-panel.vis-center')
      .evaluate((panel) => {
        const content = panel.querySelector<HTMLElement>('.vis-content')!;
        return content.scrollHeight - panel.clientHeight;
      });
    expect(overflow).toBeLessThanOrEqual(1);
  });

  test('Embed gives the iframe code of the current view', async ({ page }) => {
    await openApp(page, `?event=${TREATY.id}`);
    await expect(detailsHeading(page)).toHaveText(TREATY.title);
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    await expect(dialog).toBeVisible();
    const code = dialog.getByRole('textbox', { name: 'Embed code' });
    const snippet = await code.inputValue();
    const src = /^<iframe src="([^"]+)"/.exec(snippet)?.[1]?.replaceAll('&amp;', '&');
    expect(src, snippet).toBeDefined();
    const url = new URL(src!);
    expect(url.pathname).toBe('/embed/');
    expect(url.searchParams.get('event')).toBe(TREATY.id);
    expect(url.searchParams.get('from')).toBe(new URL(page.url()).searchParams.get('from'));
    // Copied with one press, said in the dialog (the page's notices are behind it).
    await dialog.getByRole('button', { name: 'Copy code' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Code copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    await expectNoAxeViolations(page, 'the Embed dialog');
  });

  test('axe: the reading layout with an event open', async ({ page }) => {
    // axe walks the whole page: seconds of work on a busy machine.
    test.slow();
    await openApp(page, `?event=${TREATY.id}`);
    await expect(detailsHeading(page)).toHaveText(TREATY.title);
    await expect(timeline(page).locator('.vis-item').first()).toBeVisible();
    await expectNoAxeViolations(page, 'reading layout, event open');
  });
});

// ---------------------------------------------------------------- embedding

for (const size of [
  { width: 600, height: 400 },
  { width: 320, height: 480 },
]) {
  test(`the embed page works in another site's iframe at ${size.width}×${size.height}`, async ({
    page,
    baseURL,
  }) => {
    const article = await serveArticleFraming(
      `${baseURL}/embed/?event=${INVASION.id}`,
      size.width,
      size.height,
    );
    try {
      await page.goto(article.url);
      const frame = page.frameLocator('iframe');
      await expect(frame.getByRole('heading', { level: 1 })).toHaveText(STORE_TITLE);
      const frameTimeline = frame.getByRole('region', { name: 'Timeline' });
      await expect(frameTimeline).toBeVisible();
      await expect(
        frame.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 }),
      ).toHaveText(INVASION.title);
      // No store controls in a frame.
      await expect(frame.getByRole('button', { name: /^Open store/ })).toHaveCount(0);
      await expect(frame.getByRole('searchbox')).toHaveCount(0);
      // The timeline's controls take one row, and no label is cut to a fragment.
      const rowOf = async (name: string) =>
        (await frameTimeline.getByRole('button', { name }).boundingBox())!.y;
      expect(await rowOf('Lane per actor')).toBeCloseTo(await rowOf('Previous event'), 0);
      await expect(frameTimeline.locator('.tl-item__title').first()).toBeVisible();
      const { labels } = await renderedLabels(frame);
      for (const label of labels)
        expect(label.whole, `"${label.text}" shows at least "${label.words}"`).toBe(true);

      // Another event chosen with Next event, as a reader would.
      const entries = await page.evaluate(() => window.history.length);
      await frameTimeline.getByRole('button', { name: 'Next event' }).click();
      const heading = frame
        .getByRole('region', { name: 'Event details' })
        .getByRole('heading', { level: 2 });
      await expect(heading).not.toHaveText(INVASION.title);
      const chosen = await heading.innerText();

      const open = frame.getByRole('link', { name: 'Open in Sourceline' });
      await expect(open).toBeVisible();
      const embedded = page.frames().find((candidate) => candidate.url().includes('/embed/'))!;
      await expect
        .poll(() => new URL(embedded.url()).searchParams.get('event'))
        .not.toBe(INVASION.id);
      // The frame kept its address up to date without adding to the article's history: the
      // reader's Back leaves the article rather than stepping through the frame's events.
      expect(await page.evaluate(() => window.history.length)).toBe(entries);
      const full = new URL((await open.getAttribute('href'))!);
      const framed = new URL(embedded.url());
      expect(full.origin).toBe(new URL(baseURL!).origin);
      expect(full.pathname).toBe('/');
      expect(full.searchParams.toString()).toBe(framed.searchParams.toString());
      // The full view opens on that same event.
      await page.goto(full.toString());
      await expect(detailsHeading(page)).toHaveText(chosen);
    } finally {
      await article.close();
    }
  });
}

test.describe('framing the full app', () => {
  // Chromium's words for it have changed between versions.
  const REFUSED =
    /Refused to frame .*frame-ancestors 'none'|Framing '.*' violates .*"frame-ancestors 'none'"/;
  test.use({ allowedConsoleErrors: [REFUSED] });

  test('the main page refuses to be framed by another site', async ({ page, baseURL }) => {
    const article = await serveArticleFraming(`${baseURL}/`, 800, 600);
    try {
      const refused = page.waitForEvent('console', (message) => REFUSED.test(message.text()));
      await page.goto(article.url);
      await refused;
      await expect(page.getByRole('heading', { name: 'An article' })).toBeVisible();
      await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toHaveCount(0);
    } finally {
      await article.close();
    }
  });
});

for (const size of [
  { width: 600, height: 400 },
  { width: 320, height: 480 },
]) {
  test(`the embed page at ${size.width}×${size.height} opened on the treaty: no label cut to a fragment`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto(`/embed/?event=${TREATY.id}`);
    const region = page.getByRole('region', { name: 'Timeline' });
    await expect(region.locator('.tl-item__title').first()).toBeVisible();
    const { labels } = await renderedLabels(page);
    expect(labels.length, 'labels drawn in the time area').toBeGreaterThan(0);
    for (const label of labels)
      expect(label.whole, `"${label.text}" shows at least "${label.words}"`).toBe(true);
  });
}

for (const size of [
  { width: 600, height: 400 },
  { width: 320, height: 480 },
]) {
  test(`the embed page at ${size.width}×${size.height} brings the selected event's item into view, opened on it and stepping`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    // June 2024's events stack into more rows than the frame shows: this one is below them.
    await page.goto(`/embed/?event=${MONTH_ONLY.id}`);
    await expect(detailsHeading(page)).toHaveText(MONTH_ONLY.title);
    await expect
      .poll(() => selectedItemInView(page, MONTH_ONLY.title), 'the linked event is in view')
      .toBe(true);
    // Stepping through the events, as a reader of the article does: each one in view.
    let shown = MONTH_ONLY.title;
    for (let step = 0; step < 4; step++) {
      await timeline(page).getByRole('button', { name: 'Next event' }).click();
      await expect(detailsHeading(page)).not.toHaveText(shown);
      shown = await detailsHeading(page).innerText();
      const title = shown;
      await expect.poll(() => selectedItemInView(page, title), `"${title}" is in view`).toBe(true);
    }
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
}

for (const size of [
  { width: 320, height: 480 },
  { width: 360, height: 450 },
]) {
  test(`the embed page at ${size.width}×${size.height} with an event open keeps three events readable above its details`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto(`/embed/?event=${INVASION.id}`);
    await expect(detailsHeading(page)).toHaveText(INVASION.title);
    const titles = timeline(page).locator('.tl-item__title'); // vis DOM, no role
    await expect(titles.first()).toBeVisible();
    // Titles whole inside the lanes' box: the events a reader of the article can see.
    const whole = () =>
      timeline(page)
        .locator('.vis-timeline')
        .evaluate((root) => {
          const lanes = root.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
          return [...root.querySelectorAll('.tl-item__title')]
            .map((title) => title.getBoundingClientRect())
            .filter((box) => box.width > 0 && box.top >= lanes.top && box.bottom <= lanes.bottom)
            .length;
        });
    await expect.poll(whole).toBeGreaterThanOrEqual(3);
  });
}

test('the embed page is laid out by its frame: stacked when narrow and tall, one lane when its timeline is narrow', async ({
  page,
}) => {
  for (const { width, height, stacked, lanes } of [
    // Side by side, 560 px left the details a column too narrow for "comprehensive".
    { width: 560, height: 600, stacked: true, lanes: false },
    // Side by side, the timeline has about 400 px: one lane, as on a phone.
    { width: 700, height: 450, stacked: false, lanes: false },
    { width: 1280, height: 720, stacked: false, lanes: true },
  ]) {
    await page.setViewportSize({ width, height });
    await page.goto(`/embed/?event=${TREATY.id}`);
    await expect(detailsHeading(page)).toHaveText(TREATY.title);
    const shown = (await timeline(page).boundingBox())!;
    const details = (await page.getByRole('region', { name: 'Event details' }).boundingBox())!;
    if (stacked)
      expect(details.y, `${width}×${height}`).toBeGreaterThan(shown.y + shown.height - 1);
    else expect(details.x, `${width}×${height}`).toBeGreaterThan(shown.x + shown.width - 1);
    await expect(
      timeline(page).getByRole('button', { name: 'Lane per actor' }),
      `${width}×${height}`,
    ).toHaveAttribute('aria-pressed', String(lanes));
    await expect
      .poll(() => selectedItemInView(page, TREATY.title), `${width}×${height}: the treaty in view`)
      .toBe(true);
  }
});

test('the embed page with no event chosen points to what it has: the timeline, in one line under it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 600, height: 400 });
  await page.goto('/embed/');
  await expect(timeline(page).locator('.vis-item').first()).toBeVisible();
  // No empty details beside the timeline (they took two fifths of the frame): a line under it.
  await expect(page.getByRole('region', { name: 'Event details' })).toHaveCount(0);
  const hint = page.getByText('Choose an event to read its sources.');
  await expect(hint).toBeVisible();
  // No list, no search and no help in a frame: the hint does not name them.
  await expect(hint).not.toContainText('list');
  await expect(hint).not.toContainText('search');
});

test('axe: the embed page', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 600, height: 400 });
  await page.goto(`/embed/?event=${TREATY.id}`);
  await expect(detailsHeading(page)).toHaveText(TREATY.title);
  await expect(timeline(page).locator('.vis-item').first()).toBeVisible();
  await expectNoAxeViolations(page, 'embed page, event open');
});

/** How far the lanes run past the bottom of the time area (0: they fit). */
const lanesOverflow = (page: Page) =>
  timeline(page)
    .locator('.vis-panel.vis-center')
    .evaluate((panel) => {
      const content = panel.querySelector<HTMLElement>('.vis-content')!;
      return content.scrollHeight - panel.clientHeight;
    });

test.describe('a tablet, 768×1024', () => {
  test.use({ viewport: { width: 768, height: 1024 }, isMobile: true, hasTouch: true });

  test('lanes show their events where they fit; a lane is counted only when it does not', async ({
    page,
  }) => {
    await openApp(page);
    const store = await fetchStore(page.request);
    const lanes = store.actors.filter((actor) => !actor.memberOf);
    const column = timeline(page).getByRole('group', { name: 'Lanes' });
    await expect(column.locator('.tl-lane')).toHaveCount(lanes.length);
    for (const lane of lanes)
      await expect(column.locator('.tl-lane').filter({ hasText: lane.name })).toBeInViewport({
        ratio: 1,
      });
    expect(await lanesOverflow(page)).toBeLessThanOrEqual(1);
    // The United States' six events are drawn one by one (they were counted before).
    await expect(
      timeline(page).getByRole('button', { name: 'Show each event in United States' }),
    ).toHaveCount(0);
    const { labels } = await renderedLabels(page);
    expect(labels.length, 'labels drawn in the time area').toBeGreaterThanOrEqual(8);
    for (const label of labels)
      expect(label.whole, `"${label.text}" shows at least "${label.words}"`).toBe(true);
    // Each counted lane is counted because it does not fit: shown event by event, the
    // lanes run past the bottom.
    const counted = timeline(page).getByRole('button', { name: /^Show each event in / });
    expect(await counted.count()).toBeGreaterThan(0);
    const names = await counted.evaluateAll((buttons) =>
      buttons.map((button) => button.getAttribute('aria-label') ?? ''),
    );
    for (const name of names) {
      await timeline(page).getByRole('button', { name }).click();
      await expect
        .poll(() => lanesOverflow(page), `${name}: the lanes no longer fit`)
        .toBeGreaterThan(0);
      await timeline(page)
        .getByRole('button', {
          name: name.replace(/^Show each event in (.*)$/, "Count $1's events"),
        })
        .click();
      await expect.poll(() => lanesOverflow(page)).toBeLessThanOrEqual(1);
    }
  });
});

test.describe('a phone, 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the first view shows events to read, not counts', async ({ page }) => {
    await openApp(page);
    await expect(timeline(page).locator('.tl-item__title').first()).toBeVisible();
    const { labels } = await renderedLabels(page);
    expect(labels.length, 'labels drawn in the time area').toBeGreaterThanOrEqual(6);
    for (const label of labels)
      expect(label.whole, `"${label.text}" shows at least "${label.words}"`).toBe(true);
    await expect(timeline(page).locator('.vis-item.is-aggregate')).toHaveCount(0);
    // The lane per actor stays one tap away.
    await expect(timeline(page).getByRole('button', { name: 'Lane per actor' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });
});

/**
 * A person who set a larger default text size in the browser's settings (not its zoom): the
 * page's text follows it, and the layout is the one a proportionally narrower window has, so
 * that labels, lanes and columns still fit their text (src/lib/text-scale.ts).
 */
test.describe("the browser's default text size at 20 px, not 16", () => {
  const defaultTextSize = async (page: Page, px: number) => {
    const session = await page.context().newCDPSession(page);
    await session.send('Page.setFontSizes', { fontSizes: { standard: px } });
  };
  const headingPx = (page: Page) =>
    page
      .getByRole('heading', { level: 1 })
      .evaluate((heading) => parseFloat(getComputedStyle(heading).fontSize));

  test('the text is a quarter larger, and a 1200 px window has the layout of a 960 px one', async ({
    page,
  }) => {
    // With 16 px text, the compact layout's heading at 960 px, the columns at 1200 px.
    await page.setViewportSize({ width: 960, height: 800 });
    await openApp(page);
    const atDefault = await headingPx(page);
    await expect(page.getByRole('button', { name: /^Search and filters/ })).toBeVisible();
    await page.setViewportSize({ width: 1200, height: 800 });
    await expect(page.getByRole('group', { name: 'Actors' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Search and filters/ })).toHaveCount(0);

    await defaultTextSize(page, 20);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(STORE_TITLE);
    expect(await headingPx(page)).toBeCloseTo(atDefault * 1.25, 1);
    // The filters' column would leave the timeline too little room: they go in the drawer.
    await expect(page.getByRole('button', { name: /^Search and filters/ })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Actors' })).toHaveCount(0);
    await expect(windowDescription(page)).toBeVisible();
  });

  test('at 1600×900 the lanes, the labels and the columns fit as at 1280×720 with 16 px text', async ({
    page,
  }) => {
    await defaultTextSize(page, 20);
    await page.setViewportSize({ width: 1600, height: 900 });
    await openApp(page);
    await expect(timeline(page).getByRole('button', { name: 'Lane per actor' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // reading-layout-width.ts reckons the timeline as 1280 px's 641, a quarter wider drawn.
    const shown = (await timeline(page).boundingBox())!;
    expect(Math.abs(shown.width - 641 * 1.25), `${shown.width} px`).toBeLessThan(3);

    await expect(timeline(page).locator('.tl-item__title').first()).toBeVisible();
    const { labels } = await renderedLabels(page);
    expect(labels.length, 'labels drawn in the time area').toBeGreaterThan(3);
    for (const label of labels)
      expect(label.whole, `"${label.text}" shows at least "${label.words}"`).toBe(true);

    // Lanes too crowded for their share of the height are counted: none runs below the others.
    const area = (await timeline(page).locator('.vis-panel.vis-center').boundingBox())!;
    const column = timeline(page).getByRole('group', { name: 'Lanes' });
    const laneLabels = column.locator('.tl-lane');
    expect(await laneLabels.count()).toBeGreaterThan(3);
    for (const label of await laneLabels.all()) {
      const box = (await label.boundingBox())!;
      expect(box.y + box.height, await label.innerText()).toBeLessThanOrEqual(
        area.y + area.height + 1,
      );
    }
    expect(await lanesOverflow(page)).toBeLessThanOrEqual(1);
  });
});
