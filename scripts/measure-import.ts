/**
 * `npm run measure:import -- [--rows 10000,100000] [--runs 5]`: the median time to parse,
 * convert and validate a CSV of each size, with the code the app's import worker runs.
 * The CSV is synthetic (seeded): a date, a title, a description, two actors, a place and a link per row.
 */
import { performance } from 'node:perf_hooks';
import { UsageError, readCommandLine, wholeNumber } from './lib/cli-args.ts';
import { convertText } from '../src/format/convert/convert.ts';
import { validateStore } from '../src/format/validate-store.ts';

const USAGE = 'usage: npm run measure:import -- [--rows 10000,100000] [--runs 5]';

function options() {
  try {
    const { values } = readCommandLine(process.argv.slice(2), {
      rows: { type: 'string' },
      runs: { type: 'string' },
    });
    const rows = (values.rows ?? '10000,100000')
      .split(',')
      .map((n) => wholeNumber(n, { thousands: true }));
    const runs = wholeNumber(values.runs ?? '5');
    if (rows.some((n) => n === null || n < 1) || runs === null || runs < 1)
      throw new UsageError('--rows and --runs take positive whole numbers');
    return { rows: rows as number[], runs };
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

const { rows: sizes, runs } = options();
for (const rows of sizes) {
  const csv = syntheticCsv(rows);
  const convertMs: number[] = [];
  const validateMs: number[] = [];
  let events = 0;
  for (let run = 0; run < runs; run++) {
    const t0 = performance.now();
    const outcome = convertText(csv, { fallbackTitle: 'measure' });
    const t1 = performance.now();
    if (outcome.kind !== 'store') throw new Error(`not converted: ${outcome.kind}`);
    const result = validateStore(JSON.parse(JSON.stringify(outcome.store)));
    const t2 = performance.now();
    if (!result.ok) throw new Error('refused by the validator');
    events = result.store.events.length;
    convertMs.push(t1 - t0);
    validateMs.push(t2 - t1);
  }
  const total = convertMs.map((ms, i) => ms + validateMs[i]!);
  process.stdout.write(
    `${rows} rows (${(csv.length / 1024 / 1024).toFixed(1)} MB, ${events} events): parse+convert ${median(convertMs).toFixed(0)} ms, validate ${median(validateMs).toFixed(0)} ms, total ${median(total).toFixed(0)} ms (median of ${runs})\n`,
  );
}
