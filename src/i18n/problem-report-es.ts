import { listWithMore } from '../format/list-more';
import { PATHS_NAMED, type ProblemGroup } from '../format/problems';
import { expectedInSpanish, foundInSpanish, leadInSpanish } from './problem-text-es';

/**
 * The store report's problems (describeProblemGroup, problems.ts) in Spanish, for the
 * explorer's Spanish interface, with the editor's words for what is wrong and what is
 * expected (problem-text-es.ts). The JSON paths and the values found are the store's own:
 * they stay as they are. A problem with any part the tables lack stays whole in English.
 */

/** Leads the editor says its own way ("Obligatorio", "No válido"); the report says them. */
const UNUSABLE: ReadonlyMap<string, string> = new Map([
  ['invalid value', 'valor no válido'],
  ['required field missing', 'falta este campo obligatorio'],
  ['not usable', 'valor no utilizable'],
]);

/** What loading the store did about the problem: the message after its first "; ". */
const CONSEQUENCES: ReadonlyMap<string, string> = new Map([
  ['the event dropped', 'se descarta el evento'],
  ['the source dropped', 'se descarta la fuente'],
  ['the actor dropped', 'se descarta el actor'],
  ['this later event dropped', 'se descarta este evento, que aparece después'],
  ['this later source dropped', 'se descarta esta fuente, que aparece después'],
  ['this later actor dropped', 'se descarta este actor, que aparece después'],
  ['the field left out', 'se omite el campo'],
  ['the entry left out', 'se omite la entrada'],
  ['the excerpt left out', 'se omite el fragmento'],
  ['excerpt ignored', 'se ignora el fragmento'],
  ['membership ignored', 'se ignora la pertenencia'],
  ['reference ignored', 'se ignora la referencia'],
  ['"en" assumed', 'se supone "en"'],
]);

/** The words, so that a test can tell one the validator no longer says. */
export const SPANISH_REPORT_WORDS = { unusable: UNUSABLE, consequences: CONSEQUENCES };

/** After "events[3].start:", so in lower case, as the English is. */
function leadOf(english: string): string | undefined {
  const lead = UNUSABLE.get(english) ?? leadInSpanish(english);
  return lead && lead.charAt(0).toLowerCase() + lead.slice(1);
}

/** "events[0], events[1], events[2] y 1156 más": the places namePlaces (problems.ts) names. */
const placesOf = (paths: readonly string[]) =>
  listWithMore(paths.slice(0, PATHS_NAMED), Math.max(0, paths.length - PATHS_NAMED), 'es');

/** A line of the store report in Spanish; undefined when the tables lack a part of it. */
export function problemGroupInSpanish({ problem, paths }: ProblemGroup): string | undefined {
  const cut = problem.message.indexOf('; ');
  const lead = leadOf(cut < 0 ? problem.message : problem.message.slice(0, cut));
  const consequence = cut < 0 ? '' : CONSEQUENCES.get(problem.message.slice(cut + 2));
  const expected = expectedInSpanish(problem.expected);
  if (lead === undefined || consequence === undefined || expected === undefined) return undefined;
  const found =
    problem.value === undefined ? '' : ` (se encontró ${foundInSpanish(problem.value)})`;
  const then = consequence ? `; ${consequence}` : '';
  return `${placesOf(paths)}: ${lead}${then}${found}; se esperaba ${expected}`;
}
