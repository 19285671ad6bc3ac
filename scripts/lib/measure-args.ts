/** The arguments of `npm run measure:load` and `npm run measure:search`, checked. */
import { UsageError, readCommandLine } from './cli-args.ts';

export const MEASURE_LOAD_USAGE = 'usage: npm run measure:load -- [--runs N]';
export const MEASURE_SEARCH_USAGE = 'usage: tsx scripts/measure-search.ts FILE [--runs N]';

const RUNS = { runs: { type: 'string' } } as const;

function runsOf(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const runs = Number(text);
  if (!Number.isInteger(runs) || runs < 1) {
    throw new UsageError(`--runs needs a positive integer, not ${text}`);
  }
  return runs;
}

/** `[--runs N]`, 5 by default. */
export function parseMeasureLoadArgs(argv: readonly string[]): { runs: number } {
  const { values } = readCommandLine(argv, RUNS);
  return { runs: runsOf(values.runs, 5) };
}

/** `FILE [--runs N]`, 3 runs by default. */
export function parseMeasureSearchArgs(argv: readonly string[]): { file: string; runs: number } {
  const { values, positionals } = readCommandLine(argv, RUNS, { positionals: true });
  if (positionals.length === 0) throw new UsageError('no store given');
  if (positionals.length > 1)
    throw new UsageError(`one store at a time (got ${positionals.length})`);
  return { file: positionals[0]!, runs: runsOf(values.runs, 3) };
}
