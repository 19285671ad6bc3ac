import type { Problem } from '../../../format/problems';

// The validator's values as it shows them (shortenValue): nothing typed yet.
const NOTHING = new Set([undefined, '""', '[]']);
// What it says of a value it cannot use, which "found …; expected …" says better.
const NOT_USABLE = new Set(['invalid value', 'required field missing', 'not usable']);

/**
 * What is wrong with a field, for the person filling it in: the validator's words without
 * the JSON path and without what loading the store would do about it (the event dropped,
 * the field left out: the form says that once, see leavesOut). "Required: a title as a
 * non-empty string." rather than "invalid value; the event dropped (found ""); expected …".
 */
export function problemText(problem: Problem): string {
  const what = whatIsWrong(problem);
  if (NOT_USABLE.has(what) && NOTHING.has(problem.value)) return `Required: ${problem.expected}.`;
  const found = NOTHING.has(problem.value) ? '' : ` (found ${problem.value})`;
  const lead = NOT_USABLE.has(what) ? 'Not valid' : capitalised(what);
  return `${lead}${found}; expected ${problem.expected}.`;
}

/** Whether a problem keeps its item out of the store (not a field, not a warning). */
export function leavesOut(problem: Problem): boolean {
  return problem.severity !== 'warning' && / dropped$/.test(problem.message);
}

function whatIsWrong(problem: Problem): string {
  const cut = problem.message.indexOf('; ');
  return cut < 0 ? problem.message : problem.message.slice(0, cut);
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
