/**
 * The arguments of `npm run gen:store`, checked: everything else about the command is in
 * scripts/gen-store.ts. Node only (node:util): kept out of gen-store.ts, which the app's
 * own tests import too.
 */
import { readCommandLine, UsageError, wholeNumber } from './cli-args.ts';
import type { GenStoreOptions } from './synthetic-store/generate.ts';

export const GEN_USAGE =
  'usage: npm run gen:store -- --events N --seed S --out FILE [--pretty] [--start-year Y] [--years N] [--title T]';

export interface GenArgs extends GenStoreOptions {
  out: string;
  pretty: boolean;
}

const OPTIONS = {
  events: { type: 'string' },
  seed: { type: 'string' },
  out: { type: 'string' },
  'start-year': { type: 'string' },
  years: { type: 'string' },
  title: { type: 'string' },
  pretty: { type: 'boolean' },
} as const;

/** Parses the CLI arguments; throws a UsageError with a readable message when they are wrong. */
export function parseGenArgs(argv: readonly string[]): GenArgs {
  const { values } = readCommandLine(argv, OPTIONS);
  const integer = (key: 'events' | 'seed' | 'start-year' | 'years', fallback?: number): number => {
    const raw = values[key];
    if (raw === undefined) {
      if (fallback === undefined) throw new UsageError(`--${key} is required`);
      return fallback;
    }
    const value = wholeNumber(raw);
    if (value === null) throw new UsageError(`--${key} must be an integer, not ${raw}`);
    return value;
  };
  const events = integer('events');
  if (events < 0) throw new UsageError('--events must not be negative');
  const out = values.out;
  if (out === undefined) throw new UsageError('--out is required');
  const startYear = integer('start-year', 2000);
  const years = integer('years', 25);
  if (startYear < 1 || years < 1 || startYear + years > 9999) {
    throw new UsageError('--start-year and --years must stay within years 0001 to 9999');
  }
  const title = values.title;
  return {
    events,
    seed: integer('seed', 1),
    out,
    pretty: values.pretty ?? false,
    startYear,
    years,
    ...(title === undefined ? {} : { title }),
  };
}
