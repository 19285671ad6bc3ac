import { type UnzipFileInfo, unzipSync } from 'fflate';
import { Parser } from 'htmlparser2';
import { MAX_IMPORT_BYTES } from './import-limits';
import { ImportReadError, type ImportText } from './import-text';
import {
  MAX_SHEET_CELLS,
  SERIAL_DAY_ZERO,
  type Sheet,
  isEmptyCell,
  sheetAsTable,
} from './workbook-table';

/**
 * An OpenDocument spreadsheet (.ods, as LibreOffice and OpenOffice save, and Google Sheets
 * and Excel export) read as a table: its first sheet with data becomes CSV text
 * (workbook-table.ts). Loaded only when such a file is opened (read-import-bytes.ts).
 *
 * The sheets are in the archive's `content.xml`. Each cell's stored value is read as its
 * type says (a date's ISO value, a number's, a boolean's), and a formula's saved value is
 * read, never the formula run; other cells are their paragraphs of text, without the
 * comments a person left on them. A run of identical rows or cells is written once with a
 * count (a sheet's empty tail, a million rows of it): empty ones are counted, not made,
 * unless something comes after them.
 */

const MB = 1024 * 1024;
const WHAT = 'an OpenDocument spreadsheet';

/**
 * content.xml spends about seven bytes on each byte of the table it holds (LibreOffice writes
 * 100,000 rows of an 8.6 MB CSV as 60 MB of it), so it may be three times the import limit;
 * the table read from it is held to the limit itself (workbook-table.ts).
 */
export const MAX_ODS_CONTENT_BYTES = 3 * MAX_IMPORT_BYTES;

/** Decoded and parsed a piece at a time: the XML is never one string as large as the file. */
const PIECE = 1024 * 1024;

/** `PT14H30M05S` (a time cell) as the time of day on day 0, as a workbook's time cell is. */
function timeOfDay(value: string): Date | null {
  const m = /^PT(\d+)H(\d+)M(\d+(?:\.\d+)?)S$/.exec(value);
  if (!m) return null;
  const ms = ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3])) * 1000;
  return ms < 24 * 60 * 60 * 1000 ? new Date(SERIAL_DAY_ZERO + ms) : null;
}

/** `2024-06-19` or `2024-06-19T14:30:00[.000]` (a date cell, wall-clock time) as a Date. */
function dateOf(value: string): Date | null {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?/.exec(value);
  if (!m) return null;
  const [year, month, day, hours, minutes, seconds] = m.slice(1).map((part) => Number(part ?? 0));
  const date = new Date(0);
  date.setUTCFullYear(year!, month! - 1, day!);
  date.setUTCHours(hours!, minutes!, seconds!, 0);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A cell's value by its type; `text` is what it shows (its paragraphs). */
function cellValue(attributes: Record<string, string>, text: string): unknown {
  const value = (name: string) => attributes[`office:${name}`];
  switch (value('value-type')) {
    case 'float':
    case 'percentage':
    case 'currency': {
      const number = Number(value('value'));
      return Number.isFinite(number) ? number : text;
    }
    case 'date':
      return dateOf(value('date-value') ?? '') ?? text;
    case 'time':
      return timeOfDay(value('time-value') ?? '') ?? text;
    case 'boolean':
      return value('boolean-value') === 'true';
    case 'string':
      return value('string-value') ?? text;
    default:
      return text;
  }
}

const count = (attributes: Record<string, string>, name: string) => {
  const n = Number(attributes[name] ?? 1);
  return Number.isInteger(n) && n > 0 ? n : 1;
};

/** The sheets of `content.xml`, their cells as values, within MAX_SHEET_CELLS each. */
export function readOdsContent(xml: string | Uint8Array): Sheet[] {
  const sheets: Sheet[] = [];
  let name = '';
  let rows: unknown[][] = [];
  let emptyRows = 0;
  let width = 0;
  let row: unknown[] | null = null;
  let emptyCells = 0;
  let rowRepeat = 1;
  let cell: { attributes: Record<string, string>; repeat: number } | null = null;
  let paragraphs: string[] = [];
  // Inside a comment or a drawing in a cell: its text is not the cell's.
  let skipped = 0;
  let inParagraph = 0;

  const refuseAbove = (cells: number) => {
    if (cells <= MAX_SHEET_CELLS) return;
    throw new ImportReadError(
      `${WHAT} with a sheet ("${name}") that spans more than the ${MAX_SHEET_CELLS.toLocaleString('en')} cells an import may read: delete what lies far from the table, or save the sheet as CSV`,
    );
  };
  const append = (text: string) => {
    if (skipped > 0 || inParagraph === 0 || paragraphs.length === 0) return;
    paragraphs[paragraphs.length - 1] += text;
  };

  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        if (skipped > 0 || tag === 'office:annotation' || tag.startsWith('draw:')) {
          skipped += 1;
          return;
        }
        if (tag === 'table:table') {
          name = attributes['table:name'] ?? `Sheet ${sheets.length + 1}`;
          rows = [];
          emptyRows = 0;
          width = 0;
        } else if (tag === 'table:table-row') {
          row = [];
          emptyCells = 0;
          rowRepeat = count(attributes, 'table:number-rows-repeated');
        } else if (tag === 'table:table-cell' || tag === 'table:covered-table-cell') {
          cell = { attributes, repeat: count(attributes, 'table:number-columns-repeated') };
          paragraphs = [];
        } else if (cell && tag === 'text:p') {
          paragraphs.push('');
          inParagraph += 1;
        } else if (tag === 'text:s') append(' '.repeat(count(attributes, 'text:c')));
        else if (tag === 'text:tab') append('\t');
        else if (tag === 'text:line-break') append('\n');
      },
      ontext(text) {
        append(text);
      },
      onclosetag(tag) {
        if (skipped > 0) {
          skipped -= 1;
          return;
        }
        if (tag === 'text:p' && inParagraph > 0) inParagraph -= 1;
        else if ((tag === 'table:table-cell' || tag === 'table:covered-table-cell') && cell) {
          const value = cellValue(cell.attributes, paragraphs.join('\n'));
          if (row && isEmptyCell(value)) emptyCells += cell.repeat;
          else if (row) {
            const cells = row.length + emptyCells + cell.repeat;
            refuseAbove(cells * (rows.length + emptyRows + 1));
            for (; emptyCells > 0; emptyCells -= 1) row.push(null);
            for (let i = 0; i < cell.repeat; i += 1) row.push(value);
          }
          cell = null;
        } else if (tag === 'table:table-row' && row) {
          if (row.length === 0) emptyRows += rowRepeat;
          else {
            width = Math.max(width, row.length);
            refuseAbove(width * (rows.length + emptyRows + rowRepeat));
            for (; emptyRows > 0; emptyRows -= 1) rows.push([]);
            for (let i = 0; i < rowRepeat; i += 1) rows.push(row);
          }
          row = null;
        } else if (tag === 'table:table') sheets.push({ sheet: name, data: rows });
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  if (typeof xml === 'string') parser.write(xml);
  else {
    const decoder = new TextDecoder();
    for (let at = 0; at < xml.length; at += PIECE)
      parser.write(decoder.decode(xml.subarray(at, at + PIECE), { stream: true }));
    parser.write(decoder.decode());
  }
  parser.end();
  return sheets;
}

export function readOds(bytes: Uint8Array, entries: readonly UnzipFileInfo[]): ImportText {
  const content = entries.find((entry) => entry.name === 'content.xml');
  if (!content) throw new ImportReadError(`${WHAT} with no content.xml in it (damaged)`);
  // The size is the archive's word for it; inflating stops there whatever the data says.
  if (content.originalSize > MAX_ODS_CONTENT_BYTES) {
    throw new ImportReadError(
      `${WHAT} whose sheets are ${Math.ceil(content.originalSize / MB)} MB unpacked, more than the ${MAX_ODS_CONTENT_BYTES / MB} MB an import may read: save the sheet to import as CSV, or delete the other sheets`,
    );
  }
  let xml: Uint8Array | undefined;
  try {
    xml = unzipSync(bytes, { filter: (entry) => entry.name === 'content.xml' })['content.xml'];
  } catch {
    xml = undefined;
  }
  if (!xml) throw new ImportReadError(`${WHAT} that cannot be unpacked (damaged, or cut short)`);
  return sheetAsTable(readOdsContent(xml), WHAT, 'ods');
}
