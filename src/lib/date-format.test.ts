import { describe, expect, it } from 'vitest';
import { type StoreDate, parseStoreDate } from '../format/dates';
import { type Locale, formatEventDate, formatStoreDate } from './date-format';

const date = (raw: string): StoreDate => {
  const parsed = parseStoreDate(raw);
  if (parsed === null) throw new Error(`not a store date: ${raw}`);
  return parsed;
};

const show = (raw: string, locale: Locale) => formatStoreDate(date(raw), locale);

const period = (start: string, end: string | undefined, locale: Locale, approximate?: boolean) =>
  formatEventDate(
    end === undefined ? { start: date(start) } : { start: date(start), end: date(end) },
    approximate,
    locale,
  );

/**
 * Intl's ranges ("19–20 July 2000") differ between ICU versions only in the spacing around
 * the dash (none, spaces, or U+2009 thin spaces); everything else is asserted exactly.
 */
const range = (text: string) => text.replace(/[\s\u2009\u202f]*[–-][\s\u2009\u202f]*/g, '–');

describe('formatStoreDate', () => {
  it('shows a year as the year', () => {
    expect(show('2022', 'en')).toBe('2022');
    expect(show('2022', 'es')).toBe('2022');
  });

  it('shows a month as the month, never with a day', () => {
    expect(show('2023-09', 'en')).toBe('September 2023');
    expect(show('2023-09', 'es')).toBe('septiembre de 2023');
    for (const raw of ['2023-01', '2023-09', '2023-12', '2024-02']) {
      for (const locale of ['en', 'es'] as const) {
        expect(show(raw, locale)).not.toMatch(/\b(1|01|28|29|30|31)\b/);
      }
    }
  });

  it('shows a day as day, month and year', () => {
    expect(show('2024-06-19', 'en')).toBe('19 June 2024');
    expect(show('2024-06-19', 'es')).toBe('19 de junio de 2024');
    expect(show('2024-02-29', 'en')).toBe('29 February 2024');
    expect(show('2000-01-01', 'es')).toBe('1 de enero de 2000');
  });

  it('shows a time to the minute in the offset it was given in, named', () => {
    expect(show('2024-06-19T10:30Z', 'en')).toBe('19 June 2024 at 10:30 UTC');
    expect(show('2024-06-19T10:30Z', 'es')).toBe('19 de junio de 2024 a las 10:30 UTC');
    // 10:30 in Pyongyang is 01:30 UTC; the store's wall clock is shown, with its offset.
    expect(show('2024-06-19T10:30+09:00', 'en')).toBe('19 June 2024 at 10:30 UTC+09:00');
    expect(show('2024-06-19T10:30+09:00', 'es')).toBe('19 de junio de 2024 a las 10:30 UTC+09:00');
    expect(show('2024-06-19T00:15-05:00', 'en')).toBe('19 June 2024 at 00:15 UTC-05:00');
    // Without an offset the time is shown as written, without a zone.
    expect(show('2024-06-19T10:30', 'en')).toBe('19 June 2024 at 10:30');
  });

  it('shows seconds when the store gives them', () => {
    expect(show('2024-06-19T10:30:15Z', 'en')).toBe('19 June 2024 at 10:30:15 UTC');
    expect(show('2024-06-19T10:30:15Z', 'es')).toBe('19 de junio de 2024 a las 10:30:15 UTC');
    expect(show('2024-06-19T23:59:59+09:00', 'en')).toBe('19 June 2024 at 23:59:59 UTC+09:00');
  });

  it('shows an offset time on its own date, not the UTC one', () => {
    // 01:00 at +09:00 is 16:00 UTC the day before.
    expect(show('2024-06-19T01:00+09:00', 'en')).toBe('19 June 2024 at 01:00 UTC+09:00');
  });
});

describe('formatEventDate', () => {
  it('shows a point event like formatStoreDate', () => {
    expect(period('2023-09', undefined, 'en')).toBe('September 2023');
    expect(period('2024-06-19', undefined, 'es')).toBe('19 de junio de 2024');
  });

  it('shows an end equal to the start once', () => {
    expect(period('2023-09', '2023-09', 'en')).toBe('September 2023');
  });

  it('prefixes an approximate date with "c." in English and "h." in Spanish', () => {
    expect(period('2000', undefined, 'en', true)).toBe('c. 2000');
    expect(period('2000', undefined, 'es', true)).toBe('h. 2000');
    expect(period('2023-09', undefined, 'es', true)).toBe('h. septiembre de 2023');
    expect(period('2000', undefined, 'en', false)).toBe('2000');
    expect(range(period('2000-07-19', '2000-07-20', 'en', true))).toBe('c. 19–20 July 2000');
  });

  it('shows a period of days as one range', () => {
    expect(range(period('2000-07-19', '2000-07-20', 'en'))).toBe('19–20 July 2000');
    expect(range(period('2000-07-19', '2000-07-20', 'es'))).toBe('19–20 de julio de 2000');
    expect(range(period('2000-07-19', '2000-08-02', 'en'))).toBe('19 July–2 August 2000');
    expect(range(period('2000-07-19', '2001-07-20', 'en'))).toBe('19 July 2000–20 July 2001');
  });

  it('shows a period of months as one range, without days', () => {
    expect(range(period('2022-02', '2022-05', 'en'))).toBe('February–May 2022');
    expect(range(period('2022-02', '2022-05', 'es'))).toBe('febrero–mayo de 2022');
    expect(range(period('2022-02', '2024-06', 'en'))).toBe('February 2022–June 2024');
    expect(range(period('2022-02', '2024-06', 'es'))).toBe('febrero de 2022–junio de 2024');
  });

  it('shows a period of years with the two years', () => {
    expect(period('2022', '2024', 'en')).toBe('2022 – 2024');
    expect(period('2022', '2024', 'es', true)).toBe('h. 2022 – 2024');
  });

  it('shows a period of minutes once with its offset', () => {
    expect(range(period('2024-06-19T10:30Z', '2024-06-19T12:00Z', 'en'))).toBe(
      '19 June 2024, 10:30–12:00 UTC',
    );
    expect(range(period('2024-06-19T10:30+09:00', '2024-06-19T12:00+09:00', 'es'))).toBe(
      '19 de junio de 2024, 10:30–12:00 UTC+09:00',
    );
  });

  it('shows a period with mixed precisions as two dates, each at its own precision', () => {
    expect(period('2022-02', '2024-06-19', 'en')).toBe('February 2022 – 19 June 2024');
    expect(period('2022-02', '2024-06-19', 'es')).toBe('febrero de 2022 – 19 de junio de 2024');
    expect(period('2022', '2024-06', 'en', true)).toBe('c. 2022 – June 2024');
    expect(period('2024-06-19', '2024-06-19T18:00Z', 'en')).toBe(
      '19 June 2024 – 19 June 2024 at 18:00 UTC',
    );
  });

  it('shows times in different offsets as two dates, each in its own offset', () => {
    expect(period('2024-06-19T10:30+09:00', '2024-06-19T12:00Z', 'en')).toBe(
      '19 June 2024 at 10:30 UTC+09:00 – 19 June 2024 at 12:00 UTC',
    );
  });
});

describe('every precision, in both languages', () => {
  // One table, so that a missing language or precision is plain to see.
  const cases: [raw: string, en: string, es: string][] = [
    ['2024', '2024', '2024'],
    ['2024-06', 'June 2024', 'junio de 2024'],
    ['2024-06-19', '19 June 2024', '19 de junio de 2024'],
    ['2024-06-19T10:30Z', '19 June 2024 at 10:30 UTC', '19 de junio de 2024 a las 10:30 UTC'],
    [
      '2024-06-19T10:30:15+09:00',
      '19 June 2024 at 10:30:15 UTC+09:00',
      '19 de junio de 2024 a las 10:30:15 UTC+09:00',
    ],
  ];
  for (const [raw, en, es] of cases) {
    it(`${raw}: "${en}" / "${es}", and approximate with c. / h.`, () => {
      expect(show(raw, 'en')).toBe(en);
      expect(show(raw, 'es')).toBe(es);
      expect(period(raw, undefined, 'en', true)).toBe(`c. ${en}`);
      expect(period(raw, undefined, 'es', true)).toBe(`h. ${es}`);
    });
  }
});
