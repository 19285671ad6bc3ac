/**
 * From a selection in a source's text to a quote, and from an excerpt's quote back to where
 * it sits in the text (for the highlight). Like Hypothesis' TextPositionAnchor, positions
 * are character offsets into the source's text; like its TextQuoteAnchor, the quote is found
 * again by its words, with runs of white space matched loosely as the format's verbatim
 * check does.
 */
export interface TextSpan {
  start: number;
  end: number;
}

/** The selection without white space at its ends (a double-click often takes a space). */
export function trimSpan(text: string, span: TextSpan): TextSpan {
  let { start, end } = span;
  if (start > end) [start, end] = [end, start];
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

export function quoteOf(text: string, span: TextSpan): string {
  const { start, end } = trimSpan(text, span);
  return text.slice(start, end);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where the quote occurs in the text (first occurrence), white space matched loosely. */
export function locateQuote(text: string, quote: string): TextSpan | null {
  const trimmed = quote.trim();
  if (!trimmed) return null;
  const exact = text.indexOf(trimmed);
  if (exact >= 0) return { start: exact, end: exact + trimmed.length };
  const pattern = trimmed.split(/\s+/).map(escapeRegExp).join('\\s+');
  const match = new RegExp(pattern, 'u').exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

export interface TextPiece {
  text: string;
  /** Index of the excerpt (in the list given) that covers this piece, if any. */
  mark: number | null;
}

/** The text cut into plain and highlighted pieces; overlapping highlights keep the first. */
export function highlightPieces(text: string, spans: readonly (TextSpan | null)[]): TextPiece[] {
  const marks = spans
    .map((span, index) => (span ? { ...span, index } : null))
    .filter((span): span is TextSpan & { index: number } => span !== null)
    .sort((a, b) => a.start - b.start);
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue;
    if (mark.start > at) pieces.push({ text: text.slice(at, mark.start), mark: null });
    pieces.push({ text: text.slice(mark.start, mark.end), mark: mark.index });
    at = mark.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: null });
  return pieces;
}

/** Whether replacing the source's text with `next` loses a passage an excerpt quotes. */
export function brokenQuotes(next: string, quotes: readonly string[]): string[] {
  return quotes.filter((quote) => locateQuote(next, quote) === null);
}
