import { describe, expect, it } from 'vitest';
import { brokenQuotes, highlightPieces, locateQuote, quoteOf, trimSpan } from './text-offsets';

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
    expect(locateQuote(TEXT, 'firmaron')).toEqual({
      start: TEXT.indexOf('firmaron'),
      end: TEXT.indexOf('firmaron') + 8,
    });
    const loose = locateQuote(TEXT, 'miércoles, los líderes firmaron');
    expect(TEXT.slice(loose!.start, loose!.end)).toBe('miércoles,  los líderes\nfirmaron');
  });

  it('does not normalise quotation marks, accents or case', () => {
    expect(locateQuote(TEXT, '"acuerdo"')).toBeNull();
    expect(locateQuote(TEXT, 'miercoles')).toBeNull();
    expect(locateQuote(TEXT, 'este')).toBeNull();
  });

  it('cuts the text into plain and highlighted pieces that rebuild it exactly', () => {
    const pieces = highlightPieces(TEXT, [
      locateQuote(TEXT, 'firmaron'),
      null,
      locateQuote(TEXT, 'Fin'),
    ]);
    expect(pieces.map((piece) => piece.text).join('')).toBe(TEXT);
    expect(
      pieces.filter((piece) => piece.mark !== null).map((piece) => [piece.text, piece.mark]),
    ).toEqual([
      ['firmaron', 0],
      ['Fin', 2],
    ]);
  });

  it('tells which quotes a new text would break', () => {
    expect(brokenQuotes('Este miércoles firmaron', ['Este miércoles', 'firmaron un'])).toEqual([
      'firmaron un',
    ]);
  });
});
