import { describe, expect, it } from 'vitest';
import { listRows } from './import-dates';

describe('listRows', () => {
  it('names one row in the singular and more in the plural', () => {
    expect(listRows([3])).toBe('row 3');
    expect(listRows([3, 4, 9])).toBe('rows 3, 4, 9');
    expect(listRows([2, 5], 'line')).toBe('lines 2, 5');
  });

  it('shows the first ten and counts the rest', () => {
    const rows = Array.from({ length: 22 }, (_, i) => i + 1);
    expect(listRows(rows)).toBe('rows 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 12 more');
  });
});
