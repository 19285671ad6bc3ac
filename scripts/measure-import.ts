/**
 * `npm run measure:import -- [--rows 10000,100000] [--runs 5] [--no-browser] [--no-build]`
 *
 * 1. In Node: the median time to parse, convert and validate a CSV of each size, with the
 *    code the app's import worker and store loader run.
 * 2. In Chromium, on the built app (bench-results/dist, built first unless --no-build): the
 *    file chosen in `Open store…` to the Import dialog ready, `Import` to the first events
 *    drawn, their sum (the "file control to first events drawn"), `Import` to the
 *    whole store on screen, and the page's longest frame in all that time (medians;
 *    lib/import-in-browser.ts says how each is taken).
 *
 * The CSV is synthetic (seeded): a date, a title, a description, two actors, a place and a link per row.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { UsageError, readCommandLine, wholeNumber } from './lib/cli-args.ts';
import { chromiumLaunchOptions } from './lib/chromium.ts';
import {
  type ImportRun,
  type OpenRun,
  measureImportRun,
  measureOpenRun,
} from './lib/import-in-browser.ts';
import { startStaticServer } from './bench/server.ts';
import { convertText } from '../src/format/convert/convert.ts';
import { validateStore } from '../src/format/validate-store.ts';

const USAGE =
  'usage: npm run measure:import -- [--rows 10000,100000] [--runs 5] [--no-browser] [--no-build]';
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = join(ROOT, 'bench-results', 'dist');
/** A browser run that has not drawn the imported store by then is a failure, not a number. */
const CAP_MS = 180_000;

function options() {
  try {
    const { values } = readCommandLine(process.argv.slice(2), {
      rows: { type: 'string' },
      runs: { type: 'string' },
      'no-browser': { type: 'boolean' },
      'no-build': { type: 'boolean' },
    });
    const rows = (values.rows ?? '10000,100000')
      .split(',')
      .map((n) => wholeNumber(n, { thousands: true }));
    const runs = wholeNumber(values.runs ?? '5');
    if (rows.some((n) => n === null || n < 1) || runs === null || runs < 1)
      throw new UsageError('--rows and --runs take positive whole numbers');
    return {
      rows: rows as number[],
      runs,
      browser: !values['no-browser'],
      build: !values['no-build'],
    };
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`measure:import: ${error.message}\n${USAGE}\n`);
      process.exit(2);
    }
    throw error;
  }
}

function syntheticCsv(rows: number): string {
  let seed = 1;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const actors = [
    'Russia',
    'Ukraine',
    'NATO',
    'China',
    'United States',
    'European Union',
    'Turkey',
    'Iran',
  ];
  const lines = ['date,title,description,actor1,actor2,location,lat,lon,link'];
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2000, 0, 1) + Math.floor(random() * 9000) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const a = actors[Math.floor(random() * actors.length)]!;
    const b = actors[Math.floor(random() * actors.length)]!;
    lines.push(
      `${day},Observation ${i + 1},"Reported movement near the line, <b>row ${i + 1}</b>; seen by two witnesses.",${a},${b},Place ${i % 500},${(random() * 180 - 90).toFixed(4)},${(random() * 360 - 180).toFixed(4)},https://example.org/obs/${i + 1}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const { rows: sizes, runs, browser: inBrowser, build } = options();
const csvs = new Map<number, string>();
/** The same events as a `sourceline/1` store, for the baseline in the browser. */
const stores = new Map<number, string>();
process.stdout.write(`In Node (${process.version}):\n`);
for (const rows of sizes) {
  const csv = syntheticCsv(rows);
  csvs.set(rows, csv);
  const convertMs: number[] = [];
  const validateMs: number[] = [];
  let events = 0;
  for (let run = 0; run < runs; run++) {
    const t0 = performance.now();
    const outcome = convertText(csv, { fallbackTitle: 'measure' });
    const t1 = performance.now();
    if (outcome.kind !== 'store') throw new Error(`not converted: ${outcome.kind}`);
    if (run === 0)
      stores.set(rows, JSON.stringify({ ...outcome.store, title: `observations-${rows}` }));
    const result = validateStore(JSON.parse(JSON.stringify(outcome.store)));
    const t2 = performance.now();
    if (!result.ok) throw new Error('refused by the validator');
    events = result.store.events.length;
    convertMs.push(t1 - t0);
    validateMs.push(t2 - t1);
  }
  const total = convertMs.map((ms, i) => ms + validateMs[i]!);
  process.stdout.write(
    `  ${rows} rows (${(csv.length / 1024 / 1024).toFixed(1)} MB, ${events} events): parse+convert ${median(convertMs).toFixed(0)} ms, validate ${median(validateMs).toFixed(0)} ms, total ${median(total).toFixed(0)} ms (median of ${runs})\n`,
  );
}

if (inBrowser) await measureInBrowser();

async function measureInBrowser() {
  if (build) {
    process.stdout.write('Building the app into bench-results/dist…\n');
    const result = spawnSync(
      'npx',
      ['vite', 'build', '--outDir', 'bench-results/dist', '--emptyOutDir', '--logLevel', 'warn'],
      { cwd: ROOT, stdio: 'inherit' },
    );
    if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status})`);
  }
  const load = loadavg()[0]!;
  process.stdout.write(
    `In Chromium, the built app at 1440×960 (load ${load.toFixed(1)} on ${cpus().length} cores${load > cpus().length * 0.75 ? ': busy, timings will be noisy' : ''}):\n`,
  );
  const server = await startStaticServer(DIST);
  const folder = mkdtempSync(join(tmpdir(), 'measure-import-'));
  const browser = await chromium.launch(chromiumLaunchOptions());
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  try {
    for (const rows of sizes) {
      const csv = csvs.get(rows)!;
      const title = `observations-${rows}`;
      const file = join(folder, `${title}.csv`);
      writeFileSync(file, csv);
      const measured: ImportRun[] = [];
      for (let run = 1; run <= runs; run++) {
        const result = await measureImportRun(
          browser,
          `${server.url}/`,
          file,
          { title, events: rows },
          CAP_MS,
        );
        measured.push(result);
        process.stdout.write(
          `  ${rows} rows, run ${run}/${runs}: dialog ${s(result.dialogMs)} · first events ${s(result.drawnMs)} · total ${s(result.totalMs)} · whole store ${s(result.wholeMs)} · longest frame ${result.longestFrameMs.toFixed(0)} ms (LoAF ${result.longestLoafMs.toFixed(0)} ms: ${result.longestLoafScripts.slice(0, 2).join('; ') || 'no script'})\n`,
        );
      }
      const jsonFile = join(folder, `${title}.json`);
      writeFileSync(jsonFile, stores.get(rows)!);
      const opened: OpenRun[] = [];
      for (let run = 1; run <= runs; run++) {
        const result = await measureOpenRun(
          browser,
          `${server.url}/`,
          jsonFile,
          { title, events: rows },
          CAP_MS,
        );
        opened.push(result);
        process.stdout.write(
          `  the same ${rows} events as sourceline/1 JSON, run ${run}/${runs}: whole store ${s(result.wholeMs)} · longest frame ${result.longestFrameMs.toFixed(0)} ms (LoAF ${result.longestLoafMs.toFixed(0)} ms: ${result.longestLoafScripts.slice(0, 2).join('; ') || 'no script'})\n`,
        );
      }
      const m = (pick: (run: ImportRun) => number) => median(measured.map(pick));
      const o = (pick: (run: OpenRun) => number) => median(opened.map(pick));
      const importLongest = m((r) => r.longestFrameMs);
      const openLongest = o((r) => r.longestFrameMs);
      process.stdout.write(
        `  ${rows} rows, median of ${runs}: file chosen → Import dialog ready ${s(m((r) => r.dialogMs))}; Import → first events drawn ${s(m((r) => r.drawnMs))}; file to first events (both) ${s(m((r) => r.totalMs))}; Import → whole store on screen ${s(m((r) => r.wholeMs))}; longest frame ${m((r) => r.longestFrameMs).toFixed(0)} ms (max of runs ${Math.max(...measured.map((r) => r.longestFrameMs)).toFixed(0)} ms), longest LoAF ${m((r) => r.longestLoafMs).toFixed(0)} ms\n`,
      );
      process.stdout.write(
        `  ${rows} rows, the import's longest frame against opening the same events as JSON (median of ${runs} each): ${importLongest.toFixed(0)} ms vs ${openLongest.toFixed(0)} ms (${(importLongest / openLongest).toFixed(2)}×); whole store on screen, from the file chosen: import ${s(m((r) => r.dialogMs + r.wholeMs))} vs JSON ${s(o((r) => r.wholeMs))}\n`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
