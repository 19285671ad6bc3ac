/** Report lines shared by the store and packed-store checks. */

// Store text is untrusted: a title holding terminal escape sequences must not drive the
// terminal. Problem values are already JSON-escaped; titles and arguments are not.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
export const printable = (text: string) =>
  text.replace(CONTROL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A report's items under a heading per kind, in the order given, each with its count. */
export function sectionLines<T, K>(
  items: readonly T[],
  sections: readonly (readonly [K, string])[],
  kindOf: (item: T) => K,
  describe: (item: T) => string,
  /** How many things a line stands for (a grouped import note names several places). */
  countOf: (item: T) => number = () => 1,
): string[] {
  const lines: string[] = [];
  for (const [kind, heading] of sections) {
    const group = items.filter((item) => kindOf(item) === kind);
    if (group.length === 0) continue;
    const count = group.reduce((sum, item) => sum + countOf(item), 0);
    lines.push(`${heading} (${count}):`);
    for (const item of group) lines.push(`  ${describe(item)}`);
  }
  return lines;
}
