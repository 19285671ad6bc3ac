import { describe, expect, it } from 'vitest';
import { readCoordinate, showCoordinate } from './coordinate-text';

describe('readCoordinate', () => {
  it('reads a point or a comma as the decimal mark', () => {
    expect(readCoordinate('125.75')).toBe(125.75);
    expect(readCoordinate('125,75')).toBe(125.75);
    expect(readCoordinate(' 39,02 ')).toBe(39.02);
    expect(readCoordinate('-33,4')).toBe(-33.4);
    expect(readCoordinate('\u221233.4')).toBe(-33.4);
    expect(readCoordinate('+12')).toBe(12);
    expect(readCoordinate(',5')).toBe(0.5);
  });

  it('reads a number half typed as the number so far', () => {
    expect(readCoordinate('125.')).toBe(125);
    expect(readCoordinate('125,')).toBe(125);
  });

  it('keeps any other text as typed, never as no value', () => {
    for (const text of [
      'abc',
      '1,234.5',
      '1.234,5',
      '12 34',
      '0x10',
      '1e3',
      'Infinity',
      '-',
      '12°',
    ])
      expect(readCoordinate(text)).toBe(text);
  });

  it('reads empty as no value', () => {
    expect(readCoordinate('')).toBeUndefined();
    expect(readCoordinate('   ')).toBeUndefined();
  });

  it('shows what it read back as the field can hold it', () => {
    expect(showCoordinate(undefined)).toBe('');
    expect(showCoordinate(125.75)).toBe('125.75');
    expect(showCoordinate('abc')).toBe('abc');
    expect(readCoordinate(showCoordinate('abc'))).toBe('abc');
  });
});
