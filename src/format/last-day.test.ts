import { describe, expect, it } from 'vitest';
import { lastDayOf } from './last-day';

describe('lastDayOf', () => {
  it('gives the last day of a year or a month, leap years counted', () => {
    expect(lastDayOf('2024')).toBe('2024-12-31');
    expect(lastDayOf('2023-09')).toBe('2023-09-30');
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('1900-02')).toBe('1900-02-28');
    expect(lastDayOf('0044-03')).toBe('0044-03-31');
  });

  it('gives nothing for a day, a time or what is not a date', () => {
    expect(lastDayOf('2024-06-19')).toBeNull();
    expect(lastDayOf('2024-06-19T10:00')).toBeNull();
    expect(lastDayOf('2024-13')).toBeNull();
    expect(lastDayOf('June 2024')).toBeNull();
  });
});
