/**
 * `npm run bench [-- --sizes 18,1000 --runs 5 --no-build --seed 1 --cap 60 --no-baseline]`
 *
 * Builds the app, generates stores (bench-results/data/, reused when present), serves
 * both on 127.0.0.1, and measures the app against a plain vis-timeline page with default
 * options (baseline.html) in Chromium: time to the first events drawn, actor filter click
 * to paint, frame times during a scripted zoom and pan, and JS heap. Also reports the gzip
 * size of the JS and CSS that index.html loads. Prints a table and writes
 * bench-results/bench-<timestamp>.json and bench-results/latest.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from '@playwright/test';
import { SYSTEM_CHROMIUM, chromiumLaunchOptions, hasSystemChromium } from '../lib/chromium.ts';
import { GENERATOR_VERSION, generateStore, withoutEvidence } from '../lib/gen-store.ts';
import { writeStoreFile } from '../lib/write-store-file.ts';
import { UsageError } from '../lib/cli-args.ts';
import { BENCH_USAGE, type BenchArgs, parseBenchArgs } from './bench-args.ts';
import { type MeasureOptions, measureRun } from './measure.ts';
import {
  MAP_PHASES,
  type MapPhase,
  type MapRunResult,
  describeLoaf,
  loafForMedian,
  measureMapRun,
} from './measure-map.ts';
import { withPlaces } from './bench-places.ts';
import { startStaticServer } from './server.ts';
import {
  type BundleFile,
  type BundleReport,
  type RunResult,
  type SizeResult,
  type Target,
  bundleReport,
  formatBundleTable,
  formatBytes,
  formatCount,
  formatMs,
  formatResultsTable,
  gzipSize,
  parseInitialAssets,
  summarizeRuns,
} from './stats.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = join(ROOT, 'bench-results');
const DIST = join(OUT, 'dist');
const DATA = join(OUT, 'data');
/** The baseline is far too slow at this size for many runs: fewer, each capped. */
const LARGE_STORE = 50_000;
/** The store the app opens without `?store=`, in the build. */
const DEFAULT_STORE_PATH = 'data/events.json';
const BASELINE_RUNS_WHEN_LARGE = 2;
/** After this many capped runs of one page at one size, its remaining runs are skipped. */
const MAX_CAPPED_RUNS = 2;

const log = (line = '') => console.log(line);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function build() {
  log('Building the app: npx vite build --outDir bench-results/dist');
  const began = Date.now();
  const result = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', 'bench-results/dist', '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' },
  );
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status})`);
  log(`  built in ${seconds(Date.now() - began)}`);
}

async function measureBundle(): Promise<BundleReport> {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const { scripts, styles } = parseInitialAssets(html);
  const files: BundleFile[] = [];
  for (const [kind, list] of [
    ['js', scripts],
    ['css', styles],
  ] as const) {
    for (const href of list) {
      if (/^(https?:)?\/\//.test(href)) continue;
      const bytes = await readFile(join(DIST, posix.normalize(href.split(/[?#]/)[0]!)));
      files.push({ path: href, kind, bytes: bytes.length, gzipBytes: gzipSize(bytes) });
    }
  }
  return bundleReport(files);
}

interface BenchStore {
  /** Its name in reports. */
  file: string;
  bytes: number;
  /** Where the page fetches it, and the app's address that opens it. */
  path: string;
  appPath: string;
}

/** The app's own default store (public/data/events.json), when it has `events` events. */
async function defaultStore(events: number): Promise<BenchStore | null> {
  const path = join(DIST, DEFAULT_STORE_PATH);
  if (!existsSync(path)) return null;
  const text = await readFile(path, 'utf8');
  const count = (JSON.parse(text) as { events?: unknown[] }).events?.length;
  if (count !== events) return null;
  log(`  ${DEFAULT_STORE_PATH}: the app's default store (${formatBytes(text.length)})`);
  // Opened as a visitor does, without ?store=.
  return {
    file: DEFAULT_STORE_PATH,
    bytes: Buffer.byteLength(text),
    path: `/${DEFAULT_STORE_PATH}`,
    appPath: '/',
  };
}

async function ensureStore(events: number, seed: number): Promise<BenchStore> {
  const builtIn = await defaultStore(events);
  if (builtIn !== null) return builtIn;
  return benchStore(await generatedStore(events, seed, false));
}

const benchStore = (stored: { file: string; bytes: number }): BenchStore => {
  const path = `/__bench/data/${stored.file}`;
  return { ...stored, path, appPath: `/?store=${path}` };
};

/** `withoutEvidence`: the same store with the evidence fields taken out (`--against no-evidence`). */
async function generatedStore(
  events: number,
  seed: number,
  noEvidence: boolean,
): Promise<{ file: string; bytes: number }> {
  const file = `events-${events}-seed-${seed}-v${GENERATOR_VERSION}${noEvidence ? '-no-evidence' : ''}.json`;
  const path = join(DATA, file);
  if (existsSync(path)) {
    const { size } = await stat(path);
    log(`  ${file}: reused (${formatBytes(size)})`);
    return { file, bytes: size };
  }
  const began = Date.now();
  await mkdir(DATA, { recursive: true });
  const partial = `${path}.partial`;
  const store = generateStore({ events, seed });
  const bytes = await writeStoreFile(partial, noEvidence ? withoutEvidence(store) : store);
  await rename(partial, path);
  log(`  ${file}: generated in ${seconds(Date.now() - began)} (${formatBytes(bytes)})`);
  return { file, bytes };
}

/**
 * A packed store of `events` events, made once from the generated JSON store with
 * `npm run pack` in a child process (packing a million events takes a few GB of memory).
 */
async function ensurePack(
  events: number,
  seed: number,
  packsDir: string,
): Promise<{ name: string; bytes: number }> {
  const name = `packed-${events}-seed-${seed}-v${GENERATOR_VERSION}`;
  const dir = join(packsDir, name);
  const manifestFile = join(dir, 'manifest.json');
  const sizeOf = async () => {
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as {
      files: Record<string, { bytes: number }>;
    };
    return Object.values(manifest.files).reduce((sum, file) => sum + file.bytes, 0);
  };
  if (existsSync(manifestFile)) {
    const bytes = await sizeOf();
    log(`  packs/${name}: reused (${formatBytes(bytes)})`);
    return { name, bytes };
  }
  const { file } = await generatedStore(events, seed, false);
  const began = Date.now();
  const packed = spawnSync(
    'npx',
    ['tsx', 'scripts/pack-store.ts', join(DATA, file), '--out', `${dir}.partial`],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (packed.status !== 0) throw new Error(`packing ${file} failed`);
  await rename(`${dir}.partial`, dir);
  const bytes = await sizeOf();
  log(`  packs/${name}: packed in ${seconds(Date.now() - began)} (${formatBytes(bytes)})`);
  return { name, bytes };
}

/** A generated store whose every event has a place, for the map's case. */
async function placesStore(events: number, seed: number): Promise<BenchStore> {
  const file = `events-${events}-seed-${seed}-v${GENERATOR_VERSION}-places.json`;
  const path = join(DATA, file);
  let bytes: number;
  if (existsSync(path)) {
    bytes = (await stat(path)).size;
    log(`  ${file}: reused (${formatBytes(bytes)})`);
  } else {
    const began = Date.now();
    await mkdir(DATA, { recursive: true });
    const partial = `${path}.partial`;
    bytes = await writeStoreFile(partial, withPlaces(generateStore({ events, seed }), seed));
    await rename(partial, path);
    log(`  ${file}: generated in ${seconds(Date.now() - began)} (${formatBytes(bytes)})`);
  }
  const served = `/__bench/data/${file}`;
  return { file, bytes, path: served, appPath: `/?store=${served}` };
}

function describeMapRun(run: MapRunResult, of: number, label = 'map'): string {
  const frames = (name: string, f: MapRunResult['mapFrames']) =>
    f
      ? `${name} p95 ${formatMs(f.p95Ms)} max ${formatMs(f.maxMs)} (>50 ms: ${f.over50}/${f.frames})`
      : `${name} n/a`;
  const parts = [
    `open ${formatMs(run.openMs)}`,
    `map after Fit all ${formatMs(run.refitMs)}`,
    frames('all', run.frames),
    frames('map', run.mapFrames),
    frames('timeline', run.timelineFrames),
    `longest animation frame ${formatMs(run.frames?.loafMaxMs ?? null)}`,
  ];
  if (run.animationFrames)
    parts.push(`animation frames ${describeLoafPhases(run.animationFrames)}`);
  if (run.errors.length > 0) parts.push(`${run.errors.length} error(s)`);
  return `  ${label.padEnd(8)} run ${run.run}/${of}  ${parts.join(' · ')}`;
}

/** Per phase of the map's case: the longest animation frame and how many were over 50 ms. */
function describeLoafPhases(phases: NonNullable<MapRunResult['animationFrames']>): string {
  return MAP_PHASES.map(
    (phase) => `${phase} max ${formatMs(phases[phase].maxMs)} (>50 ms: ${phases[phase].over50})`,
  ).join(', ');
}

function describeRun(
  target: Target | 'earlier',
  run: RunResult,
  of: number,
  capMs: number,
): string {
  const parts = [`first events ${formatMs(run.firstItemMs, capMs)}`];
  if (!run.capped) {
    parts.push(`store ${formatMs(run.storeFetchedMs ?? null)}`);
    parts.push(`loading frame max ${formatMs(run.loadingMaxFrameMs ?? null)}`);
    parts.push(`quiet ${run.settleTimedOut ? '≥ ' : ''}${formatMs(run.settledMs ?? null)}`);
    parts.push(`heap ${formatBytes(run.heapBytes ?? null)}`);
    if (run.frames) {
      const f = run.frames;
      parts.push(
        `frames>50ms ${f.over50}/${f.frames} (${formatMs(f.over50Ms)}), p95 ${formatMs(f.p95Ms)}, max ${formatMs(f.maxMs)}` +
          `${f.cutShort ? ' (cut short)' : ''}${f.windowMoved === false ? ' (the zoom did not move the window!)' : ''}`,
      );
    }
    if (run.zoomMonthMs !== undefined) parts.push(`month ${formatMs(run.zoomMonthMs)}`);
    parts.push(`filter ${formatMs(run.filterMs ?? null)}`);
    parts.push(`items ${formatCount(run.items ?? null)}`);
  }
  if (run.errors.length > 0) parts.push(`${run.errors.length} error(s)`);
  return `  ${target.padEnd(8)} run ${run.run}/${of}  ${parts.join(' · ')}`;
}

interface PackedResult {
  events: number;
  pack: string;
  packBytes: number;
  runs: RunResult[];
  summary: ReturnType<typeof summarizeRuns>;
  /** With `--against-dist`: the earlier build on the same pack, its runs interleaved. */
  earlier?: { runs: RunResult[]; summary: ReturnType<typeof summarizeRuns> };
}

/**
 * The month a packed run zooms into from the whole extent (in the middle of the generated
 * stores' years), as a link to the same store, and the timeline's description of it with
 * at least one event in view.
 */
const PACKED_MONTH_ZOOM = (prefix: string) => ({
  search: `?store=${encodeURIComponent(`${prefix}manifest.json`)}&from=2015-06-01&to=2015-06-30`,
  described: '^Showing 1 June 2015 to 1 July 2015: [1-9][\\d,]* events? in view',
  wide: 'too many events to draw one by one',
});

/**
 * The app on a packed store, opened by its manifest: the same measures as a JSON store.
 * Given `earlierUrl` (`--against-dist`), the earlier build's runs alternate with this one's,
 * so that the machine's load weighs on both alike.
 */
async function measurePacked(
  serverUrl: string,
  events: number,
  pack: { name: string; bytes: number },
  runCount: number,
  options: MeasureOptions,
  capMs: number,
  earlierUrl: string | null = null,
): Promise<PackedResult> {
  const prefix = `/__bench/packs/${pack.name}/`;
  log();
  log(
    `${events.toLocaleString('en-US')} events, packed (${formatBytes(pack.bytes)} in all): app ×${runCount}` +
      (earlierUrl === null ? '' : `, earlier ×${runCount}`),
  );
  const targets = [
    { name: 'app' as const, url: serverUrl, runs: [] as RunResult[] },
    ...(earlierUrl === null
      ? []
      : [{ name: 'earlier' as const, url: earlierUrl, runs: [] as RunResult[] }]),
  ];
  const { browser } = await launch();
  try {
    for (let r = 1; r <= runCount; r++) {
      for (const target of targets) {
        if (target.runs.filter((run) => run.capped).length >= MAX_CAPPED_RUNS) continue;
        const runBegan = Date.now();
        const result = await measureRun(
          browser,
          `${target.url}/?store=${prefix}manifest.json`,
          `${prefix}events.parquet`,
          r,
          { ...options, monthZoom: PACKED_MONTH_ZOOM(prefix) },
          prefix,
        );
        target.runs.push(result);
        log(
          `${describeRun(target.name, result, runCount, capMs)} · pack bytes before first paint ${formatBytes(result.dataBytesBeforeFirstPaint ?? null)}  [${seconds(Date.now() - runBegan)}]`,
        );
        for (const error of new Set(result.errors)) log(`    error: ${error}`);
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
  }
  const [app, earlier] = targets;
  return {
    events,
    pack: pack.name,
    packBytes: pack.bytes,
    runs: app!.runs,
    summary: summarizeRuns(app!.runs),
    ...(earlier ? { earlier: { runs: earlier.runs, summary: summarizeRuns(earlier.runs) } } : {}),
  };
}

function formatPackedSummary(packed: PackedResult, capMs: number): string {
  const m = packed.summary;
  const e = packed.earlier?.summary;
  // With an earlier build: its median after this build's, in brackets.
  const beside = (mine: string, pick: (summary: typeof m) => string) =>
    e === undefined ? mine : `${mine} [earlier ${pick(e)}]`;
  return [
    `Packed store, ${packed.events.toLocaleString('en-US')} events (medians of ${m.runs} runs${m.capped ? `, ${m.capped} capped` : ''}` +
      (e === undefined ? '' : `; [earlier build, ${e.runs} runs]`) +
      '):',
    `  first events drawn          ${beside(formatMs(m.firstItemMs, capMs), (s) => formatMs(s.firstItemMs, capMs))}`,
    `  pack bytes before 1st paint ${beside(formatBytes(m.dataBytesBeforeFirstPaint), (s) => formatBytes(s.dataBytesBeforeFirstPaint))}`,
    `  whole store on screen       ${beside(formatMs(m.readyMs, capMs), (s) => formatMs(s.readyMs, capMs))}`,
    `  whole extent → one month    ${beside(formatMs(m.zoomMonthMs), (s) => formatMs(s.zoomMonthMs))} (that month's events painted)`,
    `  actor filter → paint        ${beside(formatMs(m.filterMs), (s) => formatMs(s.filterMs))}`,
    `  zoom/pan frames > 50 ms     ${beside(`${formatCount(m.framesOver50)} (p95 ${formatMs(m.p95FrameMs)})`, (s) => `${formatCount(s.framesOver50)} (p95 ${formatMs(s.p95FrameMs)})`)}`,
    `  JS heap after first look    ${beside(formatBytes(m.heapBytes), (s) => formatBytes(s.heapBytes))}`,
    `  JS heap at the end          ${beside(formatBytes(m.heapEndBytes), (s) => formatBytes(s.heapEndBytes))} (after the month, zoom/pan, filter)`,
  ].join('\n');
}

async function launch(): Promise<{ browser: Browser; executable: string }> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  return {
    browser,
    executable: hasSystemChromium() ? SYSTEM_CHROMIUM : chromium.executablePath(),
  };
}

/** The app's link opened at `window` (its `from` and `to`), or as it is without one. */
function atWindow(url: string, window: BenchArgs['window']): string {
  if (!window) return url;
  const link = new URL(url);
  link.searchParams.set('from', window.from);
  link.searchParams.set('to', window.to);
  return link.toString();
}

async function main(args: BenchArgs) {
  const startedAt = new Date();
  const began = Date.now();
  const capMs = args.capSeconds * 1000;
  const load = loadavg();
  log(
    `Sourceline bench: sizes ${args.sizes.join(', ')} · ${args.runs} runs · seed ${args.seed} · cap ${args.capSeconds} s`,
  );
  if (load[0]! > cpus().length * 0.75) {
    log(
      `  warning: the machine is busy (load ${load[0]!.toFixed(1)} on ${cpus().length} cores); timings will be noisy`,
    );
  }

  if (args.window) {
    log(
      `  both pages open at ${args.window.from} to ${args.window.to} (--window), not at their own first view`,
    );
  }
  if (args.build) build();
  else if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('--no-build, but there is no bench-results/dist/index.html: build once first');
  } else log('Reusing bench-results/dist (--no-build)');
  const bundle = await measureBundle();
  log(
    `Initial bundle: JS ${formatBytes(bundle.js.gzipBytes)} gzip, CSS ${formatBytes(bundle.css.gzipBytes)} gzip, total ${formatBytes(bundle.total.gzipBytes)} gzip`,
  );

  log('Stores:');
  const stores = new Map<number, BenchStore>();
  // With --against no-evidence, the other page is the app on the same store without its
  // evidence fields (none for the default store, which is not generated).
  const plainStores = new Map<number, BenchStore>();
  const againstApp = args.against === 'no-evidence';
  for (const events of args.sizes) {
    const store = await ensureStore(events, args.seed);
    stores.set(events, store);
    if (againstApp && store.file !== DEFAULT_STORE_PATH)
      plainStores.set(events, benchStore(await generatedStore(events, args.seed, true)));
  }
  const packs = new Map<number, { name: string; bytes: number }>();
  // A million-event pack takes many minutes to make: --packs-dir keeps it anywhere, across runs.
  const packsDir = resolve(
    process.env.INIT_CWD ?? process.cwd(),
    args.packsDir ?? join(DATA, 'packs'),
  );
  for (const events of args.packed) {
    packs.set(events, await ensurePack(events, args.seed, packsDir));
  }

  const routes = [
    { prefix: '/__bench/data/', dir: DATA },
    { prefix: '/__bench/packs/', dir: packsDir },
    { prefix: '/__bench/vis-timeline/', dir: join(ROOT, 'node_modules/vis-timeline') },
    { prefix: '/__bench/', dir: fileURLToPath(new URL('./', import.meta.url)) },
  ];
  const server = await startStaticServer(DIST, routes);
  log(`Serving on ${server.url}`);
  // The earlier build gets a server of its own: same stores, its own origin and cache.
  const earlier = args.againstDist ? await startStaticServer(args.againstDist, routes) : null;
  if (earlier) log(`Serving the earlier build ${args.againstDist} on ${earlier.url}`);

  const options: MeasureOptions = {
    capMs,
    quietCapMs: 15_000,
    interactionCapMs: 10_000,
    calmCapMs: 5_000,
    log,
  };
  const sizes: SizeResult[] = [];
  const packedResults: PackedResult[] = [];
  const mapSizes: {
    events: number;
    store: string;
    runs: MapRunResult[];
    /** With --against-dist: the earlier build's runs, alternating with these. */
    earlier?: MapRunResult[];
  }[] = [];
  let executable = '';
  let browserVersion = '';
  const write = async (final: boolean) => {
    const report = {
      tool: 'scripts/bench/run-bench.ts',
      startedAt: startedAt.toISOString(),
      durationSeconds: Math.round((Date.now() - began) / 1000),
      complete: final,
      environment: {
        node: process.version,
        browser: browserVersion,
        executable,
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? '',
        loadAverageAtStart: load,
        loadAverageAtEnd: loadavg(),
        platform: `${process.platform} ${process.arch}`,
      },
      options: { ...args, generatorVersion: GENERATOR_VERSION, ...options, log: undefined },
      notes: [
        'Times are milliseconds from navigation start (performance.timeOrigin).',
        'firstItemMs is Infinity (null in JSON) when the cap was hit: reported as "> cap".',
        'Baseline: vis-timeline standalone build, default options, every event, no level of detail.',
      ],
      bundle,
      sizes: sizes.map((size) => ({
        ...size,
        store: stores.get(size.events)?.file,
        ...(againstApp ? { baselineStore: plainStores.get(size.events)?.file } : {}),
      })),
      packed: packedResults,
      map: mapSizes,
    };
    const json = JSON.stringify(report, (_key, value) => (value === Infinity ? null : value), 2);
    const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
    const file = join(OUT, `bench-${stamp}.json`);
    await writeFile(file, json + '\n');
    await copyFile(file, join(OUT, 'latest.json'));
    return file;
  };

  try {
    for (const events of args.sizes) {
      const store = stores.get(events)!;
      const { browser, executable: path } = await launch();
      executable = path;
      browserVersion = browser.version();
      const plain = plainStores.get(events);
      const urls: Record<Target, string> = {
        app: atWindow(`${server.url}${store.appPath}`, args.window),
        baseline: earlier
          ? atWindow(`${earlier.url}${store.appPath}`, args.window)
          : plain
            ? atWindow(`${server.url}${plain.appPath}`, args.window)
            : `${server.url}/__bench/baseline.html?store=${store.path}`,
      };
      const planned: Record<Target, number> = {
        app: args.runs,
        baseline:
          !args.baseline || (againstApp && !plain)
            ? 0
            : events >= LARGE_STORE && !plain && !earlier
              ? Math.min(args.runs, BASELINE_RUNS_WHEN_LARGE)
              : args.runs,
      };
      log();
      log(
        `${events.toLocaleString('en-US')} events (${formatBytes(store.bytes)}): app ×${planned.app}, baseline ×${planned.baseline}`,
      );
      const runs: Record<Target, RunResult[]> = { app: [], baseline: [] };
      const skipped = new Set<Target>();
      try {
        for (let r = 1; r <= args.runs; r++) {
          // Interleaved, so that a change in machine load hits both pages alike, and each
          // page first in every other round: at 100,000 events the first page of a round was
          // about 100 ms slower with the same build on both sides.
          const order =
            r % 2 === 1 ? (['app', 'baseline'] as const) : (['baseline', 'app'] as const);
          for (const target of order) {
            if (r > planned[target]) continue;
            if (runs[target].filter((run) => run.capped).length >= MAX_CAPPED_RUNS) {
              if (!skipped.has(target)) {
                log(`  ${target.padEnd(8)} remaining runs skipped: ${MAX_CAPPED_RUNS} hit the cap`);
                skipped.add(target);
              }
              continue;
            }
            const runBegan = Date.now();
            const storePath = target === 'baseline' && plain ? plain.path : store.path;
            const result = await measureRun(browser, urls[target], storePath, r, options);
            runs[target].push(result);
            log(
              `${describeRun(target, result, planned[target], capMs)}  [${seconds(Date.now() - runBegan)}, ` +
                `${seconds(Date.now() - began)} in all]`,
            );
            for (const error of new Set(result.errors)) log(`    error: ${error}`);
          }
        }
      } finally {
        await browser.close().catch(() => undefined);
      }
      sizes.push({
        events,
        storeBytes: store.bytes,
        app: { runs: runs.app, summary: summarizeRuns(runs.app) },
        baseline: { runs: runs.baseline, summary: summarizeRuns(runs.baseline) },
      });
      await write(false);
    }
    for (const [events, pack] of packs) {
      packedResults.push(
        await measurePacked(
          server.url,
          events,
          pack,
          args.runs,
          options,
          capMs,
          earlier?.url ?? null,
        ),
      );
    }

    for (const events of args.mapSizes) {
      log();
      log(`Map (issue 17), ${events.toLocaleString('en-US')} events with places:`);
      const store = await placesStore(events, args.seed);
      const { browser } = await launch();
      const entry: (typeof mapSizes)[number] = { events, store: store.file, runs: [] };
      if (earlier) entry.earlier = [];
      mapSizes.push(entry);
      // With --against-dist, the earlier build's runs alternate with this one's.
      const targets = [
        { label: 'map', url: server.url, runs: entry.runs },
        ...(earlier && entry.earlier
          ? [{ label: 'earlier', url: earlier.url, runs: entry.earlier }]
          : []),
      ];
      try {
        for (let r = 1; r <= args.runs; r++) {
          for (const target of targets) {
            const runBegan = Date.now();
            const result = await measureMapRun(browser, `${target.url}${store.appPath}`, r, capMs);
            target.runs.push(result);
            log(
              `${describeMapRun(result, args.runs, target.label)}  [${seconds(Date.now() - runBegan)}]`,
            );
            if (result.description) log(`    the map after Fit all: ${result.description}`);
            for (const error of new Set(result.errors)) log(`    error: ${error}`);
          }
        }
      } finally {
        await browser.close().catch(() => undefined);
      }
      await write(false);
    }
  } finally {
    await server.close();
    await earlier?.close();
  }

  const file = await write(true);
  log();
  if (earlier) {
    log(`Medians. app: this build. earlier: the build in ${args.againstDist}, on the same stores,`);
    log('runs interleaved. earlier/app > 1: this build is faster (for times; fewer for counts).');
  } else if (againstApp) {
    log('Medians. app: the built Sourceline app on the generated store. no-evidence: the same');
    log('app on the same store without its evidence fields (statuses, stances, locators, related');
    log('events, archives, reliability). no-evidence/app < 1: the evidence fields cost that much.');
  } else {
    log('Medians. app: the built Sourceline app. baseline: vis-timeline (standalone build) with');
    log('default options and every event of the same store. baseline/app > 1: the app is better.');
  }
  log('Times are from navigation start, except the filter (click to next paint) and frames.');
  log(
    '"longest frame while loading": the longest animation frame (over 50 ms, else 0) begun ' +
      'between the first events and the whole store on screen.',
  );
  log(
    `"> ${args.capSeconds} s": the run hit the cap and was stopped (counted as slower than any other run). ` +
      `"≥": still busy after ${options.quietCapMs / 1000} s. "cut": the zoom/pan script was stopped ` +
      `after ${options.interactionCapMs / 1000} s (frames counted until then).`,
  );
  log();
  log(
    formatResultsTable(sizes, capMs, earlier ? 'earlier' : againstApp ? 'no-evidence' : 'baseline'),
  );
  log();
  log(formatBundleTable(bundle));
  for (const packed of packedResults) {
    log();
    log(formatPackedSummary(packed, capMs));
  }
  for (const { events, runs, earlier: earlierRuns } of mapSizes) {
    logMapSummary(events, runs, '');
    if (earlierRuns) logMapSummary(events, earlierRuns, ` (earlier build, ${args.againstDist})`);
  }
  log();
  log(`Wrote ${file} and bench-results/latest.json (${seconds(Date.now() - began)} in all).`);
}

/** The medians of a map case's runs, and where their long frames went. */
function logMapSummary(events: number, runs: readonly MapRunResult[], label: string) {
  const medianOf = (pick: (run: MapRunResult) => number | null | undefined) => {
    const values = runs.map(pick).filter((v): v is number => typeof v === 'number');
    return values.length === 0 ? null : values.sort((a, b) => a - b)[values.length >> 1]!;
  };
  log();
  log(
    `Map${label}, ${events.toLocaleString('en-US')} events (median of ${runs.length}): open ${formatMs(medianOf((r) => r.openMs))}, ` +
      `map after Fit all ${formatMs(medianOf((r) => r.refitMs))}, ` +
      `p95 frame ${formatMs(medianOf((r) => r.frames?.p95Ms))}, longest frame ${formatMs(medianOf((r) => r.frames?.maxMs))}, ` +
      `longest animation frame ${describeLoaf(
        medianOf((r) => loafForMedian(r.frames !== null, r.frames?.loafMaxMs)),
        (ms) => formatMs(ms),
      )}`,
  );
  const withMap = medianOf((r) => r.timelineFrames?.p95Ms);
  const alone = medianOf((r) => r.timelineAloneFrames?.p95Ms);
  log(
    `  timeline moving, map shown vs hidden (same page): p95 ${formatMs(withMap)} vs ${formatMs(alone)}` +
      (withMap && alone ? ` (${(withMap / alone).toFixed(2)}×)` : '') +
      `, longest ${formatMs(medianOf((r) => r.timelineFrames?.maxMs))} vs ${formatMs(medianOf((r) => r.timelineAloneFrames?.maxMs))}`,
  );
  log(
    `  timeline moving with the map shown, per run: frames over 50 ms ` +
      runs.map((r) => r.timelineFrames?.over50 ?? 'n/a').join(', ') +
      `; longest ` +
      runs.map((r) => formatMs(r.timelineFrames?.maxMs ?? null)).join(', '),
  );
  const phaseMax = (phase: MapPhase) =>
    describeLoaf(
      medianOf((r) => loafForMedian(r.animationFrames !== null, r.animationFrames?.[phase].maxMs)),
      (ms) => formatMs(ms),
    );
  const phaseOver = (phase: MapPhase) =>
    runs.reduce((sum, r) => sum + (r.animationFrames?.[phase].over50 ?? 0), 0);
  log(
    `  longest animation frame by phase (median; frames over 50 ms over all runs): ` +
      MAP_PHASES.map((phase) => `${phase} ${phaseMax(phase)} (${phaseOver(phase)})`).join(', '),
  );
  const causes = runs.flatMap((r) => r.longFrameCauses);
  const byCause = new Map<string, { totalMs: number; forcedLayoutMs: number }>();
  for (const { cause, totalMs, forcedLayoutMs } of causes) {
    const sum = byCause.get(cause) ?? { totalMs: 0, forcedLayoutMs: 0 };
    sum.totalMs += totalMs;
    sum.forcedLayoutMs += forcedLayoutMs;
    byCause.set(cause, sum);
  }
  const top = [...byCause].sort((a, b) => b[1].totalMs - a[1].totalMs).slice(0, 4);
  if (top.length > 0) {
    log(
      `  long frames (> 50 ms) with the map shown spent, over all runs: ` +
        top
          .map(
            ([cause, { totalMs, forcedLayoutMs }]) =>
              `${cause} ${formatMs(totalMs)}` +
              (forcedLayoutMs > 0 ? ` (forced layout ${formatMs(forcedLayoutMs)})` : ''),
          )
          .join('; '),
    );
  }
}

let args: BenchArgs | undefined;
try {
  args = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`bench: ${error.message}`);
  console.error(BENCH_USAGE);
  process.exitCode = 2;
}
if (args !== undefined) {
  main(args).catch((error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
