import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { convertText } from './convert';
import { convertTimelineJs } from './from-timelinejs';
import { MAX_IMPORT_BYTES } from './import-limits';
import type { ConvertOptions } from './outcome';
import { MAX_ODS_CONTENT_BYTES } from './read-ods';
import { ImportReadError, readImportBytes } from './read-import-bytes';
import { declareSize } from './test-helpers';
import { workbookFile } from './workbook-fixture';

/**
 * For tests: files that between them make the importers refuse in every way they have words
 * for, read as the app reads them (bytes, then text). A refusal added to an importer, or
 * reworded, is then one some translation has to say (src/i18n/import-refusals-es.coverage.test.ts):
 * add here a file that provokes it.
 */

const placemarks = (...inner: string[]) =>
  `<kml xmlns="http://www.opengis.net/kml/2.2"><Document>${inner.map((p) => `<Placemark>${p}</Placemark>`).join('')}</Document></kml>`;
const rss = (items: string) =>
  `<rss version="2.0"><channel><title>Feed</title>${items}</channel></rss>`;
const atom = (entries: string) =>
  `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>${entries}</feed>`;
const simile = (events: string) => `<data>${events}</data>`;
const json = (data: unknown) => JSON.stringify(data);

/** Text files, with what the app (or the CLI, for `from`) would pass along with them. */
const TEXTS: readonly (readonly [string, ConvertOptions?])[] = [
  [json({ format: 'sourceline/1', title: 'A store' })],
  ['<!DOCTYPE html><html><body><div id="timeline"></div></body></html>'],
  ['just a line of text'],
  ['{"events": [', { from: 'timelinejs' }],
  [json({ title: 'No events' }), { from: 'timelinejs' }],
  [json({ events: [{ start_date: { year: 'soon' }, text: { headline: 'Undated' } }] })],
  [json({ title: 'No list' }), { from: 'timemap' }],
  [json({ events: [{ date: 'soon', description: 'Undated.' }] })],
  [json([{ title: 'Undated' }]), { from: 'timemapjs' }],
  [placemarks()],
  [placemarks('<name>Undated</name>')],
  [json({ title: 'Not GeoJSON' }), { from: 'geojson' }],
  [json({ type: 'FeatureCollection', features: [] })],
  [json({ type: 'Feature', properties: { name: 'Undated' }, geometry: null })],
  [rss('')],
  [rss('<item><title>Undated</title></item>')],
  [atom('')],
  [atom('<entry><title>Undated</title></entry>')],
  ['Happened,Title\nyesterday,Talks'],
  ['Date,Who\n2024-06-19,Qatar'],
  ['Date,Title\nsoon,Talks'],
  // Columns chosen in the Import dialog (or with --map): none for a field a table needs, or
  // the one it would have read chosen for another field.
  ['Date,Title\n2024-06-19,Talks', { mapping: { date: null } }],
  ['Date,Title\n2024-06-19,Talks', { mapping: { end: 'Date' } }],
  ['Date,Title\n2024-06-19,Talks', { mapping: { title: null } }],
  ['Date,Title\n2024-06-19,Talks', { mapping: { tags: 'Title' } }],
  ['Year,Month,Day,Headline,Text\nx,,,Undated,'],
  [simile('<event start="soon" title="Undated"/>')],
  [
    simile(
      '<event start="2000" end="1000" isDuration="true" title="Pliocene"/><event start="5000" end="2000" isDuration="true" title="Miocene"/>',
    ),
  ],
];

const MB = 1024 * 1024;

/** An archive whose one file's compressed data is garbage: listed, but not unpacked. */
function damaged(files: Record<string, string>, name: string): Uint8Array {
  const zip = zipSync(
    Object.fromEntries(Object.entries(files).map(([file, body]) => [file, strToU8(body)])),
  );
  // The local header of `name` is 30 bytes plus the name; its data follows.
  const at = findBytes(zip, strToU8(name)) + name.length;
  zip.fill(0xff, at, at + 8);
  return zip;
}

function findBytes(haystack: Uint8Array, needle: Uint8Array): number {
  for (let i = 0; i + needle.length <= haystack.length; i += 1) {
    if (needle.every((byte, j) => haystack[i + j] === byte)) return i;
  }
  throw new Error('not found');
}

const ODS_TYPE = 'application/vnd.oasis.opendocument.spreadsheet';
const ODS_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';
const odsContent = (tables: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ODS_NS}><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`;
const ods = (tables: string) =>
  zipSync({
    mimetype: [strToU8(ODS_TYPE), { level: 0 }],
    'content.xml': strToU8(odsContent(tables)),
  });
const odsText = (value: string, attributes = '') =>
  `<table:table-cell office:value-type="string"${attributes}><text:p>${value}</text:p></table:table-cell>`;

const KML = placemarks('<name>Talks</name><TimeStamp><when>2024-06-19</when></TimeStamp>');
const inlineCell = (ref: string, value: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
// A text stored once and shown in many cells: small in the file, large as a table.
const LARGE = 'x'.repeat(MB);

/** Files read as bytes first: what is not text, and archives and spreadsheets that fail. */
const BYTES: readonly (() => Uint8Array)[] = [
  () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]),
  () => new Uint8Array(readFileSync('src/format/convert/fixtures/libreoffice/events.xls')),
  () => strToU8('%PDF-1.7\n%âãÏÓ\n1 0 obj'),
  () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  () => new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0]),
  () =>
    zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
      'content.xml': strToU8(''),
    }),
  () => zipSync({ 'word/document.xml': strToU8('<w:document/>') }),
  () => zipSync({ 'ppt/presentation.xml': strToU8('<p:presentation/>') }),
  () => zipSync({ 'Index/Document.iwa': new Uint8Array([1]) }),
  () => zipSync({ 'notes.txt': strToU8('hello') }),
  () => declareSize(zipSync({ 'doc.kml': strToU8(KML) }), MAX_IMPORT_BYTES + 1),
  () => damaged({ 'doc.kml': `${KML}<!--${'x'.repeat(1000)}-->` }, 'doc.kml'),
  () => declareSize(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }), MAX_IMPORT_BYTES + 1),
  () =>
    damaged({ 'xl/workbook.xml': `<workbook>${' '.repeat(1000)}</workbook>` }, 'xl/workbook.xml'),
  () => zipSync({ 'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="A" sheetId="1"') }),
  () =>
    workbookFile([
      {
        name: 'Sheet1',
        rows: `<row r="1">${inlineCell('A1', 'Date')}</row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`,
      },
    ]),
  () => workbookFile([{ name: 'Sheet1', rows: '' }]),
  () =>
    workbookFile([
      { name: 'Sheet1', rows: `<row r="1">${inlineCell('A1', ' ')}</row>` },
      { name: 'Sheet2', rows: '' },
    ]),
  () =>
    workbookFile(
      [
        {
          name: 'Sheet1',
          rows: Array.from(
            { length: MAX_IMPORT_BYTES / MB + 1 },
            (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>0</v></c></row>`,
          ).join(''),
        },
      ],
      { sharedStrings: [LARGE] },
    ),
  () =>
    ods(
      `<table:table table:name="Far"><table:table-row>${odsText('Date', ' table:number-columns-repeated="16"')}</table:table-row><table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="16"/></table:table-row><table:table-row>${odsText('stray', ' table:number-columns-repeated="16"')}</table:table-row></table:table>`,
    ),
  () => ods('<table:table table:name="A"/>'),
  () =>
    ods(
      '<table:table table:name="A"><table:table-row><table:table-cell/></table:table-row></table:table><table:table table:name="B"/>',
    ),
  () => zipSync({ mimetype: strToU8(ODS_TYPE) }),
  () =>
    declareSize(
      zipSync({
        'content.xml': strToU8(odsContent('<table:table table:name="A"/>')),
        mimetype: strToU8(ODS_TYPE),
      }),
      MAX_ODS_CONTENT_BYTES + 1,
    ),
  () =>
    damaged(
      {
        mimetype: ODS_TYPE,
        'content.xml': odsContent(`<table:table table:name="A"/>${' '.repeat(1000)}`),
      },
      'content.xml',
    ),
  () =>
    ods(
      `<table:table table:name="Large"><table:table-row>${odsText(LARGE, ` table:number-columns-repeated="${MAX_IMPORT_BYTES / MB + 1}"`)}</table:table-row></table:table>`,
    ),
];

/** Why each file above was refused, in the importers' words, as the app shows them. */
export async function everyImportRefusal(): Promise<string[]> {
  const refusals: string[] = [];
  for (const [text, options] of TEXTS) {
    const outcome = convertText(text, options);
    if (outcome.kind !== 'refused') throw new Error(`not refused: ${text.slice(0, 80)}`);
    refusals.push(outcome.message);
  }
  // Not a file's refusal through convertText, which tells a TimelineJS object first.
  const notObject = convertTimelineJs(5, 'A title');
  if (notObject.kind === 'refused') refusals.push(notObject.message);
  for (const [i, bytes] of BYTES.entries()) {
    try {
      await readImportBytes(bytes());
    } catch (error) {
      if (!(error instanceof ImportReadError)) throw error;
      refusals.push(error.message);
      continue;
    }
    throw new Error(`bytes ${i} not refused`);
  }
  return refusals;
}
