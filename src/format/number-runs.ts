import { type ListLanguage, listWithMore } from './list-more';

/**
 * Runs of numbers in a report's lists ("rows 3–12, 15, 20–24 and 1,662 more"), written by the
 * importers and read back by the Spanish report. Apart from list-more.ts, which the store's
 * worker loads for its checks' lists of places: rows are the importers' alone.
 */

/** Consecutive numbers as [first, last] runs, in ascending order, each number once. */
export function numberRuns(numbers: readonly number[]): [number, number][] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const n of sorted) {
    const last = runs[runs.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs;
}

/** How many runs a list names before it counts the rest. */
export const RUNS_SHOWN = 10;

/** An en dash: "3–12" is rows 3 to 12, both named. */
const THROUGH = '–';

/**
 * "3–12, 15, 20–24 and 1,662 more": the first ten runs of consecutive numbers, each run of two
 * or more written first–last (as a sheet's own "rows 35–36" are), and how many numbers are
 * not shown. Row numbers are written as a spreadsheet shows them, without separators.
 */
export function listNumberRuns(
  numbers: readonly number[],
  language: ListLanguage = 'en',
  runsShown = RUNS_SHOWN,
): string {
  const runs = numberRuns(numbers);
  const shown = runs.slice(0, runsShown);
  const hidden = runs.slice(runsShown).reduce((sum, [first, last]) => sum + last - first + 1, 0);
  const written = shown.map(([first, last]) =>
    first === last ? String(first) : `${first}${THROUGH}${last}`,
  );
  return listWithMore(written, hidden, language);
}

/** A run as listNumberRuns writes it: "12" or "3–12". */
export const RUN_PATTERN = String.raw`\d+(?:${THROUGH}\d+)?`;

/** How many numbers runs written by listNumberRuns ("3–12, 15") name: 11 here. */
export function countRuns(written: string): number {
  return written.split(', ').reduce((sum, run) => {
    const [first, last = first] = run.split(THROUGH).map(Number) as [number, number?];
    return sum + last - first + 1;
  }, 0);
}

/** The count an English list ends with (" and 1,662 more"), as a number. */
export const readEnglishCount = (written: string | undefined) =>
  Number((written ?? '0').replace(/,/g, ''));
