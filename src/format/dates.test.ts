import { describe, expect, it } from 'vitest';
import { DATE_PATTERN, parseStoreDate } from './dates';

/** start and end of a parsed date as ISO strings, so failures read as dates. */
function span(raw: string) {
  const date = parseStoreDate(raw);
  if (date === null) throw new Error(`${raw} did not parse`);
  return {
    precision: date.precision,
    start: new Date(date.start).toISOString(),
    end: new Date(date.end).toISOString(),
  };
}

describe('parseStoreDate: precision and the period covered', () => {
  it('a year covers the whole year', () => {
    expect(span('2024')).toEqual({
      precision: 'year',
      start: '2024-01-01T00:00:00.000Z',
      end: '2025-01-01T00:00:00.000Z',
    });
  });

  it('a month covers the whole month, never just its first day', () => {
    expect(span('2024-02')).toEqual({
      precision: 'month',
      start: '2024-02-01T00:00:00.000Z',
      end: '2024-03-01T00:00:00.000Z',
    });
  });

  it('December runs to the first of January of the next year', () => {
    expect(span('2024-12')).toMatchObject({ end: '2025-01-01T00:00:00.000Z' });
  });

  it('a day covers 24 hours, including the last day of a month and of a year', () => {
    expect(span('2024-06-19')).toEqual({
      precision: 'day',
      start: '2024-06-19T00:00:00.000Z',
      end: '2024-06-20T00:00:00.000Z',
    });
    expect(span('2024-01-31').end).toBe('2024-02-01T00:00:00.000Z');
    expect(span('2024-12-31').end).toBe('2025-01-01T00:00:00.000Z');
  });

  it('29 February exists in leap years only', () => {
    expect(span('2024-02-29').end).toBe('2024-03-01T00:00:00.000Z');
    expect(span('2000-02-29').precision).toBe('day');
    expect(parseStoreDate('2023-02-29')).toBeNull();
    expect(parseStoreDate('1900-02-29')).toBeNull();
  });

  it('a time to the minute covers one minute; without an offset it is UTC', () => {
    expect(span('2024-06-19T10:30')).toEqual({
      precision: 'minute',
      start: '2024-06-19T10:30:00.000Z',
      end: '2024-06-19T10:31:00.000Z',
    });
    expect(span('2024-06-19T10:30Z').start).toBe('2024-06-19T10:30:00.000Z');
  });

  it('a time to the second covers one second', () => {
    expect(span('2024-06-19T23:59:59Z')).toEqual({
      precision: 'second',
      start: '2024-06-19T23:59:59.000Z',
      end: '2024-06-20T00:00:00.000Z',
    });
  });

  it('applies the offset to find the instant', () => {
    expect(span('2024-06-19T10:00+09:00').start).toBe('2024-06-19T01:00:00.000Z');
    expect(span('2024-06-19T10:00-05:30').start).toBe('2024-06-19T15:30:00.000Z');
    expect(span('2024-01-01T00:30:00+14:00').start).toBe('2023-12-31T10:30:00.000Z');
    expect(span('2024-06-19T10:00-00:00').start).toBe('2024-06-19T10:00:00.000Z');
  });

  it('keeps the wall-clock fields and the offset as written', () => {
    const date = parseStoreDate('2024-06-19T10:05+09:00');
    expect(date?.raw).toBe('2024-06-19T10:05+09:00');
    expect(date?.fields).toEqual({
      year: 2024,
      month: 6,
      day: 19,
      hour: 10,
      minute: 5,
      offset: '+09:00',
    });
    expect(parseStoreDate('2023-09')?.fields).toEqual({ year: 2023, month: 9 });
  });

  it('handles the first and last years of the range (no 1900s mapping of small years)', () => {
    expect(span('0001')).toEqual({
      precision: 'year',
      start: '0001-01-01T00:00:00.000Z',
      end: '0002-01-01T00:00:00.000Z',
    });
    expect(span('0099-03').start).toBe('0099-03-01T00:00:00.000Z');
    expect(span('9999').end).toBe('+010000-01-01T00:00:00.000Z');
    expect(span('9999-12-31').end).toBe('+010000-01-01T00:00:00.000Z');
  });
});

describe('parseStoreDate: the calendar, by the fast path and the small years alike', () => {
  const leap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  /** Every day of a year, as the store writes it (2000's days, a leap year's, as the pattern). */
  const daysOf = (year: number) => {
    const days: string[] = [];
    for (let t = Date.UTC(2000, 0, 1); t < Date.UTC(2001, 0, 1); t += 86_400_000) {
      days.push(`${String(year).padStart(4, '0')}${new Date(t).toISOString().slice(4, 10)}`);
    }
    return days.filter((raw) => leap(year) || !raw.endsWith('-02-29'));
  };

  it.each([99, 100, 1900, 2023, 2024, 9999])(
    'each day of %i starts and ends at UTC midnight',
    (year) => {
      for (const raw of daysOf(year)) {
        const date = parseStoreDate(raw);
        const midnight = Date.parse(`${raw}T00:00:00Z`);
        expect({ raw, start: date?.start, end: date?.end }).toEqual({
          raw,
          start: midnight,
          end: midnight + 86_400_000,
        });
      }
      if (!leap(year)) expect(parseStoreDate(`${String(year).padStart(4, '0')}-02-29`)).toBeNull();
    },
  );

  it('an offset moves an instant across a day, a year and the 99/100 boundary', () => {
    expect(span('2024-12-31T23:30-01:00').start).toBe('2025-01-01T00:30:00.000Z');
    expect(span('0100-01-01T00:00+01:00').start).toBe('0099-12-31T23:00:00.000Z');
    expect(span('0099-12-31T23:59:59-00:01').start).toBe('0100-01-01T00:00:59.000Z');
  });

  it('a date given again gets the same answer, a date that is not one included', () => {
    const first = parseStoreDate('2023-09-10');
    expect(parseStoreDate('2023-09-10')).toEqual(first);
    expect(parseStoreDate('2023-09-10')?.start).toBe(Date.UTC(2023, 8, 10));
    expect(parseStoreDate('2023-02-30')).toBeNull();
    expect(parseStoreDate('2023-02-30')).toBeNull();
    const long = `2023-09-10${' '.repeat(40)}`;
    expect(parseStoreDate(long)).toBeNull();
    expect(parseStoreDate(long)).toBeNull();
  });
});

describe('parseStoreDate: what is not a date', () => {
  it.each([
    ['0000', 'year 0 is before 0001'],
    ['2024-00', 'month 0'],
    ['2023-13', 'month 13'],
    ['2023-02-30', 'not on the calendar'],
    ['2024-02-30', 'not on the calendar, even in a leap year'],
    ['2024-04-31', 'April has 30 days'],
    ['2024-06-00', 'day 0'],
    ['2024-06-19T25:00', 'hour 25'],
    ['2024-06-19T24:00', 'hour 24'],
    ['2024-06-19T10:60', 'minute 60'],
    ['2024-06-19T10:00:60', 'second 60'],
    ['2024-06-19T10:00+15:00', 'offset beyond +14:00'],
    ['2024-06-19T10:00+09:60', 'offset minutes 60'],
    ['24', 'two-digit year'],
    ['12024', 'five-digit year'],
    ['2024-6', 'one-digit month'],
    ['2024-06-19T10', 'hour without minutes'],
    ['2024-06-19 10:00', 'space instead of T'],
    ['2024-06-19T10:00:00.5Z', 'fractions of a second'],
    ['2024-06-19Z', 'offset without a time'],
    ['2024-06-19T10:00+0900', 'offset without a colon'],
    ['', 'empty'],
    [' 2024', 'leading space'],
  ])('%s (%s)', (raw) => {
    expect(parseStoreDate(raw)).toBeNull();
  });
});

describe('DATE_PATTERN (published in the JSON Schema)', () => {
  const pattern = new RegExp(DATE_PATTERN);

  it('accepts the shape of every precision', () => {
    for (const raw of [
      '2024',
      '2024-02',
      '2024-02-29',
      '2024-02-29T10:00',
      '2024-02-29T10:00:05Z',
      '2024-02-29T10:00+09:00',
    ]) {
      expect(pattern.test(raw), raw).toBe(true);
    }
  });

  it('rejects other shapes (calendar checks are the parser’s job)', () => {
    for (const raw of ['24', '2024-6', '2024-06-19T10', '2024/06/19']) {
      expect(pattern.test(raw), raw).toBe(false);
    }
  });
});
