/**
 * The arguments of `npm run gen:store`, checked: everything else about the command is in
 * scripts/gen-store.ts.
 */
import type { GenStoreOptions } from './synthetic-store/generate';

export const GEN_USAGE =
  'usage: npm run gen:store -- --events N --seed S --out FILE [--pretty] [--start-year Y] [--years N] [--title T]';

export interface GenArgs extends GenStoreOptions {
  out: string;
  pretty: boolean;
}

/** Parses the CLI arguments; throws an Error with a readable message when they are wrong. */
export function parseGenArgs(argv: readonly string[]): GenArgs {
  const values = new Map<string, string>();
  let pretty = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--pretty') {
      pretty = true;
      continue;
    }
    const match = /^--(events|seed|out|start-year|years|title)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unknown argument ${JSON.stringify(arg)}`);
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new Error(`--${match[1]} needs a value`);
    values.set(match[1]!, value);
  }
  const integer = (key: string, fallback?: number): number => {
    const raw = values.get(key);
    if (raw === undefined) {
      if (fallback === undefined) throw new Error(`--${key} is required`);
      return fallback;
    }
    const value = Number(raw.replace(/_/g, ''));
    if (!Number.isSafeInteger(value)) throw new Error(`--${key} must be an integer, not ${raw}`);
    return value;
  };
  const events = integer('events');
  if (events < 0) throw new Error('--events must not be negative');
  const out = values.get('out');
  if (out === undefined) throw new Error('--out is required');
  const startYear = integer('start-year', 2000);
  const years = integer('years', 25);
  if (startYear < 1 || years < 1 || startYear + years > 9999) {
    throw new Error('--start-year and --years must stay within years 0001 to 9999');
  }
  const title = values.get('title');
  return {
    events,
    seed: integer('seed', 1),
    out,
    pretty,
    startYear,
    years,
    ...(title === undefined ? {} : { title }),
  };
}
