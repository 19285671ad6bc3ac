/**
 * One measured page load in Chromium: first events drawn, quiet, heap, a scripted zoom
 * and pan, then an actor-filter click. The in-page half is probe.js.
 */
import { fileURLToPath } from 'node:url';
import type { Browser, Page, Request } from '@playwright/test';
import { type RunResult, frameStats } from './stats.ts';
import { type ProbeKey, listenToProbe } from './probe-told.ts';

const PROBE = fileURLToPath(new URL('./probe.js', import.meta.url));

interface ProbeState {
  firstItemAt: number | null;
  /** The frame in which the probe first found an item on the page (before it was painted). */
  firstItemFrameAt: number | null;
  itemsAtFirst: number;
  readyAt: number | null;
}

interface Probe {
  state: ProbeState;
  counts(): { items: number; aggregates: number };
  waitQuiet(maxMs: number): Promise<{ at: number; timedOut: boolean }>;
  clickToPaint(element: HTMLElement): Promise<{ ms: number; syncMs: number }>;
  linkToPaint(
    search: string,
    described: string,
  ): Promise<{ ms: number | null; description: string }>;
  /** The longest long animation frame begun in [from, to): 0 if none, null if unsupported. */
  longestFrameBetween(from: number, to: number): number | null;
  startFrames(): void;
  stopFrames(): Promise<{
    durations: number[];
    loaf: { duration: number; blocking: number }[];
    loafSupported: boolean;
  }>;
  axisText(): string;
  timings(): { domContentLoadedMs: number | null };
}

declare global {
  interface Window {
    __bench: Probe;
  }
}

export interface MeasureOptions {
  /** Limit for the first events to appear, from navigation start. */
  capMs: number;
  /** Limit for the page to become quiet after the first events are drawn. */
  quietCapMs: number;
  /** Limit for the pause before the filter click, for work left over from zoom and pan. */
  calmCapMs: number;
  /** Limit for the scripted zoom and pan. */
  interactionCapMs: number;
  log?: (line: string) => void;
  /**
   * A store read window by window (a packed one): after the first heap reading, `Fit all`
   * (until the description says `wide`), then a link into one month (`search`, opened as Back/Forward would), timed to the paint
   * of that month's events (the description matching `described`); the heap is read again
   * at the end.
   */
  monthZoom?: {
    readonly search: string;
    readonly described: string;
    /** The description of the whole extent, drawn from the pyramid. */
    readonly wide: string;
  };
}

export const VIEWPORT = { width: 1440, height: 960 };

class Timeout extends Error {}

/** Rejects after `ms`: a page whose main thread is stuck never answers evaluate(). */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Timeout(`${what}: no answer in ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Every exchange with the page, bounded: a page stuck in a long task for minutes must not
 * stall the whole benchmark. A timeout ends the run with what was measured so far.
 */
const ask = <T>(promise: Promise<T>, what: string) => within(promise, 30_000, what);

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function quiet(page: Page, capMs: number) {
  return within(
    page.evaluate((max) => window.__bench.waitQuiet(max), capMs),
    capMs + 15_000,
    'waiting for quiet',
  );
}

/** Waits (at least a second) for the probe to record a time: the first item, the whole store. */
async function waitForProbe(told: Promise<void>, key: ProbeKey, remainingMs: number) {
  await within(told, Math.max(1000, remainingMs), `waiting for ${key}`);
}

/** Centre of the part of the timeline that is on screen. */
async function timelineCentre(page: Page): Promise<{ x: number; y: number } | null> {
  const region = page.getByRole('region', { name: 'Timeline' }).first();
  const widget = region.locator('.vis-timeline').first();
  const box = (await widget.count()) > 0 ? await widget.boundingBox() : await region.boundingBox();
  if (box === null) return null;
  const left = Math.max(0, box.x);
  const top = Math.max(0, box.y);
  const right = Math.min(VIEWPORT.width, box.x + box.width);
  const bottom = Math.min(VIEWPORT.height, box.y + box.height);
  if (right <= left || bottom <= top) return null;
  return { x: (left + right) / 2, y: (top + bottom) / 2 };
}

/** Wheel zooms and mouse drags over the timeline's centre; stops at `deadline`. */
async function zoomAndPan(
  page: Page,
  deadline: number,
): Promise<{ cutShort: boolean; axisAfterZoom: string | null }> {
  const centre = await ask(timelineCentre(page), 'finding the timeline');
  if (centre === null) throw new Error('no visible region named "Timeline"');
  const { x, y } = centre;
  // The wheel goes over the time axis: over the lanes it scrolls them while they overflow
  // (vis-timeline's verticalScroll), and zooms only once they cannot scroll further.
  const axis = await ask(
    page
      .getByRole('region', { name: 'Timeline' })
      .first()
      .locator('.vis-panel.vis-top')
      .first()
      .boundingBox(),
    'finding the time axis',
  );
  const axisY = axis ? axis.y + axis.height / 2 : y;
  const steps: (() => Promise<unknown>)[] = [];
  const zoom = (deltaY: number) => {
    steps.push(() => page.mouse.move(x, axisY));
    for (let i = 0; i < 5; i++) {
      steps.push(() => page.mouse.wheel(0, deltaY));
      steps.push(() => pause(60));
    }
  };
  zoom(-240); // in
  let axisAfterZoom = null as string | null;
  steps.push(async () => {
    axisAfterZoom = await ask(
      page.evaluate(() => window.__bench.axisText()),
      'reading the axis',
    );
  });
  for (const dx of [-300, 300, -300, 300]) {
    steps.push(
      () => page.mouse.move(x, y),
      () => page.mouse.down(),
      () => page.mouse.move(x + dx, y + 10, { steps: 8 }),
      () => page.mouse.up(),
      () => pause(100),
    );
  }
  zoom(240); // back out
  steps.push(() => pause(300));

  for (const step of steps) {
    if (Date.now() > deadline) return { cutShort: true, axisAfterZoom };
    try {
      await within(step(), Math.max(1000, deadline - Date.now()), 'zoom/pan step');
    } catch (error) {
      // One input event stuck behind a long task: the frames so far still count.
      if (error instanceof Timeout) return { cutShort: true, axisAfterZoom };
      throw error;
    }
  }
  return { cutShort: false, axisAfterZoom };
}

const isScript = (contentType: string | null) =>
  contentType !== null && /\b(java|ecma)script\b/i.test(contentType);

/**
 * A finished request of a script (the page's or a worker's): when its last byte arrived
 * (epoch ms) and its size on the wire, encoded. The body size the browser reports, or the
 * response's Content-Length where it reports none (a worker's own script).
 */
async function scriptReceived(
  request: Request,
): Promise<{ startsAt: number; endsAt: number; bytes: number } | null> {
  try {
    const response = await request.response();
    if (response === null || !isScript(await response.headerValue('content-type'))) return null;
    const timing = request.timing();
    const { responseBodySize } = await request.sizes();
    const declared = Number((await response.headerValue('content-length')) ?? 0);
    return {
      startsAt: timing.startTime,
      endsAt: timing.startTime + timing.responseEnd,
      bytes: responseBodySize > 0 ? responseBodySize : declared,
    };
  } catch {
    return null; // The page was closed meanwhile.
  }
}

/** Loads `url` in a fresh context and measures; never throws for a slow page. */
export async function measureRun(
  browser: Browser,
  url: string,
  /** The store's path on the server, to time its download. */
  storePath: string,
  run: number,
  options: MeasureOptions,
  /** Paths under which data files are fetched (a packed store): their bytes before first paint. */
  dataPrefix?: string,
): Promise<RunResult> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  const errors: string[] = [];
  const result: RunResult = { run, firstItemMs: Infinity, capped: true, errors };
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message.slice(0, 300)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text().slice(0, 300));
    });
    await page.addInitScript({ path: PROBE });
    const told = listenToProbe(page);
    // The store's download, seen from the network side: the app may fetch it in a worker,
    // whose requests are not in the page's resource timing.
    let storeDone: { startTime: number; responseEnd: number } | null = null;
    page.on('requestfinished', (request) => {
      if (storeDone === null && new URL(request.url()).pathname === storePath) {
        storeDone = request.timing();
      }
    });

    // Every script the page and its workers receive, as the browser saw it on the network:
    // when it finished (epoch ms) and how many bytes came over the wire (gzip, see server.ts).
    const scripts: Promise<{ startsAt: number; endsAt: number; bytes: number } | null>[] = [];
    page.on('requestfinished', (request) => scripts.push(scriptReceived(request)));

    // A packed store's range requests (page and worker): when each ended, and its body size.
    const data: Promise<{ endsAt: number; bytes: number } | null>[] = [];
    if (dataPrefix !== undefined) {
      page.on('requestfinished', (request) => {
        if (!new URL(request.url()).pathname.startsWith(dataPrefix)) return;
        data.push(
          request.sizes().then(
            ({ responseBodySize }) => {
              const timing = request.timing();
              return { endsAt: timing.startTime + timing.responseEnd, bytes: responseBodySize };
            },
            () => null,
          ),
        );
      });
    }

    const began = Date.now();
    await page.goto(url, { waitUntil: 'commit', timeout: options.capMs });
    try {
      await waitForProbe(told('firstItemAt'), 'firstItemAt', options.capMs - (Date.now() - began));
    } catch {
      return result; // capped
    }
    const first = await within(
      page.evaluate(() => ({
        firstItemAt: window.__bench.state.firstItemAt,
        firstItemFrameAt: window.__bench.state.firstItemFrameAt,
        itemsAtFirst: window.__bench.state.itemsAtFirst,
      })),
      30_000,
      'reading the first item',
    );
    if (first.firstItemAt === null || first.firstItemAt > options.capMs) return result;
    result.firstItemMs = first.firstItemAt;
    result.capped = false;
    result.itemsAtFirst = first.itemsAtFirst;
    const origin = await ask(
      page.evaluate(() => performance.timeOrigin),
      'reading timeOrigin',
    );
    const paintedAt = origin + first.firstItemAt;
    // Asked for before the first events were on the page, and in before they were painted:
    // what the app loads once they are painted (lib/after-first-paint.ts) is asked for a
    // frame after they were drawn, and may finish before this probe, a frame or more
    // behind, takes the paint's time; it did not hold the paint up.
    const drawnAt = origin + (first.firstItemFrameAt ?? first.firstItemAt);
    const before = (await Promise.all(scripts)).filter(
      (script): script is { startsAt: number; endsAt: number; bytes: number } =>
        script !== null && script.startsAt <= drawnAt && script.endsAt <= paintedAt,
    );
    result.jsBytesBeforeFirstPaint = before.reduce((sum, script) => sum + script.bytes, 0);
    result.jsFilesBeforeFirstPaint = before.length;
    if (dataPrefix !== undefined) {
      result.dataBytesBeforeFirstPaint = (await Promise.all(data))
        .filter((file) => file !== null && file.endsAt <= paintedAt)
        .reduce((sum, file) => sum + file!.bytes, 0);
    }

    // The app may draw events while the rest of the store loads: everything below is
    // measured on the whole store.
    await waitForProbe(told('readyAt'), 'readyAt', options.capMs - (Date.now() - began));
    result.readyMs = await ask(
      page.evaluate(() => window.__bench.state.readyAt!),
      'reading the whole store time',
    );
    const loading = [first.firstItemFrameAt ?? first.firstItemAt, result.readyMs] as const;
    const longest = await ask(
      page.evaluate(([from, to]) => window.__bench.longestFrameBetween(from, to), loading),
      'reading the long frames while loading',
    );
    if (longest !== null) result.loadingMaxFrameMs = longest;

    try {
      const settled = await quiet(page, options.quietCapMs);
      result.settledMs = settled.at;
      result.settleTimedOut = settled.timedOut;
    } catch (error) {
      // The main thread did not even answer: busy well past the limit.
      if (!(error instanceof Timeout)) throw error;
      result.settleTimedOut = true;
    }
    Object.assign(
      result,
      await ask(
        page.evaluate(() => window.__bench.counts()),
        'counting items',
      ),
    );
    const timings = await ask(
      page.evaluate(() => window.__bench.timings()),
      'reading timings',
    );
    if (timings.domContentLoadedMs !== null) result.domContentLoadedMs = timings.domContentLoadedMs;
    const done = storeDone as { startTime: number; responseEnd: number } | null;
    if (done !== null && done.responseEnd >= 0) {
      result.storeFetchedMs = done.startTime + done.responseEnd - origin;
    }

    const cdp = await ask(context.newCDPSession(page), 'opening a CDP session');
    const heapNow = async () => {
      await within(cdp.send('HeapProfiler.collectGarbage'), 60_000, 'garbage collection');
      return (await within(cdp.send('Runtime.getHeapUsage'), 30_000, 'heap usage')).usedSize;
    };
    result.heapBytes = await heapNow();

    if (options.monthZoom !== undefined) {
      // From the whole extent (too wide to read row by row: the pyramid's counts drawn, no
      // events) into one month.
      await ask(page.getByRole('button', { name: 'Fit all' }).first().click(), 'clicking Fit all');
      await within(
        page.waitForFunction(
          (wide) =>
            new RegExp(wide).test(
              document.querySelector('.timeline-panel__description')?.textContent ?? '',
            ),
          options.monthZoom.wide,
          { polling: 100, timeout: 20_000 },
        ),
        25_000,
        'waiting for the whole extent',
      );
      await quiet(page, options.calmCapMs).catch((error: unknown) => {
        if (!(error instanceof Timeout)) throw error;
      });
      const { search, described } = options.monthZoom;
      const zoom = await within(
        page.evaluate(([s, d]) => window.__bench.linkToPaint(s!, d!), [search, described]),
        40_000,
        'zoom into a month',
      );
      if (zoom.ms === null) throw new Error(`the month was not drawn: "${zoom.description}"`);
      result.zoomMonthMs = zoom.ms;
      await quiet(page, options.calmCapMs).catch((error: unknown) => {
        if (!(error instanceof Timeout)) throw error;
      });
    }

    // Zoom and pan on the whole store first: the wheel zooms in and back out, the drags go
    // left and right, so the filter click below happens at about the initial window.
    const axisBefore = await ask(
      page.evaluate(() => window.__bench.axisText()),
      'reading the axis',
    );
    await ask(
      page.evaluate(() => window.__bench.startFrames()),
      'starting the frame recorder',
    );
    const { cutShort, axisAfterZoom } = await zoomAndPan(
      page,
      Date.now() + options.interactionCapMs,
    );
    const recorded = await within(
      page.evaluate(() => window.__bench.stopFrames()),
      60_000,
      'collecting frames',
    );
    const loafDurations = recorded.loaf.map((entry) => entry.duration);
    result.frames = {
      ...frameStats(recorded.durations),
      loafCount: recorded.loaf.length,
      loafMaxMs: loafDurations.length > 0 ? Math.max(...loafDurations) : null,
      loafBlockingMs: recorded.loaf.reduce((sum, entry) => sum + entry.blocking, 0),
      cutShort,
      windowMoved: axisAfterZoom === null ? null : axisAfterZoom !== axisBefore,
    };

    // Let work left over from zooming finish, within limits: a page still busy is clicked anyway.
    await quiet(page, options.calmCapMs).catch((error: unknown) => {
      if (!(error instanceof Timeout)) throw error;
    });
    const box = page.getByRole('group', { name: 'Actors' }).getByRole('checkbox').first();
    const handle = await ask(box.elementHandle({ timeout: 10_000 }), 'finding the Actors checkbox');
    const click = await within(
      handle.evaluate((element) => window.__bench.clickToPaint(element as HTMLElement)),
      options.capMs,
      'filter click',
    );
    result.filterMs = click.ms;
    result.filterSyncMs = click.syncMs;
    if (options.monthZoom !== undefined) result.heapEndBytes = await heapNow();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    errors.push(`bench: ${message.split('\n')[0]!.slice(0, 300)}`);
    options.log?.(`    ! ${message.split('\n')[0]}`);
  } finally {
    await within(context.close(), 30_000, 'closing the page').catch(() => undefined);
  }
  return result;
}
