/**
 * Pure helpers of the benchmark: statistics, bundle sizing, and the report table.
 * Nothing here touches the browser, so it is unit-tested in stats.test.ts.
 */
import { gzipSync } from 'node:zlib';

// ---------------------------------------------------------------------------------------
// Statistics

/** Median; `Infinity` counts as a value (a run that hit the time cap). Null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length % 2 === 1) return sorted[mid]!;
  const low = sorted[mid - 1]!;
  const high = sorted[mid]!;
  return high === Infinity ? Infinity : (low + high) / 2;
}

/** Nearest-rank percentile (p in 0–100): a value that was actually observed. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export const p95 = (values: readonly number[]) => percentile(values, 95);

export interface FrameStats {
  /** Frames recorded. */
  frames: number;
  /** Frames that took longer than the threshold (50 ms: a visible stutter). */
  over50: number;
  /**
   * Time spent in those frames. Unlike the count, this also penalises a page that froze:
   * one frame of 30 s counts once but adds 30 s.
   */
  over50Ms: number;
  p95Ms: number | null;
  maxMs: number | null;
}

export function frameStats(durations: readonly number[], threshold = 50): FrameStats {
  return {
    frames: durations.length,
    over50: durations.filter((ms) => ms > threshold).length,
    over50Ms: durations.filter((ms) => ms > threshold).reduce((sum, ms) => sum + ms, 0),
    p95Ms: p95(durations),
    maxMs: durations.length === 0 ? null : Math.max(...durations),
  };
}

// ---------------------------------------------------------------------------------------
// Bundle

export interface InitialAssets {
  scripts: string[];
  styles: string[];
}

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((value) => value !== undefined);

/**
 * The JS and CSS that an index.html loads before anything else: script tags with a src,
 * module preloads, and stylesheets. Lazy chunks imported later are not included.
 */
export function parseInitialAssets(html: string): InitialAssets {
  const scripts: string[] = [];
  const styles: string[] = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const [tag] of withoutComments.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    if (src !== undefined && !scripts.includes(src)) scripts.push(src);
  }
  for (const [tag] of withoutComments.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(tag, 'href');
    if (href === undefined) continue;
    if (rel.includes('modulepreload') && !scripts.includes(href)) scripts.push(href);
    if (rel.includes('stylesheet') && !styles.includes(href)) styles.push(href);
  }
  return { scripts, styles };
}

export function gzipSize(data: Uint8Array | string): number {
  return gzipSync(typeof data === 'string' ? Buffer.from(data) : data).length;
}

// ---------------------------------------------------------------------------------------
// Results

export type Target = 'app' | 'baseline';

export interface RunResult {
  run: number;
  /**
   * Navigation start to the painting of the first frame with a `.vis-item`; Infinity when
   * the cap was hit.
   */
  firstItemMs: number;
  /**
   * Navigation start to the painting of the whole store: the app's list and details (every
   * event checked), the baseline's first items (it is given every event at once).
   */
  readyMs?: number;
  capped: boolean;
  /**
   * Scripts (page and workers) whose last byte arrived before the first events were
   * painted: their bytes on the wire (gzip), and how many.
   */
  jsBytesBeforeFirstPaint?: number;
  jsFilesBeforeFirstPaint?: number;
  /** A packed store: bytes of its files received before the first events were painted. */
  dataBytesBeforeFirstPaint?: number;
  itemsAtFirst?: number;
  /** `.vis-item` elements once the page was quiet, and how many of them are aggregates. */
  items?: number;
  aggregates?: number;
  /**
   * The longest animation frame (over 50 ms, else 0) begun after the first events were drawn
   * and before the whole store was on screen: how long the page, in use, stood still.
   */
  loadingMaxFrameMs?: number;
  /** Navigation start until 10 frames in a row under 50 ms, after the first item. */
  settledMs?: number;
  /** The page was still busy at the limit: settledMs is a lower bound. */
  settleTimedOut?: boolean;
  /** Navigation start to DOMContentLoaded, and to the end of the store's download. */
  domContentLoadedMs?: number;
  storeFetchedMs?: number;
  heapBytes?: number;
  /** A store read window by window: the heap again after the zooms, pans and the filter. */
  heapEndBytes?: number;
  /** A store read window by window: a link from the whole extent into one month, to its events painted. */
  zoomMonthMs?: number;
  /** Actor-filter click (checking the first actor) to the next paint. */
  filterMs?: number;
  /** The part of it spent synchronously in the click handler. */
  filterSyncMs?: number;
  frames?: FrameStats & {
    loafCount: number;
    loafMaxMs: number | null;
    loafBlockingMs: number;
    /** The scripted zoom and pan hit its time limit before the end. */
    cutShort: boolean;
    /**
     * The time axis changed after the wheel zoom: the input did reach the timeline.
     * Null when the script was stopped before the check.
     */
    windowMoved: boolean | null;
  };
  errors: string[];
}

export interface TargetSummary {
  runs: number;
  capped: number;
  /** Runs whose zoom and pan hit the time limit before the end of the script. */
  cutShort: number;
  firstItemMs: number | null;
  jsBytesBeforeFirstPaint: number | null;
  dataBytesBeforeFirstPaint: number | null;
  readyMs: number | null;
  loadingMaxFrameMs: number | null;
  storeFetchedMs: number | null;
  settledMs: number | null;
  /** Runs still busy at the limit (their settledMs is a lower bound). */
  settleTimedOut: number;
  filterMs: number | null;
  framesOver50: number | null;
  framesOver50Ms: number | null;
  p95FrameMs: number | null;
  maxFrameMs: number | null;
  loafCount: number | null;
  heapBytes: number | null;
  heapEndBytes: number | null;
  zoomMonthMs: number | null;
  items: number | null;
  aggregates: number | null;
}

const defined = <T>(values: readonly (T | undefined | null)[]): T[] =>
  values.filter((value): value is T => value !== undefined && value !== null);

export function summarizeRuns(runs: readonly RunResult[]): TargetSummary {
  const of = (pick: (run: RunResult) => number | null | undefined) =>
    median(defined(runs.map(pick)));
  return {
    runs: runs.length,
    capped: runs.filter((run) => run.capped).length,
    cutShort: runs.filter((run) => run.frames?.cutShort).length,
    firstItemMs: of((run) => run.firstItemMs),
    jsBytesBeforeFirstPaint: of((run) => run.jsBytesBeforeFirstPaint),
    dataBytesBeforeFirstPaint: of((run) => run.dataBytesBeforeFirstPaint),
    readyMs: of((run) => run.readyMs),
    loadingMaxFrameMs: of((run) => run.loadingMaxFrameMs),
    storeFetchedMs: of((run) => run.storeFetchedMs),
    settledMs: of((run) => run.settledMs),
    settleTimedOut: runs.filter((run) => run.settleTimedOut).length,
    filterMs: of((run) => run.filterMs),
    framesOver50: of((run) => run.frames?.over50),
    framesOver50Ms: of((run) => run.frames?.over50Ms),
    p95FrameMs: of((run) => run.frames?.p95Ms),
    maxFrameMs: of((run) => run.frames?.maxMs),
    loafCount: of((run) => run.frames?.loafCount),
    heapBytes: of((run) => run.heapBytes),
    heapEndBytes: of((run) => run.heapEndBytes),
    zoomMonthMs: of((run) => run.zoomMonthMs),
    items: of((run) => run.items),
    aggregates: of((run) => run.aggregates),
  };
}

// ---------------------------------------------------------------------------------------
// Formatting

export function formatMs(ms: number | null, capMs?: number): string {
  if (ms === null) return 'n/a';
  if (ms === Infinity) return capMs === undefined ? '> cap' : `> ${formatMs(capMs)}`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 10_000) return `${(ms / 1000).toFixed(2)} s`;
  return `${(ms / 1000).toFixed(1)} s`;
}

export function formatBytes(bytes: number | null): string {
  if (bytes === null) return 'n/a';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function formatCount(value: number | null): string {
  if (value === null) return 'n/a';
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/**
 * baseline/app for lower-is-better values: "3.2×" means the baseline takes 3.2 times as
 * long. A capped side gives a bound ("> 12×"); nothing to compare gives "—".
 */
export function formatRatio(baseline: number | null, app: number | null, capMs?: number): string {
  if (baseline === null || app === null) return '—';
  const bound = capMs ?? Infinity;
  const fmt = (x: number) => (x >= 10 ? x.toFixed(0) : x.toFixed(1));
  if (baseline === Infinity && app === Infinity) return '—';
  if (baseline === Infinity) return app > 0 && bound !== Infinity ? `> ${fmt(bound / app)}×` : '—';
  if (app === Infinity) return bound !== Infinity ? `< ${fmt(baseline / bound)}×` : '—';
  if (app === 0) return baseline === 0 ? '1.0×' : '—';
  return `${fmt(baseline / app)}×`;
}

/** A plain-text table; `align` per column, 'l' or 'r' (default: first column left). */
export function renderTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly ('l' | 'r')[] = headers.map((_, i) => (i === 0 ? 'l' : 'r')),
): string {
  const widths = headers.map((header, i) =>
    Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (align[i] === 'r' ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export interface SizeResult {
  events: number;
  storeBytes: number;
  app: { runs: RunResult[]; summary: TargetSummary };
  baseline: { runs: RunResult[]; summary: TargetSummary };
}

interface MetricRow {
  label: string;
  value: (summary: TargetSummary) => number | null;
  format: (value: number | null, summary: TargetSummary, capMs: number) => string;
  ratio: boolean;
}

const ms = (v: number | null) => formatMs(v);

const METRICS: readonly MetricRow[] = [
  {
    label: 'store downloaded',
    value: (s) => s.storeFetchedMs,
    format: ms,
    ratio: false,
  },
  {
    label: 'first events drawn',
    value: (s) => s.firstItemMs,
    format: (v, _s, cap) => formatMs(v, cap),
    ratio: true,
  },
  {
    label: 'JS (gzip) before first paint',
    value: (s) => s.jsBytesBeforeFirstPaint,
    format: formatBytes,
    ratio: true,
  },
  {
    label: 'whole store on screen',
    value: (s) => s.readyMs,
    format: ms,
    ratio: true,
  },
  {
    label: 'longest frame while loading',
    value: (s) => s.loadingMaxFrameMs,
    format: ms,
    ratio: true,
  },
  {
    label: 'quiet after load',
    value: (s) => s.settledMs,
    // Most runs still busy at the limit: the median is only a lower bound.
    format: (v, s) => (v !== null && s.settleTimedOut * 2 > s.runs - s.capped ? '≥ ' : '') + ms(v),
    ratio: true,
  },
  {
    label: 'zoom/pan frames > 50 ms',
    value: (s) => s.framesOver50,
    format: formatCount,
    ratio: true,
  },
  {
    label: 'zoom/pan time in those',
    value: (s) => s.framesOver50Ms,
    format: ms,
    ratio: true,
  },
  { label: 'zoom/pan p95 frame', value: (s) => s.p95FrameMs, format: ms, ratio: true },
  { label: 'zoom/pan max frame', value: (s) => s.maxFrameMs, format: ms, ratio: true },
  { label: 'actor filter → paint', value: (s) => s.filterMs, format: ms, ratio: true },
  { label: 'JS heap after load', value: (s) => s.heapBytes, format: formatBytes, ratio: true },
  { label: 'items in DOM', value: (s) => s.items, format: formatCount, ratio: false },
];

/** The main table: per size, app vs baseline medians and the baseline/app ratio. */
export function formatResultsTable(
  sizes: readonly SizeResult[],
  capMs: number,
  baselineName = 'baseline',
): string {
  const rows: string[][] = [];
  for (const size of sizes) {
    const app = size.app.summary;
    const base = size.baseline.summary;
    const runs = (s: TargetSummary) =>
      s.runs === 0
        ? 'not run'
        : `n=${s.runs}${s.capped > 0 ? `, ${s.capped} capped` : ''}` +
          `${s.cutShort > 0 ? `, ${s.cutShort} cut` : ''}`;
    rows.push([
      `${size.events.toLocaleString('en-US')} events (${formatBytes(size.storeBytes)})`,
      runs(app),
      runs(base),
      '',
    ]);
    for (const metric of METRICS) {
      const a = app.runs === 0 ? null : metric.value(app);
      const b = base.runs === 0 ? null : metric.value(base);
      rows.push([
        `  ${metric.label}`,
        metric.format(a, app, capMs),
        metric.format(b, base, capMs),
        metric.ratio ? formatRatio(b, a, capMs) : '',
      ]);
    }
  }
  return renderTable(['median', 'app', baselineName, `${baselineName}/app`], rows);
}

export interface BundleFile {
  path: string;
  kind: 'js' | 'css';
  bytes: number;
  gzipBytes: number;
}

export interface BundleReport {
  files: BundleFile[];
  js: { bytes: number; gzipBytes: number };
  css: { bytes: number; gzipBytes: number };
  total: { bytes: number; gzipBytes: number };
}

export function bundleReport(files: readonly BundleFile[]): BundleReport {
  const sum = (list: readonly BundleFile[]) => ({
    bytes: list.reduce((n, f) => n + f.bytes, 0),
    gzipBytes: list.reduce((n, f) => n + f.gzipBytes, 0),
  });
  return {
    files: [...files],
    js: sum(files.filter((f) => f.kind === 'js')),
    css: sum(files.filter((f) => f.kind === 'css')),
    total: sum(files),
  };
}

export function formatBundleTable(bundle: BundleReport): string {
  const rows = bundle.files.map((f) => [f.path, formatBytes(f.bytes), formatBytes(f.gzipBytes)]);
  rows.push(['JS total', formatBytes(bundle.js.bytes), formatBytes(bundle.js.gzipBytes)]);
  rows.push(['CSS total', formatBytes(bundle.css.bytes), formatBytes(bundle.css.gzipBytes)]);
  rows.push(['total', formatBytes(bundle.total.bytes), formatBytes(bundle.total.gzipBytes)]);
  return renderTable(['initial asset', 'raw', 'gzip'], rows);
}
