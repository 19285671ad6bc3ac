import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { convertText } from './convert';
import { MAX_IMPORT_BYTES } from './import-limits';
import { ImportReadError, readImportBytes } from './read-import-bytes';
import { declareSize, storeOf } from './test-helpers';

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
    const refusal = async (files: Record<string, string>) => {
      try {
        await readImportBytes(kmz(files));
      } catch (error) {
        expect(error).toBeInstanceOf(ImportReadError);
        return (error as Error).message;
      }
      throw new Error('not refused');
    };
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
});
