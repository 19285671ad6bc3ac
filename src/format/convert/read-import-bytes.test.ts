import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { convertText } from './convert';
import { MAX_IMPORT_BYTES } from './import-limits';
import { ImportReadError, readImportBytes } from './read-import-bytes';
import { declareSize, readRefusal, storeOf } from './test-helpers';

const KML = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Strikes, March 2022</name>
<Folder><name>Kyiv</name>
<Placemark><name>Strike on the TV tower</name><TimeStamp><when>2022-03-01</when></TimeStamp>
<description><![CDATA[<img src="files/tower.jpg"> Five killed, says the city.]]></description>
<Point><coordinates>30.4527,50.4589,0</coordinates></Point></Placemark>
</Folder></Document></kml>`;

/** A KMZ as Google Earth saves one: doc.kml first, the images it shows beside it. */
const kmz = (files: Record<string, string | Uint8Array>) =>
  zipSync(
    Object.fromEntries(
      Object.entries(files).map(([name, body]) => [
        name,
        typeof body === 'string' ? strToU8(body) : body,
      ]),
    ),
  );

describe('reading a file’s bytes for import', () => {
  it('decodes a text file, and says nothing about it', async () => {
    expect(await readImportBytes(strToU8(KML))).toEqual({ text: KML, notes: [] });
  });

  it('opens a KMZ: its doc.kml is read, and the files beside it are named as not imported', async () => {
    const read = await readImportBytes(
      kmz({ 'doc.kml': KML, 'files/tower.jpg': new Uint8Array([0xff, 0xd8, 0xff]) }),
    );
    expect(read.text).toBe(KML);
    expect(read.notes).toEqual([
      { kind: 'mapped', where: '', message: 'a KMZ archive: its KML, doc.kml, read' },
      {
        kind: 'dropped',
        where: '',
        message:
          'the other file in the archive (files/tower.jpg) not imported: links to them cannot be followed',
      },
    ]);
  });

  it('takes the first KML at the top of the archive, as Google Earth does, whatever its name', async () => {
    const other = KML.replace('Strikes, March 2022', 'Older');
    const read = await readImportBytes(
      kmz({ 'files/old.kml': other, 'Strikes.kml': KML, 'b.kml': other, 'c.png': '', 'd.png': '' }),
    );
    expect(read.text).toBe(KML);
    expect(read.notes[1]!.message).toBe(
      'the 4 other files in the archive (files/old.kml, b.kml, c.png and 1 more) not imported: links to them cannot be followed',
    );
  });

  it('reads the KML of a KMZ into events, with the archive in the report', async () => {
    const read = await readImportBytes(kmz({ 'doc.kml': KML, 'files/tower.jpg': '' }));
    const outcome = convertText(read.text, { readNotes: read.notes });
    const store = storeOf(outcome);
    expect(store.title).toBe('Strikes, March 2022');
    expect(store.events.map((event) => [event.title, event.start])).toEqual([
      ['Strike on the TV tower', '2022-03-01'],
    ]);
    expect(outcome.kind === 'store' && outcome.report.notes.slice(0, 2)).toEqual(read.notes);
  });

  it('refuses an archive that holds no KML, saying what it is when a person would know', async () => {
    const refusal = (files: Record<string, string>) => readRefusal(kmz(files));
    expect(
      await refusal({
        mimetype: 'application/vnd.oasis.opendocument.text',
        'content.xml': '',
      }),
    ).toBe(
      'an OpenDocument file that is not a spreadsheet (application/vnd.oasis.opendocument.text): save the table in it as CSV, and import that',
    );
    expect(await refusal({ 'notes.txt': 'hello', '__MACOSX/._doc.kml': '' })).toBe(
      'a ZIP archive with no KML file in it (a KMZ holds one)',
    );
  });

  it('refuses an archive cut short, and a KML that unpacks larger than an import may be', async () => {
    const whole = kmz({ 'doc.kml': KML });
    await expect(readImportBytes(whole.subarray(0, whole.length - 30))).rejects.toThrow(
      'a ZIP archive that cannot be read (damaged, or cut short)',
    );
    await expect(readImportBytes(declareSize(whole, MAX_IMPORT_BYTES + 1))).rejects.toThrow(
      /^the KML in this archive \(doc\.kml\) is 51 MB unpacked, more than the 50 MB an import may be$/,
    );
  });

  it('unpacks no more than the archive declares, whatever the compressed data holds', async () => {
    // A "zip bomb" whose directory claims a small size: inflating stops at that size.
    const big = `${KML}<!--${'x'.repeat(1_000_000)}-->`;
    let text = '';
    try {
      text = (await readImportBytes(declareSize(kmz({ 'doc.kml': big }), 1000))).text;
    } catch (error) {
      expect(error).toBeInstanceOf(ImportReadError);
    }
    expect(text.length).toBeLessThanOrEqual(1000);
  });

  it('refuses, in words, a file that is neither text nor an archive it opens', async () => {
    const refusal = readRefusal;
    // Saved by LibreOffice Calc 7.4 as "Excel 97–2003" from fixtures/libreoffice/events.ods.
    const xls = new Uint8Array(readFileSync('src/format/convert/fixtures/libreoffice/events.xls'));
    expect(await refusal(xls)).toBe(
      'an Excel 97–2003 workbook (.xls) or another Office file of that age: save the sheet as .xlsx, .ods or CSV, and import that',
    );
    expect(await refusal(strToU8('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toMatch(/^a PDF document: /);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await refusal(png)).toBe('an image, not a timeline or a table');
    expect(await refusal(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0]))).toMatch(
      /^a binary file, not text: /,
    );
    expect(await refusal(zipSync({ 'word/document.xml': strToU8('<w:document/>') }))).toBe(
      'a Word document (.docx): save the table in it as CSV, and import that',
    );
    expect(await refusal(zipSync({ 'Index/Document.iwa': new Uint8Array([1]) }))).toMatch(
      /^an Apple Numbers spreadsheet: export it as Excel or CSV/,
    );
  });

  it('reads UTF-16 text by its byte-order mark, as Excel’s "Unicode Text" is written', async () => {
    // Saved by LibreOffice Calc 7.4 as UTF-16 (little-endian, with its mark), tab-separated.
    const tsv = new Uint8Array(
      readFileSync('src/format/convert/fixtures/libreoffice/events-utf16.tsv'),
    );
    const read = await readImportBytes(tsv);
    expect(read.text.split(/\r?\n/)[0]).toBe('"Date"\t"Title"\t"Actors"\t"Summary"\t"Casualties"');
    const outcome = convertText(read.text);
    expect(storeOf(outcome).events.map((event) => event.title)).toEqual([
      'Talks in Doha',
      'Strike on the port, "Pier 4", at dawn',
      'Battle of Hastings',
    ]);
    const bigEndian = new Uint8Array([0xfe, 0xff, 0, 0x41, 0, 0xe9]);
    expect((await readImportBytes(bigEndian)).text).toBe('Aé');
  });
});
