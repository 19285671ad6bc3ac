import { DATE_EXPECTED } from '../../../format/dates';
import type { Problem } from '../../../format/problems';
import type { EditorLang } from '../../../i18n/editor-messages';
import { expectedInSpanish, foundInSpanish, leadInSpanish } from '../../../i18n/problem-text-es';

// The validator's values as it shows them (shortenValue): nothing typed yet.
const NOTHING = new Set([undefined, '""', '[]']);
// What it says of a value it cannot use, which "found …; expected …" says better.
const NOT_USABLE = new Set(['invalid value', 'required field missing', 'not usable']);

/**
 * What is wrong with a field, for the person filling it in: the validator's words without
 * the JSON path and without what loading the store would do about it (the event dropped,
 * the field left out: the form says that once, see leavesOut). "Required: a title." rather
 * than "invalid value; the event dropped (found ""); expected a title as a non-empty string".
 * In Spanish when the tables have Spanish for every part of it, else in English: a
 * sentence half in each language reads worse than one the person can look up whole.
 */
export function problemText(problem: Problem, lang: EditorLang = 'en'): string {
  return lang === 'es' ? problemTextInSpanish(problem).text : inEnglish(problemParts(problem));
}

/** The Spanish sentence, and whether the tables had Spanish for all of it (see the coverage test). */
export function problemTextInSpanish(problem: Problem): { text: string; translated: boolean } {
  const parts = problemParts(problem);
  const expected = plainExpectedInSpanish(parts.expected);
  if (parts.kind === 'required') {
    return expected === undefined
      ? { text: inEnglish(parts), translated: false }
      : { text: expected ? `Obligatorio: ${expected}.` : 'Obligatorio.', translated: true };
  }
  const lead = parts.kind === 'not valid' ? 'No válido' : leadInSpanish(parts.lead);
  if (lead === undefined || expected === undefined)
    return { text: inEnglish(parts), translated: false };
  const found = parts.found === undefined ? '' : ` (se encontró ${foundInSpanish(parts.found)})`;
  return { text: `${lead}${found}; se esperaba ${expected || 'algún texto'}.`, translated: true };
}

/** Whether a problem keeps its item out of the store (not a field, not a warning). */
export function leavesOut(problem: Problem): boolean {
  return problem.severity !== 'warning' && / dropped$/.test(problem.message);
}

/** A problem as the sentence says it, in the validator's English words. */
type Parts =
  | { kind: 'required'; expected: string }
  | { kind: 'not valid'; found?: string; expected: string }
  | { kind: 'other'; lead: string; found?: string; expected: string };

function problemParts(problem: Problem): Parts {
  const what = whatIsWrong(problem);
  const { expected } = problem;
  if (NOT_USABLE.has(what) && NOTHING.has(problem.value)) return { kind: 'required', expected };
  const found = NOTHING.has(problem.value) ? {} : { found: problem.value };
  return NOT_USABLE.has(what)
    ? { kind: 'not valid', ...found, expected }
    : { kind: 'other', lead: what, ...found, expected };
}

function inEnglish(parts: Parts): string {
  const expected = plainExpected(parts.expected);
  if (parts.kind === 'required') return expected ? `Required: ${expected}.` : 'Required.';
  const lead = parts.kind === 'not valid' ? 'Not valid' : capitalised(parts.lead);
  const found = parts.found === undefined ? '' : ` (found ${parts.found})`;
  return `${lead}${found}; expected ${expected || 'some text'}.`;
}

/**
 * What the validator expects, in the words of a person filling in a form rather than of a
 * file's reader: "a title", not "a title as a non-empty string"; a date by examples, the way
 * the field reads them (typed-date.ts), not by its pattern.
 */
function plainExpected(expected: string): string {
  if (expected === DATE_EXPECTED) return 'a date such as 2024, 2024-06, 2024-06-19 or 19 June 2024';
  if (expected === 'at least one actor id') return 'at least one actor';
  return expected.replace(/^a non-empty string$|(?<=.) as a non-empty string$/, '');
}

/** The same in Spanish (plainExpected): undefined where the tables have no Spanish for it. */
function plainExpectedInSpanish(expected: string): string | undefined {
  if (expected === DATE_EXPECTED)
    return 'una fecha como 2024, 2024-06, 2024-06-19 o 19 de junio de 2024';
  if (expected === 'at least one actor id') return 'al menos un actor';
  return expectedInSpanish(expected)?.replace(
    /^un texto no vacío$|(?<=.), como texto no vacío$/,
    '',
  );
}

function whatIsWrong(problem: Problem): string {
  const cut = problem.message.indexOf('; ');
  return cut < 0 ? problem.message : problem.message.slice(0, cut);
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
