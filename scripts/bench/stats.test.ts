import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  type RunResult,
  bundleReport,
  formatBytes,
  formatMs,
  formatRatio,
  formatResultsTable,
  frameStats,
  gzipSize,
  median,
  p95,
  parseInitialAssets,
  percentile,
  renderTable,
  summarizeRuns,
} from './stats.ts';

describe('statistics', () => {
  it('median of odd and even counts, with capped (Infinity) runs', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([1, Infinity, Infinity])).toBe(Infinity);
    expect(median([1, 2, Infinity])).toBe(2);
    expect(median([1, Infinity])).toBe(Infinity);
  });

  it('nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(p95(values)).toBe(95);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile(values, 0)).toBe(1);
    expect(p95([16, 17, 200])).toBe(200);
    expect(p95([])).toBeNull();
  });

  it('frame stats', () => {
    expect(frameStats([16, 17, 60, 16, 120])).toEqual({
      frames: 5,
      over50: 2,
      over50Ms: 180,
      p95Ms: 120,
      maxMs: 120,
    });
    expect(frameStats([])).toEqual({
      frames: 0,
      over50: 0,
      over50Ms: 0,
      p95Ms: null,
      maxMs: null,
    });
  });

  it('summarizes runs, ignoring values a capped run does not have', () => {
    const run = (firstItemMs: number, extra: Partial<RunResult> = {}): RunResult => ({
      run: 1,
      firstItemMs,
      capped: firstItemMs === Infinity,
      errors: [],
      ...extra,
    });
    const summary = summarizeRuns([
      run(100, { heapBytes: 10, filterMs: 5, loadingMaxFrameMs: 0 }),
      run(300, { heapBytes: 30, filterMs: 7, loadingMaxFrameMs: 180 }),
      run(Infinity),
    ]);
    expect(summary).toMatchObject({
      runs: 3,
      capped: 1,
      firstItemMs: 300,
      heapBytes: 20,
      filterMs: 6,
      loadingMaxFrameMs: 90,
      p95FrameMs: null,
    });
  });
});

describe('bundle', () => {
  it('finds the initial scripts, module preloads and stylesheets of a Vite index.html', () => {
    const html = `<!doctype html><html><head>
      <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
      <script type="module" crossorigin src="/assets/index-abc.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-def.js">
      <link rel='stylesheet' crossorigin href='/assets/index-123.css'>
      <!-- <script src="/commented-out.js"></script> -->
    </head><body><div id="root"></div></body></html>`;
    expect(parseInitialAssets(html)).toEqual({
      scripts: ['/assets/index-abc.js', '/assets/vendor-def.js'],
      styles: ['/assets/index-123.css'],
    });
  });

  it('gzip sizes match gzipSync, and totals add up', () => {
    const text = 'a'.repeat(10_000);
    expect(gzipSize(text)).toBe(gzipSync(text).length);
    expect(gunzipSync(gzipSync(text)).toString()).toBe(text);
    expect(gzipSize(text)).toBeLessThan(200);
    const report = bundleReport([
      { path: 'a.js', kind: 'js', bytes: 100, gzipBytes: 40 },
      { path: 'b.js', kind: 'js', bytes: 50, gzipBytes: 20 },
      { path: 'c.css', kind: 'css', bytes: 30, gzipBytes: 10 },
    ]);
    expect(report.js).toEqual({ bytes: 150, gzipBytes: 60 });
    expect(report.css).toEqual({ bytes: 30, gzipBytes: 10 });
    expect(report.total).toEqual({ bytes: 180, gzipBytes: 70 });
  });
});

describe('formatting', () => {
  it('durations, bytes, ratios', () => {
    expect(formatMs(12.4)).toBe('12 ms');
    expect(formatMs(1234)).toBe('1.23 s');
    expect(formatMs(21_456)).toBe('21.5 s');
    expect(formatMs(Infinity, 60_000)).toBe('> 60.0 s');
    expect(formatMs(null)).toBe('n/a');
    expect(formatBytes(2048)).toBe('2.0 kB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB');
    expect(formatRatio(500, 100)).toBe('5.0×');
    expect(formatRatio(2500, 100)).toBe('25×');
    expect(formatRatio(Infinity, 2000, 60_000)).toBe('> 30×');
    expect(formatRatio(30_000, Infinity, 60_000)).toBe('< 0.5×');
    expect(formatRatio(Infinity, Infinity, 60_000)).toBe('—');
    expect(formatRatio(3, 0)).toBe('—');
    expect(formatRatio(null, 1)).toBe('—');
  });

  it('renders aligned tables', () => {
    expect(
      renderTable(
        ['name', 'n'],
        [
          ['a', '1'],
          ['long name', '100'],
        ],
      ),
    ).toBe(['name         n', '---------  ---', 'a            1', 'long name  100'].join('\n'));
  });

  it('renders the results table with capped runs', () => {
    const runs = (ms: number[]): RunResult[] =>
      ms.map((firstItemMs, i) => ({
        run: i + 1,
        firstItemMs,
        capped: firstItemMs === Infinity,
        errors: [],
      }));
    const app = runs([900, 1000, 1100]);
    const baseline = runs([Infinity, Infinity]);
    const table = formatResultsTable(
      [
        {
          events: 100_000,
          storeBytes: 70 * 1024 * 1024,
          app: { runs: app, summary: summarizeRuns(app) },
          baseline: { runs: baseline, summary: summarizeRuns(baseline) },
        },
      ],
      60_000,
    );
    expect(table).toContain('100,000 events (70.0 MB)');
    expect(table).toContain('n=2, 2 capped');
    expect(table).toMatch(/first events drawn\s+1.00 s\s+> 60.0 s\s+> 60×/);
  });
});
