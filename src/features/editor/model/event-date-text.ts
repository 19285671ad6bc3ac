import { parseStoreDate } from '../../../format/dates';
import { type Locale, formatEventDate, formatStoreDate } from '../../../lib/date-format';
import type { DraftEvent } from './draft-document';

/**
 * An event's date as the explorer will show it ("c. June 2024", "19–20 July 2000"): the
 * explorer's own formatter, given the event's start, its end when that reads as a date, and
 * `approximate`, so that what the editor promises and what the explorer shows cannot drift.
 * Null while the start is not a date.
 */
export function eventDateText(
  event: Pick<DraftEvent, 'start' | 'end' | 'approximate'>,
  locale: Locale,
): string | null {
  // A store opened as it came may hold anything there: only a string can be a date.
  const start = typeof event.start === 'string' && event.start ? parseStoreDate(event.start) : null;
  if (!start) return null;
  const end = typeof event.end === 'string' && event.end ? parseStoreDate(event.end) : null;
  // An end before the start is reported at its field; the start is still shown.
  const period = end && end.end >= start.start ? { start, end } : { start };
  return formatEventDate(period, event.approximate === true, locale);
}

/** One date field's own reading (the End field's), or null when it is not a date. */
export function dateText(raw: string | undefined, locale: Locale): string | null {
  const date = typeof raw === 'string' && raw ? parseStoreDate(raw) : null;
  return date ? formatStoreDate(date, locale) : null;
}
