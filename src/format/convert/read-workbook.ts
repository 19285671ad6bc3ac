import { type UnzipFileInfo, Zip, ZipPassThrough, unzipSync } from 'fflate';
import { MAX_IMPORT_BYTES } from './import-limits';
import { ImportReadError, type ImportText } from './import-text';
import { type Cells, MAX_SHEET_CELLS, sheetAsTable } from './workbook-table';

/**
 * An Excel workbook (.xlsx, as Excel saves and Google Sheets downloads by default) read as a
 * table: its first sheet with data becomes CSV text (workbook-table.ts). Loaded only when a
 * workbook is opened (read-import-bytes.ts).
 *
 * The cells are read by read-excel-file, which takes each cell's stored value: a formula's
 * value as it was last calculated and saved, never the formula run; a date cell (a number
 * with a date format, in the 1900 or the 1904 date system) as a date.
 */

const MB = 1024 * 1024;

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
  return sheetAsTable(sheets, 'an Excel workbook', 'xlsx');
}
