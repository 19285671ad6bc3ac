import { parseStoreDate } from '../format/dates';
import { isSlug } from '../format/slug';
import type { MatchMode } from './event-filter';
import { STATUS_CHOICES, type StatusChoice } from './event-evidence';
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
  /** The status filter; empty means every status. */
  readonly status: readonly StatusChoice[];
  /** Whether the map is shown beside the timeline (issue 17). */
  readonly map: boolean;
}

export type Lang = 'en' | 'es';
export const LANGS: readonly Lang[] = ['en', 'es'];

export type IgnoredReason =
  | 'invalid-event'
  | 'invalid-date'
  | 'inverted-window'
  | 'window-out-of-range'
  | 'half-window'
  | 'invalid-actor'
  | 'invalid-match'
  | 'invalid-store'
  | 'file-store'
  | 'invalid-lang'
  | 'invalid-status'
  | 'invalid-map'
  | 'too-long'
  | 'repeated'
  | 'unknown-parameter'
  | 'unknown-event'
  | 'event-not-loaded'
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

/**
 * How the address bar names a store opened from a file, which no link can open: a link copied
 * from it, or the page reloaded, says so rather than pass the site's store off as the file.
 */
export const FILE_MARK = 'file:';

/** A file's name after the mark: never a path, unlike a file: URL's ("file:///etc/passwd"). */
const isFileMark = (value = '') => value.startsWith(FILE_MARK) && !/[/\\]/.test(value);

const MATCH_MODES: readonly MatchMode[] = ['any', 'all'];

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

function parseWindow(raw: (key: string) => string | undefined, ignore: Ignore): TimeWindow | null {
  const fromValue = raw('from');
  const toValue = raw('to');
  if (fromValue === undefined && toValue === undefined) return null;
  const start = fromValue === undefined ? null : parseInstant(fromValue, 'start');
  const end = toValue === undefined ? null : parseInstant(toValue, 'end');
  if (fromValue !== undefined && start === null) ignore('from', fromValue, 'invalid-date');
  if (toValue !== undefined && end === null) ignore('to', toValue, 'invalid-date');
  if (start !== null && end !== null) {
    // An empty window (from equal to to) is not inverted, only too narrow.
    if (end < start) {
      ignore('from', fromValue!, 'inverted-window');
      ignore('to', toValue!, 'inverted-window');
    } else if (end - start < MIN_SPAN || end - start > MAX_SPAN) {
      ignore('from', fromValue!, 'window-out-of-range');
      ignore('to', toValue!, 'window-out-of-range');
    } else {
      return { start, end };
    }
  } else if (start !== null) {
    ignore('from', fromValue!, 'half-window');
  } else if (end !== null) {
    ignore('to', toValue!, 'half-window');
  }
  return null;
}

const MAX_QUERY_LENGTH = 200;
const MAX_VALUE_LENGTH = 2000;

type Ignore = (key: string, value: string, reason: IgnoredReason) => void;

/**
 * One row per part of the view a link carries: the query keys it reads and writes, how
 * a raw value is read (with its own fallback: a bad value is reported through `ignore`
 * and only that part falls back to `fallback`), how it is written (null leaves the key
 * out), and how a change to it enters the browser history (`push` for what a person
 * navigates, `replace` for where they are looking). A new parameter is one row; the
 * codec, the history rule and the table's own tests (url-codec.test.ts) follow from it.
 */
interface LinkParam<F extends keyof LinkState> {
  readonly field: F;
  readonly keys: readonly string[];
  readonly fallback: LinkState[F];
  readonly history: 'push' | 'replace';
  parse(raw: (key: string) => string | undefined, ignore: Ignore): LinkState[F];
  serialize(value: LinkState[F]): readonly (string | null)[];
  /** For the table's tests: values that come back as they are, and ones that are dropped. */
  readonly examples: {
    readonly good: readonly LinkState[F][];
    readonly bad: readonly { readonly query: string; readonly reason: IgnoredReason }[];
  };
}

const param = <F extends keyof LinkState>(row: LinkParam<F>) => row;

/** A single value that passes `accepts`, or is ignored with `reason`. */
function checked(
  key: string,
  accepts: (value: string) => boolean,
  reason: IgnoredReason,
  raw: (key: string) => string | undefined,
  ignore: Ignore,
): string | null {
  const value = raw(key);
  if (value === undefined) return null;
  if (accepts(value)) return value;
  ignore(key, value, reason);
  return null;
}

/** An enumerated value: one of `values`, or ignored with `reason`. */
const oneOf = <T extends string>(
  key: string,
  values: readonly T[],
  reason: IgnoredReason,
  raw: (key: string) => string | undefined,
  ignore: Ignore,
) =>
  checked(
    key,
    (value) => (values as readonly string[]).includes(value),
    reason,
    raw,
    ignore,
  ) as T | null;

export const LINK_PARAMS = [
  param({
    field: 'store',
    keys: ['store'],
    fallback: null,
    history: 'push',
    parse: (raw, ignore) =>
      isFileMark(raw('store'))
        ? (ignore('store', raw('store')!.slice(FILE_MARK.length), 'file-store'), null)
        : checked('store', isStoreLocation, 'invalid-store', raw, ignore),
    serialize: (store) => [store],
    examples: {
      good: ['/data/other.json', 'https://example.org/stores/s.json'],
      bad: [
        { query: 'store=javascript:alert(1)', reason: 'invalid-store' },
        { query: 'store=//evil.example/s.json', reason: 'invalid-store' },
        { query: 'store=file:incidents.csv', reason: 'file-store' },
      ],
    },
  }),
  param({
    field: 'event',
    keys: ['event'],
    fallback: null,
    history: 'push',
    parse: (raw, ignore) => checked('event', isSlug, 'invalid-event', raw, ignore),
    serialize: (event) => [event],
    examples: {
      good: ['pyongyang-treaty-signed'],
      bad: [{ query: 'event=Not%20a%20slug', reason: 'invalid-event' }],
    },
  }),
  param({
    field: 'window',
    keys: ['from', 'to'],
    fallback: null,
    history: 'replace',
    parse: parseWindow,
    serialize: (window) =>
      window ? [formatInstant(window.start), formatWindowEnd(window.end)] : [null, null],
    examples: {
      good: [{ start: Date.UTC(2023, 8, 1), end: Date.UTC(2023, 9, 1) }],
      bad: [
        { query: 'from=2024-06-19&to=2022-01-01', reason: 'inverted-window' },
        { query: 'from=2024-02-30&to=2024-13-01', reason: 'invalid-date' },
        { query: 'from=2024-06-19', reason: 'half-window' },
      ],
    },
  }),
  param({
    field: 'actors',
    keys: ['actors'],
    fallback: [],
    history: 'push',
    parse(raw, ignore) {
      const actors: string[] = [];
      for (const id of raw('actors')?.split(',') ?? []) {
        if (id === '') continue;
        if (!isSlug(id)) ignore('actors', id, 'invalid-actor');
        else if (!actors.includes(id)) actors.push(id);
      }
      return actors;
    },
    serialize: (actors) => [actors.length > 0 ? actors.join(',') : null],
    examples: {
      good: [['russia'], ['russia', 'kim-jong-un']],
      bad: [{ query: 'actors=Russia', reason: 'invalid-actor' }],
    },
  }),
  param({
    field: 'match',
    keys: ['match'],
    fallback: 'any',
    history: 'push',
    parse: (raw, ignore) => oneOf('match', MATCH_MODES, 'invalid-match', raw, ignore) ?? 'any',
    serialize: (match) => [match === 'any' ? null : match],
    examples: { good: ['all'], bad: [{ query: 'match=ALL', reason: 'invalid-match' }] },
  }),
  param({
    field: 'q',
    keys: ['q'],
    fallback: '',
    history: 'push',
    parse(raw, ignore) {
      const value = raw('q');
      if (value === undefined) return '';
      if (value.length <= MAX_QUERY_LENGTH) return value.trim();
      ignore('q', value, 'too-long');
      return '';
    },
    serialize: (q) => [q === '' ? null : q],
    examples: {
      good: ['pionyang', 'asociación, “integral” & más/menos'],
      bad: [{ query: `q=${'x'.repeat(201)}`, reason: 'too-long' }],
    },
  }),
  param({
    field: 'lang',
    keys: ['lang'],
    fallback: null,
    history: 'push',
    parse: (raw, ignore) => oneOf('lang', LANGS, 'invalid-lang', raw, ignore),
    serialize: (lang) => [lang],
    examples: { good: ['en', 'es'], bad: [{ query: 'lang=fr', reason: 'invalid-lang' }] },
  }),
  // The status filter (issue 16): each unknown status drops only itself.
  param({
    field: 'status',
    keys: ['status'],
    fallback: [],
    history: 'push',
    parse(raw, ignore) {
      const statuses: StatusChoice[] = [];
      for (const value of raw('status')?.split(',') ?? []) {
        if (value === '') continue;
        if (!(STATUS_CHOICES as readonly string[]).includes(value))
          ignore('status', value, 'invalid-status');
        else if (!statuses.includes(value as StatusChoice)) statuses.push(value as StatusChoice);
      }
      return statuses;
    },
    serialize: (statuses) => [statuses.length > 0 ? statuses.join(',') : null],
    examples: {
      good: [['disputed'], ['disputed', 'refuted', 'not-stated']],
      bad: [
        { query: 'status=rumoured', reason: 'invalid-status' },
        { query: 'status=Disputed', reason: 'invalid-status' },
      ],
    },
  }),
  // The map beside the timeline (issue 17): only "1" opens it; "0" is the default, said aloud.
  param({
    field: 'map',
    keys: ['map'],
    fallback: false,
    history: 'push',
    parse: (raw, ignore) => oneOf('map', ['0', '1'], 'invalid-map', raw, ignore) === '1',
    serialize: (map) => [map ? '1' : null],
    examples: {
      good: [true],
      bad: [
        { query: 'map=yes', reason: 'invalid-map' },
        { query: 'map=true', reason: 'invalid-map' },
      ],
    },
  }),
] as const;

/** Keys in the order they are written; the order keeps links stable and diffable. */
export const LINK_KEYS = LINK_PARAMS.flatMap((row) => row.keys);

/** The link with nothing in it: every row's fallback. */
export const EMPTY_LINK: LinkState = Object.fromEntries(
  LINK_PARAMS.map((row) => [row.field, row.fallback]),
) as unknown as LinkState;

const isLinkKey = (key: string) => LINK_KEYS.includes(key);

export function parseLink(search: string): ParsedLink {
  const params = new URLSearchParams(search);
  const ignored: IgnoredValue[] = [];
  // Both are shown in a notice: an unknown key can be as long as a value.
  const ignore: Ignore = (key, value, reason) =>
    ignored.push({ key: key.slice(0, 120), value: value.slice(0, 120), reason });
  const seen = new Map<string, string>();
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
  const raw = (key: string) => seen.get(key);
  const link = Object.fromEntries(
    LINK_PARAMS.map((row) => [row.field, row.parse(raw, ignore)]),
  ) as unknown as LinkState;
  return { link, ignored };
}

/** Writes a link in a fixed key order, leaving out defaults; starts with "?" unless empty. */
export function serializeLink(link: LinkState): string {
  const params = new URLSearchParams();
  for (const row of LINK_PARAMS) {
    const values = (row.serialize as (value: unknown) => readonly (string | null)[])(
      link[row.field],
    );
    row.keys.forEach((key, i) => {
      const value = values[i];
      if (value !== null && value !== undefined) params.set(key, value);
    });
  }
  const text = params.toString().replace(/%2C/g, ',').replace(/%2F/g, '/').replace(/%3A/g, ':');
  return text === '' ? '' : `?${text}`;
}

/**
 * How a change of the view from `before` to `after` enters the history: a push when any
 * part that a person navigates changed (the table's `push` rows), else a replace.
 */
export function historyModeOf(before: LinkState, after: LinkState): 'push' | 'replace' | null {
  let mode: 'push' | 'replace' | null = null;
  for (const row of LINK_PARAMS) {
    const a = (row.serialize as (value: unknown) => readonly (string | null)[])(before[row.field]);
    const b = (row.serialize as (value: unknown) => readonly (string | null)[])(after[row.field]);
    if (a.some((value, i) => value !== b[i])) {
      if (row.history === 'push') return 'push';
      mode = 'replace';
    }
  }
  return mode;
}
