import { describe, expect, it } from 'vitest';
import { type Axis, readCoordinate } from './coordinate-text';

const value = (text: string, axis: Axis = 'lat') => {
  const read = readCoordinate(text, axis);
  return read.ok ? read.value : read.reason;
};

describe('readCoordinate', () => {
  it('reads decimal degrees, with a point or a comma, a sign or a minus sign', () => {
    expect(value('50.45')).toBe(50.45);
    expect(value(' 50.45 ')).toBe(50.45);
    expect(value('49,99')).toBe(49.99);
    expect(value('-33.9')).toBe(-33.9);
    expect(value('+33.9')).toBe(33.9);
    expect(value('\u221233.9')).toBe(-33.9);
    expect(value('.5')).toBe(0.5);
    expect(value('0')).toBe(0);
    expect(value('-0')).toBe(0);
    expect(value('30.52', 'lon')).toBe(30.52);
    expect(value('-179.99', 'lon')).toBe(-179.99);
  });

  it('reads degrees, minutes and seconds as they are pasted from a map or an encyclopaedia', () => {
    expect(value('50°27′N')).toBe(50.45);
    expect(value('30°31′E', 'lon')).toBe(30.516667);
    expect(value("50°27'N")).toBe(50.45);
    expect(value('50°27’N')).toBe(50.45);
    expect(value(`50°27'36"N`)).toBe(50.46);
    expect(value('50°27′36″N')).toBe(50.46);
    expect(value("50°27'36''N")).toBe(50.46);
    expect(value('50° 27′ 36″ N')).toBe(50.46);
    expect(value('50 27 36 N')).toBe(50.46);
    expect(value('50 27 N')).toBe(50.45);
    expect(value('N 50°27′')).toBe(50.45);
    expect(value('n50°27′')).toBe(50.45);
    expect(value('50°27.6′N')).toBe(50.46);
    expect(value('50.45°N')).toBe(50.45);
    expect(value('50.45 N')).toBe(50.45);
    expect(value('50.45°')).toBe(50.45);
    expect(value('-50°27′')).toBe(-50.45);
    expect(value('50º27′N')).toBe(50.45);
  });

  it('reads south and west as negative, and the Spanish O as west', () => {
    expect(value('33°52′S')).toBe(-33.866667);
    expect(value('58°23′W', 'lon')).toBe(-58.383333);
    expect(value('3°41′31″O', 'lon')).toBe(-3.691944);
    expect(value('0°0′0″W', 'lon')).toBe(0);
  });

  it('reads no text that is not a coordinate', () => {
    for (const text of [
      '',
      '  ',
      'north',
      'east',
      'n/a',
      '1e3',
      '0x10',
      'Infinity',
      '50 27',
      '50,45,3',
      '1.234,5',
      'N',
      '°',
      '50°27′N 30°31′E',
      '50°27°',
      '27′50°',
      '50.5°27′N',
      '50°-27′N',
      'N 50°27′S',
    ])
      expect(value(text), text).toBe('unreadable');
  });

  it('reads no minutes or seconds of 60 or more', () => {
    expect(value('50°60′N')).toBe('unreadable');
    expect(value('50°27′60″N')).toBe('unreadable');
    expect(value('50°59′59.9″N')).toBe(50.999972);
  });

  it('reads no hemisphere of the other axis, nor a sign with a hemisphere', () => {
    expect(value('30°31′E')).toBe('unreadable');
    expect(value('50°27′N', 'lon')).toBe('unreadable');
    expect(value('3°41′O')).toBe('unreadable');
    expect(value('-50°27′N')).toBe('unreadable');
    expect(value('+50°27′S')).toBe('unreadable');
  });

  it('tells a coordinate off the globe from one it cannot read', () => {
    expect(value('95')).toBe('out-of-range');
    expect(value('-90.01')).toBe('out-of-range');
    expect(value('90')).toBe(90);
    expect(value('95°N')).toBe('out-of-range');
    expect(value('180', 'lon')).toBe(180);
    expect(value('181°E', 'lon')).toBe('out-of-range');
    expect(value('180°0′1″W', 'lon')).toBe('out-of-range');
  });
});
