import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { workbookFile } from '../../../format/convert/workbook-fixture';
import { importableAs } from './importable-as';

/** As the store worker calls it: the bytes decoded as a store would be, and the bytes. */
const asRefusedStore = (bytes: Uint8Array) =>
  importableAs(new TextDecoder().decode(bytes), bytes.byteLength, [bytes]);

const cell = (ref: string, text: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

describe('what a file refused as a store could be imported as', () => {
  it('an Excel workbook: the format of its first sheet, read as a table', async () => {
    const table = `<row r="1">${cell('A1', 'Date')}${cell('B1', 'Title')}</row>
<row r="2"><c r="A2" s="1"><v>45462</v></c>${cell('B2', 'Talks')}</row>`;
    expect(await asRefusedStore(workbookFile([{ name: 'Events', rows: table }]))).toEqual({
      format: 'csv',
      container: 'xlsx',
    });
    const template = `<row r="1">${cell('A1', 'Year')}${cell('B1', 'Headline')}</row>
<row r="2"><c r="A2"><v>1957</v></c>${cell('B2', 'Sputnik 1')}</row>`;
    expect(await asRefusedStore(workbookFile([{ name: 'Timeline', rows: template }]))).toEqual({
      format: 'timelinejs-sheet',
      container: 'xlsx',
    });
  });

  it('a KMZ: KML; an empty workbook or another archive: nothing', async () => {
    const kml = '<kml xmlns="http://www.opengis.net/kml/2.2"><Document></Document></kml>';
    expect(await asRefusedStore(zipSync({ 'doc.kml': strToU8(kml) }))).toEqual({
      format: 'kml',
      container: 'kmz',
    });
    expect(await asRefusedStore(workbookFile([{ name: 'Sheet1', rows: '' }]))).toBeUndefined();
    expect(await asRefusedStore(zipSync({ 'a.txt': strToU8('hello') }))).toBeUndefined();
  });

  it('an old .xls, a PDF: nothing, for what they are; UTF-16 text: what it holds', async () => {
    const fixture = (name: string) =>
      new Uint8Array(readFileSync(`src/format/convert/fixtures/libreoffice/${name}`));
    expect(await asRefusedStore(fixture('events.xls'))).toBeUndefined();
    expect(await asRefusedStore(strToU8('%PDF-1.7\n1 0 obj'))).toBeUndefined();
    expect(await asRefusedStore(fixture('events-utf16.tsv'))).toEqual({ format: 'csv' });
  });
});
