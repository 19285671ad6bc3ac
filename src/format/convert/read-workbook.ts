import { type UnzipFileInfo, Zip, ZipPassThrough, unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { ImportNote } from './import-report';
import { MAX_IMPORT_BYTES } from './import-limits';
import { ImportReadError, type ImportText } from './import-text';

/**
 * An Excel workbook (.xlsx, as Excel saves and Google Sheets downloads by default) read as a
 * table: its first sheet with data becomes CSV text, which the table converters then read
 * like any CSV (columns by name, the TimelineJS sheet by its headers, the date-order
 * question). Loaded only when a workbook is opened (read-import-bytes.ts).
 *
 * The cells are read by read-excel-file, which takes each cell's stored value: a formula's
 * value as it was last calculated and saved, never the formula run; a date cell (a number
 * with a date format, in the 1900 or the 1904 date system) as a date. A date becomes ISO
 * `2024-06-19` (`2024-06-19T14:30` with a time of day), so that the CSV reader reads it
 * whatever the file's locale; a time alone, `14:30`; a number as it is; TRUE or FALSE.
 */

const MB = 1024 * 1024;

/** Cells a sheet may span (rows × columns, empty ones counted): the reader fills the gaps. */
export const MAX_SHEET_CELLS = 10_000_000;

/** The parts read-excel-file reads: the XML ones, nothing else (images, printer settings). */
const isPart = (name: string) => name.endsWith('.xml') || name.endsWith('.xml.rels');

const isWorksheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/.test(name);

const columnNumber = (letters: string) =>
  [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);

/**
 * How many cells the reader would make of a sheet: it fills every row out to the last column
 * with data, and every row before the last one with data. One stray cell at XFD1048576 is
 * 17 billion cells: such a sheet is refused before it is read.
 */
function sheetSpan(xml: string): number {
  let rows = 0;
  let columns = 0;
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?c\s[^>]*?\br="([A-Z]{1,3})(\d{1,7})"/g)) {
    columns = Math.max(columns, columnNumber(m[1]!));
    rows = Math.max(rows, Number(m[2]));
  }
  return rows * columns;
}

/**
 * The workbook's XML parts, unpacked here within the import limit (the archive's word for
 * their sizes is checked first, and inflating stops there whatever the data says), then
 * packed again without compression for read-excel-file: it then inflates nothing itself (in
 * a browser, fflate inflates a large part in a worker made from a blob: address, which the
 * app's Content-Security-Policy refuses).
 */
function workbookParts(bytes: Uint8Array, entries: readonly UnzipFileInfo[]): Uint8Array {
  const parts = entries.filter((entry) => isPart(entry.name));
  const size = parts.reduce((sum, entry) => sum + entry.originalSize, 0);
  if (size > MAX_IMPORT_BYTES) {
    throw new ImportReadError(
      `an Excel workbook of ${Math.ceil(size / MB)} MB unpacked, more than the ${MAX_IMPORT_BYTES / MB} MB an import may be: save the sheet to import as CSV, or delete the other sheets`,
    );
  }
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (entry) => isPart(entry.name) });
  } catch {
    throw new ImportReadError('an Excel workbook that cannot be unpacked (damaged, or cut short)');
  }
  const decoder = new TextDecoder();
  for (const [name, body] of Object.entries(files)) {
    if (!isWorksheet(name)) continue;
    const cells = sheetSpan(decoder.decode(body));
    if (cells > MAX_SHEET_CELLS) {
      throw new ImportReadError(
        `an Excel workbook with a sheet (${name}) that spans ${cells.toLocaleString('en')} cells, more than the ${MAX_SHEET_CELLS.toLocaleString('en')} an import may read: delete what lies far from the table, or save the sheet as CSV`,
      );
    }
  }
  return storedZip(files);
}

/** The files as a ZIP archive, stored (fflate's zipSync would bring its compressor along). */
function storedZip(files: Record<string, Uint8Array>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, body] of Object.entries(files)) {
    const entry = new ZipPassThrough(name);
    zip.add(entry);
    entry.push(body, true);
  }
  zip.end();
  const archive = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    archive.set(chunk, at);
    at += chunk.length;
  }
  return archive;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Before 31 December 1899 only a time of day (a date serial below 1) can be. */
const TIME_ONLY_BEFORE = Date.UTC(1899, 11, 31);

/** A date cell as ISO text: the day, with its time when it has one; a time alone as `14:30`. */
export function dateCellText(date: Date): string {
  // The reader floors the milliseconds of a fraction of a day: 14:30 may come as 14:29:59.999.
  const at = new Date(Math.round(date.getTime() / 1000) * 1000);
  const seconds = at.getUTCSeconds();
  const time = `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}${seconds ? `:${pad(seconds)}` : ''}`;
  if (at.getTime() < TIME_ONLY_BEFORE) return time;
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

const isEmpty = (value: unknown) => value === null || value === undefined || value === '';

type Cells = readonly (readonly unknown[])[];

const hasData = (rows: Cells) => rows.some((row) => row.some((cell) => !isEmpty(cell)));

/** "B3": where a table starts, for a person looking at the sheet. */
function cellName(row: number, column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

/**
 * The sheet's rows as CSV, from its first row and column with data: a table that starts at
 * B3 has its header read as the header, not an empty row. Rows are padded to one width, so
 * the CSV reader finds the comma by its steady count.
 */
function tableText(rows: Cells): { text: string; from: string } {
  const top = rows.findIndex((row) => row.some((cell) => !isEmpty(cell)));
  // Loops, not Math.min(...rows): a sheet of 200,000 rows is more arguments than a call takes.
  let left = Infinity;
  for (const row of rows) {
    const first = row.findIndex((cell) => !isEmpty(cell));
    if (first >= 0 && first < left) left = first;
  }
  const table = rows.slice(top).map((row) => row.slice(left).map(cellText));
  const width = table.reduce((most, row) => Math.max(most, row.length), 0);
  // Shared strings are stored once and may be shown in many cells: count what the text becomes.
  let length = 0;
  for (const row of table) {
    while (row.length < width) row.push('');
    for (const cell of row) length += cell.length + 1;
  }
  if (length > MAX_IMPORT_BYTES) {
    throw new ImportReadError(
      `an Excel workbook whose sheet is more than the ${MAX_IMPORT_BYTES / MB} MB an import may be, as a table`,
    );
  }
  return { text: Papa.unparse(table, { newline: '\r\n' }), from: cellName(top, left) };
}

const quoted = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ');

export async function readWorkbook(
  bytes: Uint8Array,
  entries: readonly UnzipFileInfo[],
): Promise<ImportText> {
  const parts = workbookParts(bytes, entries);
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  let sheets: { sheet: string; data: Cells }[];
  try {
    sheets = await readXlsxFile(parts.buffer as ArrayBuffer);
  } catch (error) {
    const reason = error instanceof Error && error.message ? `: ${error.message}` : '';
    throw new ImportReadError(`an Excel workbook that cannot be read${reason}`);
  }
  const chosen = sheets.findIndex((sheet) => hasData(sheet.data));
  if (chosen < 0) {
    throw new ImportReadError(
      sheets.length === 1
        ? 'an Excel workbook whose sheet is empty'
        : `an Excel workbook whose sheets (${quoted(sheets.map((sheet) => sheet.sheet))}) are empty`,
    );
  }
  const { sheet: name, data } = sheets[chosen]!;
  const { text, from } = tableText(data);
  const where = from === 'A1' ? '' : ` (from cell ${from}, its first row the header)`;
  const notes: ImportNote[] = [
    {
      kind: 'mapped',
      where: '',
      message: `an Excel workbook: its sheet "${name}" read as a table${where}`,
    },
  ];
  const others = sheets.filter((sheet, i) => i !== chosen && hasData(sheet.data));
  if (others.length > 0) {
    const names = quoted(others.map((sheet) => sheet.sheet));
    notes.push({
      kind: 'dropped',
      where: '',
      message: `${others.length === 1 ? 'the other sheet' : `the ${others.length} other sheets`}, ${names}, not imported: one sheet is read, the first with data`,
    });
  }
  return { text, notes };
}
