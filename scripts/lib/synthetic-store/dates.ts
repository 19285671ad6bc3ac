/** Store dates at every precision the format knows, written as the format writes them. */
import type { Rng } from './random';

export const DAY = 86_400_000;
const pad2 = (n: number) => String(n).padStart(2, '0');
const pad4 = (n: number) => String(n).padStart(4, '0');

export type Precision = 'day' | 'month' | 'year' | 'datetime';

export function formatDay(ms: number): string {
  const d = new Date(ms);
  return `${pad4(d.getUTCFullYear())}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

interface DateTimeStyle {
  seconds: boolean;
  /** '' (no offset), 'Z' or '+03:00'. */
  offset: string;
}

/** `ms` is the wall-clock time in the given offset, encoded as if it were UTC. */
function formatDateTime(ms: number, style: DateTimeStyle): string {
  const d = new Date(ms);
  const time = `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
  const seconds = style.seconds ? `:${pad2(d.getUTCSeconds())}` : '';
  return `${formatDay(ms)}T${time}${seconds}${style.offset}`;
}

function addMonths(ms: number, months: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1);
}

/** An offset such as '+03:00' in milliseconds ('' and 'Z' are 0). */
function offsetMs(offset: string): number {
  if (offset === '' || offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6))) * 60_000;
}

/**
 * Start and optional end strings (the end always after the start), and the first instant
 * the start covers, to sort by.
 */
export function makeDates(
  rng: Rng,
  ms: number,
  precision: Precision,
  isPeriod: boolean,
): { dates: { start: string; end?: string }; key: number } {
  const d = new Date(ms);
  switch (precision) {
    case 'year': {
      const start = pad4(d.getUTCFullYear());
      const key = Date.UTC(d.getUTCFullYear(), 0, 1);
      if (!isPeriod) return { dates: { start }, key };
      return { dates: { start, end: pad4(d.getUTCFullYear() + rng.int(1, 4)) }, key };
    }
    case 'month': {
      const start = formatDay(ms).slice(0, 7);
      const key = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
      if (!isPeriod) return { dates: { start }, key };
      return { dates: { start, end: formatDay(addMonths(ms, rng.int(1, 12))).slice(0, 7) }, key };
    }
    case 'day': {
      const start = formatDay(ms);
      if (!isPeriod) return { dates: { start }, key: ms };
      const length = rng.chance(0.7) ? rng.int(1, 14) : rng.int(15, 120);
      return { dates: { start, end: formatDay(ms + length * DAY) }, key: ms };
    }
    case 'datetime': {
      const offsets = ['Z', 'Z', '+01:00', '+03:00', '-05:00', '+09:00', ''];
      const style: DateTimeStyle = { seconds: rng.chance(0.3), offset: rng.pick(offsets) };
      const at =
        Math.floor(ms / DAY) * DAY + rng.int(6 * 60, 22 * 60) * 60_000 + rng.int(0, 59) * 1000;
      const start = formatDateTime(at, style);
      const key = at - offsetMs(style.offset) - (style.seconds ? 0 : at % 60_000);
      if (!isPeriod) return { dates: { start }, key };
      const end = formatDateTime(at + rng.int(1, 72 * 60) * 60_000, style);
      return { dates: { start, end }, key };
    }
  }
}
