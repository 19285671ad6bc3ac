import { describe, expect, it } from 'vitest';
import { noEvents, timedOut, tooLarge } from './api/load-details';
import { MAX_STORE_BYTES } from '../../format/limits';
import { everyProblem } from '../../format/every-problem-fixture';
import { SPANISH_DETAIL_RULES, spanishStoreErrorWords } from '../../i18n/store-error-es';

/*
 * The store error in Spanish, held to what the loader and the validator say: each detail
 * line the loader writes (load-details.ts) over the numbers it meets, and every problem the
 * validator reports (every-problem-fixture.ts), the refusals too, which only this screen
 * lists. A line added or reworded without its Spanish fails here, and so does a rule for
 * one the loader no longer says.
 */

const MB = 1024 * 1024;
const DETAILS = [
  ...[0, 1, 2, 1234, 250_000].map((dropped) => noEvents(dropped, [])),
  ...[0, 5 * MB, MAX_STORE_BYTES, MAX_STORE_BYTES + 1, 300 * MB].map((size) =>
    tooLarge(size, MAX_STORE_BYTES),
  ),
  ...[1000, 30_000, 61_500].map((ms) => timedOut(ms)),
].map((error) => error.message);

/** English a Spanish line must not keep (the store's own paths and values aside). */
const ENGLISH =
  /\b(the|and|of|all|were|has|is|than|at|least|sent|nothing|for|seconds|dropped|left|out|ignored|assumed|expected|found|invalid|missing|value)\b/;

describe('the Spanish of the store error', () => {
  it('has Spanish for every detail the loader writes, with no English left', () => {
    for (const english of DETAILS) {
      const spanish = spanishStoreErrorWords.detail(english);
      expect(spanish, english).toBeDefined();
      expect(spanish, english).not.toMatch(ENGLISH);
    }
  });

  it('has no rule for a detail the loader no longer writes', () => {
    const unused = SPANISH_DETAIL_RULES.filter(
      ([pattern]) => !DETAILS.some((english) => pattern.test(english)),
    );
    expect(unused.map(([pattern]) => String(pattern))).toEqual([]);
  });

  it('has Spanish for every problem it lists, the refusals too', () => {
    const missing = everyProblem()
      .filter((problem) => spanishStoreErrorWords.problem(problem) === undefined)
      .map((problem) => `${problem.message} | ${problem.expected}`);
    expect([...new Set(missing)], 'problems without Spanish (message | expected)').toEqual([]);
  });

  it('writes the numbers the Spanish way', () => {
    expect(spanishStoreErrorWords.detail(noEvents(1, []).message)).toBe(
      'El almacén no tiene eventos válidos: se descartó el único que tenía.',
    );
    expect(spanishStoreErrorWords.detail(noEvents(250_000, []).message)).toBe(
      'El almacén no tiene eventos válidos: se descartaron los 250.000.',
    );
    expect(spanishStoreErrorWords.detail(tooLarge(300 * MB, 200 * MB).message)).toBe(
      'El almacén ocupa más de 200,0 MB (al menos 300,0 MB).',
    );
    expect(spanishStoreErrorWords.detail(timedOut(1000).message)).toBe(
      'El servidor no envió nada durante 1 segundo.',
    );
  });
});
