import { describe, expect, it } from 'vitest';
import { storeDateOfTyped, twoReadingsOf } from './typed-date';

describe('a date typed in the editor', () => {
  it('is written in the store’s form at the precision given', () => {
    expect(storeDateOfTyped('19 June 2024')).toBe('2024-06-19');
    expect(storeDateOfTyped('June 19, 2024')).toBe('2024-06-19');
    expect(storeDateOfTyped('Sept 2023')).toBe('2023-09');
    expect(storeDateOfTyped('13/09/2023')).toBe('2023-09-13');
    expect(storeDateOfTyped('24 febrero 2022')).toBe('2022-02-24');
  });

  it('is kept as typed when it is a store date already, or cannot be read without a guess', () => {
    expect(storeDateOfTyped('2024-06')).toBe('2024-06');
    expect(storeDateOfTyped('2024-06-19T10:00Z')).toBe('2024-06-19T10:00Z');
    expect(storeDateOfTyped('03/04/2020')).toBe('03/04/2020');
    expect(storeDateOfTyped('soon')).toBe('soon');
    expect(storeDateOfTyped('')).toBe('');
  });
});

describe('twoReadingsOf', () => {
  it('gives a date that could be either way both ways, day first', () => {
    expect(twoReadingsOf('03/04/2023')).toEqual(['2023-04-03', '2023-03-04']);
    expect(twoReadingsOf(' 12/03/1917 ')).toEqual(['1917-03-12', '1917-12-03']);
  });

  it('is null for a date read one way, or not at all', () => {
    expect(twoReadingsOf('13/04/2023')).toBeNull();
    expect(twoReadingsOf('19 June 2024')).toBeNull();
    expect(twoReadingsOf('TBC')).toBeNull();
    expect(twoReadingsOf('')).toBeNull();
  });
});
