import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  STORE_TITLE,
  TREATY,
  details,
  detailsHeading,
  listButton,
  openApp,
  selectedItemInView,
  timeline,
  timelineItem,
  windowDescription,
} from './helpers/app';
import { expectNoAxeViolations } from './helpers/axe';

/**
 * A phone held sideways: the screen is wide but short, and the explorer's first screen is
 * mostly timeline. Before, the header (title, origin, a row of tools), the timeline's
 * toolbar, the line saying what is in view and the axis took 295 of 390 px, and the lanes
 * showed through a 95 px letterbox (65 px at 740×360). Every tool of the header is still in
 * view, by its name, and a finger's size.
 */

const SCREENS = [
  // Measured after: 207 px of lanes at 844×390, 177 at 740×360 (95 and 65 before).
  { width: 844, height: 390, lanes: 180 },
  { width: 740, height: 360, lanes: 150 },
];

const LANGUAGES = [
  {
    lang: 'en',
    drawer: /^Search and filters/,
    tools: ['Show map', 'Export', 'Open store…', 'Copy link', 'Embed', 'About and help'],
    language: 'Language',
    region: 'Timeline',
    origin: 'This site’s default store',
  },
  {
    lang: 'es',
    drawer: /^Búsqueda y filtros/,
    tools: [
      'Mostrar mapa',
      'Exportar',
      'Abrir almacén…',
      'Copiar enlace',
      'Insertar',
      'Acerca de y ayuda',
    ],
    language: 'Idioma',
    region: 'Cronología',
    origin: 'Almacén predeterminado de este sitio',
  },
];

/** How much of the lanes (vis-timeline's centre panel, no role of its own) is on screen. */
async function lanesOnScreen(timeline: Locator): Promise<number> {
  return timeline.locator('.vis-panel.vis-center').evaluate((lanes) => {
    const box = lanes.getBoundingClientRect();
    return Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0);
  });
}

/** The first lane's items (vis-timeline's DOM has no roles): how many, and how many are whole on screen. */
async function firstLaneItems(timeline: Locator): Promise<{ drawn: number; onScreen: number }> {
  return timeline
    .locator('.vis-foreground .vis-group')
    .first()
    .evaluate((lane) => {
      const area = lane.closest('.vis-panel')!.getBoundingClientRect();
      const boxes = [...lane.querySelectorAll('.vis-item')]
        .map((item) => item.getBoundingClientRect())
        .filter((box) => box.width > 0 && box.right > area.left && box.left < area.right);
      const onScreen = boxes.filter((box) => box.top >= 0 && box.bottom <= window.innerHeight);
      return { drawn: boxes.length, onScreen: onScreen.length };
    });
}

test.use({ hasTouch: true, isMobile: true });

for (const { width, height, lanes } of SCREENS) {
  for (const { lang, drawer, tools, language, region, origin } of LANGUAGES) {
    test(`at ${width}×${height} (${lang}) the lanes have the screen and every tool stays in view`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`/?lang=${lang}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(STORE_TITLE);
      const banner = page.getByRole('banner');
      const timeline = page.getByRole('region', { name: region, exact: true });
      // The header's tools come after the first events: the header is whole with them.
      await expect(banner.getByRole('button', { name: tools[3], exact: true })).toBeVisible();
      await expect(timeline.locator('.vis-item').first()).toBeVisible();

      const controls = [
        banner.getByRole('button', { name: drawer }),
        ...tools.map((name) => banner.getByRole('button', { name, exact: true })),
        banner.getByRole('combobox', { name: language }),
      ];
      for (const control of controls) {
        await expect(control).toBeVisible();
        const box = (await control.boundingBox())!;
        const what = `${control.toString()} at ${width}×${height}`;
        expect(box.x, `${what} starts on screen`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `${what} ends on screen`).toBeLessThanOrEqual(width);
        expect(box.y + box.height, `${what} is above the fold`).toBeLessThanOrEqual(height);
        expect(
          Math.min(box.width, box.height),
          `${what} is a finger's size`,
        ).toBeGreaterThanOrEqual(43.5);
      }

      // Whose timeline this is stays said, beside its title.
      await expect(banner.getByText(origin, { exact: true })).toBeVisible();

      await expect
        .poll(async () => (await firstLaneItems(timeline)).drawn, {
          message: 'the first lane has events in view',
        })
        .toBeGreaterThan(0);
      const first = await firstLaneItems(timeline);
      expect(first.onScreen, "the first lane's events are all on screen").toBe(first.drawn);

      expect(await lanesOnScreen(timeline), 'the lanes on screen, in px').toBeGreaterThanOrEqual(
        lanes,
      );
      const sideways = await page.evaluate(
        () => document.scrollingElement!.scrollWidth - window.innerWidth,
      );
      expect(sideways, 'the page scrolls sideways by').toBeLessThanOrEqual(0);
    });
  }
}

test('axe: the first screen held sideways, its header and timeline in small type', async ({
  page,
}) => {
  await page.setViewportSize({ width: 844, height: 390 });
  await page.goto('/');
  await expect(page.getByRole('banner').getByRole('button', { name: 'Copy link' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Timeline', exact: true })).toContainText(
    /16 of 18 events in view/,
  );
  await expectNoAxeViolations(page, 'the first screen at 844×390', {
    include: ['header', '#timeline'],
  });
});

const CHINA_STANCE = 'China, an important ally of both, keeps a discreet stance';

/** A box's edges, from Playwright's (x, y, width, height). */
async function edgesOf(locator: Locator) {
  const box = (await locator.boundingBox())!;
  return { left: box.x, right: box.x + box.width, top: box.y, bottom: box.y + box.height };
}

/**
 * Held sideways, a bottom sheet at half height covered the lanes: the event chosen and its
 * evidence were never on screen together. The details are a column beside the timeline
 * instead, as from 1024 px, and only while an event is chosen.
 */
for (const how of ['timeline', 'list'] as const) {
  test(`at 844×390 an event chosen in the ${how} opens beside the timeline, not over it`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 844, height: 390 });
    await openApp(page);
    const lanes = timeline(page);
    // Nothing chosen: no panel, and the timeline has the width.
    await expect(details(page)).toHaveCount(0);
    const whole = await edgesOf(lanes);
    expect(whole.right - whole.left, 'the timeline with nothing chosen').toBeGreaterThan(800);

    // China's lane, on the first screen, holds this one event: an item of its own to tap.
    const event = how === 'timeline' ? { title: CHINA_STANCE } : TREATY;
    if (how === 'timeline') {
      // At its start, as clickTimelineItem does: a range's middle may lie under another item.
      const item = timelineItem(page, event.title);
      await expect(item).toBeVisible();
      const box = (await item.boundingBox())!;
      await page.touchscreen.tap(box.x + Math.min(8, box.width / 2), box.y + box.height / 2);
    } else await listButton(page, event.title).tap();
    await expect(detailsHeading(page)).toHaveText(event.title);
    const panel = details(page);

    // Beside, to the right, overlapping the timeline by nothing, below the header, the
    // window's height.
    await expect
      .poll(async () => (await edgesOf(panel)).left - (await edgesOf(lanes)).right, {
        message: 'the gap between the timeline and the details',
      })
      .toBeGreaterThanOrEqual(0);
    const side = await edgesOf(panel);
    const narrowed = await edgesOf(lanes);
    const header = await edgesOf(page.getByRole('banner'));
    expect(side.right, 'the details end on screen').toBeLessThanOrEqual(844);
    expect(side.right - side.left, 'the details are 35–50% of the width').toBeGreaterThan(
      844 * 0.35,
    );
    expect(side.right - side.left).toBeLessThan(844 * 0.5);
    expect(side.top, 'the details are below the header').toBeGreaterThanOrEqual(header.bottom);
    expect(side.bottom, 'the details end on screen').toBeLessThanOrEqual(390);
    expect(narrowed.top, 'the timeline is where it was').toBeCloseTo(whole.top, 0);

    // The event stays in view on the timeline, its heading in the details.
    await expect
      .poll(() => selectedItemInView(page, event.title), {
        message: 'the chosen event on the timeline',
      })
      .toBe(true);
    await expect(detailsHeading(page)).toBeInViewport();

    // Its first excerpt is reached by scrolling the details alone: the page and the
    // timeline stay where they are.
    const quote = panel.locator('blockquote').first();
    await quote.scrollIntoViewIfNeeded();
    await expect(quote).toBeInViewport();
    const quoteBox = await edgesOf(quote);
    expect(quoteBox.left, 'the excerpt is in the details column').toBeGreaterThanOrEqual(side.left);
    expect(await page.evaluate(() => window.scrollY), 'the page scrolled by').toBe(0);
    expect((await edgesOf(lanes)).top, 'the timeline after the excerpt is shown').toBeCloseTo(
      narrowed.top,
      0,
    );
    expect(await selectedItemInView(page, event.title), 'the event after the excerpt').toBe(true);

    await expectNoAxeViolations(page, `the details beside the timeline (${how})`, {
      include: ['main'],
    });

    // Closed by its button: the timeline takes the whole width again.
    await panel.getByRole('button', { name: 'Close details' }).tap();
    await expect(details(page)).toHaveCount(0);
    await expect
      .poll(async () => (await edgesOf(lanes)).right, { message: "the timeline's right edge" })
      .toBeCloseTo(whole.right, 0);

    // And by Escape.
    await listButton(page, TREATY.title).tap();
    await expect(detailsHeading(page)).toHaveText(TREATY.title);
    await page.keyboard.press('Escape');
    await expect(details(page)).toHaveCount(0);
    await expect
      .poll(async () => (await edgesOf(lanes)).right, { message: "the timeline's right edge" })
      .toBeCloseTo(whole.right, 0);
  });
}

/**
 * With an event open beside it, the timeline is narrower: the line saying what is in view
 * dropped under its toolbar and took ~20 px of lanes (189 instead of 207 at 844×390, 144
 * instead of 177 at 740×360). It stays beside the toolbar, clipped if it must be, its whole
 * sentence still read out (it is the timeline's live description).
 */
for (const { width, height } of SCREENS) {
  test(`at ${width}×${height} the details beside the timeline cost its lanes no height`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openApp(page);
    const lanes = timeline(page);
    await expect(lanes.locator('.vis-item').first()).toBeVisible();
    const alone = await lanesOnScreen(lanes);

    await listButton(page, TREATY.title).tap();
    await expect(detailsHeading(page)).toHaveText(TREATY.title);
    await expect
      .poll(async () => (await edgesOf(details(page))).left - (await edgesOf(lanes)).right, {
        message: 'the gap between the timeline and the details',
      })
      .toBeGreaterThanOrEqual(0);

    const toolbar = await edgesOf(lanes.getByRole('toolbar', { name: 'Timeline controls' }));
    const description = windowDescription(page);
    await expect(description).toBeVisible();
    const line = await edgesOf(description);
    expect(line.top, 'the description starts beside the toolbar, not under it').toBeLessThan(
      toolbar.bottom - 1,
    );
    expect(line.bottom, 'the description is no taller than the toolbar').toBeLessThanOrEqual(
      toolbar.bottom + 1,
    );
    expect(line.left, 'the description is right of the toolbar').toBeGreaterThanOrEqual(
      toolbar.right,
    );
    expect(line.right, 'the description ends inside the timeline').toBeLessThanOrEqual(
      (await edgesOf(lanes)).right,
    );
    // Its whole sentence for a screen reader, however much of it is drawn.
    await expect(lanes).toMatchAriaSnapshot(
      // ([:] as YAML takes ": " for a key.)
      `- paragraph: /^Showing .+ to .+[:] \\d+ of \\d+ events in view\\.$/`,
    );
    expect(await lanesOnScreen(lanes), 'the lanes on screen with the details open').toBe(alone);
  });
}

/**
 * With the details beside it the timeline is 350 to 470 px wide, and the line saying what is
 * in view drew only its dates, clipped before the count (740, 844 px), or went under the
 * toolbar in two lines (640 px). The axis gives the dates: where the whole sentence does not
 * fit, the line draws the count alone, whole, in one line at most under the toolbar, and the
 * dates stay in the sentence read out.
 */
for (const { width, height } of [
  { width: 844, height: 390 },
  { width: 740, height: 360 },
  { width: 667, height: 375 },
  { width: 640, height: 360 },
]) {
  test(`at ${width}×${height} with the details beside, the line draws the count whole`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openApp(page);
    const lanes = timeline(page);
    await listButton(page, TREATY.title).tap();
    await expect(detailsHeading(page)).toHaveText(TREATY.title);

    const description = windowDescription(page);
    const clipped = await description.evaluate((line) => line.scrollHeight > line.clientHeight + 1);
    expect(clipped, 'the count is drawn whole').toBe(false);
    const toolbar = await edgesOf(lanes.getByRole('toolbar', { name: 'Timeline controls' }));
    const line = await edgesOf(description);
    expect(line.bottom - toolbar.bottom, 'at most one line under the toolbar').toBeLessThanOrEqual(
      20,
    );
    expect(line.right, 'the line ends inside the timeline').toBeLessThanOrEqual(
      (await edgesOf(lanes)).right,
    );
    await expect(lanes).toMatchAriaSnapshot(
      `- paragraph: /^Showing .+ to .+[:] \\d+ of \\d+ events in view\\.$/`,
    );
  });
}

/**
 * Between 601 and ~700 px held sideways (667×375, 640×360, 620×360, 601×360) the header took a
 * third row for the language and help, in Spanish (and at 640 px in English): 48 px of lanes.
 * Two rows, every tool whole, none covering another.
 */
for (const { width, height } of [
  { width: 667, height: 375 },
  { width: 640, height: 360 },
  { width: 620, height: 360 },
  { width: 601, height: 360 },
]) {
  for (const { lang, drawer, tools, language } of LANGUAGES) {
    test(`at ${width}×${height} (${lang}) the header takes two rows with every tool`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`/?lang=${lang}`);
      const banner = page.getByRole('banner');
      await expect(banner.getByRole('button', { name: tools[3], exact: true })).toBeVisible();
      const controls = [
        banner.getByRole('heading', { level: 1 }),
        banner.getByRole('button', { name: drawer }),
        ...tools.map((name) => banner.getByRole('button', { name, exact: true })),
        banner.getByRole('combobox', { name: language }),
      ];
      const boxes = [];
      for (const control of controls) {
        await expect(control).toBeVisible();
        const box = await edgesOf(control);
        expect(box.left, `${control.toString()} starts on screen`).toBeGreaterThanOrEqual(0);
        expect(box.right, `${control.toString()} ends on screen`).toBeLessThanOrEqual(width);
        boxes.push(box);
      }
      const middles = boxes.map((box) => (box.top + box.bottom) / 2).sort((a, b) => a - b);
      const rows = middles.filter((middle, i) => i === 0 || middle - middles[i - 1]! > 12);
      expect(rows.length, 'rows of the header').toBe(2);
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const overlap =
            a.left < b.right - 0.5 &&
            b.left < a.right - 0.5 &&
            a.top < b.bottom - 0.5 &&
            b.top < a.bottom - 0.5;
          expect(overlap, 'two of the header’s parts overlap').toBe(false);
        }
      }
      // The header's tools still a finger's size.
      for (const control of controls.slice(1)) {
        const box = (await control.boundingBox())!;
        expect(Math.min(box.width, box.height), `${control.toString()}`).toBeGreaterThanOrEqual(
          43.5,
        );
      }
    });
  }
}

/**
 * A phone up to 600 px wide held sideways kept the portrait layout: the header, the toolbar
 * with the line under it and the axis left 106 px of lanes at 568×320 (146 at 600×360), and
 * an event opened in a sheet over all of them. The phone's one-row header stays (its other
 * tools behind More), the rest is as held sideways wider: 165 and 205 px of lanes, the
 * details beside the timeline.
 */
for (const { width, height, lanes } of [
  { width: 568, height: 320, lanes: 150 },
  { width: 600, height: 360, lanes: 190 },
]) {
  test(`at ${width}×${height} the lanes have the screen and an event opens beside them`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openApp(page);
    const banner = page.getByRole('banner');
    const area = timeline(page);
    await expect(area.locator('.vis-item').first()).toBeVisible();
    for (const name of [/^Search and filters/, /^More/]) {
      await expect(banner.getByRole('button', { name })).toBeInViewport();
    }

    const toolbar = await edgesOf(area.getByRole('toolbar', { name: 'Timeline controls' }));
    const line = await edgesOf(windowDescription(page));
    expect(line.top, 'the line saying what is in view is beside the toolbar').toBeLessThan(
      toolbar.bottom - 1,
    );
    expect(line.left).toBeGreaterThanOrEqual(toolbar.right);
    expect(await lanesOnScreen(area), 'the lanes on screen, in px').toBeGreaterThanOrEqual(lanes);

    // Every other tool is still a tap away, on screen (the panel scrolls: 320 px is less
    // than its six rows of a finger's height).
    await banner.getByRole('button', { name: /^More/ }).tap();
    for (const name of ['Show map', 'Copy link', 'Embed', 'About and help']) {
      const tool = banner.getByRole('button', { name, exact: true });
      await tool.scrollIntoViewIfNeeded();
      await expect(tool).toBeInViewport();
    }
    await expect(banner.getByRole('combobox', { name: 'Language' })).toBeInViewport();
    await page.keyboard.press('Escape');
    await expect(banner.getByRole('button', { name: 'Copy link', exact: true })).toBeHidden();

    await listButton(page, TREATY.title).tap();
    await expect(detailsHeading(page)).toHaveText(TREATY.title);
    const panel = details(page);
    await expect
      .poll(async () => (await edgesOf(panel)).left - (await edgesOf(area)).right, {
        message: 'the gap between the timeline and the details',
      })
      .toBeGreaterThanOrEqual(0);
    const side = await edgesOf(panel);
    expect(side.right, 'the details end on screen').toBeLessThanOrEqual(width);
    expect(side.bottom, 'the details end on screen').toBeLessThanOrEqual(height);
    expect(side.top, 'the details are below the header').toBeGreaterThanOrEqual(
      (await edgesOf(banner)).bottom,
    );
    expect(await page.evaluate(() => window.scrollY), 'the page scrolled by').toBe(0);
    await expect(detailsHeading(page)).toBeInViewport();
    expect(await lanesOnScreen(area), 'the lanes beside the details, in px').toBeGreaterThan(
      height / 3,
    );
  });
}
