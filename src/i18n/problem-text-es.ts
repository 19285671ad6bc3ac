/**
 * The validator's words in Spanish, for the Spanish editor: what is wrong (the message up
 * to its first "; ", which problemText keeps) and what is expected. The validator speaks
 * English everywhere else (the CLI, the explorer's load report), so it is translated here,
 * at the one place that shows it to a person in Spanish. Values it quotes (JSON values,
 * ids, field names such as "memberOf", date patterns such as YYYY-MM-DD) stay as they are:
 * they are what the person types. problem-text-es.coverage.test.ts runs the validator over
 * stores broken in every way it has words for and fails on any phrase missing here.
 */

import { pluralsOf } from './plural';
import { type Rule, byTables } from './spanish-tables';

const esPlural = pluralsOf('es');

// Leads are sentence starts, so they are capitalised; "invalid value", "required field
// missing" and "not usable" never reach these tables (problemText says "Required" or "Not
// valid" for them).
const LEADS: ReadonlyMap<string, string> = new Map([
  ['all of its actors were dropped', 'Se descartaron todos sus actores'],
  ['duplicate id', 'Id repetido'],
  ['memberOf forms a cycle', 'La cadena de memberOf forma un ciclo'],
  ['not a language tag', 'No es una etiqueta de idioma'],
  ['part-of forms a cycle', 'La cadena de part-of forma un ciclo'],
  ['refers to a source that was dropped', 'Remite a una fuente descartada'],
  ['refers to an actor that was dropped', 'Remite a un actor descartado'],
  ['refers to an event that was dropped', 'Remite a un evento descartado'],
  ['the actor takes part in no event', 'El actor no participa en ningún evento'],
  ['the end is before the start', 'El fin es anterior al inicio'],
  [
    'the event has no excerpts: nothing shows what it rests on',
    'El evento no tiene fragmentos: nada muestra en qué se basa',
  ],
  ['the event itself', 'Es el propio evento'],
  ['the format is missing', 'Falta el formato'],
  [
    'the place has a latitude and no longitude: the map cannot show it',
    'El lugar tiene latitud y no longitud: el mapa no puede mostrarlo',
  ],
  [
    'the place has a longitude and no latitude: the map cannot show it',
    'El lugar tiene longitud y no latitud: el mapa no puede mostrarlo',
  ],
  ['unknown actor', 'Actor desconocido'],
  ['unknown event', 'Evento desconocido'],
  ['unknown field, ignored', 'Campo desconocido, ignorado'],
  ['unknown source', 'Fuente desconocida'],
]);

/** The validator's names of JSON types (typeName in store-checker.ts). */
const TYPE_NAMES = new Map<string, string>([
  ['null', 'null'],
  ['an array', 'una lista'],
  ['an object', 'un objeto'],
  ['a string', 'un texto'],
  ['a number', 'un número'],
  ['a boolean', 'un booleano'],
]);

/** The items the validator names in "the event is …, not an object". */
const ITEMS = new Map<string, string>([
  ['the event', 'El evento'],
  ['the source', 'La fuente'],
  ['the actor', 'El actor'],
]);

const typeName = (english: string) => TYPE_NAMES.get(english);

const LEAD_RULES: readonly Rule[] = [
  [/^wrong type \((.+)\)$/, (type) => withType('Tipo incorrecto (', type, ')')],
  [/^(.+), not (?:a list|an array)$/, (type) => withType('Es ', type, ', no una lista')],
  [
    /^(the event|the source|the actor) is (.+), not an object$/,
    (item, type) =>
      ITEMS.has(item) ? withType(`${ITEMS.get(item)} es `, type, ', no un objeto') : undefined,
  ],
  [
    /^the quote is not in the text of source (".*")$/,
    (id) => `La cita no está en el texto de la fuente ${id}`,
  ],
  [
    /^the top level is (.+), not an object$/,
    (type) => withType('El nivel superior es ', type, ', no un objeto'),
  ],
  [/^unknown format (.+)$/, (format) => `Formato desconocido ${format}`],
  [
    /^not JSON: syntax error at line (\d+), column (\d+) \(character (\d+)\)$/,
    (line, column, character) =>
      `No es JSON: error de sintaxis en la línea ${line}, columna ${column} (carácter ${character})`,
  ],
  [/^the store is too large \((.+)\)$/, (size) => `El almacén es demasiado grande (${size})`],
];

function withType(before: string, english: string, after: string): string | undefined {
  const spanish = typeName(english);
  return spanish === undefined ? undefined : `${before}${spanish}${after}`;
}

const DATE =
  'una fecha: YYYY, YYYY-MM, YYYY-MM-DD o YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM], años 0001 a 9999';

// What follows "expected" ("se esperaba"), so in lower case.
const EXPECTED: ReadonlyMap<string, string> = new Map([
  [
    'a date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM], years 0001 to 9999',
    DATE,
  ],
  [
    'a date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM], years 0001 to 9999, on the calendar',
    `${DATE}, que exista en el calendario`,
  ],
  [
    'a slug: lowercase letters and digits in words joined by single hyphens, at most 80 characters',
    'un identificador (slug): letras minúsculas y cifras, en palabras unidas por un solo guion, de 80 caracteres como máximo',
  ],
  ['a BCP 47 language tag, such as "en"', 'una etiqueta de idioma BCP 47, como "en"'],
  [
    'a BCP 47 language tag, such as "en", "es" or "pt-BR"',
    'una etiqueta de idioma BCP 47, como "en", "es" o "pt-BR"',
  ],
  ['an absolute http:// or https:// URL', 'una URL absoluta http:// o https://'],
  ['a non-empty string', 'un texto no vacío'],
  ['a string', 'un texto'],
  ['a title as a non-empty string', 'un título, como texto no vacío'],
  ['a name as a non-empty string', 'un nombre, como texto no vacío'],
  ['a place name as a non-empty string', 'el nombre de un lugar, como texto no vacío'],
  ['the quote as a non-empty string', 'la cita, como texto no vacío'],
  ['the publisher as a string', 'el medio, como texto'],
  ['the full text as a string', 'el texto completo de la fuente, como texto'],
  ['the translation as a string', 'la traducción, como texto'],
  ['the summary as a string', 'el resumen, como texto'],
  ['a note on the date as a string', 'una nota sobre la fecha, como texto'],
  ['a note on the status as a string', 'una nota sobre el estado, como texto'],
  ['a tag as a string', 'una etiqueta, como texto'],
  [
    'what a locator counts, such as "page", as a string',
    'lo que cuenta un localizador (por ejemplo, "page"), como texto',
  ],
  [
    'where the passage is, such as "320", as a string',
    'dónde está el pasaje (por ejemplo, "320"), como texto',
  ],
  [
    'one of "A", "B", "C", "D", "E", "F" (the Admiralty scale)',
    'uno de "A", "B", "C", "D", "E", "F" (la escala del Almirantazgo)',
  ],
  ['true or false', 'true o false'],
  ['a colour as #rrggbb', 'un color en formato #rrggbb'],
  ['a latitude, a number from -90 to 90', 'una latitud, un número de -90 a 90'],
  ['a longitude, a number from -180 to 180', 'una longitud, un número de -180 a 180'],
  ['a list of actor ids', 'una lista de ids de actores'],
  ['at least one actor id', 'al menos un id de actor'],
  ['a list of tags', 'una lista de etiquetas'],
  ['a list of excerpts', 'una lista de fragmentos'],
  ['a list of { event, relation }', 'una lista de { event, relation }'],
  ['an object { event, relation }', 'un objeto { event, relation }'],
  ['an array of sources', 'una lista de fuentes'],
  ['an array of actors', 'una lista de actores'],
  ['an array of events', 'una lista de eventos'],
  ['an object describing the source', 'un objeto que describa la fuente'],
  ['an object describing the actor', 'un objeto que describa el actor'],
  ['an object describing the event', 'un objeto que describa el evento'],
  ['an id unique among sources', 'un id que ninguna otra fuente tenga'],
  ['an id unique among actors', 'un id que ningún otro actor tenga'],
  ['an id unique among events', 'un id que ningún otro evento tenga'],
  ['the id of an actor in this store', 'el id de un actor de este almacén'],
  ['the id of another actor in this store', 'el id de otro actor de este almacén'],
  ['the id of a source in this store', 'el id de una fuente de este almacén'],
  ['the id of another event in this store', 'el id de otro evento de este almacén'],
  ['a valid actor id', 'el id de un actor que no se haya descartado'],
  ['a valid source id', 'el id de una fuente que no se haya descartado'],
  ['at least one valid actor', 'al menos un actor que no se haya descartado'],
  [
    'a chain of memberOf that ends at an actor without memberOf',
    'una cadena de memberOf que termine en un actor sin memberOf',
  ],
  [
    'a chain of part-of that ends at an event part of no other',
    'una cadena de part-of que termine en un evento que no forme parte de ningún otro',
  ],
  [
    'the words of the source verbatim (only runs of white space may differ)',
    'el texto literal de la fuente (solo pueden variar los espacios en blanco)',
  ],
  ['at least one excerpt quoting a source', 'al menos un fragmento que cite una fuente'],
  ['both a latitude and a longitude, or neither', 'una latitud y una longitud, o ninguna'],
  ['an actor that at least one event names', 'un actor que algún evento nombre'],
  ['a JSON document', 'un documento JSON'],
]);

/** zod's own names of the types it expected ("a value of type object"). */
const VALUE_TYPES = new Map<string, string>([
  ['object', 'un objeto'],
  ['array', 'una lista'],
  ['string', 'un texto'],
  ['number', 'un número'],
  ['boolean', 'true o false'],
]);

const EXPECTED_RULES: readonly Rule[] = [
  [
    /^a date not before the start \((.*)\)$/,
    (start) => `una fecha no anterior al inicio (${start})`,
  ],
  [
    /^a title of at most (\d+) characters$/,
    (limit) => `un título de ${limit} caracteres como máximo`,
  ],
  [/^one of ((?:"[^"]*", )*"[^"]*")$/, (values) => `uno de ${values}`],
  [
    /^(?:did you mean (".*")\? )?one of the fields (.+)$/,
    (near, fields) => `${near ? `¿querías decir ${near}? ` : ''}uno de los campos ${fields}`,
  ],
  [/^a value of type (\w+)$/, (type) => VALUE_TYPES.get(type)],
  [/^an object with "format": (".*")$/, (format) => `un objeto con "format": ${format}`],
  // A value alone, such as the format's name: the same in any language.
  [/^(".*")$/, (value) => value],
  [/^at most (.+)$/, (limit) => `como máximo ${limit}`],
];

/** The exact phrases, so that a test can tell one the validator no longer says. */
export const SPANISH_PHRASES = { leads: LEADS, expected: EXPECTED };

/** What is wrong, in Spanish; undefined when the tables have no Spanish for it. */
export function leadInSpanish(english: string): string | undefined {
  return byTables(english, LEAD_RULES, LEADS);
}

/** What is expected, in Spanish; undefined when the tables have no Spanish for it. */
export function expectedInSpanish(english: string): string | undefined {
  return byTables(english, EXPECTED_RULES, EXPECTED);
}

/**
 * A value found, in Spanish: values are shown as they are, but for the two the validator
 * words itself (a long list, shortened; the end of a JSON text).
 */
export function foundInSpanish(value: string): string {
  if (value === 'the end of the text') return 'el final del texto';
  const items = /^\[…\] \((\d+) items\)$/.exec(value)?.[1];
  if (items === undefined) return value;
  return `[…] (${items} ${esPlural(Number(items), { one: 'elemento', other: 'elementos' })})`;
}
