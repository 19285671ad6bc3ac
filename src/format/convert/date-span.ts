import {
  type DateOrder,
  type ImportedDate,
  DATE_REFUSALS,
  endsBeforeStart,
  readDate,
} from './import-dates';

/**
 * A date cell as people fill one in by hand, on top of `readDate`: a span of years or days
 * in the one cell ("1918-1921", "1914–18", "12–15 March 1917", "from 1918 to 1921",
 * "de 1918 a 1921") and a date marked as approximate ("c. 1927", "ca. 1850", "circa 1066",
 * "~1990", "1927?", "hacia 1900"). Such rows were dropped as "not a date" before, though
 * the store says the same with `end` and `approximate`. A cell that `readDate` reads is
 * read by it alone, so "2010-11" stays November 2010 and never becomes 2010 to 2011.
 */
export type SpanReading = 'range' | 'circa';

export type DateSpan =
  | {
      readonly ok: true;
      readonly start: string;
      readonly end?: string;
      readonly approximate: boolean;
      /** What was read beyond one date, for the import report: empty for a plain date. */
      readonly readAs: readonly SpanReading[];
    }
  | Extract<ImportedDate, { ok: false }>
  | { readonly ok: false; readonly reason: 'inverted' };

export const SPAN_REFUSALS = {
  ...DATE_REFUSALS,
  inverted: 'a span of dates whose end is before its start',
} as const;

// "c." and "ca." are the historian's; "~" and a trailing "?" the note-taker's.
const CIRCA =
  /^(?:circa\b|ca\.|ca\b|c\.|c(?=\s*\d)|approx(?:\.|imately\b)|about\b|around\b|~|≈|aprox(?:\.|imadamente\b)|hacia\b|alrededor\s+de\b)\s*/i;
const DOUBT = /\s*\(?\?\)?$/;

function withoutCirca(text: string): { text: string; circa: boolean } {
  const bare = text.replace(CIRCA, '');
  const undoubted = bare.replace(DOUBT, '');
  return { text: undoubted.trim(), circa: undoubted !== text };
}

/** The two ends of a span as written, tried in this order; the first that splits is taken. */
const SPLITS: readonly RegExp[] = [
  /^(?:between|entre)\s+(.+?)\s+(?:and|y|e)\s+(.+)$/i,
  /^(?:from|de|desde)\s+(.+?)\s+(?:to|until|till|through|a|al|hasta)\s+(.+)$/i,
  /^(.+?)\s*[–—]\s*(.+)$/,
  /^(.+?)\s+(?:-|to|until|till|through|a|al|hasta)\s+(.+)$/i,
  // A hyphen with no spaces is ISO's: a span only between two whole years.
  /^(\d{4})-(\d{4})$/,
];

/** The two ends' texts, or undefined when the cell is not a span. */
function endsOf(text: string): [string, string] | undefined {
  for (const split of SPLITS) {
    const m = split.exec(text);
    if (m) return [m[1]!.trim(), m[2]!.trim()];
  }
  return undefined;
}

/**
 * The first end, completed from the second where it leaves out what they share: "12" in
 * "12–15 March 1917", "March" in "March–April 1917", the century in "1914–18".
 */
function completedEnds(first: string, second: string): [string, string] {
  // Only forwards within the century: "1998–02" is more likely a month typed with a dash.
  if (/^\d{4}$/.test(first) && /^\d{2}$/.test(second) && second > first.slice(2))
    return [first, first.slice(0, 2) + second];
  const secondRead = readDate(second, 'dmy');
  if (!secondRead.ok) return [first, second];
  // "12" alone reads as the year 12: only a first end as precise as the second is whole.
  const firstRead = readDate(first, 'dmy');
  if (firstRead.ok && firstRead.date.length === secondRead.date.length) return [first, second];
  const words = second.split(/\s+/);
  for (let k = 1; k < words.length; k++) {
    const candidate = `${first} ${words.slice(k).join(' ')}`;
    const read = readDate(candidate, 'dmy');
    // The same precision as the second end: "12 March 1917", not "12 1917".
    if (read.ok && read.date.length === secondRead.date.length) return [candidate, second];
  }
  return [first, second];
}

type Unmarked = ReturnType<typeof withoutCirca>;

/** A cell `readDate` does not read alone: its marks of doubt taken off, and its two ends if a span. */
function partsOf(text: string): Unmarked & { ends?: [Unmarked, Unmarked] } {
  const whole = withoutCirca(text);
  const ends = endsOf(whole.text);
  if (!ends) return whole;
  const [first, second] = completedEnds(...ends);
  return { ...whole, ends: [withoutCirca(first), withoutCirca(second)] };
}

/** The texts of the dates a cell holds, as `readDateSpan` reads them: for the day/month order. */
export function datesInCell(input: string): string[] {
  const text = input.trim();
  const plain = readDate(text);
  if (plain.ok || plain.reason !== 'unreadable') return [text];
  const parts = partsOf(text);
  return parts.ends ? parts.ends.map((end) => end.text) : [parts.text];
}

export function readDateSpan(input: string, order?: DateOrder): DateSpan {
  const text = input.trim();
  const plain = readDate(text, order);
  if (plain.ok) return { ok: true, start: plain.date, approximate: false, readAs: [] };
  if (plain.reason !== 'unreadable') return plain;
  const whole = partsOf(text);
  if (!whole.ends) {
    if (!whole.circa) return plain;
    const read = readDate(whole.text, order);
    return read.ok ? { ok: true, start: read.date, approximate: true, readAs: ['circa'] } : read;
  }
  const [first, second] = whole.ends;
  const start = readDate(first.text, order);
  if (!start.ok) return start;
  const end = readDate(second.text, order);
  if (!end.ok) return end;
  if (endsBeforeStart(start.date, end.date)) return { ok: false, reason: 'inverted' };
  const circa = whole.circa || first.circa || second.circa;
  return {
    ok: true,
    start: start.date,
    end: end.date,
    approximate: circa,
    readAs: circa ? ['range', 'circa'] : ['range'],
  };
}

/** The import report's note for each reading, one wording for every row (they are grouped). */
export const SPAN_NOTES: Record<SpanReading, string> = {
  range: 'two dates in the date cell read as the start and the end',
  circa: 'date marked "c.", "ca.", "~" or "?" read as approximate',
};
