import { pluralsOf } from '../../i18n/plural';
import { parseStoreDate } from '../dates';
import { listNumberRuns } from '../number-runs';

/**
 * Dates as other tools and spreadsheets write them, turned into store dates at the
 * precision they were given. Nothing is shifted or guessed: a year outside 0001–9999 (a
 * BCE or cosmological date) is refused, and a day/month order that the text alone does not
 * settle is left for the caller to ask about.
 */
export type DateOrder = 'dmy' | 'mdy';

export type ImportedDate =
  | { readonly ok: true; readonly date: string }
  | { readonly ok: false; readonly reason: 'out-of-range' | 'unreadable' }
  /** Both numbers could be the day or the month ("03/04/2020"): the order is needed. */
  | { readonly ok: false; readonly reason: 'ambiguous' };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const MONTHS: Record<string, number> = {};
[
  ['jan', 'january', 'ene', 'enero'],
  ['feb', 'february', 'febrero'],
  ['mar', 'march', 'marzo'],
  ['apr', 'april', 'abr', 'abril'],
  ['may', 'mayo'],
  ['jun', 'june', 'junio'],
  ['jul', 'july', 'julio'],
  ['aug', 'august', 'ago', 'agosto'],
  ['sep', 'sept', 'september', 'septiembre', 'setiembre'],
  ['oct', 'october', 'octubre'],
  ['nov', 'november', 'noviembre'],
  ['dec', 'december', 'dic', 'diciembre'],
].forEach((names, i) => names.forEach((name) => (MONTHS[name] = i + 1)));

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** "Z" or "±HH:MM" */
  offset?: string;
}

/** Store date from parts, at the precision of the parts given; refused when off the calendar. */
export function dateFromParts(parts: DateParts): ImportedDate {
  const { year, month, day, hour, minute, second, offset } = parts;
  if (!Number.isInteger(year) || year < 1 || year > 9999)
    return { ok: false, reason: 'out-of-range' };
  let text = pad(year, 4);
  if (month !== undefined) {
    text += `-${pad(month)}`;
    if (day !== undefined) {
      text += `-${pad(day)}`;
      if (hour !== undefined) {
        text += `T${pad(hour)}:${pad(minute ?? 0)}`;
        if (second !== undefined) text += `:${pad(second)}`;
        if (offset !== undefined) text += offset;
      }
    }
  }
  return parseStoreDate(text) ? { ok: true, date: text } : { ok: false, reason: 'unreadable' };
}

function normaliseOffset(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (/^(z|utc|gmt)$/i.test(raw)) return 'Z';
  const m = /^(?:gmt|utc)?([+-])(\d{2}):?(\d{2})$/i.exec(raw);
  return m ? `${m[1]}${m[2]}:${m[3]}` : undefined;
}

const TIME = String.raw`(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|(?:GMT|UTC)(?:[+-]\d{4})?)?)?`;
const ISO_RE = new RegExp(String.raw`^([+-]?\d+)(?:-(\d{1,2})(?:-(\d{1,2})${TIME})?)?$`, 'i');
/** Year first with slashes or dots: GDAL's (QGIS's) text for a date field, East Asian usage. */
const YEAR_FIRST_RE = new RegExp(String.raw`^(\d{4})([/.])(\d{1,2})\2(\d{1,2})${TIME}$`, 'i');
const NUMERIC_RE = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})${TIME}$`, 'i');
// "06/2024", "6.2024": a month and its year, as spreadsheets write them (no day to confuse).
const MONTH_YEAR_RE = /^(\d{1,2})[/.](\d{4})$/;
// "May 20 1961", "Sat May 20 1961 00:00:00 GMT-0600", "May 20, 1961", "May 1961",
// "mayo de 1961"
const MONTH_FIRST_RE = new RegExp(
  String.raw`^(?:[a-z]{3,9},?\s+)?([a-z]{3,10})\.?\s+(?:(\d{1,2}),?\s+)?(?:de\s+)?(-?\d+)${TIME.replace('[T ]', '\\s+')}(?:\s*\([^)]*\))?$`,
  'i',
);
// "20 May 1961", "20 de mayo de 1961"
const DAY_FIRST_RE = /^(\d{1,2})\.?\s+(?:de\s+)?([a-z]{3,10})\.?,?\s+(?:de\s+)?(-?\d+)$/i;
const YEAR_ERA_RE = /^(\d{1,9})\s*(bce?|bc|a\.?c\.?|ma|mya|bya)$/i;
// "1 AD", "AD 1066", "1066 CE": a common-era year, read like a bare one.
const YEAR_AD_RE = /^(?:(\d{1,9})\s*(?:ad|a\.d\.|ce|c\.e\.)|(?:ad|a\.d\.)\s*(\d{1,9}))$/i;

function timeParts(m: RegExpExecArray, from: number): Partial<DateParts> {
  if (m[from] === undefined) return {};
  return {
    hour: Number(m[from]),
    minute: Number(m[from + 1]),
    ...(m[from + 2] === undefined ? {} : { second: Number(m[from + 2]) }),
    offset: normaliseOffset(m[from + 3]),
  };
}

/**
 * One date as written in an imported file. `order` settles "03/04/2020"; without it such a
 * date is 'ambiguous' (an unambiguous one such as "13/04/2020" reads either way).
 */
export function readDate(input: string, order?: DateOrder): ImportedDate {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'unreadable' };
  let m = ISO_RE.exec(text);
  if (m) {
    const year = Number(m[1]);
    return dateFromParts({
      year,
      ...(m[2] === undefined ? {} : { month: Number(m[2]) }),
      ...(m[3] === undefined ? {} : { day: Number(m[3]) }),
      ...timeParts(m, 4),
    });
  }
  m = YEAR_FIRST_RE.exec(text);
  if (m) {
    // Never day before month: year, month, day, as in ISO, only the separator differs.
    return dateFromParts({
      year: Number(m[1]),
      month: Number(m[3]),
      day: Number(m[4]),
      ...timeParts(m, 5),
    });
  }
  m = NUMERIC_RE.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = Number(m[3]);
    let dayFirst: boolean;
    if (a > 12 && b <= 12) dayFirst = true;
    else if (b > 12 && a <= 12) dayFirst = false;
    else if (a === b) dayFirst = true;
    else if (order === undefined) return { ok: false, reason: 'ambiguous' };
    else dayFirst = order === 'dmy';
    return dateFromParts({
      year,
      month: dayFirst ? b : a,
      day: dayFirst ? a : b,
      ...timeParts(m, 4),
    });
  }
  m = MONTH_YEAR_RE.exec(text);
  if (m) return dateFromParts({ year: Number(m[2]), month: Number(m[1]) });
  m = MONTH_FIRST_RE.exec(text);
  if (m && MONTHS[m[1]!.toLowerCase()] !== undefined) {
    return dateFromParts({
      year: Number(m[3]),
      month: MONTHS[m[1]!.toLowerCase()],
      ...(m[2] === undefined ? {} : { day: Number(m[2]) }),
      ...(m[2] === undefined ? {} : timeParts(m, 4)),
    });
  }
  m = DAY_FIRST_RE.exec(text);
  if (m && MONTHS[m[2]!.toLowerCase()] !== undefined) {
    return dateFromParts({
      year: Number(m[3]),
      month: MONTHS[m[2]!.toLowerCase()],
      day: Number(m[1]),
    });
  }
  m = YEAR_AD_RE.exec(text);
  if (m) return dateFromParts({ year: Number(m[1] ?? m[2]) });
  if (YEAR_ERA_RE.test(text)) return { ok: false, reason: 'out-of-range' };
  return { ok: false, reason: 'unreadable' };
}

/** How a column of numeric dates reads: which order the unambiguous ones show, if any. */
export function dateOrderEvidence(input: string): DateOrder | 'either' | null {
  const m = NUMERIC_RE.exec(input.trim());
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a > 12 && b <= 12) return 'dmy';
  if (b > 12 && a <= 12) return 'mdy';
  return a === b ? null : 'either';
}

export const DATE_REFUSALS = {
  'out-of-range': 'its year is outside 0001–9999 (BCE and cosmological dates cannot be shown)',
  unreadable: 'not a date (such as 2024-06-19, 19/06/2024, June 19, 2024 or 2024)',
  ambiguous: 'day and month could be either way round',
} as const;

/** A date as written whose day and month could be either way round, kept to show the reader. */
export interface AmbiguousSample {
  readonly where: number;
  readonly text: string;
}

/** How many of a file's ambiguous dates are shown with the question. */
export const AMBIGUOUS_SHOWN = 3;

/**
 * The day/month order for a whole file, from its dates: the order the unambiguous ones show,
 * or the one given. `ask` lists the rows (or paths) that cannot be read without it: the file
 * shows no order, or shows both. `formatReads` is the order the format's own tool always
 * reads (TimelineJS reads its Start Date column month first): a file that shows no order
 * is read that way, and `assumedFor` lists the rows it decided, so that the reader can be
 * told and can choose the other way; a file that shows the other order is still asked.
 * `ambiguous` is the first few dates that only the order decides (03/04/2020), as written,
 * whenever the order was asked, given or assumed: what the question is about.
 */
export function settleDateOrder(
  values: readonly { where: number; text: string }[],
  given?: DateOrder,
  formatReads?: DateOrder,
): {
  order?: DateOrder;
  ask: number[];
  shownBy: number[];
  assumedFor?: number[];
  ambiguous: AmbiguousSample[];
} {
  const shown: Record<DateOrder, number[]> = { dmy: [], mdy: [] };
  const either: number[] = [];
  const ambiguous: AmbiguousSample[] = [];
  for (const { where, text } of values) {
    const evidence = dateOrderEvidence(text);
    if (evidence === 'either') {
      either.push(where);
      if (ambiguous.length < AMBIGUOUS_SHOWN) ambiguous.push({ where, text: text.trim() });
    } else if (evidence) shown[evidence].push(where);
  }
  if (given) return { order: given, ask: [], shownBy: [], ambiguous };
  const unique = (rows: number[]) => [...new Set(rows)].sort((a, b) => a - b);
  if (shown.dmy.length > 0 && shown.mdy.length > 0) {
    // Both orders in one file: no reading is safe; the rows that disagree are named.
    return {
      ask: unique([...shown.dmy, ...shown.mdy, ...either]),
      shownBy: [],
      ambiguous,
    };
  }
  if (shown.dmy.length > 0)
    return { order: 'dmy', ask: [], shownBy: unique(shown.dmy), ambiguous: [] };
  if (shown.mdy.length > 0)
    return { order: 'mdy', ask: [], shownBy: unique(shown.mdy), ambiguous: [] };
  if (formatReads && either.length > 0)
    return {
      order: formatReads,
      ask: [],
      shownBy: [],
      assumedFor: unique(either),
      ambiguous,
    };
  return { ask: unique(either), shownBy: [], ambiguous };
}

/** An ambiguous date as the Import dialog shows it: where, as written, and both readings. */
export interface AmbiguousDate {
  /** The row (the header is row 1) or the event (counted from 1). */
  readonly where: number;
  readonly unit: 'row' | 'event';
  /** As the file writes it: "06/02/2020". */
  readonly text: string;
  /** The title its event would have (as the importer makes it): "" when it has none. */
  readonly title: string;
  /** Store dates: read day first, and month first (null where that reading is no date). */
  readonly dmy: string | null;
  readonly mdy: string | null;
}

export function describeAmbiguous(
  samples: readonly AmbiguousSample[],
  unit: 'row' | 'event',
  titleOf: (where: number) => string,
): AmbiguousDate[] {
  const reading = (text: string, order: DateOrder) => {
    const read = readDate(text, order);
    return read.ok ? read.date : null;
  };
  return samples.map(({ where, text }) => ({
    where,
    unit,
    text,
    title: titleOf(where),
    dmy: reading(text, 'dmy'),
    mdy: reading(text, 'mdy'),
  }));
}

const plural = pluralsOf('en');

/** "rows 3–12, 15, 20–24 and 1,662 more": the first ten runs of rows, and how many rows more. */
export function listRows(rows: readonly number[], word = 'row'): string {
  const count = new Set(rows).size;
  return `${plural(count, { one: word, other: `${word}s` })} ${listNumberRuns(rows)}`;
}

/** True when `end` is over before `start` begins, as the store's validator judges it. */
export function endsBeforeStart(start: string, end: string): boolean {
  const from = parseStoreDate(start);
  const to = parseStoreDate(end);
  return from !== null && to !== null && to.end <= from.start;
}
