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
  if (!/[\u202A-\u202E\u2066-\u2069]/u.test(text)) return text;
  // What the text has opened, innermost last: 'e' an embedding or override, 'i' an isolate.
  const open: string[] = [];
  let kept = '';
  for (const ch of text) {
    if ('\u202A\u202B\u202D\u202E'.includes(ch)) open.push('e');
    else if ('\u2066\u2067\u2068'.includes(ch)) open.push('i');
    else if (ch === '\u202C') {
      // A PDF closes an embedding opened since the innermost isolate, and nothing else.
      if (open.at(-1) !== 'e') continue;
      open.pop();
    } else if (ch === '\u2069') {
      // A PDI closes the innermost isolate and what was opened inside it.
      const at = open.lastIndexOf('i');
      if (at < 0) continue;
      open.length = at;
    }
    kept += ch;
  }
  return `\u2068${kept}\u2069`;
}
