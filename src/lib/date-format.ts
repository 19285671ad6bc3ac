import type { DatePrecision, StoreDate } from '../format/dates';

/**
 * Dates shown at the precision the store gives them: "September 2023", never
 * "1 September 2023". Formatting goes through Intl so it follows the interface language.
 */
export type Locale = 'en' | 'es';

// British English writes day-month-year, which reads naturally to an international audience.
const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', es: 'es-ES' };

const OPTIONS: Record<Exclude<DatePrecision, 'second'>, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  minute: {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  },
};

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${locale}:${precision}`;
  let cached = formatters.get(key);
  if (!cached) {
    const options =
      precision === 'second'
        ? { ...OPTIONS.minute, second: '2-digit' as const }
        : OPTIONS[precision];
    cached = new Intl.DateTimeFormat(INTL_LOCALE[locale], options);
    formatters.set(key, cached);
  }
  return cached;
}

/** The instant whose UTC fields equal the wall-clock fields as written in the store. */
function wallClock(date: StoreDate): Date {
  const { year, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = date.fields;
  const wall = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  wall.setUTCFullYear(year);
  return wall;
}

function offsetLabel(offset: string | undefined): string {
  if (offset === undefined) return '';
  return offset === 'Z' ? ' UTC' : ` UTC${offset}`;
}

export function formatStoreDate(date: StoreDate, locale: Locale): string {
  const text = formatter(locale, date.precision).format(wallClock(date));
  const hasTime = date.precision === 'minute' || date.precision === 'second';
  return hasTime ? `${text}${offsetLabel(date.fields.offset)}` : text;
}

const APPROXIMATE: Record<Locale, string> = { en: 'c.', es: 'h.' };

/** An event's date or period, e.g. "19–20 July 2000", "c. 2000", "February 2022 – June 2024". */
export function formatEventDate(
  when: { start: StoreDate; end?: StoreDate },
  approximate: boolean | undefined,
  locale: Locale,
): string {
  const { start, end } = when;
  let text: string;
  if (end === undefined || end.raw === start.raw) {
    text = formatStoreDate(start, locale);
  } else if (
    end.precision === start.precision &&
    start.fields.offset === end.fields.offset &&
    start.precision !== 'year'
  ) {
    text = formatter(locale, start.precision).formatRange(wallClock(start), wallClock(end));
    if (start.precision === 'minute' || start.precision === 'second') {
      text += offsetLabel(start.fields.offset);
    }
  } else {
    text = `${formatStoreDate(start, locale)} – ${formatStoreDate(end, locale)}`;
  }
  return approximate ? `${APPROXIMATE[locale]} ${text}` : text;
}
