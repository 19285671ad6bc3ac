/**
 * Where a located passage is, in the terms its address understands. A recording or a print
 * edition has no text on its page for a text fragment to find; the excerpt's `locator` (a
 * time, a page) says where the passage is instead, and some addresses can be sent there:
 *
 * - a time, as a W3C Media Fragment (`#t=754`: browsers' own players seek to it, and so do
 *   players such as Vimeo's), or YouTube's `t` parameter (it ignores the fragment);
 * - a page of a PDF, as an RFC 8118 fragment (`#page=12`: browsers' PDF viewers open it).
 *
 * Anything else (a page of an HTML page, a chapter, a locator in words) is left to the
 * locator shown beside the quote.
 */

export interface PassagePlace {
  /** The source's `locatorLabel`: what the locator counts ("minute", "page"). */
  readonly label?: string;
  readonly locator?: string;
}

export interface LocatedAddress {
  /** The address, with YouTube's time parameter where that is how it is sent there. */
  readonly url: string;
  /** A fragment to open at (`t=754`, `page=12`), for an address with no fragment of its own. */
  readonly fragment?: string;
}

const SECONDS_PER_UNIT: readonly [RegExp, number][] = [
  [/^(s|secs?|seconds?|segundos?)$/, 1],
  [/^(min|mins|minutes?|minutos?)$/, 60],
  [/^(h|hrs?|hours?|horas?)$/, 3600],
];
const PAGE_LABEL = /^(p|pp|pages?|páginas?|paginas?|pág|pag)$/;
/** The first number of a locator or a range of them ("12", "12–14", "12-14"). */
const FIRST_NUMBER = /^(\d+(?:\.\d+)?)(?:\s*[-–—]\s*\d+(?:\.\d+)?)?$/;
/** "mm:ss" or "h:mm:ss", seconds with an optional fraction, a range's start only. */
const CLOCK = /^(?:(\d+):)?(\d{1,2}):(\d{2})(?:\.\d+)?(?:\s*[-–—]\s*[\d:.]+)?$/;
const YOUTUBE_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be']);

const normalLabel = (label: string | undefined) =>
  label?.trim().toLowerCase().replace(/[.:]$/, '') ?? '';

/** The locator as seconds into a recording, or null when it is not a time. */
export function locatorSeconds(place: PassagePlace): number | null {
  const locator = place.locator?.trim() ?? '';
  const label = normalLabel(place.label);
  if (PAGE_LABEL.test(label)) return null;
  const clock = CLOCK.exec(locator);
  if (clock) {
    const [, hours = '0', minutes, seconds] = clock;
    return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
  }
  const unit = SECONDS_PER_UNIT.find(([pattern]) => pattern.test(label))?.[1];
  const number = FIRST_NUMBER.exec(locator);
  if (unit === undefined || !number) return null;
  return Math.floor(Number(number[1]) * unit);
}

/** The locator as a page number, or null when it is not one. */
export function locatorPage(place: PassagePlace): number | null {
  if (!PAGE_LABEL.test(normalLabel(place.label))) return null;
  const number = FIRST_NUMBER.exec(place.locator?.trim() ?? '');
  const page = number ? Number(number[1]) : NaN;
  return Number.isInteger(page) && page > 0 ? page : null;
}

/** The address that opens at the passage's place, where the address can be sent there. */
export function locatedAddress(url: string, place: PassagePlace): LocatedAddress {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { url };
  }
  // A fragment the address already has is the page's own; it is not replaced.
  if (parsed.hash !== '') return { url };
  const seconds = locatorSeconds(place);
  if (seconds !== null) {
    if (YOUTUBE_HOSTS.has(parsed.hostname)) {
      parsed.searchParams.set('t', `${seconds}s`);
      return { url: parsed.href };
    }
    return { url, fragment: `t=${seconds}` };
  }
  const page = locatorPage(place);
  if (page !== null && parsed.pathname.toLowerCase().endsWith('.pdf')) {
    return { url, fragment: `page=${page}` };
  }
  return { url };
}
