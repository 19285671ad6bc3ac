import { daysInMonth, parseStoreDate } from './dates';

// Its own module, not dates.ts: only the exporters and the KML import use it, and in
// dates.ts it was carried into the store worker, which every page load fetches.
const twoDigits = (n: number) => String(n).padStart(2, '0');

/**
 * The last day a year or a month covers ("2024" → "2024-12-31", "2023-09" → "2023-09-30"),
 * for a format that reads any date as its first instant; null for a day or anything finer.
 */
export function lastDayOf(raw: string): string | null {
  const date = parseStoreDate(raw);
  if (!date || (date.precision !== 'year' && date.precision !== 'month')) return null;
  const { year, month = 12 } = date.fields;
  return `${raw.slice(0, 4)}-${twoDigits(month)}-${twoDigits(daysInMonth(year, month))}`;
}
