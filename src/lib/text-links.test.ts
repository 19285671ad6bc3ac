import { describe, expect, it } from 'vitest';
import { textWithLinks } from './text-links';

const joined = (text: string) =>
  textWithLinks(text)
    .map((piece) => piece.text)
    .join('');

describe('textWithLinks', () => {
  it('makes a link of an address written out, its sentence around it kept as text', () => {
    expect(textWithLinks('The treaty (https://example.org/treaty) was signed.')).toEqual([
      { text: 'The treaty (' },
      { text: 'https://example.org/treaty', href: 'https://example.org/treaty' },
      { text: ') was signed.' },
    ]);
  });

  it('ends an address before the full stop, comma or bracket that follows it', () => {
    const links = (text: string) =>
      textWithLinks(text)
        .filter((piece) => piece.href)
        .map((piece) => piece.text);
    expect(links('See https://example.org/a.')).toEqual(['https://example.org/a']);
    expect(links('See https://example.org/a, and http://example.org/b; then')).toEqual([
      'https://example.org/a',
      'http://example.org/b',
    ]);
    expect(links('(https://en.wikipedia.org/wiki/Treaty_(1918))')).toEqual([
      'https://en.wikipedia.org/wiki/Treaty_(1918)',
    ]);
  });

  it('links nothing but http(s) addresses written out', () => {
    for (const text of [
      'javascript:alert(1)',
      'mailto:press@example.org',
      'press@example.org',
      'ftp://example.org/file',
      'www.example.org and example.org',
      '//example.org/path',
      'data:text/html,<script>alert(1)</script>',
    ])
      expect(textWithLinks(text)).toEqual([{ text }]);
  });

  it('keeps every character of the text, in order', () => {
    for (const text of [
      '',
      'no address',
      'https://example.org',
      'a https://example.org/x?y=1#z b https://example.org c',
      'Cyrillic: https://ru.wikipedia.org/wiki/Пхеньян — done',
    ])
      expect(joined(text)).toBe(text);
  });

  it('gives an address with letters beyond ASCII an href the browser can follow', () => {
    const [, link] = textWithLinks('Read https://ru.wikipedia.org/wiki/Пхеньян now');
    expect(link!.text).toBe('https://ru.wikipedia.org/wiki/Пхеньян');
    expect(link!.href).toBe(new URL('https://ru.wikipedia.org/wiki/Пхеньян').href);
  });
});
