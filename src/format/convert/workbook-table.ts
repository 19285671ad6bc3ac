import Papa from 'papaparse';
import type { ImportNote } from './import-report';
import { listWithMore } from '../list-more';
import { MAX_IMPORT_BYTES } from './import-limits';
import { ImportReadError, type ImportText } from './import-text';

/**
 * A spreadsheet's sheets, as cell values, to the text the table converters read: the first
 * sheet with data becomes CSV, from its first row and column with data, so that the CSV
 * reader then reads it like any CSV (columns by name, the TimelineJS sheet by its headers,
 * the date-order question). Shared by Excel workbooks (read-workbook.ts) and OpenDocument
 * spreadsheets (read-ods.ts). A date becomes ISO `2024-06-19` (`2024-06-19T14:30` with a
 * time of day), so that the CSV reader reads it whatever the file's locale; a time alone,
 * `14:30`; a number as it is; TRUE or FALSE.
 */

const MB = 1024 * 1024;

/** Cells a sheet may span (rows × columns, empty ones counted): the readers fill the gaps. */
export const MAX_SHEET_CELLS = 10_000_000;

export type Cells = readonly (readonly unknown[])[];

export interface Sheet {
  readonly sheet: string;
  readonly data: Cells;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const DAY = 24 * 60 * 60 * 1000;

/**
 * Day 0 of the spreadsheets' date serials: a time of day alone is a serial between 0 and 1.
 * A serial below 0 is a date before 1900, as LibreOffice writes one.
 */
export const SERIAL_DAY_ZERO = Date.UTC(1899, 11, 30);

/** The first day of the Gregorian calendar. */
const GREGORIAN_FROM = Date.UTC(1582, 9, 15);

/** A date cell as ISO text: the day, with its time when it has one; a time alone as `14:30`. */
export function dateCellText(date: Date): string {
  // The reader floors the milliseconds of a fraction of a day: 14:30 may come as 14:29:59.999.
  const at = new Date(Math.round(date.getTime() / 1000) * 1000);
  const seconds = at.getUTCSeconds();
  const time = `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}${seconds ? `:${pad(seconds)}` : ''}`;
  if (at.getTime() >= SERIAL_DAY_ZERO && at.getTime() < SERIAL_DAY_ZERO + DAY) return time;
  const day = `${pad(at.getUTCFullYear(), 4)}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
  return time === '00:00' ? day : `${day}T${time}`;
}

/** One cell as the CSV reader will see it. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateCellText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

export const isEmptyCell = (value: unknown) =>
  value === null || value === undefined || value === '';

const hasData = (rows: Cells) => rows.some((row) => row.some((cell) => !isEmptyCell(cell)));

/** "B3": where a table starts, for a person looking at the sheet. */
export function cellName(row: number, column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

/**
 * The sheet's rows as CSV, from its first row and column with data: a table that starts at
 * B3 has its header read as the header, not an empty row. Rows are padded to one width, so
 * the CSV reader finds the comma by its steady count. Also the cells holding dates from
 * before the Gregorian calendar, which a person should know how they were read.
 */
function tableText(
  rows: Cells,
  what: string,
): { text: string; from: string; julianShown: string[] } {
  const top = rows.findIndex((row) => row.some((cell) => !isEmptyCell(cell)));
  // Loops, not Math.min(...rows): a sheet of 200,000 rows is more arguments than a call takes.
  let left = Infinity;
  for (const row of rows) {
    const first = row.findIndex((cell) => !isEmptyCell(cell));
    if (first >= 0 && first < left) left = first;
  }
  const julianShown: string[] = [];
  const table = rows.slice(top).map((row, r) =>
    row.slice(left).map((cell, c) => {
      if (cell instanceof Date && cell.getTime() < GREGORIAN_FROM)
        julianShown.push(`${cellName(top + r, left + c)}: ${dateCellText(cell)}`);
      return cellText(cell);
    }),
  );
  const width = table.reduce((most, row) => Math.max(most, row.length), 0);
  // Shared strings are stored once and may be shown in many cells: count what the text becomes.
  let length = 0;
  for (const row of table) {
    while (row.length < width) row.push('');
    for (const cell of row) length += cell.length + 1;
  }
  if (length > MAX_IMPORT_BYTES) {
    throw new ImportReadError(
      `${what} whose sheet is more than the ${MAX_IMPORT_BYTES / MB} MB an import may be, as a table`,
    );
  }
  return {
    text: Papa.unparse(table, { newline: '\r\n' }),
    from: cellName(top, left),
    julianShown,
  };
}

const quoted = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ');

/**
 * The first sheet with data as a table, and notes that say which sheet it was, where its
 * table starts, and which sheets with data were left out. `what` names the file's kind
 * ("an Excel workbook") in the notes and refusals.
 */
export function sheetAsTable(
  sheets: readonly Sheet[],
  what: string,
  container: 'xlsx' | 'ods',
): ImportText {
  const chosen = sheets.findIndex((sheet) => hasData(sheet.data));
  if (chosen < 0) {
    throw new ImportReadError(
      sheets.length === 1
        ? `${what} whose sheet is empty`
        : `${what} whose sheets (${quoted(sheets.map((sheet) => sheet.sheet))}) are empty`,
    );
  }
  const { sheet: name, data } = sheets[chosen]!;
  const { text, from, julianShown } = tableText(data, what);
  const where = from === 'A1' ? '' : ` (from cell ${from}, its first row the header)`;
  const notes: ImportNote[] = [
    { kind: 'mapped', where: '', message: `${what}: its sheet "${name}" read as a table${where}` },
  ];
  if (julianShown.length > 0) {
    const shown = listWithMore(julianShown.slice(0, 3), julianShown.length - 3);
    notes.push({
      kind: 'guessed',
      where: '',
      message: `dates before 15 October 1582 read as the file stores them, in the Gregorian calendar (${shown}): LibreOffice shows such dates in the Julian calendar, some days earlier`,
    });
  }
  const others = sheets.filter((sheet, i) => i !== chosen && hasData(sheet.data));
  if (others.length > 0) {
    const names = quoted(others.map((sheet) => sheet.sheet));
    notes.push({
      kind: 'dropped',
      where: '',
      message: `${others.length === 1 ? 'the other sheet' : `the ${others.length} other sheets`}, ${names}, not imported: one sheet is read, the first with data`,
    });
  }
  return { text, notes, container };
}
