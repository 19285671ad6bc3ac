import { describe, expect, it } from 'vitest';
import { highlightPieces, quoteOf, quoteRepeats, trimSpan, uniqueSpan } from './text-offsets';
import { findQuote } from '../../../format/find-quote';

const TEXT = 'Este miércoles,  los líderes\nfirmaron un “acuerdo”. Fin.';

describe('selection to quote', () => {
  it('cuts the quote from the text at the offsets, without white space at its ends', () => {
    const start = TEXT.indexOf(' los');
    const end = TEXT.indexOf('.') + 1;
    expect(trimSpan(TEXT, { start, end })).toEqual({ start: start + 1, end });
    expect(quoteOf(TEXT, { start, end })).toBe('los líderes\nfirmaron un “acuerdo”.');
  });

  it('accepts a selection made backwards', () => {
    expect(quoteOf(TEXT, { start: 4, end: 0 })).toBe('Este');
  });
});

describe('quote to place in the text', () => {
  it('finds a quote verbatim, or with white space collapsed as the format allows', () => {
    expect(findQuote(TEXT, 'firmaron')).toEqual({
      start: TEXT.indexOf('firmaron'),
      end: TEXT.indexOf('firmaron') + 8,
    });
    const loose = findQuote(TEXT, 'miércoles, los líderes firmaron');
    expect(TEXT.slice(loose!.start, loose!.end)).toBe('miércoles,  los líderes\nfirmaron');
  });

  it('does not normalise quotation marks, accents or case', () => {
    expect(findQuote(TEXT, '"acuerdo"')).toBeNull();
    expect(findQuote(TEXT, 'miercoles')).toBeNull();
    expect(findQuote(TEXT, 'este')).toBeNull();
  });

  it('cuts the text into plain and highlighted pieces that rebuild it exactly', () => {
    const pieces = highlightPieces(TEXT, [
      findQuote(TEXT, 'firmaron'),
      null,
      findQuote(TEXT, 'Fin'),
    ]);
    expect(pieces.map((piece) => piece.text).join('')).toBe(TEXT);
    expect(
      pieces.filter((piece) => piece.mark !== null).map((piece) => [piece.text, piece.mark]),
    ).toEqual([
      ['firmaron', 0],
      ['Fin', 2],
    ]);
  });
});

describe('a selection whose words occur more than once', () => {
  const TEXT =
    'El portavoz dijo: "No habrá comentarios". Fue sobre la reunión de marzo.\n\n' +
    'Más tarde, sobre el acuerdo militar, el portavoz dijo: "No habrá comentarios". Los periodistas insistieron.';
  const QUOTE = 'dijo: "No habrá comentarios"';
  const first = TEXT.indexOf(QUOTE);
  const second = TEXT.indexOf(QUOTE, first + 1);
  const at = (start: number, quote = QUOTE) => ({ start, end: start + quote.length });

  it('counts the places, white space collapsed, and says whether the selected one is the first', () => {
    expect(quoteRepeats(TEXT, at(second))).toEqual({ count: 2, selectedIsFirst: false });
    expect(quoteRepeats(TEXT, at(first))).toEqual({ count: 2, selectedIsFirst: true });
    expect(quoteRepeats(TEXT, at(TEXT.indexOf('marzo'), 'marzo'))).toEqual({
      count: 1,
      selectedIsFirst: true,
    });
    // Across a paragraph break: the line breaks are one space, as the format reads them.
    const loose = 'a b. x\n\ny. a b. x y.';
    expect(quoteRepeats(loose, { start: 3, end: 9 })).toEqual({ count: 2, selectedIsFirst: true });
    expect(quoteRepeats(TEXT, { start: 3, end: 3 }).count).toBe(0);
  });

  it('grows the selection a word at a time until its words are found only there', () => {
    const grown = uniqueSpan(TEXT, at(second));
    const quote = quoteOf(TEXT, grown);
    expect(quote).toBe('dijo: "No habrá comentarios". Los');
    expect(findQuote(TEXT, quote)).toEqual(grown);
    expect(quoteRepeats(TEXT, grown)).toEqual({ count: 1, selectedIsFirst: true });
    // The first is made unique too, so that it cannot be mistaken for the second.
    expect(quoteOf(TEXT, uniqueSpan(TEXT, at(first)))).toBe('dijo: "No habrá comentarios". Fue');
  });

  it('takes a word cut by the selection whole, and keeps the text’s own white space', () => {
    const text = 'one two three\n\nfour. one two thr\n\nee';
    const span = { start: 0, end: 'one two th'.length };
    const grown = uniqueSpan(text, span);
    expect(text.slice(grown.start, grown.end)).toBe('one two three');
    const later = text.lastIndexOf('one');
    const other = uniqueSpan(text, { start: later, end: later + 'one two'.length });
    expect(text.slice(other.start, other.end)).toBe('four. one two');
  });

  it('grows at the start when the end of the text is reached', () => {
    const text = 'x said yes. y said yes.';
    const grown = uniqueSpan(text, { start: text.lastIndexOf('said'), end: text.length - 1 });
    expect(text.slice(grown.start, grown.end)).toBe('y said yes');
  });

  it('grows, if it must, to the whole text, which occurs once', () => {
    expect(uniqueSpan('ha ha', { start: 0, end: 2 })).toEqual({ start: 0, end: 5 });
    expect(uniqueSpan('haha', { start: 0, end: 2 })).toEqual({ start: 0, end: 4 });
    expect(uniqueSpan('haha', { start: 1, end: 1 })).toEqual({ start: 1, end: 1 });
  });
});
