import { describe, expect, it } from 'vitest';
import { describeInstant, windowDates } from './window-dates';

const JUNE_2024 = { start: Date.UTC(2024, 5, 1), end: Date.UTC(2024, 6, 1) };

describe('windowDates', () => {
  it('names the window’s first and last day, as the timeline and the map say them', () => {
    expect(windowDates(JUNE_2024, 'en')).toEqual({ from: '1 June 2024', to: '30 June 2024' });
    expect(windowDates(JUNE_2024, 'es')).toEqual({
      from: '1 de junio de 2024',
      to: '30 de junio de 2024',
    });
  });

  it('a window shorter than a day names that day twice, not the day before', () => {
    const hour = { start: Date.UTC(2024, 5, 19, 10), end: Date.UTC(2024, 5, 19, 11) };
    expect(windowDates(hour, 'en')).toEqual({ from: '19 June 2024', to: '19 June 2024' });
  });
});

describe('describeInstant', () => {
  it('gives the UTC day an instant falls on', () => {
    expect(describeInstant(Date.UTC(2023, 8, 13, 23, 59), 'en')).toBe('13 September 2023');
    expect(describeInstant(Date.UTC(2023, 8, 13, 23, 59), 'es')).toBe('13 de septiembre de 2023');
  });
});
