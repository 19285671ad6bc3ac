/**
 * The map's case of the bench (issue 17): on a store whose events all have places, the
 * time from `Show map` to the first places drawn, then the frames while the map is zoomed
 * and dragged, and while the timeline under it is dragged, zoomed and fitted to the whole
 * store (every event on the map, re-clustered). The in-page half is probe.js.
 */
import type { Browser, Page } from '@playwright/test';
import { VIEWPORT } from './measure.ts';
import { type FrameStats, frameStats } from './stats.ts';

export interface MapRunResult {
  run: number;
  /** `Show map` click to the first place drawn, in the page's clock. */
  openMs: number | null;
  /** Frames from the click on, through every interaction below. */
  frames: (FrameStats & { loafMaxMs: number | null }) | null;
  /** Frames while only the map moved, and while only the timeline moved. */
  mapFrames: FrameStats | null;
  timelineFrames: FrameStats | null;
  /** `Fit all` on the timeline to the first new description of the map (its first re-clustering). */
  refitMs: number | null;
  /** Located events the map said it showed after `Fit all`. */
  description: string | null;
  /**
   * The same timeline moves, same page, after `Hide map`: the timeline's own frames, so
   * that what the map adds is a ratio measured in the same run.
   */
  timelineAloneFrames: FrameStats | null;
  /** Where the long animation frames (over 50 ms) with the map open spent their time. */
  longFrameCauses: LongFrameCause[];
  /**
   * Long animation frames (Chromium's `long-animation-frame` entries) per phase: the gaps
   * between frames can all stay under 50 ms while one frame's work (a task and the rendering
   * it held up) still took longer, so the phases say which part of the case holds them.
   */
  animationFrames: Record<MapPhase, LoafStats> | null;
  /** The animation frames over 50 ms themselves, with their phase, for reading one by one. */
  longFrames: (LoafEntry & { phase: MapPhase })[];
  errors: string[];
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

interface LoafScript {
  source: string;
  invoker: string;
  duration: number;
  /** Style and layout the script forced (read after a write), within its duration. */
  forcedLayoutMs?: number;
}

export type LoafEntry = {
  duration: number;
  /** From the start of the frame's rendering (its animation-frame callbacks) to its end. */
  renderMs?: number;
  /** Of renderMs, the animation-frame and resize-observer callbacks, before style and layout. */
  callbacksMs?: number;
  scripts?: LoafScript[];
};

interface Recorded {
  durations: number[];
  loaf: LoafEntry[];
}

/** The parts of a map run whose frames are kept apart (timelineAlone: with the map hidden). */
export const MAP_PHASES = ['opening', 'map', 'timeline', 'timelineAlone'] as const;
export type MapPhase = (typeof MAP_PHASES)[number];

export interface LoafStats {
  /** Animation frames Chromium reported as long (its own threshold, 50 ms). */
  count: number;
  /** Of those, the ones over the threshold given (50 ms), the goal's limit. */
  over50: number;
  maxMs: number | null;
}

/**
 * A run's longest animation frame for a median across runs: Chromium reports only frames
 * over 50 ms, so a run that recorded frames and none of those counts as 0 ("none over
 * 50 ms"), not as missing, which would leave the median to the runs that had one.
 */
export function loafForMedian(recorded: boolean, maxMs: number | null | undefined): number | null {
  return recorded ? (maxMs ?? 0) : null;
}

/** A longest animation frame as loafForMedian gives it, for a report. */
export function describeLoaf(ms: number | null, format: (ms: number) => string): string {
  if (ms === null) return 'n/a';
  return ms === 0 ? 'none over 50 ms' : format(ms);
}

export function loafStats(loaf: readonly LoafEntry[], thresholdMs = 50): LoafStats {
  const durations = loaf.map((entry) => entry.duration);
  return {
    count: durations.length,
    over50: durations.filter((ms) => ms > thresholdMs).length,
    maxMs: durations.length > 0 ? Math.max(...durations) : null,
  };
}

export interface LongFrameCause {
  /** `file:function` (or "style and layout" for the frame's rendering part). */
  cause: string;
  totalMs: number;
  /** Of totalMs, style and layout that the script forced by reading layout after writing. */
  forcedLayoutMs: number;
  frames: number;
}

/** The long frames' time, summed per script (and per rendering), largest first. */
export function longFrameCauses(loaf: readonly LoafEntry[], thresholdMs = 50): LongFrameCause[] {
  const totals = new Map<string, LongFrameCause>();
  const add = (cause: string, ms: number, forcedMs: number) => {
    const entry = totals.get(cause) ?? { cause, totalMs: 0, forcedLayoutMs: 0, frames: 0 };
    entry.totalMs += ms;
    entry.forcedLayoutMs += forcedMs;
    entry.frames += 1;
    totals.set(cause, entry);
  };
  for (const frame of loaf) {
    if (frame.duration <= thresholdMs) continue;
    for (const script of frame.scripts ?? [])
      add(`${script.source} (${script.invoker})`, script.duration, script.forcedLayoutMs ?? 0);
    if (frame.renderMs) add('style, layout and paint', frame.renderMs, 0);
  }
  return [...totals.values()].sort((a, b) => b.totalMs - a.totalMs).slice(0, 5);
}

const start = (page: Page) => page.evaluate(() => window.__bench.startFrames());
const stop = (page: Page) => page.evaluate(() => window.__bench.stopFrames()) as Promise<Recorded>;

async function centreOf(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, box };
}

async function drags(page: Page, x: number, y: number, dxs: readonly number[]) {
  for (const dx of dxs) {
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + dx, y + dx / 4, { steps: 10 });
    await page.mouse.up();
    await pause(100);
  }
}

async function wheel(page: Page, x: number, y: number, deltaY: number, times: number) {
  await page.mouse.move(x, y);
  for (let i = 0; i < times; i++) {
    await page.mouse.wheel(0, deltaY);
    await pause(80);
  }
}

/**
 * Called with the run's page once the store is on screen and the page quiet, just before
 * `Show map`; what it returns is awaited once the run is done, before the page closes
 * (scripts/profile-map.ts starts and stops a CPU profile).
 */
export type InstrumentPage = (page: Page) => Promise<() => Promise<void>>;

export async function measureMapRun(
  browser: Browser,
  url: string,
  run: number,
  capMs: number,
  instrument?: InstrumentPage,
): Promise<MapRunResult> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  const errors: string[] = [];
  const result: MapRunResult = {
    run,
    openMs: null,
    frames: null,
    mapFrames: null,
    timelineFrames: null,
    refitMs: null,
    description: null,
    timelineAloneFrames: null,
    longFrameCauses: [],
    animationFrames: null,
    longFrames: [],
    errors,
  };
  let step = 'loading';
  let finish: (() => Promise<void>) | null = null;
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message.slice(0, 300)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text().slice(0, 300));
    });
    await page.addInitScript({ path: new URL('./probe.js', import.meta.url).pathname });
    await page.goto(url, { waitUntil: 'commit', timeout: capMs });
    step = 'waiting for the whole store';
    await page.waitForFunction(() => window.__bench.state.readyAt !== null, null, {
      timeout: capMs,
      polling: 100,
    });
    await page.evaluate(() => window.__bench.waitQuiet(15_000));
    if (instrument) finish = await instrument(page);

    // Opening: the click, the map's chunk and shapes, the worker's first clusters.
    step = 'opening the map';
    await start(page);
    const clickedAt = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Show map' }).click();
    await page.waitForFunction(() => document.querySelector('.map-place') !== null, null, {
      timeout: capMs,
      polling: 'raf',
    });
    result.openMs = (await page.evaluate(() => performance.now())) - clickedAt;
    const opening = await stop(page);

    step = 'zooming and dragging the map';
    const all: Recorded = { durations: [...opening.durations], loaf: [...opening.loaf] };
    const surface = await centreOf(page, '.map-panel__surface');
    await start(page);
    await wheel(page, surface.x, surface.y, -200, 6);
    await drags(page, surface.x, surface.y, [-200, 200, -200, 200]);
    await page.keyboard.press('Tab'); // off any button the drags ended on
    await wheel(page, surface.x, surface.y, 200, 6);
    const map = await stop(page);
    result.mapFrames = frameStats(map.durations);
    all.durations.push(...map.durations);
    all.loaf.push(...map.loaf);

    step = 'moving the timeline';
    const timeline = await centreOf(page, '.vis-timeline');
    const axis = await centreOf(page, '.vis-panel.vis-top');
    await start(page);
    await drags(page, timeline.x, timeline.y, [-300, 300, -300, 300]);
    const before = await page.locator('.map-panel__description').textContent();
    const fittedAt = await page.evaluate(() => performance.now());
    await page
      .getByRole('region', { name: 'Timeline' })
      .getByRole('button', { name: 'Fit all' })
      .click();
    // The map catches up with the whole store: every event re-clustered in the worker.
    const caughtUp = await page
      .waitForFunction(
        (earlier) => {
          const text = document.querySelector('.map-panel__description')?.textContent ?? '';
          return text !== earlier && /^[\d,]+ events? in/.test(text);
        },
        before,
        { timeout: 60_000, polling: 100 },
      )
      .then(
        () => true,
        () => false,
      );
    if (caughtUp) result.refitMs = (await page.evaluate(() => performance.now())) - fittedAt;
    else errors.push(`the map did not follow Fit all within 60 s (still "${before}")`);
    await pause(1500);
    // Zooming over the axis comes after Fit all: once the timeline had been zoomed in and out
    // by the wheel, Fit all was seen to leave the window as it was (a timeline matter).
    await wheel(page, axis.x, axis.y, -240, 4);
    await wheel(page, axis.x, axis.y, 240, 4);
    await drags(page, surface.x, surface.y, [-200, 200]);
    const moving = await stop(page);
    result.timelineFrames = frameStats(moving.durations);
    all.durations.push(...moving.durations);
    all.loaf.push(...moving.loaf);
    result.description = await page.locator('.map-panel__description').textContent();

    const loaf = all.loaf.map((entry) => entry.duration);
    result.frames = {
      ...frameStats(all.durations),
      loafMaxMs: loaf.length > 0 ? Math.max(...loaf) : null,
    };
    result.longFrameCauses = longFrameCauses(all.loaf);
    const phaseLoaf: [MapPhase, LoafEntry[]][] = [
      ['opening', opening.loaf],
      ['map', map.loaf],
      ['timeline', moving.loaf],
    ];
    for (const [phase, loaf] of phaseLoaf)
      for (const entry of loaf)
        if (entry.duration > 50) result.longFrames.push({ ...entry, phase });
    result.animationFrames = {
      opening: loafStats(opening.loaf),
      map: loafStats(map.loaf),
      timeline: loafStats(moving.loaf),
      timelineAlone: { count: 0, over50: 0, maxMs: null },
    };

    step = 'moving the timeline with the map hidden';
    await page.getByRole('button', { name: 'Hide map' }).click();
    await page.waitForFunction(() => document.querySelector('.map-panel') === null, null, {
      timeout: capMs,
      polling: 100,
    });
    const alone = await centreOf(page, '.vis-timeline');
    const aloneAxis = await centreOf(page, '.vis-panel.vis-top');
    await start(page);
    await drags(page, alone.x, alone.y, [-300, 300, -300, 300]);
    await page
      .getByRole('region', { name: 'Timeline' })
      .getByRole('button', { name: 'Fit all' })
      .click();
    await pause(1500);
    await wheel(page, aloneAxis.x, aloneAxis.y, -240, 4);
    await wheel(page, aloneAxis.x, aloneAxis.y, 240, 4);
    const hidden = await stop(page);
    result.timelineAloneFrames = frameStats(hidden.durations);
    result.animationFrames.timelineAlone = loafStats(hidden.loaf);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    errors.push(`bench, ${step}: ${message.split('\n')[0]!.slice(0, 300)}`);
  } finally {
    if (finish)
      await finish().catch((error: unknown) => errors.push(`instrument: ${String(error)}`));
    await context.close().catch(() => undefined);
  }
  return result;
}
