/** The arguments of `npm run bench`, checked: the bench itself is run-bench.ts. */
import { UsageError, readCommandLine, wholeNumber } from '../lib/cli-args.ts';

export const BENCH_USAGE =
  'usage: npm run bench -- [--sizes 18,1000,20000,100000] [--runs 5] [--no-build] [--seed 1] [--cap 60] [--no-baseline] [--map-sizes 100000] [--no-map]';

/**
 * 18 is the app's default store itself (public/data/events.json, opened without `?store=`);
 * the other sizes are generated.
 */
export const DEFAULT_SIZES: readonly number[] = [18, 1000, 20_000, 100_000];

/** The map's case (issue 17): generated stores whose every event has a place. */
export const DEFAULT_MAP_SIZES: readonly number[] = [100_000];

export interface BenchArgs {
  sizes: number[];
  runs: number;
  build: boolean;
  baseline: boolean;
  seed: number;
  capSeconds: number;
  /** Sizes of the map's case; empty with --no-map. */
  mapSizes: number[];
}

const OPTIONS = {
  sizes: { type: 'string' },
  runs: { type: 'string' },
  seed: { type: 'string' },
  cap: { type: 'string' },
  'no-build': { type: 'boolean' },
  'no-baseline': { type: 'boolean' },
  'map-sizes': { type: 'string' },
  'no-map': { type: 'boolean' },
} as const;

/** Throws a UsageError with a readable message when the arguments are wrong. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const { values } = readCommandLine(argv, OPTIONS);
  const integer = (name: string, text: string) => {
    const n = wholeNumber(text, { thousands: true });
    if (n === null || n < 0) throw new UsageError(`--${name}: not a whole number: ${text}`);
    return n;
  };
  const args: BenchArgs = {
    sizes:
      values.sizes === undefined
        ? [...DEFAULT_SIZES]
        : values.sizes.split(',').map((s) => integer('sizes', s.trim())),
    runs: values.runs === undefined ? 5 : Math.max(1, integer('runs', values.runs)),
    build: !values['no-build'],
    baseline: !values['no-baseline'],
    seed: values.seed === undefined ? 1 : integer('seed', values.seed),
    capSeconds: values.cap === undefined ? 60 : Math.max(5, integer('cap', values.cap)),
    mapSizes: values['no-map']
      ? []
      : values['map-sizes'] === undefined
        ? [...DEFAULT_MAP_SIZES]
        : values['map-sizes'].split(',').map((s) => integer('map-sizes', s.trim())),
  };
  if (args.mapSizes.some((n) => n < 1)) {
    throw new UsageError('--map-sizes needs positive numbers of events');
  }
  if (args.sizes.length === 0 || args.sizes.some((n) => n < 1)) {
    throw new UsageError('--sizes needs positive numbers of events');
  }
  return args;
}
