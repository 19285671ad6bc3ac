import Papa from 'papaparse';
import type { ReportBuilder } from './import-report';

/**
 * A CSV or TSV file as a table, read by Papa Parse: the delimiter is detected (comma, tab,
 * semicolon, pipe), quoted cells may hold delimiters and line breaks, a byte-order mark is
 * dropped. Rows are numbered as a person counts them in a spreadsheet (the header is row 1);
 * rows with nothing in them are skipped and counted.
 */
export interface Table {
  readonly header: readonly string[];
  readonly rows: readonly TableRow[];
  readonly emptyRows: readonly number[];
  readonly delimiter: string;
}

export interface TableRow {
  /** 1-based, the header being row 1. */
  readonly number: number;
  readonly cells: readonly string[];
}

export function readTable(text: string): Table {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, {
    header: false,
    skipEmptyLines: false,
    delimiter: guessDelimiter(body),
  });
  const all = parsed.data;
  const header = (all[0] ?? []).map((cell) => cell.trim());
  const rows: TableRow[] = [];
  const emptyRows: number[] = [];
  for (let i = 1; i < all.length; i++) {
    const cells = all[i]!;
    if (cells.every((cell) => cell.trim() === '')) {
      // Papa Parse gives a final empty row for a trailing newline; it is no row at all.
      if (!(i === all.length - 1 && cells.length === 1)) emptyRows.push(i + 1);
      continue;
    }
    rows.push({ number: i + 1, cells: cells.map(unescapeFormula) });
  }
  return { header, rows, emptyRows, delimiter: parsed.meta.delimiter };
}

const DELIMITERS = [',', '\t', ';', '|'];

/**
 * The delimiter, guessed by Papa Parse from the first rows, without the file's final line
 * break: the empty last "row" it makes would count as a row of one cell, and in a file of
 * few rows outweigh the rest, so that a comma-separated file whose cells hold lists joined
 * with "; " (as Sourceline's own export writes them) was read as separated by semicolons.
 */
function guessDelimiter(body: string): string {
  const head = body.slice(0, 65_536).replace(/(?:\r\n|\n|\r)+$/, '');
  const { delimiter } = Papa.parse<string[]>(head, {
    header: false,
    preview: 10,
    delimitersToGuess: DELIMITERS,
  }).meta;
  return DELIMITERS.includes(delimiter) ? delimiter : ',';
}

/**
 * Spreadsheet exports (Sourceline's among them) put an apostrophe before a cell that starts
 * with = + - @, so that it is not run as a formula; the apostrophe is not part of the text.
 */
const unescapeFormula = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/** Header names as compared: case, accents, spaces and punctuation set aside. */
export const headerKey = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

/**
 * Empty rows, reported once per run: a spreadsheet export often ends in hundreds of unused
 * rows (Google Sheets keeps its 1,000), and one line per row would bury the report.
 */
export function reportEmptyRows(table: Table, report: ReportBuilder) {
  const rows = table.emptyRows;
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j]! + 1) j++;
    if (i === j) report.droppedItem(`row ${rows[i]}`, 'empty row');
    else report.droppedItem(`rows ${rows[i]}–${rows[j]}`, `${j - i + 1} empty rows`, j - i + 1);
    i = j + 1;
  }
}
