import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { convertText } from './convert';
import { readImportBytes } from './read-import-bytes';
import { MAX_SHEET_CELLS, cellText, dateCellText } from './workbook-table';
import { allText, notesOf, readRefusal, storeOf } from './test-helpers';
import { workbookFile } from './workbook-fixture';

/**
 * Cell styles (workbook-fixture.ts): s="1" a date (numFmtId 14), s="2" a date and time
 * (yyyy-mm-dd hh:mm), s="3" a time (h:mm). Serial 45462 is 19 June 2024 in Excel's 1900
 * date system; 45462.6041666667 is 14:30 that day.
 */
const STRINGS = ['Date', 'Title', 'Actors', 'Summary', 'Talks in Doha', 'Qatar'];

const EVENTS = `
<row r="1">
  <c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>
  <c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="inlineStr"><is><t>Casualties</t></is></c>
</row>
<row r="2">
  <c r="A2" s="1"><v>45462</v></c><c r="B2" t="s"><v>4</v></c>
  <c r="C2" t="s"><v>5</v></c>
  <c r="D2" t="str"><f>CONCATENATE("Round ",E2)</f><v>Round 3</v></c>
  <c r="E2"><f>1+2</f><v>3</v></c>
</row>
<row r="3">
  <c r="A3" s="2"><v>45463.6041666667</v></c>
  <c r="B3" t="inlineStr"><is><t>Strike on the port, "Pier 4", at dawn</t></is></c>
  <c r="C3" t="inlineStr"><is><t>Israel</t></is></c>
  <c r="D3" t="inlineStr"><is><t>&lt;img src=x onerror=alert(1)&gt;Two ships hit</t></is></c>
  <c r="E3" t="b"><v>0</v></c>
</row>`;

const NOTES = `<row r="1"><c r="A1" t="inlineStr"><is><t>Checked by the desk</t></is></c></row>`;

const workbook = () =>
  workbookFile(
    [
      { name: 'Events', rows: EVENTS },
      { name: 'Notes', rows: NOTES },
      { name: 'Empty', rows: '' },
    ],
    { sharedStrings: STRINGS },
  );

describe('reading an Excel workbook (.xlsx)', () => {
  it('reads its first sheet as CSV: dates as ISO, formulas’ saved values, every string as text', async () => {
    const read = await readImportBytes(workbook());
    expect(read.text.split('\r\n')).toEqual([
      'Date,Title,Actors,Summary,Casualties',
      '2024-06-19,Talks in Doha,Qatar,Round 3,3',
      '2024-06-20T14:30,"Strike on the port, ""Pier 4"", at dawn",Israel,<img src=x onerror=alert(1)>Two ships hit,FALSE',
    ]);
    expect(read.notes).toEqual([
      {
        kind: 'mapped',
        where: '',
        message: 'an Excel workbook: its sheet "Events" read as a table',
      },
      {
        kind: 'dropped',
        where: '',
        message: 'the other sheet, "Notes", not imported: one sheet is read, the first with data',
      },
    ]);
  });

  it('imports the sheet’s rows as events, the workbook first in the report', async () => {
    const read = await readImportBytes(workbook());
    const outcome = convertText(read.text, { readNotes: read.notes });
    const store = storeOf(outcome);
    expect(outcome.kind === 'store' && outcome.report.format).toBe('csv');
    expect(store.events.map((event) => [event.start, event.title])).toEqual([
      ['2024-06-19', 'Talks in Doha'],
      ['2024-06-20T14:30', 'Strike on the port, "Pier 4", at dawn'],
    ]);
    expect(store.actors.map((actor) => actor.name).sort()).toEqual(['Israel', 'Qatar']);
    expect(store.events[0]!.summary).toContain('Round 3');
    // The markup in a cell is text like any other: the tag is dropped, nothing is rendered.
    expect(store.events[1]!.summary).toContain('Two ships hit');
    expect(allText(store).join(' ')).not.toMatch(/<img|onerror/);
    expect(notesOf(outcome, 'mapped')[0]).toBe(
      ': an Excel workbook: its sheet "Events" read as a table',
    );
    expect(notesOf(outcome, 'dropped')).toContain(
      ': the other sheet, "Notes", not imported: one sheet is read, the first with data',
    );
  });

  it('recognises the TimelineJS template saved as a workbook by its headers', async () => {
    const header = [
      'Year',
      'Month',
      'Day',
      'Time',
      'End Year',
      'End Month',
      'End Day',
      'End Time',
      'Display Date',
      'Headline',
      'Text',
      'Media',
      'Media Credit',
      'Media Caption',
      'Media Thumbnail',
      'Type',
      'Group',
      'Background',
    ];
    const cell = (column: number, row: number, inner: string, attributes = '') =>
      `<c r="${String.fromCharCode(65 + column)}${row}"${attributes}>${inner}</c>`;
    const text = (column: number, row: number, value: string) =>
      cell(column, row, `<is><t>${value}</t></is>`, ' t="inlineStr"');
    const number = (column: number, row: number, value: number, style = '') =>
      cell(column, row, `<v>${value}</v>`, style);
    const rows = `
<row r="1">${header.map((name, i) => text(i, 1, name)).join('')}</row>
<row r="2">${text(9, 2, 'Space race')}${text(10, 2, 'From Sputnik to the Moon')}${text(15, 2, 'title')}</row>
<row r="3">${number(0, 3, 1957)}${number(1, 3, 10)}${number(2, 3, 4)}${number(3, 3, 0.8125, ' s="3"')}${text(9, 3, 'Sputnik 1')}${text(16, 3, 'Soviet Union')}</row>
<row r="4">${number(0, 4, 1969)}${number(1, 4, 7)}${number(2, 4, 20)}${text(9, 4, 'Apollo 11')}${text(16, 4, 'United States')}</row>`;
    const read = await readImportBytes(workbookFile([{ name: 'Timeline', rows }]));
    expect(read.text.split('\r\n')[2]).toBe('1957,10,4,19:30,,,,,,Sputnik 1,,,,,,,Soviet Union,');
    const outcome = convertText(read.text, { readNotes: read.notes });
    const store = storeOf(outcome);
    expect(outcome.kind === 'store' && outcome.report.format).toBe('timelinejs-sheet');
    expect(store.title).toBe('Space race');
    expect(store.events.map((event) => [event.start, event.title])).toEqual([
      ['1957-10-04T19:30', 'Sputnik 1'],
      ['1969-07-20', 'Apollo 11'],
    ]);
    expect(read.notes).toEqual([
      {
        kind: 'mapped',
        where: '',
        message: 'an Excel workbook: its sheet "Timeline" read as a table',
      },
    ]);
  });

  it('reads dates in the 1904 date system of old Mac workbooks', async () => {
    // 44000 days after 1 January 1904 is 19 June 2024.
    const rows = `<row r="1"><c r="A1" t="inlineStr"><is><t>Date</t></is></c><c r="B1" t="inlineStr"><is><t>Title</t></is></c></row>
<row r="2"><c r="A2" s="1"><v>44000</v></c><c r="B2" t="inlineStr"><is><t>Talks</t></is></c></row>`;
    const read = await readImportBytes(workbookFile([{ name: 'Mac', rows }], { date1904: true }));
    expect(read.text.split('\r\n')[1]).toBe('2024-06-19,Talks');
  });

  it('reads a table that starts away from A1 from its first row and column with data, and says so', async () => {
    const rows = `<row r="3"><c r="B3" t="inlineStr"><is><t>Date</t></is></c><c r="C3" t="inlineStr"><is><t>Title</t></is></c></row>
<row r="4"><c r="B4" s="1"><v>45462</v></c><c r="C4" t="inlineStr"><is><t>Talks</t></is></c></row>`;
    const read = await readImportBytes(workbookFile([{ name: 'Sheet1', rows }]));
    expect(read.text).toBe('Date,Title\r\n2024-06-19,Talks');
    expect(read.notes[0]!.message).toBe(
      'an Excel workbook: its sheet "Sheet1" read as a table (from cell B3, its first row the header)',
    );
  });

  it('takes the first sheet with data, and names only the other sheets that hold some', async () => {
    const read = await readImportBytes(
      workbookFile(
        [
          { name: 'Cover', rows: '' },
          { name: 'Events', rows: EVENTS },
          { name: 'Notes', rows: NOTES },
          { name: 'Sources', rows: NOTES },
        ],
        { sharedStrings: STRINGS },
      ),
    );
    expect(read.notes.map((note) => note.message)).toEqual([
      'an Excel workbook: its sheet "Events" read as a table',
      'the 2 other sheets, "Notes", "Sources", not imported: one sheet is read, the first with data',
    ]);
  });

  it('refuses a workbook with nothing in it, in words', async () => {
    expect(await readRefusal(workbookFile([{ name: 'Sheet1', rows: '' }]))).toBe(
      'an Excel workbook whose sheet is empty',
    );
    expect(
      await readRefusal(
        workbookFile([
          {
            name: 'Sheet1',
            rows: '<row r="1"><c r="A1" t="inlineStr"><is><t> </t></is></c></row>',
          },
          { name: 'Sheet2', rows: '' },
        ]),
      ),
    ).toBe('an Excel workbook whose sheets ("Sheet1", "Sheet2") are empty');
  });

  it('refuses a workbook it cannot read, and one a stray far cell would make huge', async () => {
    expect(
      await readRefusal(
        zipSync({ 'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="A" sheetId="1"') }),
      ),
    ).toMatch(/^an Excel workbook that cannot be read/);
    const far = `<row r="1"><c r="A1" t="inlineStr"><is><t>Date</t></is></c></row>
<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`;
    expect(await readRefusal(workbookFile([{ name: 'Sheet1', rows: far }]))).toBe(
      `an Excel workbook with a sheet (xl/worksheets/sheet1.xml) that spans 17,179,869,184 cells, more than the ${MAX_SHEET_CELLS.toLocaleString('en')} an import may read: delete what lies far from the table, or save the sheet as CSV`,
    );
  });
});

describe('a cell as text', () => {
  it('writes dates as ISO, a time alone as a time, and the rest as it is', () => {
    expect(dateCellText(new Date(Date.UTC(2024, 5, 19)))).toBe('2024-06-19');
    // The reader floors a fraction of a day to the millisecond: 14:30 arrives a hair early.
    expect(dateCellText(new Date(Date.UTC(2024, 5, 19, 14, 29, 59, 999)))).toBe('2024-06-19T14:30');
    expect(dateCellText(new Date(Date.UTC(2024, 5, 19, 14, 30, 5)))).toBe('2024-06-19T14:30:05');
    expect(dateCellText(new Date(Date.UTC(1899, 11, 30, 9, 5)))).toBe('09:05');
    expect([cellText(null), cellText(true), cellText(2.5), cellText('x')]).toEqual([
      '',
      'TRUE',
      '2.5',
      'x',
    ]);
  });
});
