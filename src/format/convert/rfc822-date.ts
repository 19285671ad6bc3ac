/**
 * RSS 2.0 dates (`pubDate`) are RFC 822 dates, as amended by RFC 1123 and RFC 2822:
 * `Wed, 19 Jun 2024 08:30:00 +0900`. Read into the store's form with the offset written, so
 * that the instant and the local time of the publisher are both kept. Day names are not
 * checked (feeds get them wrong); two-digit years are read as RFC 2822 says (00–49 → 20xx).
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// RFC 822's zone names; military letters other than Z are unreliable (the RFC got their signs
// wrong) and are read as unknown, as RFC 2822 advises.
const ZONES: Record<string, string> = {
  ut: 'Z',
  utc: 'Z',
  gmt: 'Z',
  z: 'Z',
  est: '-05:00',
  edt: '-04:00',
  cst: '-06:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
};

const RFC822 =
  /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([+-]\d{4}|[a-z]{1,5}))?)?$/i;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

export interface Rfc822Date {
  /** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM[:SS]` with its offset (`Z`, `+09:00`). */
  readonly date: string;
  /** Written at 00:00:00: most often a date with no time, and read as the day. */
  readonly midnightAsDay: boolean;
}

export function readRfc822Date(input: string): Rfc822Date | null {
  const m = RFC822.exec(input.trim().replace(/\s+/g, ' '));
  if (!m) return null;
  const [, dayText, monthText, yearText, hourText, minuteText, secondText, zoneText] = m;
  const month = MONTHS.indexOf(monthText!.toLowerCase()) + 1;
  if (month === 0) return null;
  let year = Number(yearText);
  if (yearText!.length === 2) year += year < 50 ? 2000 : 1900;
  const day = Number(dayText);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || year < 1 || year > 9999) return null;
  const ymd = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (hourText === undefined) return { date: ymd, midnightAsDay: false };
  const hour = Number(hourText);
  const minute = Number(minuteText);
  const second = secondText === undefined ? undefined : Number(secondText);
  if (hour > 23 || minute > 59 || (second ?? 0) > 59) return null;
  if (hour === 0 && minute === 0 && !second) return { date: ymd, midnightAsDay: true };
  let zone = '';
  if (zoneText) {
    if (/^[+-]\d{4}$/.test(zoneText)) {
      const hours = Number(zoneText.slice(1, 3));
      const minutes = Number(zoneText.slice(3));
      if (hours > 23 || minutes > 59) return null;
      // "-0000" is RFC 2822's "the zone is not known"; "+0000" is UTC.
      if (zoneText === '-0000') zone = '';
      else if (hours === 0 && minutes === 0) zone = 'Z';
      else zone = `${zoneText.slice(0, 3)}:${zoneText.slice(3)}`;
    } else {
      zone = ZONES[zoneText.toLowerCase()] ?? '';
    }
  }
  const time = `${pad(hour)}:${pad(minute)}${second === undefined ? '' : `:${pad(second)}`}`;
  return { date: `${ymd}T${time}${zone}`, midnightAsDay: false };
}
