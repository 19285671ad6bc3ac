/** What a store check found, in terms a person writing a store can act on. */
export type Severity = 'refused' | 'dropped' | 'warning';

export interface Problem {
  readonly severity: Severity;
  /** JSON path of the offending value, as `events[12].start`; `$` for the whole document. */
  readonly path: string;
  /** The offending value, shortened for display; absent when the value is missing. */
  readonly value?: string;
  /** What the format expects there. */
  readonly expected: string;
  /** What is wrong, in a few words. */
  readonly message: string;
}

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === '' ? '$' : out;
}

const MAX_SHOWN = 60;

/** A short, single-line rendering of any JSON value, safe to show however large it is. */
export function shortenValue(value: unknown): string {
  if (typeof value === 'string') {
    const cut = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
    return JSON.stringify(cut);
  }
  if (Array.isArray(value)) return value.length === 0 ? '[]' : `[…] (${value.length} items)`;
  if (value === null) return 'null';
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    const shown = keys.slice(0, 4).join(', ');
    return keys.length === 0 ? '{}' : `{ ${shown}${keys.length > 4 ? ', …' : ''} }`;
  }
  if (value === undefined) return 'undefined';
  return String(value);
}

export function describeProblem(problem: Problem): string {
  const value = problem.value === undefined ? '' : ` (found ${problem.value})`;
  return `${problem.path}: ${problem.message}${value}; expected ${problem.expected}`;
}

/** The same problem at one or more paths of the same shape (`events[3].excerpts`, …). */
export interface ProblemGroup {
  readonly problem: Problem;
  readonly paths: readonly string[];
}

export const PATHS_NAMED = 3;

/**
 * One line per problem, not per place it occurs: a store imported from a format without
 * quotes has the same warning on each of its events (20,000 list items, 1.7 s to open the
 * report), and a real error among them was lost in the list. Problems group when their
 * words, value and path shape (indexes aside) are the same; the order is first seen.
 */
export function groupProblems(problems: readonly Problem[]): ProblemGroup[] {
  const groups = new Map<string, { problem: Problem; paths: string[] }>();
  for (const problem of problems) {
    const shape = problem.path.replace(/\[\d+\]/g, '[]');
    const key = [problem.severity, shape, problem.message, problem.expected, problem.value].join(
      '\u0000',
    );
    const group = groups.get(key);
    if (group) group.paths.push(problem.path);
    else groups.set(key, { problem, paths: [problem.path] });
  }
  return [...groups.values()];
}

/**
 * "events[0], events[1], events[2] and 1,156 more": the first places, and how many more. Paths
 * are not written as ranges ("events[0]–[4]"): a path is what a person searches the file for,
 * and a range of them is no path of it. Written here, not by list-more.ts: this module is in the
 * store's worker, fetched before the first events are painted, and the Spanish report
 * (problem-report-es.ts) lists the same places with list-more.ts itself.
 */
export function namePlaces(places: readonly string[]): string {
  const more = places.length - PATHS_NAMED;
  return more > 0
    ? `${places.slice(0, PATHS_NAMED).join(', ')} and ${more.toLocaleString('en')} more`
    : places.join(', ');
}

export function describeProblemGroup({ problem, paths }: ProblemGroup): string {
  if (paths.length === 1) return describeProblem(problem);
  return describeProblem({ ...problem, path: namePlaces(paths) });
}
