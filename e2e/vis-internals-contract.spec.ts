import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { build } from 'vite';
import { expect, test } from './fixtures';

/**
 * The contract between the timeline and vis-timeline's private internals
 * (src/features/timeline/vis-internals.ts), checked against the real library in Chromium.
 *
 * Each test shows both what vis-timeline does by itself (the cost a workaround removes, so a
 * version that no longer has it is noticed) and what the workaround makes of it. A version
 * that renames an internal, or changes how it behaves, fails here before any stall or
 * blank timeline can reach a person. docs/vis-timeline-upgrade.md says what to do then.
 *
 * The page is blank: the test bundles e2e/vis-contract/harness.ts (the library and the
 * app's modules, nothing else) and puts it there; the app's build carries none of it.
 */

const root = fileURLToPath(new URL('..', import.meta.url));
const STYLES = `${root}node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css`;
let bundle = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const output = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: 'e2e/vis-contract/harness.ts', formats: ['iife'], name: 'visContractPage' },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) =>
    'output' in result ? result.output : [],
  );
  const script = chunks.find((chunk) => chunk.type === 'chunk');
  if (!script || script.type !== 'chunk') throw new Error('the contract page was not bundled');
  bundle = script.code;
});

async function openContractPage(page: Page) {
  await page.setContent(
    '<!doctype html><html lang="en"><title>vis-timeline contract</title>' +
      '<div id="timeline" style="width: 1000px; height: 400px"></div></html>',
  );
  await page.addStyleTag({ path: STYLES });
  await page.addScriptTag({ content: bundle });
}

test.beforeEach(async ({ page }) => openContractPage(page));

test('the pinned version is the one installed and the one the internals were read from', async ({
  page,
}) => {
  const manifest = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
    dependencies: Record<string, string>;
  };
  const installed = JSON.parse(
    readFileSync(`${root}node_modules/vis-timeline/package.json`, 'utf8'),
  ) as { version: string };
  const readFrom = await page.evaluate(() => window.visContract.internals.VIS_TIMELINE_VERSION);
  expect(manifest.dependencies['vis-timeline']).toBe(readFrom);
  expect(installed.version).toBe(readFrom);
});

test('every internal is found, and the time area width is the one on the page', async ({
  page,
}) => {
  const widths = await page.evaluate(async () => {
    const { mount, internals, frames } = window.visContract;
    const { timeline, container } = mount(0, 1e10);
    await frames();
    const center = container.querySelector<HTMLElement>('.vis-panel.vis-center')!;
    const wide = {
      kept: internals.visInternalsOf(timeline).centerWidth(),
      onPage: center.clientWidth,
    };
    timeline.destroy();
    container.style.width = '600px';
    const narrower = mount(0, 1e10).timeline;
    await frames();
    const narrowCenter = container.querySelector<HTMLElement>('.vis-panel.vis-center')!;
    return {
      wide,
      narrow: {
        kept: internals.visInternalsOf(narrower).centerWidth(),
        onPage: narrowCenter.clientWidth,
      },
    };
  });
  expect(widths.wide.kept).toBeGreaterThan(900);
  expect(widths.narrow.kept).toBeLessThan(620);
  for (const { kept, onPage } of [widths.wide, widths.narrow])
    expect(Math.abs(kept - onPage)).toBeLessThanOrEqual(2);
});

test('a missing internal is reported by name, not skipped', async ({ page }) => {
  const failures = await page.evaluate(() => {
    const { mount, internals, withBatchedItemDraws } = window.visContract;
    const { timeline } = mount(0, 1e10);
    // As if an upgrade had renamed Group's method: gone from the class that defines it.
    const groups = (timeline as unknown as { itemSet: { groups: Record<string, object> } }).itemSet
      .groups;
    let groupProto = Object.getPrototypeOf(Object.values(groups)[0]) as Record<string, unknown>;
    while (!Object.hasOwn(groupProto, '_checkIfVisible'))
      groupProto = Object.getPrototypeOf(groupProto) as Record<string, unknown>;
    const check = groupProto._checkIfVisible;
    delete groupProto._checkIfVisible;
    const report = (run: () => void) => {
      try {
        run();
        return 'ran';
      } catch (error) {
        return error instanceof internals.VisInternalsError
          ? `${error.name}: ${error.internal}`
          : String(error);
      }
    };
    let mutated = false;
    const other = mount(0, 1e10).timeline;
    const result = {
      check: report(() => internals.visInternalsOf(other)),
      batch: report(() =>
        withBatchedItemDraws(timeline, () => {
          mutated = true;
        }),
      ),
      mutated,
    };
    groupProto._checkIfVisible = check;
    return result;
  });
  expect(failures).toEqual({
    check: 'VisInternalsError: Group#_checkIfVisible',
    batch: 'VisInternalsError: Group#_checkIfVisible',
    mutated: false,
  });
});

test('Group#add draws a new item in view at once; filed without drawing, it waits for the queued redraw', async ({
  page,
}) => {
  const seen = await page.evaluate(async () => {
    const { mount, internals, frames, drawnContents, DAY } = window.visContract;
    const start = Date.UTC(2000, 0, 1);
    const { timeline, items, container } = mount(start, start + 100 * DAY);
    await frames();
    const found = internals.visInternalsOf(timeline);
    // With the item set's own redraw held, only Group#add can draw the new item.
    const held = found.holdItemSetRedraws()!;
    items.add({ id: 'plain', start: start + 10 * DAY, content: 'plain' });
    const drawnByAdd = drawnContents(container);
    const filing = found.fileNewItemsWithoutDrawing();
    items.add({ id: 'filed', start: start + 20 * DAY, content: 'filed' });
    const drawnWhileFiling = drawnContents(container);
    filing();
    held();
    await frames();
    return { drawnByAdd, drawnWhileFiling, drawnAfter: drawnContents(container) };
  });
  expect(seen.drawnByAdd).toEqual(['plain']);
  expect(seen.drawnWhileFiling).toEqual(['plain']);
  expect(seen.drawnAfter).toEqual(['filed', 'plain']);
});

test('ItemSet#redraw runs at once on every DataSet change after the first draw, and not while held', async ({
  page,
}) => {
  const redraws = await page.evaluate(async () => {
    const { mount, internals, frames, DAY } = window.visContract;
    const start = Date.UTC(2000, 0, 1);
    const { timeline, items } = mount(start, start + 100 * DAY);
    await frames();
    const itemSet = (timeline as unknown as { itemSet: { redraw: () => boolean } }).itemSet;
    const proto = Object.getPrototypeOf(itemSet) as { redraw: () => boolean };
    const redraw = proto.redraw;
    let count = 0;
    proto.redraw = function () {
      count += 1;
      return redraw.call(this);
    };
    const counts: Record<string, number> = {};
    items.add({ id: 'a', start: start + DAY, content: 'a' });
    counts.add = count;
    items.update({ id: 'a', content: 'a2' });
    counts.update = count;
    items.remove('a');
    counts.remove = count;
    const release = internals.visInternalsOf(timeline).holdItemSetRedraws()!;
    items.add({ id: 'b', start: start + DAY, content: 'b' });
    items.update({ id: 'b', content: 'b2' });
    counts.held = count;
    release();
    counts.ownRedrawLeft = Object.hasOwn(itemSet, 'redraw') ? 1 : 0;
    await frames();
    counts.afterFrames = count;
    return counts;
  });
  expect(redraws).toMatchObject({ add: 1, update: 2, remove: 3, held: 3, ownRedrawLeft: 0 });
  expect(redraws.afterFrames).toBeGreaterThan(3);
});

test('Item#redraw draws an update on the page at once; redraw(true) returns its steps, run later', async ({
  page,
}) => {
  const seen = await page.evaluate(async () => {
    const { mount, internals, frames, drawnContents, withBatchedItemDraws, DAY } =
      window.visContract;
    const start = Date.UTC(2000, 0, 1);
    const { timeline, items, container } = mount(start, start + 100 * DAY, [
      { id: 'a', start: start + 10 * DAY, content: 'a' },
      { id: 'b', start: start + 20 * DAY, end: start + 30 * DAY, content: 'b' },
    ]);
    await frames();
    const found = internals.visInternalsOf(timeline);
    const held = found.holdItemSetRedraws()!;
    items.update({ id: 'a', content: 'a1' });
    const atOnce = drawnContents(container);
    const deferred: unknown[] = [];
    const deferring = found.deferItemRedraws((item) => deferred.push(item));
    items.update({ id: 'a', content: 'a2' });
    const whileDeferred = drawnContents(container);
    deferring();
    held();
    const steps = found.redrawSteps(deferred[0] as never);
    const beforeSteps = drawnContents(container);
    for (const step of steps) step();
    const afterSteps = drawnContents(container);
    let insideBatch: string[] = [];
    withBatchedItemDraws(timeline, () => {
      items.update([
        { id: 'a', content: 'a3' },
        { id: 'b', content: 'b3' },
      ]);
      insideBatch = drawnContents(container);
    });
    const afterBatch = drawnContents(container);
    await frames();
    return {
      atOnce,
      deferredCount: deferred.length,
      whileDeferred,
      stepCount: steps.length,
      beforeSteps,
      afterSteps,
      insideBatch,
      afterBatch,
      afterFrames: drawnContents(container),
    };
  });
  expect(seen.atOnce).toEqual(['a1', 'b']);
  expect(seen.deferredCount).toBe(1);
  expect(seen.whileDeferred).toEqual(['a1', 'b']);
  expect(seen.stepCount).toBeGreaterThanOrEqual(3);
  expect(seen.beforeSteps).toEqual(['a1', 'b']);
  expect(seen.afterSteps).toEqual(['a2', 'b']);
  expect(seen.insideBatch).toEqual(['a2', 'b']);
  expect(seen.afterBatch).toEqual(['a3', 'b3']);
  expect(seen.afterFrames).toEqual(['a3', 'b3']);
});

test('a batch draws new items once, after it, by the queued redraw', async ({ page }) => {
  const seen = await page.evaluate(async () => {
    const { mount, frames, drawnContents, withBatchedItemDraws, dailyItems, DAY } =
      window.visContract;
    const start = Date.UTC(2000, 0, 1);
    const { timeline, items, container } = mount(start, start + 100 * DAY);
    await frames();
    const attached: Node[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) attached.push(...record.addedNodes);
    });
    observer.observe(container, { childList: true, subtree: true });
    let insideBatch: string[] = [];
    withBatchedItemDraws(timeline, () => {
      items.add(dailyItems(start, 10));
      insideBatch = drawnContents(container);
    });
    const afterBatch = drawnContents(container);
    await frames();
    observer.disconnect();
    const itemsAttached = attached.filter(
      (node) => node instanceof HTMLElement && node.classList.contains('vis-item'),
    ).length;
    return {
      insideBatch,
      afterBatch,
      afterFrames: drawnContents(container),
      // A box item is three elements (box, line, dot): each attached once.
      itemsAttached,
      itemElements: container.querySelectorAll('.vis-item').length,
    };
  });
  expect(seen.insideBatch).toEqual([]);
  expect(seen.afterBatch).toEqual([]);
  expect(seen.afterFrames).toHaveLength(10);
  expect(seen.itemsAttached).toBe(seen.itemElements);
});

test('each lane draws and measures its new items in turn; drawn across lanes, the page is laid out once', async ({
  page,
}) => {
  const seen = await page.evaluate(async () => {
    const {
      mount,
      frames,
      drawnContents,
      DataSet,
      DAY,
      drawNewItemsAcrossLanes,
      withBatchedItemDraws,
    } = window.visContract;
    const start = Date.UTC(2000, 0, 1);
    const lanes = 6;
    /**
     * New items, four per lane, in a redraw of a timeline with six lanes, and how often the
     * redraw went from a DOM write of one of its items to a read of one (each time, a layout),
     * the item drawn before them counted in.
     */
    const draw = async (acrossLanes: boolean) => {
      // One range already drawn (before the lanes' new ones): the class whose steps are watched.
      const { timeline, items, container } = mount(start, start + 10 * DAY, [
        { id: 'first', group: 'g0', start: start + DAY, end: start + 2 * DAY, content: 'first' },
      ]);
      timeline.setGroups(
        new DataSet(
          Array.from({ length: lanes }, (_, lane) => ({ id: `g${lane}`, content: `lane ${lane}` })),
        ) as never,
      );
      await frames();
      if (acrossLanes) drawNewItemsAcrossLanes(timeline);
      const itemSet = (timeline as unknown as { itemSet: { items: Record<string, object> } })
        .itemSet;
      const proto = Object.getPrototypeOf(itemSet.items.first) as Record<
        string,
        (...args: unknown[]) => unknown
      >;
      const record: string[] = [];
      const watched = ['_updateDirtyDomComponents', '_getDomComponentsSizes'] as const;
      const own = watched.map((name) => proto[name]!);
      watched.forEach((name, at) => {
        proto[name] = function (...args: unknown[]) {
          record.push(at === 0 ? 'write' : 'read');
          return own[at]!.apply(this, args);
        };
      });
      // As the timeline adds them: filed in their lanes, drawn by the queued redraw.
      withBatchedItemDraws(timeline, () =>
        items.add(
          Array.from({ length: lanes * 4 }, (_, i) => ({
            id: `i${i}`,
            group: `g${i % lanes}`,
            start: start + (1 + (i % 8)) * DAY,
            end: start + (2 + (i % 8)) * DAY,
            content: `item ${i}`,
          })),
        ),
      );
      await frames();
      watched.forEach((name, at) => (proto[name] = own[at]!));
      const layouts = record.filter(
        (step, at) => step === 'read' && record[at - 1] === 'write',
      ).length;
      const drawn = drawnContents(container).length;
      timeline.destroy();
      return { layouts, drawn, reads: record.filter((step) => step === 'read').length };
    };
    return { plain: await draw(false), across: await draw(true) };
  });
  // vis-timeline alone: one layout per lane with new items, each lane's read after its writes.
  expect(seen.plain).toEqual({ layouts: 6, drawn: 25, reads: 24 });
  expect(seen.across).toEqual({ layouts: 1, drawn: 25, reads: 24 });
});

test('a lane pushed below the time area by a lane above it that grew draws nothing; scrolled to, it draws its items', async ({
  page,
}) => {
  const seen = await page.evaluate(async () => {
    const {
      mount,
      frames,
      DataSet,
      DAY,
      drawNewItemsAcrossLanes,
      withBatchedItemDraws,
      internals,
    } = window.visContract;
    const start = Date.UTC(2000, 0, 1);
    const lanes = 6;
    /**
     * Six lanes of one range each (all in view), then 30 points at one moment in the first
     * lane (stacked 30 rows deep: the others end up below the time area) and three in each
     * of the others: which of the lower lanes' points were ever put on the page, and which
     * are there once the lanes are scrolled to the bottom.
     */
    const draw = async (acrossLanes: boolean) => {
      const { timeline, items, container } = mount(
        start,
        start + 10 * DAY,
        Array.from({ length: lanes }, (_, lane) => ({
          id: `r${lane}`,
          group: `g${lane}`,
          start: start + DAY,
          end: start + 9 * DAY,
          content: `lane ${lane}`,
          type: 'range' as const,
        })),
      );
      timeline.setGroups(
        new DataSet(
          Array.from({ length: lanes }, (_, lane) => ({ id: `g${lane}`, content: `lane ${lane}` })),
        ) as never,
      );
      await frames();
      if (acrossLanes) drawNewItemsAcrossLanes(timeline);
      const added: string[] = [];
      const observer = new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes)
            if (node instanceof HTMLElement && node.matches('.vis-item.vis-point'))
              added.push(node.textContent ?? '');
      });
      observer.observe(container, { childList: true, subtree: true });
      withBatchedItemDraws(timeline, () =>
        items.add([
          ...Array.from({ length: 30 }, (_, i) => ({
            id: `top${i}`,
            group: 'g0',
            start: start + 5 * DAY,
            content: `top ${i}`,
            type: 'point' as const,
          })),
          ...Array.from({ length: (lanes - 1) * 3 }, (_, i) => ({
            id: `low${i}`,
            group: `g${1 + (i % (lanes - 1))}`,
            start: start + (2 + (i % 3)) * DAY,
            content: `low ${i}`,
            type: 'point' as const,
          })),
        ]),
      );
      await frames(3);
      const lowDrawn = added.filter((text) => text.startsWith('low')).length;
      const topDrawn = added.filter((text) => text.startsWith('top')).length;
      // A lane out of view keeps the height it had: those that come into view grow as they
      // draw, and the next scroll goes further, as a person's would.
      for (let scroll = 0; scroll < 3; scroll++) {
        internals.visInternalsOf(timeline).scrollLanesBy(10_000);
        await frames(3);
      }
      observer.disconnect();
      const lowShown = [...container.querySelectorAll('.vis-item.vis-point')].filter((element) =>
        element.textContent?.startsWith('low'),
      ).length;
      timeline.destroy();
      return { topDrawn, lowDrawn, lowShown };
    };
    return { plain: await draw(false), across: await draw(true) };
  });
  // vis-timeline alone draws the lower lanes' points (found in view before the first lane
  // grew) and takes them off a frame later; across lanes, they wait until scrolled to.
  expect(seen.plain).toEqual({ topDrawn: 30, lowDrawn: 15, lowShown: 15 });
  expect(seen.across).toEqual({ topDrawn: 30, lowDrawn: 0, lowShown: 15 });
});

test("each redraw takes the margins' items off the page and back; widened, they stay", async ({
  page,
}) => {
  const reattached = await page.evaluate(async () => {
    const { mount, frames, keepMarginItemsDrawn, dailyItems, DAY } = window.visContract;
    const start = Date.UTC(2000, 0, 1);
    const first = start + 150 * DAY;
    const { timeline, container } = mount(first, first + 100 * DAY, dailyItems(start, 400), {
      stack: false,
    });
    await frames();
    /** Items attached again during a pan by `days`, having been taken off in it. */
    const pan = async (days: number) => {
      const removed = new Set<Node>();
      let again = 0;
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          const items = (nodes: NodeList) =>
            [...nodes].filter((node) => node instanceof HTMLElement && node.matches('.vis-item'));
          for (const node of items(record.removedNodes)) removed.add(node);
          for (const node of items(record.addedNodes)) if (removed.has(node)) again += 1;
        }
      });
      observer.observe(container, { childList: true, subtree: true });
      const { start: from, end: to } = timeline.getWindow();
      timeline.setWindow(from.getTime() + days * DAY, to.getTime() + days * DAY, {
        animation: false,
      });
      await frames(3);
      observer.takeRecords();
      observer.disconnect();
      return again;
    };
    const plain = await pan(5);
    keepMarginItemsDrawn(timeline);
    keepMarginItemsDrawn(timeline);
    const widened = await pan(5);
    return { plain, widened };
  });
  // vis-timeline alone re-attaches the items of both margins (25 days each side).
  expect(reattached.plain).toBeGreaterThan(20);
  expect(reattached.widened).toBe(0);
});

test('a redraw that resizes the lanes redraws again in the same task; spread, the next frame does, to the same lanes', async ({
  page,
}) => {
  const seen = await page.evaluate(async () => {
    const { mount, frames, internals, DataSet, DAY } = window.visContract;
    const start = Date.UTC(2000, 0, 1);
    // Six overlapping ranges stack one lane high; a window moved off them shrinks it again.
    const ranges = Array.from({ length: 6 }, (_, i) => ({
      id: `r${i}`,
      group: 'g0',
      start: start + (1 + i / 4) * DAY,
      end: start + (4 + i / 4) * DAY,
      content: `range ${i}`,
    }));
    const laneHeights = (container: Element, selector: string) =>
      [...container.querySelectorAll<HTMLElement>(selector)].map(
        (element) => element.getBoundingClientRect().height,
      );
    /** The item set's redraws per task (each a pass) while the window moves off the ranges. */
    const moveOff = async (spread: boolean) => {
      const { timeline, container } = mount(start, start + 10 * DAY, ranges);
      timeline.setGroups(
        new DataSet([
          { id: 'g0', content: 'lane 0' },
          { id: 'g1', content: 'lane 1' },
        ]) as never,
      );
      await frames(4);
      const tall = laneHeights(container, '.vis-foreground .vis-group');
      if (spread) internals.visInternalsOf(timeline).spreadRedrawsOverFrames(1, () => {});
      const itemSet = (timeline as unknown as { itemSet: { redraw: () => boolean } }).itemSet;
      const redraw = itemSet.redraw;
      const perTask: number[] = [];
      let inTask = false;
      itemSet.redraw = function () {
        if (!inTask) {
          inTask = true;
          perTask.push(0);
          queueMicrotask(() => (inTask = false));
        }
        perTask[perTask.length - 1]! += 1;
        return redraw.call(this);
      };
      timeline.setWindow(start + 100 * DAY, start + 110 * DAY, { animation: false });
      await frames(6);
      const result = {
        perTask,
        tall,
        lanes: laneHeights(container, '.vis-foreground .vis-group'),
        labels: laneHeights(container, '.vis-labelset .vis-label'),
      };
      timeline.destroy();
      return result;
    };
    return { plain: await moveOff(false), spread: await moveOff(true) };
  });
  expect(seen.plain.tall[0]).toBeGreaterThan(seen.plain.tall[1]! * 2);
  expect(seen.plain.lanes[0]).toBeLessThan(seen.plain.tall[0]!);
  // vis-timeline alone: the lanes resized, so the redraw redrew again in the same task.
  expect(Math.max(...seen.plain.perTask)).toBe(2);
  // Spread: one pass per task, the second in a frame of its own, and the same lanes after.
  expect(Math.max(...seen.spread.perTask)).toBe(1);
  expect(seen.spread.perTask.length).toBeGreaterThanOrEqual(2);
  expect(seen.spread.lanes).toEqual(seen.plain.lanes);
  expect(seen.spread.labels).toEqual(seen.plain.labels);
});

test('created without start and end and given its window after, the timeline shows at once', async ({
  page,
}) => {
  const shown = await page.evaluate(async () => {
    const { mount, frames, dailyItems, DAY } = window.visContract;
    const start = Date.UTC(2000, 0, 1);
    const first = start + 100 * DAY;
    // Items already there: vis-timeline's fit to them must not move the window given.
    const { timeline, container } = mount(first, first + 50 * DAY, dailyItems(start, 400));
    await frames();
    const root = container.querySelector<HTMLElement>('.vis-timeline')!;
    const { start: from, end: to } = timeline.getWindow();
    return {
      visibility: root.style.visibility,
      loadingScreen: container.querySelector('.vis-loading-screen') !== null,
      window: [from.getTime() - first, to.getTime() - first],
    };
  });
  expect(shown).toEqual({
    visibility: 'visible',
    loadingScreen: false,
    window: [0, 50 * 86_400_000],
  });
});

test('the lanes scroll by pixels through Core#_setScrollTop, the label column with them, in lanes and in one', async ({
  page,
}) => {
  const scrolled = await page.evaluate(async () => {
    const { mount, frames, internals, DataSet, DAY } = window.visContract;
    const start = Date.UTC(2000, 0, 1);
    const offsetOf = (container: Element) => {
      const content = container.querySelector<HTMLElement>('.vis-panel.vis-center .vis-content')!;
      return new DOMMatrix(getComputedStyle(content).transform).m42;
    };
    // Twenty lanes of one item each: taller than the 400 px container.
    const laned = mount(
      start,
      start + 10 * DAY,
      Array.from({ length: 20 }, (_, lane) => ({
        id: `i${lane}`,
        start: start + 5 * DAY,
        group: `g${lane}`,
        content: `item ${lane}`,
      })),
      { verticalScroll: true },
    );
    laned.timeline.setGroups(
      new DataSet(
        Array.from({ length: 20 }, (_, lane) => ({ id: `g${lane}`, content: `lane ${lane}` })),
      ) as never,
    );
    await frames();
    const lanes = internals.visInternalsOf(laned.timeline);
    const labels = laned.container.querySelector<HTMLElement>('.vis-panel.vis-left')!;
    lanes.scrollLanesBy(150);
    await frames();
    const down = { offset: offsetOf(laned.container), labels: labels.scrollTop };
    lanes.scrollLanesBy(-100);
    await frames();
    const up = { offset: offsetOf(laned.container), labels: labels.scrollTop };
    lanes.scrollLanesBy(-1000);
    await frames();
    const top = offsetOf(laned.container);
    laned.timeline.destroy();

    // One lane of thirty stacked items (the same day): it scrolls the same way.
    const single = mount(
      start,
      start + 10 * DAY,
      Array.from({ length: 30 }, (_, row) => ({
        id: `s${row}`,
        start: start + 5 * DAY,
        content: `row ${row}`,
      })),
      { verticalScroll: true },
    );
    await frames();
    internals.visInternalsOf(single.timeline).scrollLanesBy(200);
    await frames();
    return { down, up, top, single: offsetOf(single.container) };
  });
  expect(scrolled).toEqual({
    down: { offset: -150, labels: 150 },
    up: { offset: -50, labels: 50 },
    top: 0,
    single: -200,
  });
});
