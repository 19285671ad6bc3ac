/**
 * The command-line store validator: `npm run validate -- <file-or-url> [--json]`.
 * It runs the app's own validator (src/format), so the CLI and the app never disagree.
 * Everything here returns its output instead of printing it, so tests can call it directly.
 */
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { UsageError, readCommandLine } from './cli-args.ts';
import {
  type Problem,
  type Severity,
  describeProblemGroup,
  groupProblems,
} from '../../src/format/problems.ts';
import { plural, printable, sectionLines } from './validate-cli-report.ts';
import { MANIFEST_NAME } from '../../src/format/packed/packed-format.ts';
import { packFolderOf, folderIo, urlIo, validatePack } from './validate-pack-cli.ts';
import { detectFormat } from '../../src/format/convert/convert.ts';
import { FORMAT_NAMES } from '../../src/format/convert/import-report.ts';

export { plural, printable, sectionLines };
import {
  MAX_STORE_BYTES,
  type ValidationResult,
  refuseTooLarge,
  validateStoreText,
} from '../../src/format/validate-store.ts';

export const USAGE =
  'usage: npm run validate -- <file-or-url | packed-store-folder | …/manifest.json> [--json]';

/** 0: clean or warnings only; 1: something dropped or the store refused; 2: could not run. */
export type ExitCode = 0 | 1 | 2;

export interface CliOutput {
  exitCode: ExitCode;
  stdout: string;
  stderr: string;
}

/** What the CLI needs from the outside world; tests swap parts of it. */
export interface CliIo {
  /** Relative paths are resolved from here (npm run changes the cwd to the package root). */
  cwd: string;
  stat(path: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
  fetch(url: string): Promise<Response>;
}

export const nodeIo: CliIo = {
  // npm sets INIT_CWD to the directory the command was typed in.
  cwd: process.env.INIT_CWD ?? process.cwd(),
  stat: (path) => stat(path),
  readFile: (path) => readFile(path),
  fetch: (url) => fetch(url),
};

/** A failure to run at all (bad usage, unreadable input): exit 2, message on stderr. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly showUsage = false,
  ) {
    super(message);
  }
}

interface Options {
  target: string;
  json: boolean;
}

function parseCommandLine(argv: readonly string[]): Options | 'help' {
  let read;
  try {
    read = readCommandLine(
      argv,
      { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      { positionals: true, unknown: (argument) => `unknown option ${argument}`, stopAt: 'help' },
    );
  } catch (error) {
    if (error instanceof UsageError) throw new CliError(error.message, true);
    throw error;
  }
  if (read === 'stopped') return 'help';
  const { values, positionals } = read;
  if (positionals.length === 0) throw new CliError('no store given', true);
  if (positionals.length > 1)
    throw new CliError(`one store at a time (got ${positionals.length})`, true);
  return { target: positionals[0]!, json: values.json ?? false };
}

export type Loaded = { text: string; byteLength: number } | { tooLarge: number };

// TextDecoder drops a leading byte-order mark, as the browser's response.text() does, so a
// file saved with a BOM gets the same verdict here as in the app.
const decodeUtf8 = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

/** From a file's bytes to its text; the import CLI's opens archives too, and may wait. */
export type Decode = (bytes: Uint8Array) => string | Promise<string>;

/** Reads a file (the import CLI passes its own, smaller, limit, and its own decoding). */
export async function loadFile(
  target: string,
  io: CliIo,
  limit = MAX_STORE_BYTES,
  decode: Decode = decodeUtf8,
): Promise<Loaded> {
  const path = isAbsolute(target) ? target : resolve(io.cwd, target);
  let info;
  try {
    info = await io.stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT' ? `no such file: ${target}` : `cannot read ${target}: ${String(error)}`,
      code === 'ENOENT',
    );
  }
  if (!info.isFile()) throw new CliError(`not a file: ${target}`, true);
  // Check the size before reading: a huge file is refused without loading it into memory.
  if (info.size > limit) return { tooLarge: info.size };
  const bytes = await io.readFile(path);
  return { text: await decode(bytes), byteLength: bytes.byteLength };
}

export async function loadUrl(
  url: string,
  io: CliIo,
  limit = MAX_STORE_BYTES,
  decode: Decode = decodeUtf8,
): Promise<Loaded> {
  let response: Response;
  try {
    response = await io.fetch(url);
  } catch (error) {
    // Node's fetch says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND…) is the cause.
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = cause?.code ?? cause?.message ?? String(error);
    throw new CliError(`could not fetch ${url}: ${reason}`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new CliError(
      `could not fetch ${url}: HTTP ${response.status} ${response.statusText}`.trimEnd(),
    );
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > limit) {
    await response.body?.cancel();
    return { tooLarge: declared };
  }
  // Count bytes as they arrive: without a Content-Length, this is the only way to stop early.
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  for (;;) {
    const next = await reader?.read();
    if (!next || next.done) break;
    total += next.value.byteLength;
    if (total > limit) {
      await reader!.cancel();
      return { tooLarge: total };
    }
    chunks.push(next.value);
  }
  const bytes = Buffer.concat(chunks);
  return { text: await decode(bytes), byteLength: total };
}

const SECTIONS: readonly [Severity, string][] = [
  ['refused', 'Refused'],
  ['dropped', 'Dropped'],
  ['warning', 'Warnings'],
];

function problemLines(problems: readonly Problem[]): string[] {
  return sectionLines(
    groupProblems(problems),
    SECTIONS,
    (group) => group.problem.severity,
    describeProblemGroup,
    (group) => group.paths.length,
  );
}

function report(target: string, result: ValidationResult): string[] {
  if (!result.ok) {
    return [
      `${target}: refused`,
      ...problemLines(result.problems),
      'refused: nothing from this store can be shown',
    ];
  }
  const { store, dropped, warnings, problems } = result;
  const kept = {
    events: store.events.length,
    actors: store.actors.length,
    sources: store.sources.length,
  };
  const found = (key: keyof typeof kept) => kept[key] + dropped[key];
  const summary = (['events', 'actors', 'sources'] as const).map((key) =>
    dropped[key] > 0
      ? `${key}: ${kept[key]} kept, ${dropped[key]} dropped`
      : `${key}: ${kept[key]} kept`,
  );
  return [
    `${store.title} (${target}): ${plural(found('events'), 'event')}, ${plural(found('actors'), 'actor')}, ${plural(found('sources'), 'source')}`,
    ...(problems.length === 0 ? ['No problems.'] : problemLines(problems)),
    [...summary, plural(warnings, 'warning')].join(' · '),
  ];
}

/** The JSON report: `counts` are the items kept, `dropped` the items left out. */
function jsonReport(result: ValidationResult, exitCode: ExitCode) {
  if (!result.ok) {
    return { ok: false, title: null, counts: null, dropped: null, problems: result.problems };
  }
  const { store } = result;
  return {
    ok: exitCode === 0,
    title: store.title,
    counts: {
      sources: store.sources.length,
      actors: store.actors.length,
      events: store.events.length,
    },
    dropped: result.dropped,
    problems: result.problems,
  };
}

/** A packed store (a folder, or a manifest.json by path or URL): how to read it; else null. */
async function packedTarget(target: string, io: CliIo) {
  if (/^https?:\/\//i.test(target)) {
    return new URL(target).pathname.endsWith(`/${MANIFEST_NAME}`) ? urlIo(target) : null;
  }
  const folder = await packFolderOf(isAbsolute(target) ? target : resolve(io.cwd, target));
  return folder === null ? null : folderIo(folder);
}

export async function runValidateCli(
  argv: readonly string[],
  io: CliIo = nodeIo,
): Promise<CliOutput> {
  try {
    const options = parseCommandLine(argv);
    if (options === 'help') return { exitCode: 0, stdout: `${USAGE}\n`, stderr: '' };
    const { target, json } = options;
    const packed = await packedTarget(target, io);
    if (packed) return { ...(await validatePack(target, packed, json)), stderr: '' };
    const loaded = /^https?:\/\//i.test(target)
      ? await loadUrl(target, io)
      : await loadFile(target, io);
    const result =
      'tooLarge' in loaded
        ? refuseTooLarge(loaded.tooLarge)
        : validateStoreText(loaded.text, loaded.byteLength);
    // Anything not a warning (a refusal, a dropped item, a missing title) fails the check.
    const exitCode: ExitCode = result.problems.some((problem) => problem.severity !== 'warning')
      ? 1
      : 0;
    // A file of another format refused as a store: said what it is, and what converts it, as
    // the app's Open store does ("This is a TimelineJS JSON file…").
    const detected = !result.ok && 'text' in loaded ? detectFormat(loaded.text) : null;
    const hint =
      detected === null || detected === 'sourceline'
        ? []
        : [
            `this looks like a ${FORMAT_NAMES[detected]} file: convert it with npm run import -- ${target}`,
          ];
    const stdout = json
      ? `${JSON.stringify(jsonReport(result, exitCode), null, 2)}\n`
      : `${[...report(target, result), ...hint].map(printable).join('\n')}\n`;
    return { exitCode, stdout, stderr: '' };
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    const usage = error.showUsage ? `${USAGE}\n` : '';
    return { exitCode: 2, stdout: '', stderr: `error: ${printable(error.message)}\n${usage}` };
  }
}
