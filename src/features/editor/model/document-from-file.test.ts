import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readImportBytes } from '../../../format/convert/read-import-bytes';
import { documentFromFile } from './document-from-file';

const CSV = [
  'Date,Headline,Who,Quote',
  '24/02/2022,Russia invades Ukraine,Russia; Ukraine,Russian forces launched a full-scale invasion',
  '13/09/2023,Kim and Putin meet at Vostochny,Russia; North Korea,',
  ',Undated row,,',
  'soon,Unreadable date,,',
].join('\n');

describe('documentFromFile', () => {
  it('takes a sourceline/1 store as it is', async () => {
    const store = {
      format: 'sourceline/1',
      title: 'Mine',
      language: 'en',
      sources: [],
      actors: [],
      events: [],
    };
    const opened = await documentFromFile(JSON.stringify(store), 'mine.json');
    expect(opened).toEqual({
      kind: 'document',
      document: expect.objectContaining({ title: 'Mine' }),
    });
  });

  it('names a workbook as the spreadsheet it is, not as the CSV read from it', async () => {
    const bytes = readFileSync('src/format/convert/fixtures/libreoffice/events.ods');
    const read = await readImportBytes(new Uint8Array(bytes));
    const opened = await documentFromFile(read.text, 'events.ods', undefined, read);
    if (opened.kind !== 'document') throw new Error(`not opened: ${JSON.stringify(opened)}`);
    expect(opened.document.events).toHaveLength(3);
    expect(opened.imported?.format).toBe('spreadsheet (OpenDocument .ods)');
  });

  it('says how to name a column it did not recognise: the editor has no column chooser', async () => {
    const opened = await documentFromFile('Happened,Title\nyesterday,Talks\n', 'nodate.csv');
    expect(opened).toEqual({
      kind: 'refused',
      message:
        'no column of dates recognised by its name ("Date", "Fecha", "Start"…); columns: Happened, Title. Rename the column in the file, or import it with the explorer\'s Open store…, where its columns can be chosen',
    });
  });

  it('converts a spreadsheet with the explorer’s importer, saying from what and what was left out', async () => {
    const opened = await documentFromFile(CSV, 'events.csv');
    if (opened.kind !== 'document') throw new Error(`not opened: ${JSON.stringify(opened)}`);
    expect(opened.document.title).toBe('events');
    // The row with no date is kept, to be dated in the draft; one with a wrong date is not.
    expect(opened.document.events.map((event) => event.start)).toEqual([
      '2022-02-24',
      '2023-09-13',
      '',
    ]);
    expect(opened.imported).toEqual({
      format: 'CSV/TSV table',
      // Row 5 whole, said first; of row 2, kept, its quote; row 4, undated, kept to be dated.
      leftOutCount: 1,
      fieldsLeftOutCount: 1,
      leftOut: [
        expect.stringMatching(/^row 5: date "soon": not a date/),
        'row 2: quote 1 left out: no source it can be tied to',
      ],
      undated: [{ id: 'undated-row', title: 'Undated row' }],
    });
  });

  it('asks the date order when the file does not settle it, then reads it as told', async () => {
    const ambiguous = 'Date,Headline,Who\n03/04/2020,Talks,Russia\n05/06/2021,More talks,Russia\n';
    expect(await documentFromFile(ambiguous, 'talks.csv')).toEqual({
      kind: 'ask-date-order',
      where: 'rows 2–3',
      // As written, with the title each event would have, and both readings.
      dates: [
        {
          where: 2,
          unit: 'row',
          text: '03/04/2020',
          title: 'Talks',
          dmy: '2020-04-03',
          mdy: '2020-03-04',
        },
        {
          where: 3,
          unit: 'row',
          text: '05/06/2021',
          title: 'More talks',
          dmy: '2021-06-05',
          mdy: '2021-05-06',
        },
      ],
    });
    const opened = await documentFromFile(ambiguous, 'talks.csv', 'mdy');
    if (opened.kind !== 'document') throw new Error('not opened');
    expect(opened.document.events.map((event) => event.start)).toEqual([
      '2020-03-04',
      '2021-05-06',
    ]);
  });

  it('says what is wrong with a file it cannot open', async () => {
    expect(await documentFromFile('{"format": "sourceline/9"}', 'x.json')).toEqual({
      kind: 'refused',
      message: 'the format is "sourceline/9", not "sourceline/1"',
    });
    const broken = await documentFromFile('{"format": "sourceline/1",', 'x.json');
    expect(broken).toMatchObject({
      kind: 'refused',
      message: expect.stringMatching(/^not valid JSON/),
    });
    expect(await documentFromFile('just some words', 'notes.txt')).toMatchObject({
      kind: 'refused',
      message: expect.stringMatching(/^not a format Sourceline imports/),
    });
  });

  describe('in the Spanish editor', () => {
    const inSpanish = (text: string, name: string, dateOrder?: 'dmy' | 'mdy') =>
      documentFromFile(text, name, dateOrder, { notes: [] }, 'es');

    it('names the format and what was left out in Spanish, the file’s values as written', async () => {
      const opened = await inSpanish(CSV, 'events.csv');
      if (opened.kind !== 'document') throw new Error(`not opened: ${JSON.stringify(opened)}`);
      expect(opened.imported).toEqual({
        format: 'tabla CSV/TSV',
        leftOutCount: 1,
        fieldsLeftOutCount: 1,
        leftOut: [
          'fila 5: fecha "soon": no es una fecha (como 2024-06-19, 19/06/2024, 19 de junio de 2024 o 2024)',
          'fila 2: se omite la cita 1: no hay ninguna fuente a la que atribuirla',
        ],
        undated: [{ id: 'undated-row', title: 'Undated row' }],
      });
    });

    it('asks the date order about rows named in Spanish', async () => {
      const ambiguous =
        'Date,Headline,Who\n03/04/2020,Talks,Russia\n05/06/2021,More talks,Russia\n';
      expect(await inSpanish(ambiguous, 'talks.csv')).toMatchObject({
        kind: 'ask-date-order',
        where: 'filas 2–3',
      });
    });

    it('says in Spanish why it cannot open a file, the editor’s reasons and the importers’', async () => {
      expect(await inSpanish('Happened,Title\nyesterday,Talks\n', 'nodate.csv')).toEqual({
        kind: 'refused',
        message:
          'no se reconoce por su nombre ninguna columna de fechas ("Date", "Fecha", "Start"…); columnas: Happened, Title. Cambia el nombre de la columna en el archivo o impórtalo con «Abrir almacén…» del explorador, donde se pueden elegir sus columnas',
      });
      expect(await inSpanish('{"format": "sourceline/9"}', 'x.json')).toEqual({
        kind: 'refused',
        message: 'el formato es "sourceline/9", no "sourceline/1"',
      });
      expect(await inSpanish('<kml><Document></Document></kml>', 'x.kml')).toEqual({
        kind: 'refused',
        message: 'no hay marcas de posición',
      });
    });
  });
});
