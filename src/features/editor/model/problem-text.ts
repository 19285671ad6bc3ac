import type { Problem } from '../../../format/problems';

/** What is wrong with a field, in the validator's words, without the JSON path. */
export function problemText(problem: Problem): string {
  const found = problem.value === undefined ? '' : ` (found ${problem.value})`;
  return `${problem.message}${found}; expected ${problem.expected}.`;
}
