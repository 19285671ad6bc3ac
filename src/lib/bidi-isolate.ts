/**
 * Store text set among other text as plain text (a citation, a tooltip, the tab's title),
 * where no element bounds it: an unterminated right-to-left override in a title would turn
 * everything after it around, the date, the sources and the link of a pasted citation. So
 * text with explicit directional controls (UAX #9: the embeddings and overrides U+202A–202E,
 * the isolates U+2066–2069) goes in a first-strong isolate, whose closing PDI ends whatever
 * the text left open. A closer with nothing of the text's own to close would end the isolate
 * early, or another's embedding: those are dropped. Text without controls is left as it is.
 */
export function isolateBidi(text: string): string {
  // What the text has opened, innermost last: 1 an isolate, 0 an embedding or override.
  const open: number[] = [];
  let found = false;
  const kept = text.replace(/[\u202A-\u202E\u2066-\u2069]/gu, (ch) => {
    found = true;
    // A PDF closes an embedding opened since the innermost isolate, and nothing else.
    if (ch === '\u202C') return open.at(-1) === 0 && open.pop() === 0 ? ch : '';
    // A PDI closes the innermost isolate and what was opened inside it.
    if (ch === '\u2069') {
      const at = open.lastIndexOf(1);
      if (at < 0) return '';
      open.length = at;
    } else open.push(ch < '\u2066' ? 0 : 1);
    return ch;
  });
  return found ? `\u2068${kept}\u2069` : text;
}
