import { type DateOrder, type ImportedDate, readDate } from './import-dates';

/**
 * Dates as SIMILE Timeline files write them, on top of `readDate`:
 *
 * - SIMILE reads a short date by `parseInt`, so "107?" is year 107: the question mark is the
 *   author's doubt, kept as `uncertain` (the event becomes approximate).
 * - Files written from JavaScript dates ("Sat May 20 1961 00:00:00 GMT-0600", "Nov 14 1840
 *   00:00:00 GMT") give every date a time, since `Date.toString` always prints one: midnight
 *   there is a day, not an instant at 00:00, so it is kept as the day (no time zone shift: the
 *   day is the one written). A time other than midnight is kept as written.
 */
export type SimileDate =
  | { ok: true; date: string; uncertain: boolean; midnightAsDay: boolean }
  | Extract<ImportedDate, { ok: false }>;

const JS_MIDNIGHT = /^[a-z]{3}.*\s00:00(?::00)?(?:\s|$)/i;

export function readSimileDate(input: string, order?: DateOrder): SimileDate {
  const text = input.trim();
  const uncertain = text.endsWith('?');
  const read = readDate(uncertain ? text.slice(0, -1) : text, order);
  if (!read.ok) return read;
  const midnightAsDay = JS_MIDNIGHT.test(text) && read.date.length > 10;
  return {
    ok: true,
    date: midnightAsDay ? read.date.slice(0, 10) : read.date,
    uncertain,
    midnightAsDay,
  };
}
