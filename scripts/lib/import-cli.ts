/**
 * `npm run import -- <file-or-url> [--from auto|csv|timelinejs|timemap|timemapjs|simile|kml|feed|geojson]
 * [--map field=column,…] [--date-order dmy|mdy] [--out store.json] [--json]`: turns a
 * TimelineJS, SIMILE, timemap or CSV/TSV file into a `sourceline/1` store with the app's own
 * converters (src/format/convert), then checks the result with the app's validator. Returns
 * its output rather than printing it, so tests call it directly.
 */
import { fetchAddress } from '../../src/format/convert/fetch-address';
import { writeFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { UsageError, readCommandLine } from './cli-args.ts';
import {
  CliError,
  type CliIo,
  type Loaded,
  loadFile,
  loadUrl,
  nodeIo,
  plural,
  printable,
  sectionLines,
} from './validate-cli.ts';
import {
  IMPORT_FORMATS,
  MAX_IMPORT_BYTES,
  convertText,
  titleFromFileName,
} from '../../src/format/convert/convert.ts';
import {
  ImportReadError,
  type ImportText,
  readImportBytes,
} from '../../src/format/convert/read-import-bytes.ts';
import { listRows } from '../../src/format/convert/import-dates.ts';
import {
  formatName,
  type ImportNote,
  type NoteKind,
  countNotes,
  droppedCounts,
  describeNote,
  englishImportWords,
  groupNotes,
} from '../../src/format/convert/import-report.ts';
import {
  type ConvertOptions,
  type FieldMapping,
  IMPORT_FIELDS,
  isImportField,
} from '../../src/format/convert/outcome.ts';
import { describeProblemGroup, groupProblems } from '../../src/format/problems.ts';
import { validateStore } from '../../src/format/validate-store.ts';

export const USAGE =
  'usage: npm run import -- <file-or-url> [--from auto|csv|timelinejs|timemap|timemapjs|simile|kml|feed|geojson] [--map field=column,…] [--date-order dmy|mdy] [--out store.json] [--json]';

export type ExitCode = 0 | 1 | 2;

export interface ImportCliIo extends CliIo {
  writeFile(path: string, text: string): Promise<void>;
}

export const nodeImportIo: ImportCliIo = {
  ...nodeIo,
  writeFile: (path, text) => writeFile(path, text),
};

const FROM = ['auto', ...IMPORT_FORMATS] as const;

interface Options {
  target: string;
  from: (typeof FROM)[number];
  mapping?: FieldMapping;
  dateOrder?: 'dmy' | 'mdy';
  out?: string;
  json: boolean;
}

/** "date=When,title=What happened" → { date: 'When', title: 'What happened' } */
export function parseMapping(text: string): FieldMapping {
  const mapping: FieldMapping = {};
  for (const pair of text.split(',')) {
    const at = pair.indexOf('=');
    const field = pair.slice(0, at).trim();
    const column = pair.slice(at + 1).trim();
    if (at < 0 || column === '')
      throw new CliError(`--map takes field=column pairs, not ${JSON.stringify(pair)}`, true);
    if (!isImportField(field)) {
      throw new CliError(
        `--map: unknown field ${JSON.stringify(field)} (fields: ${IMPORT_FIELDS.join(', ')})`,
        true,
      );
    }
    mapping[field] = column;
  }
  return mapping;
}

function parseCommandLine(argv: readonly string[]): Options | 'help' {
  let read;
  try {
    read = readCommandLine(
      argv,
      {
        from: { type: 'string' },
        map: { type: 'string' },
        'date-order': { type: 'string' },
        out: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      { positionals: true, unknown: (argument) => `unknown option ${argument}`, stopAt: 'help' },
    );
  } catch (error) {
    if (error instanceof UsageError) throw new CliError(error.message, true);
    throw error;
  }
  if (read === 'stopped') return 'help';
  const { values, positionals } = read;
  if (positionals.length === 0) throw new CliError('no file given', true);
  if (positionals.length > 1)
    throw new CliError(`one file at a time (got ${positionals.length})`, true);
  const from = values.from ?? 'auto';
  if (!(FROM as readonly string[]).includes(from)) {
    throw new CliError(`--from takes one of ${FROM.join(', ')}, not ${JSON.stringify(from)}`, true);
  }
  const order = values['date-order'];
  if (order !== undefined && order !== 'dmy' && order !== 'mdy') {
    throw new CliError(`--date-order takes dmy or mdy, not ${JSON.stringify(order)}`, true);
  }
  return {
    target: positionals[0]!,
    from: from as Options['from'],
    ...(values.map === undefined ? {} : { mapping: parseMapping(values.map) }),
    ...(order === undefined ? {} : { dateOrder: order }),
    ...(values.out === undefined ? {} : { out: values.out }),
    json: values.json ?? false,
  };
}

const HEADINGS: [NoteKind, string][] = [
  ['mapped', 'Mapped'],
  ['guessed', 'Guessed'],
  ['dropped', 'Dropped'],
  ['warned', 'Warnings'],
];

function noteLines(notes: readonly ImportNote[]): string[] {
  const count = (note: ImportNote) => note.places ?? 1;
  // A note grouped over different values shows a few of them (englishImportWords.note).
  const line = (note: ImportNote) => describeNote(englishImportWords.note(note));
  return sectionLines(groupNotes(notes), HEADINGS, (note) => note.kind, line, count);
}

export async function runImportCli(
  argv: readonly string[],
  io: ImportCliIo = nodeImportIo,
): Promise<{ exitCode: ExitCode; stdout: string; stderr: string }> {
  let json = false;
  try {
    const options = parseCommandLine(argv);
    if (options === 'help') return { exitCode: 0, stdout: `${USAGE}\n`, stderr: '' };
    json = options.json;
    const { target } = options;
    const fromAddress = /^https?:\/\//i.test(target);
    // A Google Sheet's page, or a TimelineJS embed, is HTML for people: its data is read.
    const address = fromAddress ? (await fetchAddress(target)).url : target;
    // What reading the bytes did (a KMZ or a workbook opened), kept beside the text the loaders return.
    let read: ImportText | ImportReadError = { text: '', notes: [] };
    const decode = async (bytes: Uint8Array) => {
      try {
        read = await readImportBytes(bytes);
      } catch (error) {
        if (!(error instanceof ImportReadError)) throw error;
        read = error;
      }
      return read instanceof ImportReadError ? '' : read.text;
    };
    const loaded: Loaded = fromAddress
      ? await loadUrl(address, io, MAX_IMPORT_BYTES, decode)
      : await loadFile(target, io, MAX_IMPORT_BYTES, decode);
    const fail = (message: string, notes: readonly ImportNote[] = [], extra: object = {}) => {
      const stderr = [`${target}: ${message}`, ...noteLines(notes)].map(printable).join('\n');
      return json
        ? {
            exitCode: 1 as const,
            stdout: `${JSON.stringify({ ok: false, message, notes, groups: groupNotes(notes), ...extra }, null, 2)}\n`,
            stderr: '',
          }
        : { exitCode: 1 as const, stdout: '', stderr: `${stderr}\n` };
    };
    if ('tooLarge' in loaded) {
      return fail(
        `refused: ${loaded.tooLarge} bytes is more than the ${MAX_IMPORT_BYTES} bytes an import may be (its store must stay within the store size limit)`,
      );
    }
    if (read instanceof ImportReadError) return fail(`refused: ${read.message}`);
    const convertOptions: ConvertOptions = {
      ...(options.from === 'auto' ? {} : { from: options.from }),
      ...(options.mapping ? { mapping: options.mapping } : {}),
      ...(options.dateOrder ? { dateOrder: options.dateOrder } : {}),
      fallbackTitle: titleFromFileName(target.replace(/[?#].*$/, '')),
      // A file's relative links are read against the address it came from.
      ...(fromAddress ? { baseUrl: address } : {}),
      readNotes: read.notes,
      ...(read.container ? { container: read.container } : {}),
    };
    const outcome = convertText(loaded.text, convertOptions);
    if (outcome.table && options.mapping) {
      const unknown = Object.values(options.mapping).filter(
        (column) =>
          column !== null && column !== undefined && !outcome.table!.columns.includes(column),
      );
      if (unknown.length > 0) {
        throw new CliError(
          `--map: no column ${unknown.map((c) => JSON.stringify(c)).join(', ')} (columns: ${outcome.table.columns.join(', ')})`,
          true,
        );
      }
    }
    if (outcome.kind === 'refused') {
      const map = outcome.missing ? `; name the column with --map ${outcome.missing}=COLUMN` : '';
      return fail(`refused: ${outcome.message}${map}`, outcome.notes ?? []);
    }
    if (outcome.kind === 'ask-date-order') {
      return fail(
        `refused: the day/month order of the dates cannot be told (${listRows(outcome.rows, outcome.unit)}); run again with --date-order dmy or --date-order mdy`,
        [],
        { rows: outcome.rows, unit: outcome.unit },
      );
    }
    const { store, report } = outcome;
    // The converted document is checked like any store: the same validator as the app's.
    const result = validateStore(JSON.parse(JSON.stringify(store)));
    const problems = result.problems;
    const kept = result.ok ? result.store.events.length : 0;
    if (!result.ok || kept === 0) {
      return fail('refused by the store validator', report.notes, { problems });
    }
    const storeText = `${JSON.stringify(store, null, 2)}\n`;
    let out: string | undefined;
    if (options.out) {
      out = isAbsolute(options.out) ? options.out : resolve(io.cwd, options.out);
      try {
        await io.writeFile(out, storeText);
      } catch (error) {
        throw new CliError(`cannot write ${options.out}: ${String(error)}`);
      }
    }
    const summary = `${plural(kept, 'event')}, ${plural(store.actors.length, 'actor')}, ${plural(store.sources.length, 'source')}`;
    if (json) {
      const body = {
        ok: true,
        format: report.format,
        ...(report.container ? { container: report.container } : {}),
        items: report.items,
        counts: { events: kept, actors: store.actors.length, sources: store.sources.length },
        mapped: countNotes(report, 'mapped'),
        guessed: countNotes(report, 'guessed'),
        dropped: countNotes(report, 'dropped'),
        // Of those, whole items (rows, events) and fields left out of items kept.
        ...droppedCounts(report.notes),
        warned: countNotes(report, 'warned'),
        notes: report.notes,
        // The notes as the text lists them: one per thing done, over its places and values.
        groups: groupNotes(report.notes),
        problems,
        ...(out ? { out } : { store }),
      };
      return { exitCode: 0, stdout: `${JSON.stringify(body, null, 2)}\n`, stderr: '' };
    }
    const validation =
      problems.length === 0
        ? []
        : ['Store check:', ...groupProblems(problems).map((g) => `  ${describeProblemGroup(g)}`)];
    const stderr = [
      `${target}: ${formatName(report.format, report.container)}, ${report.items} read`,
      ...noteLines(report.notes),
      ...validation,
      `${store.title}: ${summary}${out ? ` → ${options.out}` : ''}`,
    ]
      .map(printable)
      .join('\n');
    return { exitCode: 0, stdout: out ? '' : storeText, stderr: `${stderr}\n` };
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    const usage = error.showUsage ? `${USAGE}\n` : '';
    return { exitCode: 2, stdout: '', stderr: `error: ${printable(error.message)}\n${usage}` };
  }
}
