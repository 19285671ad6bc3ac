import { type PluralForms, pluralsOf } from './plural';

/**
 * Where an import note was, in Spanish: a row of a table, an event, placemark, item or entry
 * of a file counted from 1, and the lists of them that listRows (import-dates.ts) and
 * namePlaces (problems.ts) write. JSON paths ("events[3].start_date") are the file's own
 * names: they stay as they are. Undefined for a place the tables have no Spanish for.
 */

const esPlural = pluralsOf('es');
const esNumber = new Intl.NumberFormat('es-ES');

/** What listRows counts, by the English word it writes for one, with its article. */
const COUNTED: ReadonlyMap<string, { one: string; other: string; the: PluralForms }> = new Map([
  ['row', { one: 'fila', other: 'filas', the: { one: 'la', other: 'las' } }],
  ['event', { one: 'evento', other: 'eventos', the: { one: 'el', other: 'los' } }],
  [
    'placemark',
    {
      one: 'marca de posición',
      other: 'marcas de posición',
      the: { one: 'la', other: 'las' },
    },
  ],
]);

/** What a file's readers number one by one (KML placemarks, feed items, Atom entries). */
const NUMBERED: ReadonlyMap<string, string> = new Map([
  ['row', 'fila'],
  ['event', 'evento'],
  ['placemark', 'marca de posición'],
  ['item', 'elemento'],
  ['entry', 'entrada'],
]);

/** Places named by words rather than numbers or paths. */
const NAMED: ReadonlyMap<string, string> = new Map([
  // GeoJSON's lone Feature (a file that is one, not a collection).
  ['feature', 'entidad'],
  // SIMILE's attributes of the file itself, not of an event.
  ['the file', 'el archivo'],
]);

const JSON_PATH = /^[A-Za-z_$][\w$]*(?:\[\d+\]|\.[A-Za-z_$][\w$]*)*$/;

/** The exact words, so that a test can tell one the importers no longer write. */
export const SPANISH_PLACE_WORDS = { counted: COUNTED, numbered: NUMBERED, named: NAMED };

/** One place: "row 12" → "fila 12"; a JSON path as it is. */
export function placeInSpanish(english: string): string | undefined {
  const named = NAMED.get(english);
  if (named !== undefined) return named;
  const numbered = /^(\w+) (\d+)$/.exec(english);
  if (numbered) {
    const word = NUMBERED.get(numbered[1]!);
    return word === undefined ? undefined : `${word} ${numbered[2]}`;
  }
  const range = /^rows (\d+)–(\d+)$/.exec(english);
  if (range) return `filas ${range[1]}–${range[2]}`;
  return JSON_PATH.test(english) ? english : undefined;
}

/** "rows 3, 4, 9" as listRows writes it, from the numbers. */
export function rowsInSpanish(
  rows: readonly number[],
  unit: 'row' | 'event' | 'placemark' = 'row',
): string {
  const shown = rows.slice(0, 10).join(', ');
  return `${esPlural(rows.length, COUNTED.get(unit)!)} ${shown}${more(rows.length - 10)}`;
}

/** A list of rows (or events, or placemarks) in Spanish, alone and after its article. */
export interface CountedPlaces {
  /** "filas 3, 4" */
  readonly text: string;
  /** "las filas 3, 4" */
  readonly withArticle: string;
  /** How many it counts, for a verb to agree with ("como muestran las filas 3, 4"). */
  readonly count: number;
}

/** listRows's English ("rows 3, 4, 9 and 12 more") in Spanish. */
export function countedInSpanish(english: string): CountedPlaces | undefined {
  const match = /^(\w+?)s? (\d+(?:, \d+)*)(?: and ([\d,]+) more)?$/.exec(english);
  const forms = match ? COUNTED.get(match[1]!) : undefined;
  if (!match || !forms) return undefined;
  const hidden = Number((match[3] ?? '0').replace(/,/g, ''));
  const count = match[2]!.split(', ').length + hidden;
  const text = `${esPlural(count, forms)} ${match[2]}${more(hidden)}`;
  return { text, withArticle: `${esPlural(count, forms.the)} ${text}`, count };
}

/**
 * A list of places ("event 1, event 2, event 3 and 1,156 more", as namePlaces and SIMILE's
 * reader write one), each place in Spanish; undefined when one of them has none.
 */
export function placeListInSpanish(english: string): string | undefined {
  const match = /^(.+?)(?: and ([\d,]+) more)?$/.exec(english)!;
  const places = match[1]!.split(', ').map(placeInSpanish);
  if (places.some((place) => place === undefined)) return undefined;
  return `${places.join(', ')}${more(Number((match[2] ?? '0').replace(/,/g, '')))}`;
}

/** Where a note was, as groupNotes leaves it: one place, or a list of them; '' for the file. */
export function whereInSpanish(english: string): string | undefined {
  if (english === '') return '';
  return countedInSpanish(english)?.text ?? placeListInSpanish(english);
}

function more(count: number): string {
  return count > 0 ? ` y ${esNumber.format(count)} más` : '';
}
