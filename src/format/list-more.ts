/**
 * Lists that name the first few of many things and count the rest ("rows 3–12, 15 and 1,662
 * more"), in the report's two languages. Every list the importers and the store's checks
 * write goes through here, so that the Spanish tables can read back what the English wrote.
 */

export type ListLanguage = 'en' | 'es';

const NUMBERS: Readonly<Record<ListLanguage, Intl.NumberFormat>> = {
  en: new Intl.NumberFormat('en'),
  es: new Intl.NumberFormat('es-ES'),
};
const AND_MORE: Readonly<Record<ListLanguage, (count: string) => string>> = {
  en: (count) => ` and ${count} more`,
  es: (count) => ` y ${count} más`,
};

/** A count as the report writes it: 1,662 in English, as Intl writes it in Spanish. */
export const formatCount = (count: number, language: ListLanguage = 'en') =>
  NUMBERS[language].format(count);

/** "a, b, c and 12 more": the names shown, then how many are not. */
export function listWithMore(
  shown: readonly string[],
  hidden: number,
  language: ListLanguage = 'en',
): string {
  const more = hidden > 0 ? AND_MORE[language](formatCount(hidden, language)) : '';
  return `${shown.join(', ')}${more}`;
}

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
