import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { convertText } from './convert';
import { readImportBytes } from './read-import-bytes';
import { MAX_ODS_CONTENT_BYTES, readOdsContent } from './read-ods';
import { allText, declareSize, notesOf, readRefusal, storeOf } from './test-helpers';
import { MAX_SHEET_CELLS } from './workbook-table';

/**
 * events.ods and events.xlsx were saved by LibreOffice Calc 7.4 from events.fods (the same
 * directory): `soffice --headless --convert-to ods events.fods`, then `--convert-to xlsx`.
 * The sheet holds a date, a date and time, a date of 1066, formulas with their saved values,
 * a boolean, a comment on a cell, two paragraphs in one cell, and markup typed as text.
 */
const fixture = (name: string) =>
  new Uint8Array(readFileSync(`src/format/convert/fixtures/libreoffice/${name}`));

const TABLE = [
  'Date,Title,Actors,Summary,Casualties',
  '2024-06-19,Talks in Doha,Qatar,Round 3,3',
  '2024-06-20T14:30,"Strike on the port, ""Pier 4"", at dawn",Israel,<img src=x onerror=alert(1)>Two ships hit,FALSE',
  '1066-10-14,Battle of Hastings,England,"Two lines:\nthe second,   spaced",4000',
];

const NOTES = (what: string) => [
  { kind: 'mapped', where: '', message: `${what}: its sheet "Events" read as a table` },
  {
    kind: 'guessed',
    where: '',
    message:
      'dates before 15 October 1582 read as the file stores them, in the Gregorian calendar (A4: 1066-10-14): LibreOffice shows such dates in the Julian calendar, some days earlier',
  },
  {
    kind: 'dropped',
    where: '',
    message: 'the other sheet, "Notes", not imported: one sheet is read, the first with data',
  },
];

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';

const content = (tables: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`;

/** An .ods archive around the given tables, as the format lays one out. */
const odsFile = (tables: string) =>
  zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
    'content.xml': strToU8(content(tables)),
  });

const text = (value: string, attributes = '') =>
  `<table:table-cell office:value-type="string"${attributes}><text:p>${value}</text:p></table:table-cell>`;

describe('a spreadsheet saved by LibreOffice Calc', () => {
  it('reads its .ods: dates as ISO, formulas’ saved values, paragraphs, no comment', async () => {
    const read = await readImportBytes(fixture('events.ods'));
    expect(read.text.split('\r\n')).toEqual(TABLE);
    expect(read.text).not.toContain('Check the count');
    expect(read.notes).toEqual(NOTES('an OpenDocument spreadsheet'));
  });

  it('reads the same sheet saved as .xlsx to the same table, its 1066 date too', async () => {
    const read = await readImportBytes(fixture('events.xlsx'));
    expect(read.text.split('\r\n')).toEqual(TABLE);
    expect(read.notes).toEqual(NOTES('an Excel workbook'));
  });

  it('imports the .ods’s rows as events, the spreadsheet first in the report', async () => {
    const read = await readImportBytes(fixture('events.ods'));
    const outcome = convertText(read.text, { readNotes: read.notes });
    const store = storeOf(outcome);
    expect(outcome.kind === 'store' && outcome.report.format).toBe('csv');
    expect(store.events.map((event) => [event.start, event.title])).toEqual([
      ['2024-06-19', 'Talks in Doha'],
      ['2024-06-20T14:30', 'Strike on the port, "Pier 4", at dawn'],
      ['1066-10-14', 'Battle of Hastings'],
    ]);
    // The CSV reader joins runs of spaces, as in any CSV.
    expect(store.events[2]!.summary).toContain('Two lines:\nthe second, spaced');
    expect(allText(store).join(' ')).not.toMatch(/<img|onerror|Check the count/);
    expect(notesOf(outcome, 'mapped')[0]).toBe(
      ': an OpenDocument spreadsheet: its sheet "Events" read as a table',
    );
  });
});

describe('reading an OpenDocument spreadsheet’s cells', () => {
  it('reads each cell by its type, and repeated cells and rows as many', () => {
    const [sheet] = readOdsContent(
      content(`<table:table table:name="Typed"><table:table-row>
        <table:table-cell office:value-type="time" office:time-value="PT14H30M00S"><text:p>14:30</text:p></table:table-cell>
        <table:table-cell office:value-type="percentage" office:value="0.25"><text:p>25%</text:p></table:table-cell>
        <table:table-cell office:value-type="currency" office:currency="EUR" office:value="1200.5"><text:p>1.200,50 €</text:p></table:table-cell>
        <table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell>
        <table:table-cell><text:p>a<text:tab/>b<text:line-break/>c <text:span>span</text:span> <text:a xlink:href="https://example.org">link</text:a></text:p></table:table-cell>
      </table:table-row>
      <table:table-row table:number-rows-repeated="2">
        <table:table-cell table:number-columns-spanned="2" office:value-type="string"><text:p>merged</text:p></table:table-cell>
        <table:covered-table-cell/>
        ${text('x', ' table:number-columns-repeated="2"')}
      </table:table-row></table:table>`),
    );
    expect(sheet!.sheet).toBe('Typed');
    const rows = sheet!.data.map((row) => row.map((cell) => cell));
    expect(rows[0]!.slice(1)).toEqual([0.25, 1200.5, true, 'a\tb\nc span link']);
    expect((rows[0]![0] as Date).toISOString()).toBe('1899-12-30T14:30:00.000Z');
    expect(rows.slice(1)).toEqual([
      ['merged', null, 'x', 'x'],
      ['merged', null, 'x', 'x'],
    ]);
  });

  it('counts a sheet’s empty tail without making it, and a table from B3 says so', async () => {
    const tail =
      '<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>';
    const tables = `<table:table table:name="Sheet1">
      <table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
      <table:table-row><table:table-cell/>${text('Date')}${text('Title')}<table:table-cell table:number-columns-repeated="16381"/></table:table-row>
      <table:table-row><table:table-cell/><table:table-cell office:value-type="date" office:date-value="2024-06-19"><text:p>19/06/24</text:p></table:table-cell>${text('Talks')}</table:table-row>
      ${tail}</table:table>`;
    const [sheet] = readOdsContent(content(tables));
    expect(sheet!.data).toHaveLength(4);
    const read = await readImportBytes(odsFile(tables));
    expect(read.text.split('\r\n')).toEqual(['Date,Title', '2024-06-19,Talks']);
    expect(read.notes[0]!.message).toBe(
      'an OpenDocument spreadsheet: its sheet "Sheet1" read as a table (from cell B3, its first row the header)',
    );
  });

  it('refuses a sheet whose cells reach past the limit, and says which', async () => {
    const far = `<table:table table:name="Far"><table:table-row>${text('Date', ' table:number-columns-repeated="16"')}</table:table-row>
      <table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="16"/></table:table-row>
      <table:table-row>${text('stray', ' table:number-columns-repeated="16"')}</table:table-row></table:table>`;
    expect(await readRefusal(odsFile(far))).toBe(
      `an OpenDocument spreadsheet with a sheet ("Far") that spans more than the ${MAX_SHEET_CELLS.toLocaleString('en')} cells an import may read: delete what lies far from the table, or save the sheet as CSV`,
    );
  });

  it('refuses empty sheets, a damaged archive and one that unpacks too large, in words', async () => {
    expect(
      await readRefusal(
        odsFile(
          '<table:table table:name="A"><table:table-row><table:table-cell/></table:table-row></table:table><table:table table:name="B"/>',
        ),
      ),
    ).toBe('an OpenDocument spreadsheet whose sheets ("A", "B") are empty');
    expect(
      await readRefusal(
        zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet') }),
      ),
    ).toBe('an OpenDocument spreadsheet with no content.xml in it (damaged)');
    // An archive whose directory says content.xml unpacks past the limit: refused unread.
    const archive = zipSync({
      'content.xml': strToU8(content('<table:table table:name="A"/>')),
      mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
    });
    expect(await readRefusal(declareSize(archive, MAX_ODS_CONTENT_BYTES + 1))).toBe(
      'an OpenDocument spreadsheet whose sheets are 151 MB unpacked, more than the 150 MB an import may read: save the sheet to import as CSV, or delete the other sheets',
    );
  });
});
