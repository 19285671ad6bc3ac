import { describe, expect, it } from 'vitest';
import { findQuote } from './find-quote';

const TEXT =
  'Este  miércoles, los líderes de Corea del Norte y Rusia\nfirmaron un acuerdo.\n\n' +
  'Kim anunció la firma de una “asociación estratégica integral” con elementos defensivos.';

/** The text a match covers, so expectations read as text rather than offsets. */
const found = (text: string, quote: string) => {
  const at = findQuote(text, quote);
  return at === null ? null : text.slice(at.start, at.end);
};

describe('findQuote', () => {
  it('finds an exact quote and gives its offsets', () => {
    const quote = 'Kim anunció la firma';
    expect(findQuote(TEXT, quote)).toEqual({
      start: TEXT.indexOf(quote),
      end: TEXT.indexOf(quote) + quote.length,
    });
  });

  it('finds the first occurrence', () => {
    expect(findQuote('a b a b', 'a b')).toEqual({ start: 0, end: 3 });
  });

  it('finds the first occurrence under the verbatim rule, not the first written alike', () => {
    // The editor's highlight, the explorer's Show in context and a repeated passage's count
    // all take this one; the exact copy later on is the second occurrence.
    expect(findQuote('a  b, a b', 'a b')).toEqual({ start: 0, end: 4 });
  });

  it('matches across runs of white space and newlines in the text', () => {
    expect(found(TEXT, 'Este miércoles,')).toBe('Este  miércoles,');
    expect(found(TEXT, 'y Rusia firmaron')).toBe('y Rusia\nfirmaron');
    expect(found(TEXT, 'un acuerdo. Kim anunció')).toBe('un acuerdo.\n\nKim anunció');
  });

  it('matches runs of white space in the quote against a single space in the text', () => {
    expect(found(TEXT, 'Kim   anunció\n la\tfirma')).toBe('Kim anunció la firma');
  });

  it('requires white space where the quote has it, and none where it has none', () => {
    expect(findQuote(TEXT, 'Kimanunció')).toBeNull();
    expect(findQuote('Kimanunció', 'Kim anunció')).toBeNull();
  });

  it('keeps white space at the ends of a quote', () => {
    expect(found(TEXT, ' firma ')).toBe(' firma ');
    expect(findQuote('firma', ' firma')).toBeNull();
  });

  it('does not match different accents, case or quotation marks', () => {
    expect(findQuote(TEXT, 'Kim anuncio la firma')).toBeNull();
    expect(findQuote(TEXT, 'kim anunció la firma')).toBeNull();
    expect(findQuote(TEXT, 'una "asociación estratégica integral"')).toBeNull();
    expect(findQuote(TEXT, 'una «asociación estratégica integral»')).toBeNull();
    expect(found(TEXT, 'una “asociación estratégica integral”')).toBe(
      'una “asociación estratégica integral”',
    );
  });

  it('does not match accents written with combining marks', () => {
    // "é" as e + U+0301 is not the same text as the precomposed "é".
    expect(findQuote(TEXT, 'miérc'.normalize('NFD'))).toBeNull();
  });

  it('treats regular expression characters in the quote literally', () => {
    const text = 'Prices rose (by 3.5%) to $1,000 [sic]; a+b=c? x*y | z^2 \\ {1} end.';
    for (const quote of [
      '(by 3.5%)',
      '$1,000 [sic];',
      'a+b=c?',
      'x*y | z^2',
      '\\ {1} end.',
      'rose (by 3.5%) to $1,000',
    ]) {
      expect(found(text, quote), quote).toBe(quote);
    }
    expect(findQuote('by 3x5', 'by 3.5')).toBeNull();
    expect(findQuote('aaa', 'a+')).toBeNull();
    expect(findQuote('abc', '.*')).toBeNull();
  });

  it('finds nothing for an empty quote or one that is not there', () => {
    expect(findQuote(TEXT, '')).toBeNull();
    expect(findQuote(TEXT, '   ')).toBeNull();
    expect(findQuote(TEXT, 'Kim anunció la guerra')).toBeNull();
  });

  it('handles characters outside the Basic Multilingual Plane', () => {
    expect(found('They met 🤝 in Pyongyang', '🤝 in')).toBe('🤝 in');
  });
});
