import { describe, expect, it } from 'vitest';
import {
  type ImportNote,
  ReportBuilder,
  englishImportWords,
  groupNotes,
  quotedValue,
  withValues,
} from '../format/convert/import-report';
import { convertText } from '../format/convert/convert';
import { IMPORT_FIELDS } from '../format/convert/outcome';
import { messageInSpanish } from './import-notes-es';
import { countedInSpanish, whereInSpanish } from './import-places-es';
import { noteInSpanish, spanishImportWords } from './import-report-es';
import { esLater } from './messages-es';

const note = (kind: ImportNote['kind'], where: string, message: string): ImportNote => ({
  kind,
  where,
  message,
});

describe('an import note in Spanish', () => {
  it('says what was done, where, and of which kind, in Spanish', () => {
    expect(noteInSpanish(note('dropped', 'row 6', 'no title and no description'))).toEqual({
      kind: 'descartado',
      where: 'fila 6',
      message: 'sin título ni descripción',
    });
    expect(noteInSpanish(note('dropped', 'row 12', 'no date'))?.message).toBe('sin fecha');
    expect(
      noteInSpanish(
        note(
          'warned',
          'row 17',
          'latitude 37.53 and longitude 47.11 look swapped: other rows put "Mariupol" at 47.1, 37.54; kept as given',
        ),
      ),
    ).toEqual({
      kind: 'aviso',
      where: 'fila 17',
      message:
        'la latitud 37.53 y la longitud 47.11 parecen intercambiadas: otras filas sitúan "Mariupol" en 47.1, 37.54; se conservan como están',
    });
    expect(noteInSpanish(note('mapped', '', 'date ← "Fecha" (recognised by name)'))).toEqual({
      kind: 'asignado',
      where: '',
      message: 'fecha ← "Fecha" (columna reconocida por su nombre)',
    });
    expect(
      noteInSpanish(
        note('dropped', 'row 15', 'end 2024-06-18 is before the start 2024-06-19: left out'),
      )?.message,
    ).toBe('el fin 2024-06-18 es anterior al inicio 2024-06-19: se omite');
  });

  it('keeps what the file wrote as it is: values, column names, JSON paths', () => {
    expect(
      noteInSpanish(
        note(
          'dropped',
          'events[3].start_date',
          '{"year":"3000 BC"}: not a date (such as 2024-06-19, 19/06/2024, June 19, 2024 or 2024)',
        ),
      ),
    ).toEqual({
      kind: 'descartado',
      where: 'events[3].start_date',
      message:
        '{"year":"3000 BC"}: no es una fecha (como 2024-06-19, 19/06/2024, 19 de junio de 2024 o 2024)',
    });
    expect(messageInSpanish('columns not imported: Notes, Link')).toBe(
      'columnas no importadas: Notes, Link',
    );
    expect(messageInSpanish('date "<b>soon</b>": day and month could be either way round')).toBe(
      'fecha "<b>soon</b>": el día y el mes podrían ir en cualquier orden',
    );
  });

  it('says which coordinate was not read, and which part of a sheet’s date is wrong', () => {
    expect(
      messageInSpanish('lat "50°27′Z" not read (such as 50.45 or 50°27′N): coordinates left out'),
    ).toBe('no se lee la latitud "50°27′Z" (como 50,45 o 50°27′N): se omiten las coordenadas');
    expect(messageInSpanish('lat missing beside lon "30.52": coordinates left out')).toBe(
      'falta la latitud junto a la longitud "30.52": se omiten las coordenadas',
    );
    expect(messageInSpanish('date "2015-13-40" (Year, Month, Day): month not from 1 to 12')).toBe(
      'fecha "2015-13-40" (Year, Month, Day): el mes no va del 1 al 12',
    );
    expect(
      messageInSpanish(
        'end date "2016-2-30" (End Year, End Month, End Day) left out: day not in that month',
      ),
    ).toBe(
      'se omite la fecha de fin "2016-2-30" (End Year, End Month, End Day): el día no existe en ese mes',
    );
    expect(messageInSpanish('date "2015-x" (Year, Month): month is not a whole number')).toBe(
      'fecha "2015-x" (Year, Month): el mes no es un número entero',
    );
    // A part the tables do not know leaves the note in English, whole.
    expect(messageInSpanish('date "2015-13" (Year, Month): month 13 is a mystery')).toBe(undefined);
  });

  it('says a note grouped over different values in Spanish, the values "…" and a few shown', () => {
    const missing = (row: number, lat: string) => {
      const report = new ReportBuilder();
      report.dropped(
        `row ${row}`,
        withValues`lon missing beside lat ${quotedValue(lat)}: coordinates left out`,
      );
      return report.notes[0]!;
    };
    const [grouped] = groupNotes([
      missing(3, '50.45'),
      missing(7, '39.97'),
      missing(12, '48.2'),
      missing(13, '41'),
    ]);
    expect(noteInSpanish(grouped!)).toEqual({
      kind: 'descartado',
      where: 'filas 3, 7, 12–13',
      message:
        'falta la longitud junto a la latitud …: se omiten las coordenadas (p. ej. "50.45", "39.97", "48.2")',
    });
    // A date object of a JSON file is read by its shape, as the value itself is.
    const slide = (path: string, value: unknown) => {
      const report = new ReportBuilder();
      report.droppedItem(
        path,
        withValues`${quotedValue(value)}: not a date (such as 2024-06-19, 19/06/2024, June 19, 2024 or 2024)`,
      );
      return report.notes[0]!;
    };
    const [dates] = groupNotes([
      slide('events[1].start_date', { year: 'x' }),
      slide('events[4].start_date', { year: 'soon' }),
    ]);
    expect(noteInSpanish(dates!)?.message).toBe(
      '…: no es una fecha (como 2024-06-19, 19/06/2024, 19 de junio de 2024 o 2024) (p. ej. {"year":"x"}, {"year":"soon"})',
    );
  });

  it('names the places of a grouped note in Spanish, counting the rest', () => {
    const grouped = (where: string) => noteInSpanish(note('guessed', where, 'empty row'))?.where;
    expect(grouped('rows 2, 3, 4 and 7 more')).toBe('filas 2, 3, 4 y 7 más');
    expect(grouped('rows 2, 3, 4 and 11,662 more')).toBe('filas 2, 3, 4 y 11.662 más');
    expect(grouped('rows 18–19')).toBe('filas 18–19');
    expect(grouped('event 1, event 3, event 5 and 19 more')).toBe(
      'evento 1, evento 3, evento 5 y 19 más',
    );
    expect(grouped('events[0], events[1], events[2] and 11,156 more')).toBe(
      'events[0], events[1], events[2] y 11.156 más',
    );
    expect(grouped('placemark 2, item 3, entry 4, feature')).toBe(
      'marca de posición 2, elemento 3, entrada 4, entidad',
    );
  });

  it('stays whole in English when a part of it has no Spanish', () => {
    const unknown = [
      note('dropped', 'row 6', 'a note no importer writes yet'),
      // A place the tables do not know, with a message they do.
      note('dropped', 'cell A1', 'no title and no description'),
      note('dropped', 'row 6', 'date "x": a reason no importer gives yet'),
      note('mapped', '', 'colour ← "Colour" (recognised by name)'),
      note('guessed', '', 'day/month order read as ymd from row 2'),
    ];
    for (const english of unknown) {
      expect(noteInSpanish(english)).toBeUndefined();
      expect(spanishImportWords.note(english)).toEqual(english);
    }
  });

  it('agrees with how many, by Spanish plural rules', () => {
    expect(messageInSpanish('day/month order read as dmy from row 2')).toBe(
      'orden de día y mes: se lee día/mes/año, como muestra la fila 2',
    );
    expect(messageInSpanish('day/month order read as mdy from rows 2, 3')).toBe(
      'orden de día y mes: se lee mes/día/año, como muestran las filas 2, 3',
    );
    expect(messageInSpanish('day/month order read as dmy from event 1')).toBe(
      'orden de día y mes: se lee día/mes/año, como muestra el evento 1',
    );
    expect(messageInSpanish('empty: event 2')).toBe('vacío: evento 2');
    expect(messageInSpanish('empty: events 2, 5')).toBe('vacíos: eventos 2, 5');
    expect(messageInSpanish('actors ← "A1" + "A2" (recognised by name)')).toBe(
      'actores ← "A1" + "A2" (columnas reconocidas por su nombre)',
    );
    expect(messageInSpanish('1 ids written in lower case to be slugs (CIV1 → civ1)')).toBe(
      '1 id escrito en minúsculas para que sea un identificador válido (slug) (CIV1 → civ1)',
    );
    expect(messageInSpanish('2 ids written in lower case to be slugs (CIV1 → civ1)')).toBe(
      '2 ids escritos en minúsculas para que sean identificadores válidos (slugs) (CIV1 → civ1)',
    );
    // Whole millions take CLDR's "many" in Spanish: the phrase falls back to its plural.
    expect(messageInSpanish('1000000 empty rows')).toBe('1.000.000 filas vacías');
  });

  it('names the import fields as the Import dialog’s column lists do', () => {
    for (const field of IMPORT_FIELDS) {
      expect(messageInSpanish(`${field} ← "C" (mapped by hand)`)).toBe(
        `${esLater.importField[field]} ← "C" (columna elegida a mano)`,
      );
    }
  });
});

describe('notes the importers group, in Spanish', () => {
  const grouped = (text: string) => {
    const outcome = convertText(text, { fallbackTitle: 'x' });
    if (outcome.kind !== 'store') throw new Error(outcome.kind);
    return groupNotes(outcome.report.notes).filter((note) => note.kind === 'dropped');
  };

  it('says a sheet’s rows wrong the same way, whatever their values, as one line', () => {
    const header =
      'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';
    const row = (month: string) => `2015,${month},1,,,,,,,A row,,,,,,,,`;
    const notes = grouped([header, row('1'), row('13'), row('14'), row('13'), row('1')].join('\n'));
    expect(notes.map(noteInSpanish)).toEqual([
      {
        kind: 'descartado',
        where: 'filas 3–5',
        message:
          'fecha … (Year, Month, Day): el mes no va del 1 al 12 (p. ej. "2015-13-1", "2015-14-1")',
      },
    ]);
  });

  it('names a SIMILE event it drops by its title in Spanish too', () => {
    const xml =
      '<data><event start="soon" title="Peace, at last"/><event start="1990" title="Kept"/></data>';
    expect(grouped(xml).map(noteInSpanish)).toEqual([
      {
        kind: 'descartado',
        where: 'evento 1 ("Peace, at last")',
        message:
          'inicio "soon": no es una fecha (como 2024-06-19, 19/06/2024, 19 de junio de 2024 o 2024)',
      },
    ]);
  });
});

describe('the importers’ words', () => {
  it('name the format and the rows of a question in Spanish', () => {
    expect(spanishImportWords.formatName('csv')).toBe('tabla CSV/TSV');
    expect(spanishImportWords.formatName('csv', 'xlsx')).toBe('hoja de cálculo (Excel .xlsx)');
    expect(spanishImportWords.formatName('feed')).toBe('canal web (RSS o Atom)');
    expect(spanishImportWords.listRows([3], 'row')).toBe('fila 3');
    expect(spanishImportWords.listRows([3, 4], 'event')).toBe('eventos 3–4');
    expect(
      spanishImportWords.listRows(
        [...Array(12).keys()].map((i) => i + 2),
        'row',
      ),
    ).toBe('filas 2–13');
    const runs = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 20, 21, 22, 23, 24];
    const more = Array.from({ length: 1_662 }, (_, i) => 1_000 + 2 * i);
    expect(spanishImportWords.listRows([...runs, 30, 32, 34, 36, 38, 40, 42, ...more], 'row')).toBe(
      'filas 3–12, 15, 20–24, 30, 32, 34, 36, 38, 40, 42 y 1662 más',
    );
  });

  it('say where a grouped note was in Spanish, ranges and titles as the English has them', () => {
    expect(whereInSpanish('rows 3–12, 15, 20–24 and 1,662 more')).toBe(
      'filas 3–12, 15, 20–24 y 1662 más',
    );
    expect(whereInSpanish('event 4')).toBe('evento 4');
    expect(whereInSpanish('events 4–5')).toBe('eventos 4–5');
    // A title the file gave, commas and all, stays as it is.
    expect(whereInSpanish('event 12 ("Peace, at last"), event 14 ("Treaty") and 3 more')).toBe(
      'evento 12 ("Peace, at last"), evento 14 ("Treaty") y 3 más',
    );
    expect(countedInSpanish('rows 3–12, 15 and 1,662 more')?.count).toBe(1_673);
    expect(countedInSpanish('rows 3–12, 15')?.withArticle).toBe('las filas 3–12, 15');
  });

  it('say why a file was refused in Spanish, the file’s names as it wrote them', () => {
    expect(spanishImportWords.refusal('no placemarks')).toBe('no hay marcas de posición');
    expect(
      spanishImportWords.refusal(
        'no column of dates recognised by its name ("Date", "Fecha", "Start"…); columns: Cuándo, <b>Qué</b>',
      ),
    ).toBe(
      'no se reconoce por su nombre ninguna columna de fechas ("Date", "Fecha", "Start"…); columnas: Cuándo, <b>Qué</b>',
    );
    expect(
      spanishImportWords.refusal('an OpenDocument spreadsheet whose sheets ("A", "B") are empty'),
    ).toBe('una hoja de cálculo OpenDocument cuyas hojas ("A", "B") están vacías');
  });

  it('agree a refusal’s counts by Spanish plural rules', () => {
    const backwards = (n: number, of: number, places: string) =>
      spanishImportWords.refusal(
        `its dates run backwards: ${n} of ${of} periods end before they start (${places}), as when they count years before present (SIMILE’s geological timelines, in millions of years); they are not calendar years`,
      );
    expect(backwards(1, 1, 'event 4')).toMatch(
      /^sus fechas van hacia atrás: 1 de 1 periodo termina antes de empezar \(evento 4\), /,
    );
    expect(backwards(2, 3, 'events 1, 2')).toMatch(
      /^sus fechas van hacia atrás: 2 de 3 periodos terminan antes de empezar \(eventos 1, 2\), /,
    );
  });

  it('leave a refusal the tables do not know whole in English', () => {
    for (const english of ['HTTP 404', 'no sheet could be read', 'a ZIP archive of a new kind']) {
      expect(spanishImportWords.refusal(english)).toBe(english);
    }
  });

  it('are the importers’ own in English', () => {
    const english = note('dropped', 'row 6', 'no title and no description');
    expect(englishImportWords.note(english)).toEqual(english);
    expect(englishImportWords.formatName('csv', 'xlsx')).toBe('spreadsheet (Excel .xlsx)');
    expect(englishImportWords.listRows([3, 4], 'row')).toBe('rows 3–4');
    expect(englishImportWords.refusal('no placemarks')).toBe('no placemarks');
  });
});
