import { describe, expect, it } from 'vitest';
import { listWithMore } from './list-more';
import { countRuns, listNumberRuns, numberRuns } from './number-runs';

describe('listNumberRuns', () => {
  it('writes nothing for no numbers, and one number as it is', () => {
    expect(listNumberRuns([])).toBe('');
    expect(listNumberRuns([12])).toBe('12');
  });

  it('writes consecutive numbers as a range, two of them too, in ascending order', () => {
    expect(listNumberRuns([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 20, 21, 22, 23, 24])).toBe(
      '3–12, 15, 20–24',
    );
    expect(listNumberRuns([9, 3, 4, 3])).toBe('3–4, 9');
    expect(numberRuns([5, 1, 2, 3])).toEqual([
      [1, 3],
      [5, 5],
    ]);
  });

  it('names ten runs and counts the numbers, not the runs, of the rest', () => {
    // Eleven runs: ten of one number, then 100–199 (a hundred numbers).
    const numbers = [
      1,
      3,
      5,
      7,
      9,
      11,
      13,
      15,
      17,
      19,
      ...Array.from({ length: 100 }, (_, i) => 100 + i),
    ];
    expect(listNumberRuns(numbers)).toBe('1, 3, 5, 7, 9, 11, 13, 15, 17, 19 and 100 more');
    // Ten runs exactly: nothing more.
    expect(listNumberRuns([1, 3, 5, 7, 9, 11, 13, 15, 17, 19])).toBe(
      '1, 3, 5, 7, 9, 11, 13, 15, 17, 19',
    );
    const long = Array.from({ length: 12 }, (_, i) => [i * 10, i * 10 + 1]).flat();
    expect(listNumberRuns(long)).toBe(
      '0–1, 10–11, 20–21, 30–31, 40–41, 50–51, 60–61, 70–71, 80–81, 90–91 and 4 more',
    );
  });

  it('counts what it does not show as each language writes a number', () => {
    const many = Array.from({ length: 1672 }, (_, i) => 3 * i + 3);
    expect(listNumberRuns(many, 'en')).toBe('3, 6, 9, 12, 15, 18, 21, 24, 27, 30 and 1,662 more');
    expect(listNumberRuns(many, 'es')).toBe('3, 6, 9, 12, 15, 18, 21, 24, 27, 30 y 1662 más');
    const more = Array.from({ length: 16_672 }, (_, i) => 3 * i + 3);
    expect(listNumberRuns(more, 'es')).toMatch(/ y 16\.662 más$/);
    // Row numbers as a sheet shows them, without separators.
    expect(listNumberRuns([4999, 5000, 5001], 'en')).toBe('4999–5001');
  });
});

describe('listWithMore and countRuns', () => {
  it('counts what is not shown in the language asked for', () => {
    expect(listWithMore(['a.kml', 'b.png'], 0)).toBe('a.kml, b.png');
    expect(listWithMore(['a.kml'], 2_345)).toBe('a.kml and 2,345 more');
    expect(listWithMore(['a.kml'], 12, 'es')).toBe('a.kml y 12 más');
  });

  it('reads back how many numbers runs name', () => {
    expect(countRuns('3–12, 15, 20–24')).toBe(16);
    expect(countRuns('7')).toBe(1);
  });
});
