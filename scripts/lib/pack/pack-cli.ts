/**
 * `npm run pack -- <store.json|file.csv|…> --out DIR [--date-order dmy|mdy] [--json]`: checks
 * a store with the app's validator (invalid items are dropped and listed, as on load) and
 * writes it as a packed store (docs/store-format.md, "Packed stores").
 */
import { isAbsolute, resolve } from 'node:path';
import { describeProblem } from '../../../src/format/problems.ts';
import { readCommandLine, UsageError } from '../cli-args.ts';
import { PackInputError, readStoreToPack } from './read-input.ts';
import { writePack } from './write-pack.ts';

export const PACK_USAGE =
  'usage: npm run pack -- <store.json | file.csv | timeline.json | …> --out DIR [--date-order dmy|mdy] [--rows-per-group N] [--json]';

const OPTIONS = {
  out: { type: 'string' },
  'date-order': { type: 'string' },
  'rows-per-group': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Problems listed in full up to this many; the rest are counted. */
const LISTED_PROBLEMS = 20;

export async function runPackCli(argv: readonly string[], cwd = process.cwd()): Promise<CliResult> {
  try {
    const line = readCommandLine(argv, OPTIONS, { positionals: true, stopAt: 'help' });
    if (line === 'stopped') return { exitCode: 0, stdout: `${PACK_USAGE}\n`, stderr: '' };
    const { values, positionals } = line;
    if (positionals.length !== 1) throw new UsageError('one input file is needed');
    if (values.out === undefined) throw new UsageError('--out DIR is required');
    const order = values['date-order'];
    if (order !== undefined && order !== 'dmy' && order !== 'mdy') {
      throw new UsageError(`--date-order must be dmy or mdy, not ${order}`);
    }
    const rowsText = values['rows-per-group'];
    const rowsPerGroup = rowsText === undefined ? undefined : Number(rowsText);
    if (rowsPerGroup !== undefined && !(Number.isInteger(rowsPerGroup) && rowsPerGroup > 0)) {
      throw new UsageError(`--rows-per-group must be a positive whole number, not ${rowsText}`);
    }
    const at = (path: string) => (isAbsolute(path) ? path : resolve(cwd, path));
    const began = performance.now();
    const store = await readStoreToPack(at(positionals[0]!), order ? { dateOrder: order } : {});
    const { manifest, dir } = await writePack(
      store,
      at(values.out),
      rowsPerGroup === undefined ? {} : { rowsPerGroup },
    );
    const seconds = (performance.now() - began) / 1000;
    const problems = store.totals.problems;
    if (values.json) {
      return {
        exitCode: 0,
        stdout: `${JSON.stringify({ dir, manifest, problems, seconds }, null, 2)}\n`,
        stderr: '',
      };
    }
    const lines = [
      `packed ${manifest.counts.events.toLocaleString('en-US')} events, ${manifest.counts.actors} actors, ${manifest.counts.sources} sources → ${dir} (${seconds.toFixed(1)} s)`,
      ...Object.entries(manifest.files).map(
        ([role, file]) =>
          `  ${file.path}: ${file.rows.toLocaleString('en-US')} rows, ${(file.bytes / 1024).toFixed(1)} KB (${role})`,
      ),
    ];
    const dropped = store.totals.dropped;
    if (dropped.events + dropped.actors + dropped.sources > 0) {
      lines.push(
        `dropped: ${dropped.events} events, ${dropped.actors} actors, ${dropped.sources} sources`,
      );
    }
    for (const problem of problems.slice(0, LISTED_PROBLEMS)) {
      lines.push(`  ${describeProblem(problem)}`);
    }
    if (problems.length > LISTED_PROBLEMS) {
      lines.push(`  … and ${problems.length - LISTED_PROBLEMS} more (--json lists them all)`);
    }
    return { exitCode: 0, stdout: `${lines.join('\n')}\n`, stderr: '' };
  } catch (error) {
    if (error instanceof UsageError) {
      return { exitCode: 2, stdout: '', stderr: `pack: ${error.message}\n${PACK_USAGE}\n` };
    }
    if (error instanceof PackInputError) {
      return { exitCode: 1, stdout: '', stderr: `pack: ${error.message}\n` };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { exitCode: 1, stdout: '', stderr: `pack: ${message}\n` };
  }
}
