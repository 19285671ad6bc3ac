/**
 * Dates in a store carry their precision: "2023-09" means "September 2023", a whole
 * month, and must never be shown or positioned as if it were 1 September.
 * All instants are milliseconds since the epoch, UTC; a date without a time is a UTC day.
 */
export type DatePrecision = 'year' | 'month' | 'day' | 'minute' | 'second';

export interface StoreDate {
  /** The string as the store gives it. */
  readonly raw: string;
  readonly precision: DatePrecision;
  /** First instant the date covers. */
  readonly start: number;
  /** First instant after the period the date covers ("2024" runs to 2025-01-01T00:00Z). */
  readonly end: number;
  /** Wall-clock fields as written, so a time is shown in the offset it was given in. */
  readonly fields: DateFields;
}

export interface DateFields {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly hour?: number;
  readonly minute?: number;
  readonly second?: number;
  /** "Z", "+09:00", or undefined when the store gave a time without an offset. */
  readonly offset?: string;
}

export const DATE_PATTERN =
  '^\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2})?)?)?)?$';

const DATE_RE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

export const DATE_EXPECTED =
  'a date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM], years 0001 to 9999';

function utc(year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0): number {
  // Date.UTC rolls a month 13 or a day 32 over into the next year or month, as needed; it is
  // several times faster than a Date's setters, which matters at 100,000 events.
  if (year >= 100) return Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC maps years 0-99 to 1900-1999, so the year is set with setUTCFullYear, and
  // month and day with it in the same call: month 13 or day 32 (the end of December, of
  // the 31st) must roll over into the next year, not be overwritten by `year` afterwards.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function offsetMinutes(offset: string | undefined): number | null {
  if (offset === undefined || offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const hours = Number(offset.slice(1, 3));
  const minutes = Number(offset.slice(4, 6));
  if (hours > 14 || minutes > 59) return null;
  return sign * (hours * 60 + minutes);
}

/** The longest date a store can give: "YYYY-MM-DDTHH:MM:SS+HH:MM". */
const LONGEST_DATE = 25;
const MEMO_LIMIT = 1 << 15;
// A large store repeats its dates (100,000 generated events: 115,159 dates, 15,180 distinct),
// and each is parsed three times on its way to the screen: the worker's plain check, its
// checker, the page. Parsed dates are immutable, so one object serves every event that
// gives the same string. Bounded, so that a long session holds no more than a few MB.
const memo = new Map<string, StoreDate | null>();

/** Parses a store date; null when it is not one (wrong shape or not on the calendar). */
export function parseStoreDate(raw: string): StoreDate | null {
  const known = memo.get(raw);
  if (known !== undefined) return known;
  const parsed = parseUnremembered(raw);
  if (raw.length <= LONGEST_DATE) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(raw, parsed);
  }
  return parsed;
}

function parseUnremembered(raw: string): StoreDate | null {
  const m = DATE_RE.exec(raw);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1) return null;
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  const hour = m[4] === undefined ? undefined : Number(m[4]);
  const minute = m[5] === undefined ? undefined : Number(m[5]);
  const second = m[6] === undefined ? undefined : Number(m[6]);
  const offset = m[7];
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    return null;
  }
  if (hour !== undefined && hour > 23) return null;
  if (minute !== undefined && minute > 59) return null;
  if (second !== undefined && second > 59) return null;
  const shift = offsetMinutes(offset);
  if (shift === null) return null;

  const fields: DateFields = { year, month, day, hour, minute, second, offset };
  if (month === undefined) {
    return { raw, precision: 'year', start: utc(year), end: utc(year + 1), fields };
  }
  if (day === undefined) {
    return { raw, precision: 'month', start: utc(year, month), end: utc(year, month + 1), fields };
  }
  if (hour === undefined || minute === undefined) {
    return {
      raw,
      precision: 'day',
      start: utc(year, month, day),
      end: utc(year, month, day + 1),
      fields,
    };
  }
  const start = utc(year, month, day, hour, minute, second ?? 0) - shift * 60_000;
  const precision: DatePrecision = second === undefined ? 'minute' : 'second';
  return {
    raw,
    precision,
    start,
    end: start + (precision === 'minute' ? 60_000 : 1_000),
    fields,
  };
}
