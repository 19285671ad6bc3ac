import { describe, expect, it } from 'vitest';
import { datesInCell, readDateSpan } from './date-span';

const span = (text: string) => {
  const read = readDateSpan(text, 'dmy');
  return read.ok ? [read.start, read.end ?? null, read.approximate] : `refused: ${read.reason}`;
};

describe('a date cell filled in by hand', () => {
  it('reads a span of years, however it is joined', () => {
    for (const text of [
      '1918-1921',
      '1918–1921',
      '1918 — 1921',
      '1918 - 1921',
      '1918 to 1921',
      'from 1918 to 1921',
      'between 1918 and 1921',
      'de 1918 a 1921',
      'entre 1918 y 1921',
      '1918–21',
    ]) {
      expect(span(text), text).toEqual(['1918', '1921', false]);
    }
  });

  it('completes the first end from the second where they share a month or a year', () => {
    expect(span('12–15 March 1917')).toEqual(['1917-03-12', '1917-03-15', false]);
    expect(span('12 March – 15 March 1917')).toEqual(['1917-03-12', '1917-03-15', false]);
    expect(span('March–April 1917')).toEqual(['1917-03', '1917-04', false]);
    expect(span('20 de mayo a 25 de mayo de 1961')).toEqual(['1961-05-20', '1961-05-25', false]);
    expect(span('12/03/1917 - 15/03/1917')).toEqual(['1917-03-12', '1917-03-15', false]);
    expect(span('1914–18')).toEqual(['1914', '1918', false]);
  });

  it('reads "c.", "ca.", "circa", "~" and a question mark as approximate', () => {
    for (const text of [
      'c. 1927',
      'c.1927',
      'c 1927',
      'ca. 1927',
      'ca 1927',
      'circa 1927',
      'Circa 1927',
      '~1927',
      '1927?',
      '1927 (?)',
      'about 1927',
      'hacia 1927',
      'aprox. 1927',
    ]) {
      expect(span(text), text).toEqual(['1927', null, true]);
    }
    expect(span('c. 1918–1921')).toEqual(['1918', '1921', true]);
    expect(span('1918 – c. 1921')).toEqual(['1918', '1921', true]);
    expect(span('c. June 1927')).toEqual(['1927-06', null, true]);
  });

  it('leaves what readDate reads to it: an ISO month is never a span', () => {
    expect(span('2010-11')).toEqual(['2010-11', null, false]);
    expect(span('2024-06-19')).toEqual(['2024-06-19', null, false]);
    expect(readDateSpan('2024', 'dmy')).toMatchObject({ readAs: [] });
  });

  it('refuses a span that ends before it starts, or whose ends are not dates', () => {
    expect(span('1921-1918')).toBe('refused: inverted');
    expect(span('1998–02')).toBe('refused: inverted');
    expect(span('Summer 1911')).toBe('refused: unreadable');
    expect(span('sometime to later')).toBe('refused: unreadable');
    expect(span('500 BCE')).toBe('refused: out-of-range');
    expect(span('c. 500 BCE')).toBe('refused: out-of-range');
  });

  it('asks for the day/month order of a span whose ends need it', () => {
    expect(readDateSpan('03/04/1917 - 05/04/1917')).toEqual({ ok: false, reason: 'ambiguous' });
    expect(datesInCell('03/04/1917 - 05/04/1917')).toEqual(['03/04/1917', '05/04/1917']);
    expect(datesInCell('c. 03/04/1917')).toEqual(['03/04/1917']);
    expect(datesInCell('03/04/1917')).toEqual(['03/04/1917']);
  });
});
