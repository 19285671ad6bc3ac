import type { Problem } from '../format/problems';
import { pluralsOf } from './plural';
import { problemGroupInSpanish } from './problem-report-es';
import { type Rule, byTables } from './spanish-tables';

/**
 * The store error's own lines in Spanish (store-error.tsx), fetched only when the Spanish
 * interface shows it: the validator's problems, with the store report's words, and the
 * loader's detail under the reason (api/load-details.ts), its numbers written the Spanish
 * way. A line the tables lack stays whole in English.
 */

const esNumber = new Intl.NumberFormat('es-ES');
const esPlural = pluralsOf('es');
/** "200.0" as the loader writes it → "200,0". */
const decimal = (english: string) => english.replace('.', ',');

const DETAIL_RULES: readonly Rule[] = [
  [/^The store has no events\.$/, () => 'El almacén no tiene eventos.'],
  [
    /^The store has no valid events: its only event was dropped\.$/,
    () => 'El almacén no tiene eventos válidos: se descartó el único que tenía.',
  ],
  [
    /^The store has no valid events: all (\d+) were dropped\.$/,
    (count) =>
      `El almacén no tiene eventos válidos: se descartaron los ${esNumber.format(Number(count))}.`,
  ],
  [
    /^The store is larger than ([\d.]+) MB(?: \(at least ([\d.]+) MB\))?\.$/,
    (limit, size) =>
      `El almacén ocupa más de ${decimal(limit)} MB${size ? ` (al menos ${decimal(size)} MB)` : ''}.`,
  ],
  [
    /^The server sent nothing for (\d+) seconds\.$/,
    (seconds) =>
      `El servidor no envió nada durante ${esNumber.format(Number(seconds))} ${esPlural(
        Number(seconds),
        { one: 'segundo', other: 'segundos' },
      )}.`,
  ],
];

/** The rules, so that a test can tell one the loader no longer says. */
export const SPANISH_DETAIL_RULES = DETAIL_RULES;

/** What the store error says in English, said in Spanish where the tables have all of it. */
export interface StoreErrorWords {
  /** A problem the validator found, as describeProblem words it. */
  problem: (problem: Problem) => string | undefined;
  /** The loader's detail: why a store has nothing to show, with its numbers. */
  detail: (english: string) => string | undefined;
}

export const spanishStoreErrorWords: StoreErrorWords = {
  problem: (problem) => problemGroupInSpanish({ problem, paths: [problem.path] }),
  detail: (english) => byTables(english, DETAIL_RULES),
};
