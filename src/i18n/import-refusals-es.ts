import { importFieldsEs } from './import-fields-es';
import { countedInSpanish } from './import-places-es';
import { pluralsOf } from './plural';
import { type Rule, byTables } from './spanish-tables';

/**
 * Why the importers refused a file (a converter's refusal, or what reading its bytes found:
 * ImportReadError), in Spanish, for the Spanish Import dialog and editor. Like the notes
 * (import-notes-es.ts), what the file holds stays as it is: column, sheet and file names,
 * a MIME type. So does what another program said of it (the browser's JSON parser,
 * read-excel-file), which only that program words. import-refusals-es.coverage.test.ts makes
 * the importers refuse in every way and fails on a refusal missing here, or left here.
 */

const esPlural = pluralsOf('es');
const esNumber = new Intl.NumberFormat('es-ES');
/** A count the importers wrote with English separators ("10,000,000"). */
const count = (english: string) => esNumber.format(Number(english.replace(/,/g, '')));

/** Refusals by their words, as a noun phrase or a clause after "Este archivo no se puede importar:". */
const PHRASES: ReadonlyMap<string, string> = new Map([
  // convert.ts: what the file is not.
  [
    'already a sourceline/1 store: open it as it is',
    'ya es un almacén sourceline/1: ábrelo tal como está',
  ],
  [
    'a web page (HTML), not data: open the address of the file the page shows (JSON, CSV, KML…), or save its table as CSV',
    'una página web (HTML), no datos: abre la dirección del archivo que muestra la página (JSON, CSV, KML…) o guarda su tabla como CSV',
  ],
  [
    'not a format Sourceline imports (TimelineJS JSON or sheet CSV, SIMILE XML or JSON, timemap or timemap.js JSON, KML or KMZ, GeoJSON, RSS or Atom feeds, CSV/TSV, Excel .xlsx, OpenDocument .ods)',
    'no está en un formato que Sourceline importe (JSON o CSV de hoja de TimelineJS, XML o JSON de SIMILE, JSON de timemap o timemap.js, KML o KMZ, GeoJSON, canales RSS o Atom, CSV/TSV, Excel .xlsx, OpenDocument .ods)',
  ],
  [
    'not TimelineJS JSON: no events with start_date (nor a TimelineJS2 timeline.date)',
    'no es JSON de TimelineJS: no hay eventos con start_date (ni un timeline.date de TimelineJS2)',
  ],
  ['not a TimelineJS object', 'no es un objeto de TimelineJS'],
  [
    'not GeoJSON: no "type": "FeatureCollection" with features, nor a Feature',
    'no es GeoJSON: no hay un "type": "FeatureCollection" con features, ni una Feature',
  ],
  ['no events list', 'no hay lista de eventos'],
  // Nothing in it, or nothing dated (the names of a format's elements stay as they are).
  ['no placemarks', 'no hay marcas de posición'],
  [
    'no placemark has a date (a TimeStamp, a TimeSpan or a date in its ExtendedData)',
    'ninguna marca de posición tiene fecha (un TimeStamp, un TimeSpan o una fecha en su ExtendedData)',
  ],
  ['no features', 'no hay entidades (Feature)'],
  [
    'no feature has a date (a property named date, start, time, event_date…)',
    'ninguna entidad tiene fecha (una propiedad llamada date, start, time, event_date…)',
  ],
  ['no items', 'no hay elementos'],
  [
    'no item has a date (pubDate, dc:date, published or updated)',
    'ningún elemento tiene fecha (pubDate, dc:date, published o updated)',
  ],
  ['no entries', 'no hay entradas'],
  [
    'no entry has a date (pubDate, dc:date, published or updated)',
    'ninguna entrada tiene fecha (pubDate, dc:date, published o updated)',
  ],
  ['no row could be imported', 'no se pudo importar ninguna fila'],
  // from-csv.ts: a column the table needs that the person chose to be none.
  ['no column of dates chosen', 'no hay ninguna columna de fechas elegida'],
  [
    'no column of titles or descriptions chosen',
    'no hay ninguna columna de títulos o descripciones elegida',
  ],
  ['no event could be imported', 'no se pudo importar ningún evento'],
  ['no slide or era could be imported', 'no se pudo importar ninguna diapositiva ni era'],
  // read-import-bytes.ts: what a file that is not text is, and what to do with it.
  [
    'a ZIP archive that cannot be read (damaged, or cut short)',
    'un archivo ZIP que no se puede leer (dañado o incompleto)',
  ],
  [
    'an Excel 97–2003 workbook (.xls) or another Office file of that age: save the sheet as .xlsx, .ods or CSV, and import that',
    'un libro de Excel 97–2003 (.xls) u otro archivo de Office de esa época: guarda la hoja como .xlsx, .ods o CSV e importa ese archivo',
  ],
  [
    'a PDF document: Sourceline imports timelines and tables, not documents; export the table in it as CSV, and import that',
    'un documento PDF: Sourceline importa líneas de tiempo y tablas, no documentos; exporta su tabla como CSV e importa ese archivo',
  ],
  ['an image, not a timeline or a table', 'una imagen, no una línea de tiempo ni una tabla'],
  [
    'a binary file, not text: Sourceline imports text files (JSON, XML, CSV) and the spreadsheets and archives it names',
    'un archivo binario, no de texto: Sourceline importa archivos de texto (JSON, XML, CSV) y las hojas de cálculo y archivos comprimidos que nombra',
  ],
  [
    'a Word document (.docx): save the table in it as CSV, and import that',
    'un documento de Word (.docx): guarda su tabla como CSV e importa ese archivo',
  ],
  [
    'a PowerPoint presentation (.pptx), not a timeline or a table',
    'una presentación de PowerPoint (.pptx), no una línea de tiempo ni una tabla',
  ],
  [
    'an Apple Numbers spreadsheet: export it as Excel or CSV (File → Export To), and import that',
    'una hoja de cálculo de Apple Numbers: expórtala como Excel o CSV (Archivo → Exportar a) e importa ese archivo',
  ],
  [
    'a ZIP archive with no KML file in it (a KMZ holds one)',
    'un archivo ZIP sin ningún archivo KML (un KMZ contiene uno)',
  ],
]);

/** The kind of spreadsheet refused (read-workbook.ts, read-ods.ts), which the rest agrees with. */
const WORKBOOKS: ReadonlyMap<string, string> = new Map([
  ['an Excel workbook', 'un libro de Excel'],
  ['an OpenDocument spreadsheet', 'una hoja de cálculo OpenDocument'],
]);

/** A field as a refusal names it (any string: an unknown one is not translated). */
const FIELDS: Readonly<Record<string, string>> = importFieldsEs;
const COLUMNS_OF: Readonly<Record<string, string>> = {
  dates: 'fechas',
  'titles or descriptions': 'títulos o descripciones',
};

const WORKBOOK = '(an Excel workbook|an OpenDocument spreadsheet)';
const rule = (pattern: string) => new RegExp(`^${pattern}$`);

const RULES: readonly Rule[] = [
  [/^not valid JSON: (.+)$/s, (parser) => `no es JSON válido: ${parser}`],
  [
    /^no column of dates recognised by its name \("Date", "Fecha", "Start"…\); columns: (.*)$/s,
    (columns) =>
      `no se reconoce por su nombre ninguna columna de fechas ("Date", "Fecha", "Start"…); columnas: ${columns}`,
  ],
  [
    /^no column of titles or descriptions recognised by its name \("Title", "Headline", "Titular"…\); columns: (.*)$/s,
    (columns) =>
      `no se reconoce por su nombre ninguna columna de títulos o descripciones ("Title", "Headline", "Titular"…); columnas: ${columns}`,
  ],
  [
    /^no column of (dates|titles or descriptions): its column, ("(?:[^"\\]|\\.)*"), is chosen for ([a-z]+)$/s,
    (what, column, field) =>
      FIELDS[field] &&
      `no hay columna de ${COLUMNS_OF[what]}: su columna, ${column}, está elegida para ${FIELDS[field]}`,
  ],
  [
    /^its dates run backwards: (\d+) of (\d+) periods end before they start \((.+)\), as when they count years before present \(SIMILE’s geological timelines, in millions of years\); they are not calendar years$/,
    (backwards, ranged, places) => {
      const events = countedInSpanish(places)?.text;
      const periods = esPlural(Number(ranged), { one: 'periodo', other: 'periodos' });
      const end = esPlural(Number(backwards), { one: 'termina', other: 'terminan' });
      return (
        events &&
        `sus fechas van hacia atrás: ${count(backwards)} de ${count(ranged)} ${periods} ${end} antes de empezar (${events}), como cuando se cuentan los años antes del presente (las cronologías geológicas de SIMILE, en millones de años); no son años del calendario`
      );
    },
  ],
  [
    /^an OpenDocument file that is not a spreadsheet \((.+)\): save the table in it as CSV, and import that$/,
    (type) =>
      `un archivo OpenDocument que no es una hoja de cálculo (${type}): guarda su tabla como CSV e importa ese archivo`,
  ],
  [
    /^the KML in this archive \((.+)\) is (\d+) MB unpacked, more than the (\d+) MB an import may be$/,
    (name, size, limit) =>
      `el KML de este archivo comprimido (${name}) ocupa ${size} MB descomprimido, más que los ${limit} MB que admite una importación`,
  ],
  [
    /^the KML in this archive \((.+)\) cannot be unpacked$/,
    (name) => `el KML de este archivo comprimido (${name}) no se puede descomprimir`,
  ],
  [
    /^an Excel workbook of (\d+) MB unpacked, more than the (\d+) MB an import may be: save the sheet to import as CSV, or delete the other sheets$/,
    (size, limit) =>
      `un libro de Excel de ${size} MB descomprimido, más que los ${limit} MB que admite una importación: guarda como CSV la hoja que quieras importar o borra las demás hojas`,
  ],
  [
    /^an Excel workbook that cannot be read(?:: (.+))?$/s,
    (library) => `un libro de Excel que no se puede leer${library ? `: ${library}` : ''}`,
  ],
  [
    /^an Excel workbook with a sheet \((.+)\) that spans ([\d,]+) cells, more than the ([\d,]+) an import may read: delete what lies far from the table, or save the sheet as CSV$/,
    (sheet, cells, limit) =>
      `un libro de Excel con una hoja (${sheet}) que abarca ${count(cells)} celdas, más que las ${count(limit)} que puede leer una importación: borra lo que quede lejos de la tabla o guarda la hoja como CSV`,
  ],
  [
    /^an OpenDocument spreadsheet with a sheet \((".*")\) that spans more than the ([\d,]+) cells an import may read: delete what lies far from the table, or save the sheet as CSV$/,
    (sheet, limit) =>
      `una hoja de cálculo OpenDocument con una hoja (${sheet}) que abarca más de las ${count(limit)} celdas que puede leer una importación: borra lo que quede lejos de la tabla o guarda la hoja como CSV`,
  ],
  [
    /^an OpenDocument spreadsheet whose sheets are (\d+) MB unpacked, more than the (\d+) MB an import may read: save the sheet to import as CSV, or delete the other sheets$/,
    (size, limit) =>
      `una hoja de cálculo OpenDocument cuyas hojas ocupan ${size} MB descomprimidas, más que los ${limit} MB que puede leer una importación: guarda como CSV la hoja que quieras importar o borra las demás hojas`,
  ],
  [
    /^an OpenDocument spreadsheet with no content\.xml in it \(damaged\)$/,
    () => 'una hoja de cálculo OpenDocument sin content.xml (dañada)',
  ],
  [
    rule(`${WORKBOOK} that cannot be unpacked \\(damaged, or cut short\\)`),
    (what) =>
      `${WORKBOOKS.get(what)} que no se puede descomprimir (${what === 'an Excel workbook' ? 'dañado o incompleto' : 'dañada o incompleta'})`,
  ],
  [
    rule(`${WORKBOOK} whose sheet is empty`),
    (what) => `${WORKBOOKS.get(what)} cuya hoja está vacía`,
  ],
  [
    rule(`${WORKBOOK} whose sheets \\((.+)\\) are empty`),
    (what, sheets) => `${WORKBOOKS.get(what)} cuyas hojas (${sheets}) están vacías`,
  ],
  [
    rule(`${WORKBOOK} whose sheet is more than the (\\d+) MB an import may be, as a table`),
    (what, limit) =>
      `${WORKBOOKS.get(what)} cuya hoja, como tabla, ocupa más de los ${limit} MB que admite una importación`,
  ],
];

/** The tables, so that a test can tell a phrase or a rule that no importer says any more. */
export const SPANISH_REFUSALS = { phrases: PHRASES, rules: RULES, workbooks: WORKBOOKS };

/** A refusal in Spanish; undefined when the tables have no Spanish for all of it. */
export function refusalInSpanish(english: string): string | undefined {
  return byTables(english, RULES, PHRASES);
}
