import { describe, expect, it } from 'vitest';
import { storeDateOfTyped } from './typed-date';

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
