import { parseStoreDate } from '../format/dates';
import { isSlug } from '../format/slug';
import type { MatchMode } from './event-filter';
import { MAX_SPAN, MIN_SPAN, type TimeWindow } from './time-window';

/**
 * The deep link: the whole view in the query string (see docs/ui-contract.md).
 * Every key is parsed on its own with its own fallback, so one bad value never costs
 * the rest of the link; what was ignored is reported so the person can be told.
 */
export interface LinkState {
  readonly event: string | null;
  readonly window: TimeWindow | null;
  readonly actors: readonly string[];
  readonly match: MatchMode;
  readonly q: string;
  readonly store: string | null;
  readonly lang: Lang | null;
}

export type Lang = 'en' | 'es';
export const LANGS: readonly Lang[] = ['en', 'es'];

export const EMPTY_LINK: LinkState = {
  event: null,
  window: null,
  actors: [],
  match: 'any',
  q: '',
  store: null,
  lang: null,
};

export type IgnoredReason =
  | 'invalid-event'
  | 'invalid-date'
  | 'inverted-window'
  | 'window-out-of-range'
  | 'half-window'
  | 'invalid-actor'
  | 'invalid-match'
  | 'invalid-store'
  | 'invalid-lang'
  | 'too-long'
  | 'repeated'
  | 'unknown-parameter'
  | 'unknown-event'
  | 'unknown-actor';

export interface IgnoredValue {
  readonly key: string;
  readonly value: string;
  readonly reason: IgnoredReason;
}

export interface ParsedLink {
  readonly link: LinkState;
  readonly ignored: readonly IgnoredValue[];
}

const MAX_QUERY_LENGTH = 200;
const MAX_VALUE_LENGTH = 2000;

/** Keys in the order they are written; the order keeps links stable and diffable. */
export const LINK_KEYS = ['store', 'event', 'from', 'to', 'actors', 'match', 'q', 'lang'] as const;
type LinkKey = (typeof LINK_KEYS)[number];

const isLinkKey = (key: string): key is LinkKey => (LINK_KEYS as readonly string[]).includes(key);

/** A same-origin absolute path ("/data/x.json") or an absolute http(s) URL. */
export function isStoreLocation(value: string): boolean {
  if (value.startsWith('/')) {
    // The URL parser reads "\\" as "/" and drops tabs and newlines, so "/\t/evil.com" means
    // "//evil.com": resolve the path the way fetch will, and insist the host stays ours.
    if (value.startsWith('//') || value.includes('\\')) return false;
    try {
      return new URL(value, 'http://same-origin.invalid').host === 'same-origin.invalid';
    } catch {
      return false;
    }
  }
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const FIRST_INSTANT = new Date(0).setUTCFullYear(1, 0, 1);
const END_OF_LAST_YEAR = new Date(0).setUTCFullYear(10000, 0, 1);

function parseInstant(value: string, edge: 'start' | 'end'): number | null {
  // Accept fractional seconds too, since other tools write them; the store format does not.
  // A "+09:00" offset typed into a link unencoded arrives as " 09:00" (a "+" is a space).
  const trimmed = value
    .replace(/(T\d{2}:\d{2}:\d{2})\.\d{1,9}/, '$1')
    .replace(/(T\d{2}:\d{2}(?::\d{2})?) (\d{2}:\d{2})$/, '$1+$2');
  const date = parseStoreDate(trimmed);
  if (date === null) return null;
  // A coarse `to` (a year, month or day) covers its whole period, as a coarse `end` does in
  // a store; a date-time is an instant, so the window ends exactly there.
  const coarse =
    date.precision === 'year' || date.precision === 'month' || date.precision === 'day';
  const instant = edge === 'end' && coarse ? date.end : date.start;
  // Links are written in UTC, years 0001 to 9999: an offset at the edge of that range
  // ("0001-01-01T00:00+14:00") names an instant the link could not be written back with.
  return instant < FIRST_INSTANT || instant > END_OF_LAST_YEAR ? null : instant;
}

export function formatInstant(ms: number): string {
  const iso = new Date(ms).toISOString();
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  if (iso.endsWith(':00.000Z')) return `${iso.slice(0, 16)}Z`;
  return `${iso.slice(0, 19)}Z`;
}

/**
 * A `to` that reads back as `ms`. A bare date as `to` covers its whole day, so a window
 * ending at midnight is written as the day before ("to=2023-12-31" ends at 2024-01-01T00:00Z).
 */
function formatWindowEnd(ms: number): string {
  const text = formatInstant(ms);
  return text.length === 10 ? formatInstant(ms - 86_400_000) : text;
}

export function parseLink(search: string): ParsedLink {
  const params = new URLSearchParams(search);
  const ignored: IgnoredValue[] = [];
  // Both are shown in a notice: an unknown key can be as long as a value.
  const ignore = (key: string, value: string, reason: IgnoredReason) =>
    ignored.push({ key: key.slice(0, 120), value: value.slice(0, 120), reason });
  const seen = new Map<LinkKey, string>();
  for (const [key, value] of params) {
    if (!isLinkKey(key)) {
      ignore(key, value, 'unknown-parameter');
    } else if (seen.has(key)) {
      // A repeated key is ambiguous; the first one wins, as URLSearchParams.get does.
      ignore(key, value, 'repeated');
    } else if (value.length > MAX_VALUE_LENGTH) {
      ignore(key, value, 'too-long');
    } else {
      seen.set(key, value);
    }
  }
  const raw = (key: LinkKey) => seen.get(key);

  let event: string | null = null;
  const eventValue = raw('event');
  if (eventValue !== undefined) {
    if (isSlug(eventValue)) event = eventValue;
    else ignore('event', eventValue, 'invalid-event');
  }

  let window: TimeWindow | null = null;
  const fromValue = raw('from');
  const toValue = raw('to');
  if (fromValue !== undefined || toValue !== undefined) {
    const start = fromValue === undefined ? null : parseInstant(fromValue, 'start');
    const end = toValue === undefined ? null : parseInstant(toValue, 'end');
    if (fromValue !== undefined && start === null) ignore('from', fromValue, 'invalid-date');
    if (toValue !== undefined && end === null) ignore('to', toValue, 'invalid-date');
    if (start !== null && end !== null) {
      if (end <= start) {
        ignore('from', fromValue!, 'inverted-window');
        ignore('to', toValue!, 'inverted-window');
      } else if (end - start < MIN_SPAN || end - start > MAX_SPAN) {
        ignore('from', fromValue!, 'window-out-of-range');
        ignore('to', toValue!, 'window-out-of-range');
      } else {
        window = { start, end };
      }
    } else if (start !== null) {
      ignore('from', fromValue!, 'half-window');
    } else if (end !== null) {
      ignore('to', toValue!, 'half-window');
    }
  }

  const actors: string[] = [];
  const actorsValue = raw('actors');
  if (actorsValue !== undefined) {
    for (const id of actorsValue.split(',')) {
      if (id === '') continue;
      if (!isSlug(id)) ignore('actors', id, 'invalid-actor');
      else if (!actors.includes(id)) actors.push(id);
    }
  }

  let match: MatchMode = 'any';
  const matchValue = raw('match');
  if (matchValue !== undefined) {
    if (matchValue === 'any' || matchValue === 'all') match = matchValue;
    else ignore('match', matchValue, 'invalid-match');
  }

  let q = '';
  const qValue = raw('q');
  if (qValue !== undefined) {
    if (qValue.length > MAX_QUERY_LENGTH) ignore('q', qValue, 'too-long');
    else q = qValue.trim();
  }

  let store: string | null = null;
  const storeValue = raw('store');
  if (storeValue !== undefined) {
    if (isStoreLocation(storeValue)) store = storeValue;
    else ignore('store', storeValue, 'invalid-store');
  }

  let lang: Lang | null = null;
  const langValue = raw('lang');
  if (langValue !== undefined) {
    if ((LANGS as readonly string[]).includes(langValue)) lang = langValue as Lang;
    else ignore('lang', langValue, 'invalid-lang');
  }

  return { link: { event, window, actors, match, q, store, lang }, ignored };
}

/** Writes a link in a fixed key order, leaving out defaults; starts with "?" unless empty. */
export function serializeLink(link: LinkState): string {
  const params = new URLSearchParams();
  const values: Record<LinkKey, string | null> = {
    store: link.store,
    event: link.event,
    from: link.window ? formatInstant(link.window.start) : null,
    to: link.window ? formatWindowEnd(link.window.end) : null,
    actors: link.actors.length > 0 ? link.actors.join(',') : null,
    match: link.match === 'any' ? null : link.match,
    q: link.q === '' ? null : link.q,
    lang: link.lang,
  };
  for (const key of LINK_KEYS) {
    const value = values[key];
    if (value !== null) params.set(key, value);
  }
  const text = params.toString().replace(/%2C/g, ',').replace(/%2F/g, '/').replace(/%3A/g, ':');
  return text === '' ? '' : `?${text}`;
}
