/**
 * Command-line arguments for the project's scripts, read with node:util's parseArgs: it
 * splits `--name value`, `--name=value`, `-h` and positionals. It runs non-strict so that
 * each script keeps its own messages: the checks Node would make in strict mode (unknown
 * options, a flag given a value, an option without one) are made here, on parseArgs' tokens,
 * in the order the arguments were typed.
 */
import { parseArgs } from 'node:util';

/** Bad usage: the scripts print the message and their usage line, and exit 2. */
export class UsageError extends Error {}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
}

export type OptionValues<O extends Record<string, OptionSpec>> = {
  [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string;
};

export interface CommandLine<O extends Record<string, OptionSpec>> {
  values: OptionValues<O>;
  positionals: string[];
}

export interface ReadOptions {
  /** Positional arguments allowed (else each is an unknown argument). */
  positionals?: boolean;
  /** The message for an argument that is not one of the options, as typed. */
  unknown?: (argument: string) => string;
  /** An option that ends the reading at once when met before anything wrong (help). */
  stopAt?: string;
}

const unknownArgument = (argument: string) => `unknown argument ${JSON.stringify(argument)}`;

/**
 * Reads `argv` against `options`. A later option overrides an earlier one. Throws a
 * UsageError at the first argument that is wrong: not an option (or a positional where none
 * are allowed), a flag with `=value`, flags run together (`-hx`), an option with no value
 * at the end. A string option takes the next argument as its value whatever it looks like,
 * so `--seed -3` works. `--` ends the options; what follows is positional.
 */
export function readCommandLine<const O extends Record<string, OptionSpec>>(
  argv: readonly string[],
  options: O,
  read?: ReadOptions & { stopAt?: undefined },
): CommandLine<O>;
export function readCommandLine<const O extends Record<string, OptionSpec>>(
  argv: readonly string[],
  options: O,
  read: ReadOptions & { stopAt: string },
): CommandLine<O> | 'stopped';
export function readCommandLine<const O extends Record<string, OptionSpec>>(
  argv: readonly string[],
  options: O,
  { positionals: allowPositionals = false, unknown = unknownArgument, stopAt }: ReadOptions = {},
): CommandLine<O> | 'stopped' {
  const { tokens } = parseArgs({
    args: [...argv],
    options: options as Record<string, OptionSpec>,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      if (!allowPositionals) throw new UsageError(unknown(token.value));
      positionals.push(token.value);
      continue;
    }
    const typed = argv[token.index]!;
    const spec = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (spec === undefined) throw new UsageError(unknown(typed));
    if (spec.type === 'boolean') {
      // `-hx` gives a token for -h too, at the same index: only the argument as typed counts.
      if (typed !== token.rawName) throw new UsageError(unknown(typed));
      if (token.name === stopAt) return 'stopped';
      values[token.name] = true;
      continue;
    }
    if (typed !== token.rawName && !(token.inlineValue && typed.startsWith(`${token.rawName}=`))) {
      throw new UsageError(unknown(typed));
    }
    if (token.value === undefined) throw new UsageError(`${token.rawName} needs a value`);
    values[token.name] = token.value;
  }
  return { values: values as OptionValues<O>, positionals };
}

/**
 * A whole number as the scripts accept it: digits with optional `_` separators (and, where
 * `thousands` allows it, a trailing `k`: 10k).
 */
export function wholeNumber(text: string, { thousands = false } = {}): number | null {
  let cleaned = text.replace(/_/g, '');
  if (thousands) cleaned = cleaned.replace(/k$/i, '000');
  const n = Number(cleaned);
  return Number.isSafeInteger(n) ? n : null;
}
