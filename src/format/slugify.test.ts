import { describe, expect, it } from 'vitest';
import { isSlug } from './slug';
import { slugify } from './slugify';

describe('slugify', () => {
  it('makes a slug of a title: accents folded, punctuation to hyphens', () => {
    expect(slugify('Kim & Putin sign — 2024!')).toBe('kim-putin-sign-2024');
    expect(slugify('Jovanović & Yılmaz — Talks!')).toBe('jovanovic-yilmaz-talks');
    expect(slugify('Visite à Pyongyang')).toBe('visite-a-pyongyang');
  });

  it('falls back when nothing of the text is left', () => {
    expect(slugify('平壤', 'event')).toBe('event');
    expect(slugify('—', 'source')).toBe('source');
  });

  it('cuts at the length asked, never leaving a hyphen at the end', () => {
    const slug = slugify('word '.repeat(40), 'x', 12);
    expect(slug).toBe('word-word-wo');
    expect(slugify('abcdefghij klm', 'x', 11)).toBe('abcdefghij');
  });

  it('always makes an id the store accepts', () => {
    for (const text of ['Ünïcödé', '  --a--b--  ', 'ﬁnal ﬂight', 'Ⅻ century', 'x'.repeat(200)]) {
      expect(isSlug(slugify(text, 'item'))).toBe(true);
    }
  });
});
