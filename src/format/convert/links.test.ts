import { describe, expect, it } from 'vitest';
import { readLink } from './links';

describe('readLink', () => {
  const base = 'https://example.org/timelines/ukraine.json';

  it('keeps a full http(s) address as it is', () => {
    expect(readLink(' https://ex.org/a ')).toEqual({ ok: true, url: 'https://ex.org/a' });
    expect(readLink('http://ex.org/a', base)).toEqual({ ok: true, url: 'http://ex.org/a' });
  });

  it('reads a relative link against the file’s address, and says it did', () => {
    expect(readLink('images/map.png', base)).toEqual({
      ok: true,
      url: 'https://example.org/timelines/images/map.png',
      relative: 'images/map.png',
    });
    expect(readLink('/story/1', base)).toMatchObject({ url: 'https://example.org/story/1' });
    expect(readLink('../a b.html', base)).toMatchObject({ url: 'https://example.org/a%20b.html' });
  });

  it('cannot read a relative link without the file’s address', () => {
    expect(readLink('images/map.png')).toEqual({ ok: false, reason: 'relative' });
  });

  it('never turns another scheme into a link', () => {
    expect(readLink('javascript:alert(1)', base)).toEqual({ ok: false, reason: 'not-http' });
    expect(readLink('data:text/html,x', base)).toEqual({ ok: false, reason: 'not-http' });
    expect(readLink('mailto:a@b.org', base)).toEqual({ ok: false, reason: 'not-http' });
    // A base that is not a web address gives nothing to read against.
    expect(readLink('a.png', 'file:///home/me/t.json')).toEqual({ ok: false, reason: 'relative' });
  });
});
