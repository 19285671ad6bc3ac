import type { ImportField } from '../format/convert/outcome';

/**
 * What a table's columns are read as (outcome.ts IMPORT_FIELDS), in Spanish: the Import
 * dialog's labels (messages-es.ts) and the refusals that name a field (import-refusals-es.ts)
 * say the same word. A module of its own so that the refusals, which the Spanish editor also
 * loads, need not bring the explorer's whole Spanish catalogue.
 */
export const importFieldsEs: Readonly<Record<ImportField, string>> = {
  date: 'fecha',
  end: 'fin',
  title: 'título',
  summary: 'resumen',
  actors: 'actores',
  tags: 'etiquetas',
  place: 'lugar',
  lat: 'lat',
  lon: 'lon',
  url: 'url',
  source: 'fuente',
  quote: 'cita',
  translation: 'traducción',
  status: 'estado',
};
