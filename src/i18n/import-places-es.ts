import { listWithMore } from '../format/list-more';
import { RUN_PATTERN, countRuns, listNumberRuns, readEnglishCount } from '../format/number-runs';
import { type PluralForms, pluralsOf } from './plural';

/**
 * Where an import note was, in Spanish: a row of a table, an event, placemark, item or entry
 * of a file counted from 1, and the lists of them that listRows (import-dates.ts) and
 * namePlaces (problems.ts) write. JSON paths ("events[3].start_date") are the file's own
 * names: they stay as they are. Undefined for a place the tables have no Spanish for.
 */

const esPlural = pluralsOf('es');

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

/** A place the file names by its number and its title: `event 12 ("Treaty of …")`. */
const TITLED = /^(.+?) \((".*")\)$/;

/** One place: "row 12" → "fila 12"; a JSON path as it is; a title after it as it is. */
export function placeInSpanish(english: string): string | undefined {
  const titled = TITLED.exec(english);
  if (titled) {
    const place = placeInSpanish(titled[1]!);
    return place === undefined ? undefined : `${place} (${titled[2]!})`;
  }
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

/** "filas 3–12, 15 y 7 más", as listRows writes it in English, from the numbers. */
export function rowsInSpanish(
  rows: readonly number[],
  unit: 'row' | 'event' | 'placemark' = 'row',
): string {
  return `${esPlural(new Set(rows).size, COUNTED.get(unit)!)} ${listNumberRuns(rows, 'es')}`;
}

/** A list of rows (or events, or placemarks) in Spanish, alone and after its article. */
export interface CountedPlaces {
  /** "filas 3–5, 9" */
  readonly text: string;
  /** "las filas 3–5, 9" */
  readonly withArticle: string;
  /** How many it counts, for a verb to agree with ("como muestran las filas 3, 4"). */
  readonly count: number;
}

const COUNTED_LIST = new RegExp(
  `^(\\w+?)s? (${RUN_PATTERN}(?:, ${RUN_PATTERN})*)(?: and ([\\d,]+) more)?$`,
);

/** listRows's English ("rows 3–12, 15 and 1,662 more") in Spanish. */
export function countedInSpanish(english: string): CountedPlaces | undefined {
  const match = COUNTED_LIST.exec(english);
  const forms = match ? COUNTED.get(match[1]!) : undefined;
  if (!match || !forms) return undefined;
  const hidden = readEnglishCount(match[3]);
  const count = countRuns(match[2]!) + hidden;
  const text = `${esPlural(count, forms)} ${listWithMore([match[2]!], hidden, 'es')}`;
  return { text, withArticle: `${esPlural(count, forms.the)} ${text}`, count };
}

/** The places of a list, apart at its commas but not at those inside a quoted title. */
const LISTED_PLACE = /(?:"(?:[^"\\]|\\.)*"|[^,"])+/g;

/**
 * A list of places ("event 1, event 2, event 3 and 1,156 more", as namePlaces and SIMILE's
 * reader write one), each place in Spanish; undefined when one of them has none.
 */
export function placeListInSpanish(english: string): string | undefined {
  const match = /^(.+?)(?: and ([\d,]+) more)?$/.exec(english)!;
  const places = (match[1]!.match(LISTED_PLACE) ?? []).map((place) => placeInSpanish(place.trim()));
  if (places.length === 0 || places.some((place) => place === undefined)) return undefined;
  return listWithMore(places as string[], readEnglishCount(match[2]), 'es');
}

/** Where a note was, as groupNotes leaves it: one place, or a list of them; '' for the file. */
export function whereInSpanish(english: string): string | undefined {
  if (english === '') return '';
  return countedInSpanish(english)?.text ?? placeListInSpanish(english);
}
