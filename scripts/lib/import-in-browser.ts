/**
 * The import as a person meets it, in Chromium on the built app: a file chosen in
 * `Open store…`, the Import dialog ready (its `Import` button enabled), `Import` clicked,
 * the first events of the imported store drawn, and the whole store on screen (its event
 * count shown). The page's frames are watched the whole time: the longest gap between
 * animation frames and the longest `long-animation-frame` entry say whether the page stayed
 * responsive while the worker read and converted the file and the store loader checked it.
 *
 * The time between the dialog being ready and the click is the script's, not the app's: it
 * is left out of the total, as a person's reading of the dialog would be.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';

export interface ImportRun {
  /** The file chosen (its `change` event) to the Import dialog ready, painted. */
  dialogMs: number;
  /** `Import` clicked to the first events of the imported store painted. */
  drawnMs: number;
  /** The two above: choosing the file to the first events drawn, without the click's wait. */
  totalMs: number;
  /** `Import` clicked to the imported store's event count on screen. */
  wholeMs: number;
  /** Longest gap between animation frames from the choice to the whole store on screen. */
  longestFrameMs: number;
  /** Longest long-animation-frame entry in that time (0 when none was over 50 ms). */
  longestLoafMs: number;
  /** What ran in that frame: `file:function (invoker) ms`, longest first. */
  longestLoafScripts: string[];
}

/** Opening the same events as a `sourceline/1` JSON file: no Import dialog, no conversion. */
export interface OpenRun {
  /** The file chosen to the store's event count on screen. */
  wholeMs: number;
  longestFrameMs: number;
  longestLoafMs: number;
  longestLoafScripts: string[];
}

const VIEWPORT = { width: 1440, height: 960 };

/** Installed before the app's scripts: frame gaps and long animation frames, and the moments the script asks for. */
function probe() {
  const state = {
    watching: false,
    lastFrame: 0,
    longestFrame: 0,
    longestLoaf: 0,
    longestLoafScripts: [] as string[],
    chosenAt: 0,
    marks: {} as Record<string, number>,
  };
  (window as unknown as { __import: typeof state }).__import = state;
  const frame = (now: number) => {
    if (state.watching && state.lastFrame > 0)
      state.longestFrame = Math.max(state.longestFrame, now - state.lastFrame);
    state.lastFrame = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  try {
    new PerformanceObserver((list) => {
      if (!state.watching) return;
      // Frames that began before the choice belong to the page before the import.
      for (const entry of list.getEntries()) {
        if (entry.startTime < state.chosenAt || entry.duration <= state.longestLoaf) continue;
        state.longestLoaf = entry.duration;
        const scripts =
          (
            entry as PerformanceEntry & {
              scripts?: {
                sourceURL: string;
                sourceFunctionName: string;
                invoker: string;
                duration: number;
              }[];
            }
          ).scripts ?? [];
        state.longestLoafScripts = [...scripts]
          .sort((a, b) => b.duration - a.duration)
          .map(
            (script) =>
              `${script.sourceURL.split('/').pop()}:${script.sourceFunctionName || '?'} (${script.invoker}) ${Math.round(script.duration)} ms`,
          );
      }
    }).observe({ type: 'long-animation-frame' });
  } catch {
    // No Long Animation Frames API: the frame gaps still say it.
  }
  document.addEventListener(
    'change',
    (event) => {
      if ((event.target as HTMLInputElement | null)?.type === 'file') {
        state.chosenAt = performance.now();
        state.watching = true;
        state.lastFrame = 0;
      }
    },
    true,
  );
}

type Moment =
  | { kind: 'ready' }
  | { kind: 'drawn'; title: string }
  | { kind: 'whole'; title: string; count: string };

/**
 * In the page: resolves with the time of the first painted frame at that moment. Checks
 * written out here, not passed as text: the app's CSP forbids eval.
 */
function whenPainted(moment: Moment): Promise<number> {
  const holds = () => {
    if (moment.kind === 'ready')
      return !!document.querySelector(
        'dialog.import-dialog[open] .dialog-actions .primary:not([disabled])',
      );
    if (document.querySelector('h1')?.textContent !== moment.title) return false;
    if (moment.kind === 'whole')
      return document.querySelector('.event-list__count')?.textContent === moment.count;
    // Its items: titles "Observation …", or a lane's count strip when there are too many
    // to draw one by one.
    return [...document.querySelectorAll('.vis-item')].some(
      (item) => item.classList.contains('is-aggregate') || item.textContent.includes('Observation'),
    );
  };
  return new Promise((resolve) => {
    const check = () => {
      if (holds()) {
        // A task queued from this frame runs once it is painted.
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
        return;
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

export async function measureImportRun(
  browser: Browser,
  appUrl: string,
  /**
   * A file on disk, handed to the browser as a file chooser does (Playwright's buffers are
   * built into a File by a script in the page, seconds of work that no person's import has).
   */
  file: string,
  expected: { title: string; events: number },
  capMs: number,
): Promise<ImportRun> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
  try {
    const { page, chooser } = await openStoreDialog(context, appUrl, capMs);

    const dialogReady = page.evaluate(whenPainted, { kind: 'ready' } as Moment);
    await chooser.setInputFiles(file);
    const readyAt = await dialogReady;

    const title = expected.title;
    const count = `${expected.events.toLocaleString('en-US')} events`;
    const clickedAt = await page.evaluate(() => performance.now());
    const drawnAt = page.evaluate(whenPainted, { kind: 'drawn', title } as Moment);
    const wholeAt = page.evaluate(whenPainted, { kind: 'whole', title, count } as Moment);
    await page
      .getByRole('dialog', { name: 'Import' })
      .getByRole('button', { name: 'Import', exact: true })
      .click();
    const [firstDrawn, onScreen] = await Promise.race([
      Promise.all([drawnAt, wholeAt]),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`no imported store after ${capMs} ms`)), capMs),
      ),
    ]);
    const state = await readProbe(page);
    const dialogMs = readyAt - state.chosenAt;
    const drawnMs = firstDrawn - clickedAt;
    return {
      dialogMs,
      drawnMs,
      totalMs: dialogMs + drawnMs,
      wholeMs: onScreen - clickedAt,
      longestFrameMs: state.longestFrame,
      longestLoafMs: state.longestLoaf,
      longestLoafScripts: state.longestLoafScripts,
    };
  } finally {
    await context.close();
  }
}

/**
 * The baseline of the import's frames: the same events already in `sourceline/1` JSON,
 * chosen in `Open store…`, to the whole store on screen. What the import's longest frame
 * has beyond this one is the import's own.
 */
export async function measureOpenRun(
  browser: Browser,
  appUrl: string,
  file: string,
  expected: { title: string; events: number },
  capMs: number,
): Promise<OpenRun> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
  try {
    const { page, chooser } = await openStoreDialog(context, appUrl, capMs);
    const count = `${expected.events.toLocaleString('en-US')} events`;
    const wholeAt = page.evaluate(whenPainted, {
      kind: 'whole',
      title: expected.title,
      count,
    } as Moment);
    await chooser.setInputFiles(file);
    const onScreen = await Promise.race([
      wholeAt,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`no store on screen after ${capMs} ms`)), capMs),
      ),
    ]);
    const state = await readProbe(page);
    return {
      wholeMs: onScreen - state.chosenAt,
      longestFrameMs: state.longestFrame,
      longestLoafMs: state.longestLoaf,
      longestLoafScripts: state.longestLoafScripts,
    };
  } finally {
    await context.close();
  }
}

async function openStoreDialog(context: BrowserContext, appUrl: string, capMs: number) {
  const page = await context.newPage();
  // tsx (esbuild, keepNames) wraps the named functions below in `__name(…)`: give the
  // page the same helper, or the functions sent to it would not run there.
  await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
  await page.addInitScript(probe);
  await page.goto(appUrl);
  await page.locator('.vis-item').first().waitFor({ timeout: capMs });
  await page.getByRole('button', { name: 'Open store…' }).click();
  const chooser = page
    .getByRole('dialog', { name: 'Open an event store' })
    .getByLabel('Open a file');
  return { page, chooser };
}

function readProbe(page: Page) {
  return page.evaluate(() => {
    const probed = (
      window as unknown as {
        __import: {
          chosenAt: number;
          longestFrame: number;
          longestLoaf: number;
          longestLoafScripts: string[];
        };
      }
    ).__import;
    return {
      chosenAt: probed.chosenAt,
      longestFrame: probed.longestFrame,
      longestLoaf: probed.longestLoaf,
      longestLoafScripts: probed.longestLoafScripts,
    };
  });
}
