import { describe, expect, it } from 'vitest';
import { hasText, locatorFieldLabel, settledText, typedExcerpt } from './locator';

describe('typedExcerpt', () => {
  it('keeps the quote’s words and the locator, without the spaces around them', () => {
    expect(typedExcerpt('tape', '  the ferry did not sail \n', ' 12:30 ')).toEqual({
      source: 'tape',
      quote: 'the ferry did not sail',
      locator: '12:30',
    });
  });

  it('leaves out a locator that is empty or only spaces, rather than writing ""', () => {
    expect(typedExcerpt('tape', 'the ferry', '')).toEqual({ source: 'tape', quote: 'the ferry' });
    expect(Object.keys(typedExcerpt('tape', 'the ferry', '   '))).toEqual(['source', 'quote']);
  });
});

describe('locatorFieldLabel', () => {
  it('is the source’s word with a capital, in the interface’s language', () => {
    expect(locatorFieldLabel('page', 'Where in the source', 'en')).toBe('Page');
    expect(locatorFieldLabel(' minuto ', 'Dónde en la fuente', 'es')).toBe('Minuto');
    expect(locatorFieldLabel('ıslak', 'x', 'tr')).toBe('Islak');
  });

  it('is the general words when the source says none, or not as text', () => {
    expect(locatorFieldLabel(undefined, 'Where in the source', 'en')).toBe('Where in the source');
    expect(locatorFieldLabel('  ', 'Where in the source', 'en')).toBe('Where in the source');
    expect(locatorFieldLabel(12, 'Where in the source', 'en')).toBe('Where in the source');
  });
});

describe('settledText and hasText', () => {
  it('settles spaces to nothing, and a text of spaces is no text', () => {
    expect(settledText('  ')).toBe('');
    expect(settledText(' 12 bis ')).toBe('12 bis');
    expect(hasText({ text: ' \n ' })).toBe(false);
    expect(hasText({})).toBe(false);
    expect(hasText({ text: 'Ellos firmaron.' })).toBe(true);
  });
});
