/**
 * A source's text as its lines, each cut into what a span marks and what it does not. Every
 * line of a source is laid out in its own direction (an English statement quoted in an
 * Arabic report reads left to right, its full stop at its end), as the Unicode bidirectional
 * algorithm takes each line for a paragraph; one `dir="auto"` over the whole text gave every
 * line the first one's. A marked span may run over several lines: each holds its part.
 */
export interface TextLine {
  /** Where the line starts in the text. */
  start: number;
  pieces: { text: string; marked: boolean }[];
}

export function textLines(text: string, mark: { start: number; end: number } | null): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    const from = mark ? Math.min(Math.max(mark.start, start), end) : end;
    const to = mark ? Math.min(Math.max(mark.end, from), end) : end;
    const pieces = [
      { text: text.slice(start, from), marked: false },
      { text: text.slice(from, to), marked: true },
      { text: text.slice(to, end), marked: false },
    ].filter((piece) => piece.text !== '');
    lines.push({ start, pieces });
    start = end + 1;
  }
  return lines;
}
