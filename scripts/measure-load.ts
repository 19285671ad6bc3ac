/**
 * `npm run measure:load [-- --runs N]`: how long the loading pipeline takes once the bytes
 * are in, for generated stores of 1,000, 10,000 and 100,000 events: JSON.parse, then
 * validateStore (what the store worker does), then buildStoreIndex and buildTimeIndex (what
 * the page does with the result: its index, then the timeline's lanes of it). Each size is generated with lib/gen-store.ts into a temp folder, read
 * once, run once untimed (its total is shown as "first run": the first one pays for JIT
 * warm-up, as every load in a fresh store worker does), then timed over several runs; the
 * table shows the median of each step over those runs.
 *
 * This measures the code, in Node, on one thread; the app runs the same steps in a Web
 * Worker and on the page, plus the transfer between them (see npm run bench for that).
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeProblem } from '../src/format/problems.ts';
import { validateStore } from '../src/format/validate-store.ts';
import { buildStoreIndex } from '../src/lib/store-index.ts';
import { buildTimeIndex } from '../src/lib/time-index.ts';
import { generateStore } from './lib/gen-store.ts';
import { UsageError } from './lib/cli-args.ts';
import { MEASURE_LOAD_USAGE, parseMeasureLoadArgs } from './lib/measure-args.ts';
import { writeStoreFile } from './lib/write-store-file.ts';

const SIZES = [1_000, 10_000, 100_000];
const SEED = 1;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Row {
  events: number;
  megabytes: number;
  parse: number;
  validate: number;
  index: number;
  timeIndex: number;
  total: number;
  first: number;
}

/** One run of the four steps, each timed. */
function timeOnce(text: string, events: number) {
  const t0 = performance.now();
  const data: unknown = JSON.parse(text);
  const t1 = performance.now();
  const result = validateStore(data);
  const t2 = performance.now();
  if (!result.ok || result.store.events.length !== events) {
    const problems = result.problems.slice(0, 5).map(describeProblem).join('\n  ');
    throw new Error(`the generated store of ${events} events did not validate:\n  ${problems}`);
  }
  const index = buildStoreIndex(result.store);
  const t3 = performance.now();
  if (index.events.length !== events) throw new Error('the index lost events');
  const lanes = buildTimeIndex(index, index.events, 'actors');
  const t4 = performance.now();
  if (lanes.events.length !== events) throw new Error('the time index lost events');
  return { parse: t1 - t0, validate: t2 - t1, index: t3 - t2, timeIndex: t4 - t3, total: t4 - t0 };
}

function formatTable(rows: readonly Row[], runs: number): string {
  const ms = (value: number) => (value < 10 ? value.toFixed(1) : Math.round(value).toString());
  const header = [
    'events',
    'size (MB)',
    'JSON.parse',
    'validateStore',
    'buildStoreIndex',
    'buildTimeIndex',
    'total',
    'first run',
  ];
  const body = rows.map((row) => [
    row.events.toLocaleString('en-US'),
    row.megabytes.toFixed(1),
    ms(row.parse),
    ms(row.validate),
    ms(row.index),
    ms(row.timeIndex),
    ms(row.total),
    ms(row.first),
  ]);
  const widths = header.map((cell, i) =>
    Math.max(cell.length, ...body.map((line) => line[i]!.length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  return [
    `Median of ${runs} runs after a first, untimed one, in milliseconds (Node ${process.version}):`,
    '',
    line(header),
    `|${widths.map((width, i) => (i === 0 ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`,
    ...body.map(line),
  ].join('\n');
}

async function main(runs: number): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'sourceline-measure-'));
  try {
    const rows: Row[] = [];
    for (const events of SIZES) {
      const file = join(dir, `store-${events}.json`);
      process.stderr.write(`${events.toLocaleString('en-US')} events: generating… `);
      await writeStoreFile(file, generateStore({ events, seed: SEED }));
      const text = readFileSync(file, 'utf8');
      process.stderr.write('timing… ');
      const first = timeOnce(text, events).total;
      const samples = Array.from({ length: runs }, () => timeOnce(text, events));
      process.stderr.write('done\n');
      rows.push({
        events,
        megabytes: Buffer.byteLength(text) / (1024 * 1024),
        parse: median(samples.map((sample) => sample.parse)),
        validate: median(samples.map((sample) => sample.validate)),
        index: median(samples.map((sample) => sample.index)),
        timeIndex: median(samples.map((sample) => sample.timeIndex)),
        total: median(samples.map((sample) => sample.total)),
        first,
      });
    }
    console.log(formatTable(rows, runs));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

try {
  await main(parseMeasureLoadArgs(process.argv.slice(2)).runs);
} catch (error) {
  console.error(`measure:load: ${error instanceof Error ? error.message : String(error)}`);
  if (error instanceof UsageError) console.error(MEASURE_LOAD_USAGE);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
