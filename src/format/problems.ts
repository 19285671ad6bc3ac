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
