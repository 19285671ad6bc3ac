import { parseStoreDate } from '../format/dates';
import { type Locale, formatStoreDate } from './date-format';
import type { TimeWindow } from './time-window';
import { formatInstant } from './url-codec';

/** A window's first and last day, as the timeline's description names them. */
export interface WindowDates {
  readonly from: string;
  readonly to: string;
}

export function windowDates(window: TimeWindow, locale: Locale): WindowDates {
  return {
    from: describeInstant(window.start, locale),
    // The end is where the window stops, not in it: a window to 30 June ends at midnight
    // after that day (a link's `to=2024-06-19` too), which is the day to name.
    to: describeInstant(Math.max(window.start, window.end - 1), locale),
  };
}

/** The day an instant falls on (UTC), as the interface language writes a date. */
export function describeInstant(ms: number, locale: Locale): string {
  const date = parseStoreDate(formatInstant(ms).slice(0, 10));
  return date ? formatStoreDate(date, locale) : '';
}
