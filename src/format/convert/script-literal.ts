import JSON5 from 'json5';

/**
 * Timeline data written as JavaScript rather than JSON, as SIMILE's examples and many pages
 * built on SIMILE or TimelineJS keep it: an object literal with single quotes, comments and
 * trailing commas (SIMILE's cubism.js), often assigned to a variable (`var timeline_data =
 * { … };`, its local_data.js). Read with JSON5, which parses such literals and runs nothing:
 * no code in the file is evaluated, and anything but a literal (a call, `new Date(…)`) is
 * refused.
 */

const ASSIGNMENT = /^\s*(?:(?:var|let|const)\s+)?[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\s*=\s*/;

/** True when the text starts as a literal assigned to a variable (`var data = {`). */
export const startsAsAssignment = (text: string) => /^[[{]/.test(text.replace(ASSIGNMENT, ''));

/**
 * The index just past the literal that starts `text` (at `{` or `[`): brackets counted
 * outside strings and comments, so that code after the literal (a `;`, a function) is left.
 */
function literalEnd(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 1;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** The value a script's literal writes, or null when the text is not one. */
export function readScriptLiteral(input: string): { data: unknown } | null {
  const text = input.replace(ASSIGNMENT, '');
  if (!/^[[{]/.test(text)) return null;
  const end = literalEnd(text);
  if (end < 0) return null;
  try {
    return { data: JSON5.parse(text.slice(0, end)) };
  } catch {
    return null;
  }
}
