import fc from 'fast-check';
import { MAX_SPAN, MIN_SPAN } from '../time-window';
import { STATUS_CHOICES } from '../event-evidence';
import { LANGS, LINK_KEYS, type LinkState, isStoreLocation, parseLink } from '../url-codec';

/*
 * fast-check generators of deep links, for the codec's property tests and the end-to-end
 * run of malformed links: valid views, and query strings built to break a parser (junk,
 * huge values, repeated keys, unicode, inverted windows, ids that look like paths or
 * scripts, stray encodings).
 */

const SECOND = 1000;
const FIRST_INSTANT = Date.parse('0001-01-01T00:00:00Z');
const LAST_INSTANT = Date.parse('9999-12-31T23:59:59Z');

export const slug = () => fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,3}$/);

const wholeSeconds = (min: number, max: number) =>
  fc.integer({ min: min / SECOND, max: max / SECOND }).map((s) => s * SECOND);

/** A window the app could have written: whole seconds, years 0001 to 9999, span in limits. */
const validWindow = () =>
  wholeSeconds(FIRST_INSTANT, LAST_INSTANT - MIN_SPAN).chain((start) =>
    wholeSeconds(MIN_SPAN, Math.min(MAX_SPAN, LAST_INSTANT - start)).map((width) => ({
      start,
      end: start + width,
    })),
  );

/** Text a person could search for: any Unicode, trimmed, at most 200 UTF-16 units. */
const query = () =>
  fc
    .string({ unit: 'grapheme', maxLength: 120 })
    .map((text) => text.trim())
    .filter((text) => text.length <= 200);

const storeLocation = () =>
  fc
    .oneof(
      fc.constant('/data/events.json'),
      fc.webPath().map((path) => `/${path.replace(/^\/+/, '')}`),
      fc.webUrl({
        validSchemes: ['http', 'https'],
        withQueryParameters: true,
        withFragments: true,
      }),
    )
    .filter((value) => value.length <= 2000 && isStoreLocation(value));

export function validLink(): fc.Arbitrary<LinkState> {
  return fc.record({
    event: fc.option(slug(), { nil: null }),
    window: fc.option(validWindow(), { nil: null }),
    actors: fc.uniqueArray(slug(), { maxLength: 6 }),
    match: fc.constantFrom('any' as const, 'all' as const),
    q: query(),
    store: fc.option(storeLocation(), { nil: null }),
    lang: fc.option(fc.constantFrom(...LANGS), { nil: null }),
    status: fc.uniqueArray(fc.constantFrom(...STATUS_CHOICES), { maxLength: 5 }),
    map: fc.boolean(),
  });
}

// ---------------------------------------------------------------- malformed links

const huge = (unit: string) => fc.integer({ min: 150, max: 3000 }).map((n) => unit.repeat(n));

const SCRIPTS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  "';alert(String.fromCharCode(88,83,83))//",
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '</title><svg onload=alert(1)>',
];
const PATHS = [
  '../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '/data/events.json',
  'events/../../x',
  'C:\\Windows\\system32',
  '\\\\evil.example\\share',
  '%2e%2e%2f',
  'a/b/c',
  '.',
  '..',
];
const UNICODE = [
  'пхеньян',
  '平壤',
  'ａｂｃ',
  'e\u0301vent',
  '\u202eevent',
  '\u200b',
  '😀-event',
  'İ',
];

const junk = () =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.constantFrom('', ' ', '+', '%', '%%', '%zz', '%00', '%E0%A4%A', '\u0000', '&', '=', '#'),
    fc.constantFrom(...SCRIPTS, ...PATHS, ...UNICODE),
  );

const idLike = () =>
  fc.oneof(
    { weight: 3, arbitrary: slug() },
    { weight: 1, arbitrary: slug().map((id) => id.toUpperCase()) },
    { weight: 1, arbitrary: fc.constantFrom('constructor', '__proto__', 'toString', 'prototype') },
    { weight: 1, arbitrary: fc.constantFrom('a'.repeat(81), 'a--b', '-a', 'a-', 'a_b') },
    { weight: 2, arbitrary: junk() },
    { weight: 1, arbitrary: huge('a') },
  );

const dateLike = () =>
  fc.oneof(
    fc.integer({ min: -50, max: 12000 }).map((year) => String(year).padStart(4, '0')),
    fc
      .tuple(
        fc.integer({ min: 0, max: 10000 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(
        ([y, m, d]) =>
          `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      ),
    fc
      .tuple(
        fc.date({ min: new Date(FIRST_INSTANT), max: new Date(LAST_INSTANT), noInvalidDate: true }),
        fc.constantFrom('', 'Z', '+14:00', '-12:00', '+09:00', ' 09:00', '+24:00', '.123Z', ':60Z'),
      )
      .map(([date, suffix]) => date.toISOString().slice(0, 16) + suffix),
    fc.constantFrom(
      'now',
      'today',
      '2024-02-30',
      '2023-02-29',
      'Infinity',
      'NaN',
      '-1',
      '1e12',
      '0001',
      '9999-12-31T23:59:59Z',
    ),
    junk(),
  );

/** A value for a key: mostly plausible for that key, often not. */
function valueArbitrary(key: string, stores: 'any' | 'default-only'): fc.Arbitrary<string> {
  switch (key) {
    case 'event':
      return idLike();
    case 'from':
    case 'to':
      return dateLike();
    case 'actors':
      return fc
        .array(idLike(), { maxLength: 8 })
        .chain((ids) =>
          fc.constantFrom(',', ',,', ', ', '%2C').map((separator) => ids.join(separator)),
        );
    case 'match':
      return fc.oneof(fc.constantFrom('any', 'all', 'ALL', 'none', ''), junk());
    case 'q':
      return fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), huge('x'), junk());
    case 'store': {
      const refused = fc.constantFrom(
        'javascript:alert(1)',
        '//evil.example/s.json',
        '/\\evil.example/s.json',
        '/\t/evil.example/s.json',
        'data:application/json,{}',
        'file:///etc/passwd',
        'ftp://example.org/s.json',
        'events.json',
        '',
      );
      return stores === 'any'
        ? fc.oneof(refused, storeLocation(), junk())
        : fc.oneof(
            refused,
            fc.constant('/data/events.json'),
            junk().filter((v) => !isStoreLocation(v)),
          );
    }
    case 'lang':
      return fc.oneof(fc.constantFrom('en', 'es', 'fr', 'EN', 'es-ES', ''), junk());
    default:
      return junk();
  }
}

// Arbitraries are built once: building one (a grapheme table, a URL grammar) costs more
// than drawing a value from it.
const valueArbitraries = new Map<string, fc.Arbitrary<string>>();
function valueFor(key: string, stores: 'any' | 'default-only'): fc.Arbitrary<string> {
  const cacheKey = `${stores} ${(LINK_KEYS as readonly string[]).includes(key) ? key : ''}`;
  let arbitrary = valueArbitraries.get(cacheKey);
  if (!arbitrary) {
    arbitrary = valueArbitrary(key, stores);
    valueArbitraries.set(cacheKey, arbitrary);
  }
  return arbitrary;
}

const key = () =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...LINK_KEYS) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'Event',
        'FROM',
        'utm_source',
        '__proto__',
        'constructor',
        'store[]',
        'q ',
      ),
    },
    { weight: 1, arbitrary: junk() },
    { weight: 1, arbitrary: huge('k') },
  );

const encode = (text: string, how: 'encoded' | 'raw' | 'plus') =>
  how === 'encoded'
    ? encodeURIComponent(text)
    : how === 'plus'
      ? encodeURIComponent(text).replace(/%20/g, '+')
      : text;

/**
 * A query string, with or without its "?": several key=value pairs (keys repeat, values
 * are encoded, raw or half-encoded), sometimes a valid window turned inside out.
 */
export function malformedLink(
  options: { stores?: 'any' | 'default-only' } = {},
): fc.Arbitrary<string> {
  const stores = options.stores ?? 'any';
  const pair = key().chain((k) =>
    fc
      .tuple(
        valueFor(k, stores),
        fc.constantFrom('encoded' as const, 'raw' as const, 'plus' as const),
      )
      .map(([value, how]) => `${encode(k, how)}=${encode(value, how)}`),
  );
  const inverted = validWindow().map(
    ({ start, end }) =>
      `from=${new Date(end).toISOString().slice(0, 19)}Z&to=${new Date(start).toISOString().slice(0, 19)}Z`,
  );
  return fc
    .tuple(
      fc.array(fc.oneof({ weight: 6, arbitrary: pair }, { weight: 1, arbitrary: inverted }), {
        minLength: 1,
        maxLength: 10,
      }),
      fc.constantFrom('&', '&', '&', ';', '&&'),
      fc.constantFrom('?', '?', ''),
    )
    .map(([pairs, separator, prefix]) => prefix + pairs.join(separator))
    .filter((link) => stores === 'any' || namesDefaultStoreAtMost(link));
}

/**
 * With ';' between pairs the browser reads `store=/data/events.json;match=…` as one store
 * path, another store of this site that does not exist: not a link of the default store.
 */
function namesDefaultStoreAtMost(link: string): boolean {
  // Read as a query string whether or not it starts with "?", as the tests open them.
  const search = new URL(`/${link.startsWith('?') ? link : `?${link}`}`, 'http://localhost/');
  const { store } = parseLink(search.search).link;
  return store === null || store === '/data/events.json';
}
