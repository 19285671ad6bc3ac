/**
 * What a person calls an imported file, in Spanish, by formatName's English (import-report.ts),
 * so that the rule of which name a file gets (a table from a workbook is a spreadsheet, a KML
 * from its archive a KMZ) stays in one place. Product and format names stay as they are.
 * Named to follow "Formato reconocido:" and "un archivo de tipo …" (messages-es.ts).
 */
export const FORMAT_NAMES_ES: ReadonlyMap<string, string> = new Map([
  ['TimelineJS JSON', 'JSON de TimelineJS'],
  ['TimelineJS sheet (CSV)', 'hoja de TimelineJS (CSV)'],
  ['TimelineJS sheet (Excel .xlsx)', 'hoja de TimelineJS (Excel .xlsx)'],
  ['TimelineJS sheet (OpenDocument .ods)', 'hoja de TimelineJS (OpenDocument .ods)'],
  ['SIMILE Timeline', 'SIMILE Timeline'],
  ['timemap export', 'exportación de timemap'],
  ['timemap.js items', 'elementos de timemap.js'],
  ['KML (Google Earth)', 'KML (Google Earth)'],
  ['KMZ (Google Earth)', 'KMZ (Google Earth)'],
  ['web feed (RSS or Atom)', 'canal web (RSS o Atom)'],
  ['GeoJSON', 'GeoJSON'],
  ['CSV/TSV table', 'tabla CSV/TSV'],
  ['spreadsheet (Excel .xlsx)', 'hoja de cálculo (Excel .xlsx)'],
  ['spreadsheet (OpenDocument .ods)', 'hoja de cálculo (OpenDocument .ods)'],
]);
