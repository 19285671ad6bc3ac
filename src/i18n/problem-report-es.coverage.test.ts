import { describe, expect, it } from 'vitest';
import { everyProblem } from '../format/every-problem-fixture';
import { groupProblems } from '../format/problems';
import { SPANISH_REPORT_WORDS, problemGroupInSpanish } from './problem-report-es';

/*
 * The validator run over stores broken in every way it has words for (every-problem-fixture.ts),
 * as the explorer's store report lists what it found: a problem added or reworded without its
 * Spanish fails here, and so does a word for a problem it no longer reports.
 */

const problems = everyProblem();

describe('the Spanish of the store report', () => {
  it('has Spanish for every problem, alone and grouped', () => {
    const groups = [
      ...problems.map((problem) => ({ problem, paths: [problem.path] })),
      ...groupProblems(problems),
    ];
    const missing = groups
      .filter((group) => problemGroupInSpanish(group) === undefined)
      .map(({ problem }) => `${problem.message} | ${problem.expected}`);
    expect([...new Set(missing)], 'problems without Spanish (message | expected)').toEqual([]);
  });

  it('has no word for a problem the validator no longer reports', () => {
    const messages = problems.map((problem) => problem.message);
    const leads = new Set(messages.map((message) => message.split('; ')[0]));
    const tails = new Set(messages.map((message) => message.split('; ').slice(1).join('; ')));
    const { unusable, consequences } = SPANISH_REPORT_WORDS;
    expect([...unusable.keys()].filter((lead) => !leads.has(lead))).toEqual([]);
    expect([...consequences.keys()].filter((tail) => !tails.has(tail))).toEqual([]);
  });

  it('leaves no English but the store’s own paths, names and values', () => {
    for (const problem of problems) {
      const spanish = problemGroupInSpanish({ problem, paths: [problem.path] })!;
      const words = spanish
        .slice(problem.path.length)
        .replace(/"(?:[^"\\]|\\.)*"/g, '')
        // The format's own names for a relation.
        .replace(/\bpart-of\b/g, '')
        .replace(/\(se encontró [^)]*\)/, '');
      expect(words).not.toMatch(
        /\b(the|and|of|dropped|left|out|ignored|assumed|expected|found|invalid|missing|value)\b/,
      );
    }
  });
});
