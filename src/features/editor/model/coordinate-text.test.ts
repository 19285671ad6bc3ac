import { describe, expect, it } from 'vitest';
import { missingCoordinate, readCoordinate, showCoordinate } from './coordinate-text';

describe('readCoordinate', () => {
  it('reads a point or a comma as the decimal mark', () => {
    expect(readCoordinate('125.75', 'lon')).toBe(125.75);
    expect(readCoordinate('125,75', 'lon')).toBe(125.75);
    expect(readCoordinate(' 39,02 ', 'lon')).toBe(39.02);
    expect(readCoordinate('-33,4', 'lon')).toBe(-33.4);
    expect(readCoordinate('\u221233.4', 'lon')).toBe(-33.4);
    expect(readCoordinate('+12', 'lon')).toBe(12);
    expect(readCoordinate(',5', 'lon')).toBe(0.5);
  });

  it('reads a number half typed as the number so far', () => {
    expect(readCoordinate('125.', 'lon')).toBe(125);
    expect(readCoordinate('125,', 'lon')).toBe(125);
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
      '12 34 N', // a latitude's hemisphere on a longitude
      '50°27′N',
    ])
      expect(readCoordinate(text, 'lon')).toBe(text);
  });

  it('reads degrees, minutes and seconds as pasted from a map', () => {
    expect(readCoordinate('50°27′N', 'lat')).toBe(50.45);
    expect(readCoordinate('30°31′O', 'lon')).toBeCloseTo(-30.516667, 6);
  });

  it('keeps a number out of range a number, for the validator to say so', () => {
    expect(readCoordinate('95', 'lat')).toBe(95);
    expect(readCoordinate('-200,5', 'lon')).toBe(-200.5);
    expect(readCoordinate('95°N', 'lat')).toBe('95°N');
  });

  it('reads empty as no value', () => {
    expect(readCoordinate('', 'lon')).toBeUndefined();
    expect(readCoordinate('   ', 'lon')).toBeUndefined();
  });

  it('shows what it read back as the field can hold it', () => {
    expect(showCoordinate(undefined)).toBe('');
    expect(showCoordinate(125.75)).toBe('125.75');
    expect(showCoordinate('abc')).toBe('abc');
    expect(readCoordinate(showCoordinate('abc'), 'lat')).toBe('abc');
  });
});

describe('missingCoordinate', () => {
  it('names the coordinate a place lacks when it has only the other', () => {
    expect(missingCoordinate({ lat: 39.02 })).toBe('lon');
    expect(missingCoordinate({ lon: 125.75 })).toBe('lat');
    // Text that is no number is still a value typed: the field says what is wrong with it.
    expect(missingCoordinate({ lat: 'north' })).toBe('lon');
  });

  it('says nothing of a place with both, with neither, or of no place', () => {
    expect(missingCoordinate({ lat: 39.02, lon: 125.75 })).toBeNull();
    expect(missingCoordinate({})).toBeNull();
    expect(missingCoordinate(undefined)).toBeNull();
  });
});
