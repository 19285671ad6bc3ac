import { describe, expect, it } from 'vitest';
import { everyProblem } from '../../../format/every-problem-fixture';
import type { Problem } from '../../../format/problems';
import { SPANISH_PHRASES } from '../../../i18n/problem-text-es';
import { problemTextInSpanish } from './problem-text';

/*
 * The validator run over stores broken in every way it has words for (every-problem-fixture.ts):
 * a phrase added to the validator, or reworded, without its Spanish fails here.
 */

const leadOf = (problem: Problem) => problem.message.split('; ')[0]!;

describe('the Spanish of the validator’s problems', () => {
  const problems = everyProblem();

  it('has every phrase the validator says', () => {
    const missing = new Set<string>();
    for (const problem of problems) {
      if (!problemTextInSpanish(problem).translated)
        missing.add(`${problem.message} | ${problem.expected}`);
    }
    expect([...missing], 'problems without Spanish (message | expected)').toEqual([]);
  });

  it('has no phrase the validator no longer says', () => {
    const leads = new Set(problems.map(leadOf));
    const expected = new Set(problems.map((problem) => problem.expected));
    const unused = [
      ...[...SPANISH_PHRASES.leads.keys()].filter((phrase) => !leads.has(phrase)),
      ...[...SPANISH_PHRASES.expected.keys()].filter((phrase) => !expected.has(phrase)),
    ];
    expect(unused, 'Spanish phrases no broken store provokes').toEqual([]);
  });

  it('gives every problem a Spanish sentence, never the English one', () => {
    for (const problem of problems) {
      const { text } = problemTextInSpanish(problem);
      expect(text).toMatch(/^(Obligatorio(: .+)?|.+; se esperaba .+)\.$/s);
      expect(text).not.toMatch(/\b(expected|found|Required|Not valid|items|the end)\b/);
    }
  });
});
