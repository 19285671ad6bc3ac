import { describe, expect, it } from 'vitest';
import { listRows, readDate } from './import-dates';

describe('listRows', () => {
  it('names one row in the singular and more in the plural, consecutive rows as a range', () => {
    expect(listRows([3])).toBe('row 3');
    expect(listRows([3, 4, 9])).toBe('rows 3–4, 9');
    expect(listRows([2, 5], 'line')).toBe('lines 2, 5');
    // The same row twice is one row.
    expect(listRows([7, 7])).toBe('row 7');
  });

  it('shows the first ten runs and counts the rows of the rest', () => {
    const rows = Array.from({ length: 22 }, (_, i) => i + 1);
    expect(listRows(rows)).toBe('rows 1–22');
    // As the report's other counts are written.
    const many = Array.from({ length: 1672 }, (_, i) => 3 * i + 3);
    expect(listRows(many)).toBe('rows 3, 6, 9, 12, 15, 18, 21, 24, 27, 30 and 1,662 more');
    const runs = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 20, 21, 22, 23, 24];
    const eleven = [...runs, 30, 32, 34, 36, 38, 40, 42, 44, 45];
    expect(listRows(eleven)).toBe('rows 3–12, 15, 20–24, 30, 32, 34, 36, 38, 40, 42 and 2 more');
  });
});

describe('readDate', () => {
  // simile-widgets/timeline src/webapp/examples/religions/christianity.xml starts at "1 AD",
  // and jewish.xml ends a period at "100 AD": common-era years, not out of range.
  it('reads a year marked AD or CE as that year', () => {
    expect(readDate('1 AD')).toEqual({ ok: true, date: '0001' });
    expect(readDate('100 AD')).toEqual({ ok: true, date: '0100' });
    expect(readDate('AD 1066')).toEqual({ ok: true, date: '1066' });
    expect(readDate('1066 CE')).toEqual({ ok: true, date: '1066' });
  });

  it('reads a month and its year, as spreadsheets write them', () => {
    expect(readDate('06/2024')).toEqual({ ok: true, date: '2024-06' });
    expect(readDate('6.2024')).toEqual({ ok: true, date: '2024-06' });
    expect(readDate('13/2024')).toEqual({ ok: false, reason: 'unreadable' });
  });

  it('reads a month and its year as Spanish writes them, as it reads a whole date', () => {
    expect(readDate('junio de 2024')).toEqual({ ok: true, date: '2024-06' });
    expect(readDate('19 de junio de 2024')).toEqual({ ok: true, date: '2024-06-19' });
  });

  // GDAL writes a date field as text so in KML (QGIS's KML export); so do East Asian locales.
  it('reads a year-first date with slashes or dots, with its time', () => {
    expect(readDate('2024/06/19')).toEqual({ ok: true, date: '2024-06-19' });
    expect(readDate('2024.6.9')).toEqual({ ok: true, date: '2024-06-09' });
    expect(readDate('2024/06/19 14:30:05')).toEqual({ ok: true, date: '2024-06-19T14:30:05' });
    expect(readDate('2024/06/19 14:30')).toEqual({ ok: true, date: '2024-06-19T14:30' });
    expect(readDate('2024/13/01')).toEqual({ ok: false, reason: 'unreadable' });
    expect(readDate('2024/06.19')).toEqual({ ok: false, reason: 'unreadable' });
  });

  it('refuses BCE and cosmological years', () => {
    expect(readDate('200 BC')).toEqual({ ok: false, reason: 'out-of-range' });
    expect(readDate('65 Ma')).toEqual({ ok: false, reason: 'out-of-range' });
    expect(readDate('0 AD')).toEqual({ ok: false, reason: 'out-of-range' });
  });
});
