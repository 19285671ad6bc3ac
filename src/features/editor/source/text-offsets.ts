/**
 * From a selection in a source's text to a quote, and from an excerpt's quote back to where
 * it sits in the text (for the highlight). Like Hypothesis' TextPositionAnchor, positions
 * are character offsets into the source's text; like its TextQuoteAnchor, the quote is found
 * again by its words, with runs of white space matched loosely as the format's verbatim
 * check does (findQuote, the format's own rule, shared with the explorer's Show in context).
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

/**
 * The text with each run of white space made one space (as the format's verbatim check reads
 * it), and for each of its characters the offset in the text it came from.
 */
interface Collapsed {
  text: string;
  /** `at[i]` is where collapsed character i starts in the text; `at[length]` is the text's end. */
  at: number[];
}

// The last text collapsed: the selection moves far more often than the text changes.
let lastCollapsed: { from: string; collapsed: Collapsed } | null = null;

function collapse(text: string): Collapsed {
  if (lastCollapsed?.from === text) return lastCollapsed.collapsed;
  const collapsed = collapseNow(text);
  lastCollapsed = { from: text, collapsed };
  return collapsed;
}

function collapseNow(text: string): Collapsed {
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length;) {
    if (/\s/.test(text[i]!)) {
      at.push(i);
      out += ' ';
      while (i < text.length && /\s/.test(text[i]!)) i++;
    } else {
      at.push(i);
      out += text[i];
      i++;
    }
  }
  at.push(text.length);
  return { text: out, at };
}

/** The collapsed offset at or after the text's offset `offset`. */
function collapsedIndex(collapsed: Collapsed, offset: number): number {
  let low = 0;
  let high = collapsed.at.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (collapsed.at[middle]! < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Where else (collapsed offsets) the collapsed text from `start` to `end` also occurs. */
function otherStarts(text: string, start: number, end: number): number[] {
  const quote = text.slice(start, end);
  const starts: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (at !== start) starts.push(at);
  }
  return starts;
}

export interface QuoteRepeats {
  /** How many times the selected words occur in the text (white space collapsed). */
  count: number;
  /** Whether the selection is the first of them: the one the excerpt will point at. */
  selectedIsFirst: boolean;
}

/**
 * How often the words of the selection occur in the text, as a quote is found again: by
 * its words, white space collapsed, first occurrence (the format has no position). More than
 * once, the excerpt points at the first, whichever was selected.
 */
export function quoteRepeats(text: string, span: TextSpan): QuoteRepeats {
  const { start, end } = trimSpan(text, span);
  if (start === end) return { count: 0, selectedIsFirst: true };
  const collapsed = collapse(text);
  const from = collapsedIndex(collapsed, start);
  const to = collapsedIndex(collapsed, end);
  const others = otherStarts(collapsed.text, from, to);
  return { count: others.length + 1, selectedIsFirst: others.every((other) => other > from) };
}

/**
 * The selection grown a word at a time (at its end, or at its start when that rules out
 * more of the other places) until its words occur only there. It always can be: the whole
 * text occurs once. An empty selection stays empty.
 */
export function uniqueSpan(text: string, span: TextSpan): TextSpan {
  const trimmed = trimSpan(text, span);
  if (trimmed.start === trimmed.end) return trimmed;
  const collapsed = collapse(text);
  const words = collapsed.text;
  let from = collapsedIndex(collapsed, trimmed.start);
  let to = collapsedIndex(collapsed, trimmed.end);
  // Offsets from the selection to each other place its words occur.
  let shifts = otherStarts(words, from, to).map((other) => other - from);
  const same = (a: number, b: number, shift: number) =>
    a + shift >= 0 &&
    b + shift <= words.length &&
    words.slice(a, b) === words.slice(a + shift, b + shift);
  // The end of the word at or after `at` (a selection that ends inside a word takes it whole).
  const nextEnd = (at: number) => {
    let end = at;
    while (end < words.length && words[end] === ' ') end++;
    while (end < words.length && words[end] !== ' ') end++;
    return end;
  };
  const previousStart = (at: number) => {
    let start = at;
    while (start > 0 && words[start - 1] === ' ') start--;
    while (start > 0 && words[start - 1] !== ' ') start--;
    return start;
  };
  while (shifts.length > 0) {
    const end = nextEnd(to);
    const start = previousStart(from);
    // Unreachable (the whole text occurs once), and a guard against a loop without end.
    if (end === to && start === from) break;
    const keptRight = end > to ? shifts.filter((shift) => same(to, end, shift)) : null;
    const keptLeft = start < from ? shifts.filter((shift) => same(start, from, shift)) : null;
    if (keptLeft === null || (keptRight !== null && keptRight.length <= keptLeft.length)) {
      to = end;
      shifts = keptRight!;
    } else {
      from = start;
      shifts = keptLeft;
    }
  }
  return { start: collapsed.at[from]!, end: collapsed.at[to]! };
}
