/** The arguments of `npm run bench`, checked: the bench itself is run-bench.ts. */
import { UsageError, readCommandLine, wholeNumber } from '../lib/cli-args.ts';

export const BENCH_USAGE =
  'usage: npm run bench -- [--sizes 18,1000,20000,100000] [--packed 1000000] [--packs-dir DIR] [--runs 5] [--no-build] [--seed 1] [--cap 60] [--no-baseline] [--against vis-timeline|no-evidence] [--against-dist DIR] [--window FROM,TO] [--map-sizes 100000] [--no-map]';

/**
 * Packed stores (`sourceline/1+parquet`) measured after the JSON sizes, when asked for
 * (`--packed 1000000`): generated and packed once into bench-results/data; the first
 * 1,000,000-event pack takes many minutes, so a plain `npm run bench` does not.
 */
export const DEFAULT_PACKED: readonly number[] = [];

/**
 * 18 is the app's default store itself (public/data/events.json, opened without `?store=`);
 * the other sizes are generated.
 */
export const DEFAULT_SIZES: readonly number[] = [18, 1000, 20_000, 100_000];

/**
 * What the app is compared with: plain vis-timeline given every event (the default), or the
 * app itself on the same generated store without its evidence fields (statuses, related
 * events, stances, locators, archives), to show what those fields cost.
 */
export const AGAINST = ['vis-timeline', 'no-evidence'] as const;
export type Against = (typeof AGAINST)[number];

/** The map's case (issue 17): generated stores whose every event has a place. */
export const DEFAULT_MAP_SIZES: readonly number[] = [100_000];

export interface BenchArgs {
  sizes: number[];
  packed: number[];
  /** Where packs are made once and kept (--packs-dir; bench-results/data/packs by default). */
  packsDir?: string;
  runs: number;
  build: boolean;
  baseline: boolean;
  seed: number;
  capSeconds: number;
  against: Against;
  /** Sizes of the map's case; empty with --no-map. */
  mapSizes: number[];
  /**
   * `--against-dist DIR`: the other page is another build of the app (an earlier commit's
   * `vite build`), on the same stores, so that a change is measured against what it changed.
   */
  againstDist: string | null;
  /**
   * `--window FROM,TO`: both pages open at this window (the link's `from` and `to`) instead
   * of their own first view, so that builds whose first views differ are compared at the same
   * window. Dates as in a link (2025-04-01, or an instant). Null: each page's own first view.
   */
  window: { from: string; to: string } | null;
}

const OPTIONS = {
  sizes: { type: 'string' },
  packed: { type: 'string' },
  'packs-dir': { type: 'string' },
  runs: { type: 'string' },
  seed: { type: 'string' },
  cap: { type: 'string' },
  'no-build': { type: 'boolean' },
  'no-baseline': { type: 'boolean' },
  against: { type: 'string' },
  'map-sizes': { type: 'string' },
  'against-dist': { type: 'string' },
  'no-map': { type: 'boolean' },
  window: { type: 'string' },
} as const;

/** A date or instant as a link writes it (url-codec.ts formatInstant); the app checks the rest. */
const LINK_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?Z)?$/;

function parseWindow(text: string): { from: string; to: string } {
  const parts = text.split(',').map((part) => part.trim());
  if (parts.length !== 2 || !parts.every((part) => LINK_DATE.test(part)))
    throw new UsageError(
      `--window: two dates FROM,TO as in a link (2025-04-01,2025-05-01), not ${text}`,
    );
  return { from: parts[0]!, to: parts[1]! };
}

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
    packed:
      values.packed === undefined
        ? [...DEFAULT_PACKED]
        : values.packed === 'none'
          ? []
          : values.packed.split(',').map((s) => integer('packed', s.trim())),
    ...(values['packs-dir'] === undefined ? {} : { packsDir: values['packs-dir'] }),
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
    against: (values.against ?? 'vis-timeline') as Against,
    againstDist: values['against-dist'] ?? null,
    window: values.window === undefined ? null : parseWindow(values.window),
  };
  if (args.againstDist !== null && values.against !== undefined) {
    throw new UsageError('--against-dist names the other page itself: leave out --against');
  }
  if (!AGAINST.includes(args.against)) {
    throw new UsageError(`--against: one of ${AGAINST.join(', ')}, not ${values.against}`);
  }
  if (args.mapSizes.some((n) => n < 1)) {
    throw new UsageError('--map-sizes needs positive numbers of events');
  }
  if (args.sizes.length === 0 || args.sizes.some((n) => n < 1)) {
    throw new UsageError('--sizes needs positive numbers of events');
  }
  return args;
}
