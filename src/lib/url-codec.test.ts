import { describe, expect, it } from 'vitest';
import { ms } from './testing/fixture-store';
import { MAX_SPAN, MIN_SPAN } from './time-window';
import {
  EMPTY_LINK,
  type IgnoredValue,
  LINK_KEYS,
  type LinkState,
  formatInstant,
  isStoreLocation,
  parseLink,
  serializeLink,
} from './url-codec';

const link = (patch: Partial<LinkState>): LinkState => ({ ...EMPTY_LINK, ...patch });

const FULL: LinkState = {
  store: 'https://example.org/stores/s.json',
  event: 'pyongyang-treaty-signed',
  window: { start: ms('2022-01-01T00:00:00Z'), end: ms('2024-07-01T12:30:00Z') },
  actors: ['russia', 'kim-jong-un'],
  match: 'all',
  q: 'asociación estratégica, 2024: “integral” & más/menos',
  lang: 'es',
  status: ['disputed', 'not-stated'],
  map: true,
};

/** Parses a link that must come through without anything ignored. */
function clean(search: string): LinkState {
  const { link: parsed, ignored } = parseLink(search);
  expect(ignored).toEqual([]);
  return parsed;
}

function ignoredOf(search: string): readonly IgnoredValue[] {
  return parseLink(search).ignored;
}

describe('serializeLink / parseLink round trip', () => {
  it('restores a full link exactly', () => {
    const text = serializeLink(FULL);
    expect(clean(text)).toEqual(FULL);
  });

  it('restores the empty link, which serializes to nothing', () => {
    expect(serializeLink(EMPTY_LINK)).toBe('');
    expect(clean('')).toEqual(EMPTY_LINK);
    expect(clean('?')).toEqual(EMPTY_LINK);
  });

  it('restores minimal links with one value each', () => {
    const minimal: LinkState[] = [
      link({ event: 'vostochny-summit' }),
      link({ actors: ['china'] }),
      link({ match: 'all' }),
      link({ q: 'pionyang' }),
      link({ store: '/data/x.json' }),
      link({ lang: 'en' }),
      link({ map: true }),
      link({ window: { start: ms('2023-09-01T00:00:00Z'), end: ms('2023-10-01T00:00:00Z') } }),
    ];
    for (const state of minimal) expect(clean(serializeLink(state))).toEqual(state);
  });

  it('restores windows at every precision formatInstant writes', () => {
    const windows = [
      // Midnight to midnight, whole minutes, seconds, and an end at the turn of a year.
      { start: ms('2022-01-01T00:00:00Z'), end: ms('2025-01-01T00:00:00Z') },
      { start: ms('2024-06-19T10:30:00Z'), end: ms('2024-06-19T18:45:00Z') },
      { start: ms('2024-06-19T10:30:15Z'), end: ms('2024-06-19T10:45:59Z') },
      { start: ms('2024-06-18T23:59:00Z'), end: ms('2024-06-20T00:00:00Z') },
    ];
    for (const window of windows) {
      const state = link({ window });
      expect(clean(serializeLink(state))).toEqual(state);
      // And a second trip writes the same text (the address bar is stable).
      expect(serializeLink(clean(serializeLink(state)))).toBe(serializeLink(state));
    }
  });

  it('leaves the defaults out', () => {
    expect(serializeLink(link({ match: 'any', q: '', actors: [] }))).toBe('');
  });
});

describe('serializeLink', () => {
  it('writes the keys in a fixed order, whatever order the state was built in', () => {
    const text = serializeLink(FULL);
    const keys = [...new URLSearchParams(text).keys()];
    expect(keys).toEqual([
      'store',
      'event',
      'from',
      'to',
      'actors',
      'match',
      'q',
      'lang',
      'status',
      'map',
    ]);
    expect(keys).toEqual([...LINK_KEYS]);
    const shuffled = {
      map: FULL.map,
      status: FULL.status,
      lang: FULL.lang,
      q: FULL.q,
      match: FULL.match,
      actors: FULL.actors,
      window: FULL.window,
      event: FULL.event,
      store: FULL.store,
    } as LinkState;
    expect(serializeLink(shuffled)).toBe(text);
  });

  it('writes readable values: commas, slashes and colons unescaped', () => {
    expect(
      serializeLink(
        link({
          store: '/data/x.json',
          event: 'treaty',
          window: { start: ms('2024-06-19T10:30:00Z'), end: ms('2024-06-19T18:45:00Z') },
          actors: ['russia', 'north-korea'],
        }),
      ),
    ).toBe(
      '?store=/data/x.json&event=treaty&from=2024-06-19T10:30Z&to=2024-06-19T18:45Z&actors=russia,north-korea',
    );
  });

  it('writes a window from midnight to midnight as whole days', () => {
    const text = serializeLink(
      link({ window: { start: ms('2022-01-01T00:00:00Z'), end: ms('2024-01-01T00:00:00Z') } }),
    );
    // The `to` day is covered whole, so the window ending at the start of 2024 reads
    // "to the end of 31 December 2023".
    expect(text).toBe('?from=2022-01-01&to=2023-12-31');
  });

  it('starts with "?" and encodes what must be encoded', () => {
    const text = serializeLink(link({ q: 'a&b=c #d+e%2C' }));
    expect(text.startsWith('?q=')).toBe(true);
    expect(clean(text).q).toBe('a&b=c #d+e%2C');
  });
});

describe('formatInstant', () => {
  it('writes a midnight as a date', () => {
    expect(formatInstant(ms('2024-06-19T00:00:00Z'))).toBe('2024-06-19');
  });

  it('writes a whole minute without seconds', () => {
    expect(formatInstant(ms('2024-06-19T10:30:00Z'))).toBe('2024-06-19T10:30Z');
    expect(formatInstant(ms('2024-06-19T00:01:00Z'))).toBe('2024-06-19T00:01Z');
  });

  it('writes anything else to the second', () => {
    expect(formatInstant(ms('2024-06-19T10:30:15Z'))).toBe('2024-06-19T10:30:15Z');
    expect(formatInstant(ms('2024-06-19T00:00:01Z'))).toBe('2024-06-19T00:00:01Z');
    // Milliseconds are dropped, never written.
    expect(formatInstant(ms('2024-06-19T10:30:15.750Z'))).toBe('2024-06-19T10:30:15Z');
  });
});

describe('parseLink: each bad value drops only itself', () => {
  it('refuses an event id that is not a slug, keeping the rest', () => {
    const { link: parsed, ignored } = parseLink('?event=Not_A_Slug&q=kim');
    expect(parsed.event).toBeNull();
    expect(parsed.q).toBe('kim');
    expect(ignored).toEqual([{ key: 'event', value: 'Not_A_Slug', reason: 'invalid-event' }]);
    expect(ignoredOf('?event=a--b')).toEqual([
      { key: 'event', value: 'a--b', reason: 'invalid-event' },
    ]);
    expect(ignoredOf(`?event=${'a'.repeat(81)}`)[0]?.reason).toBe('invalid-event');
  });

  it('reports unknown parameters', () => {
    const { link: parsed, ignored } = parseLink('?utm_source=mail&event=treaty&Event=x');
    expect(parsed.event).toBe('treaty');
    expect(ignored).toEqual([
      { key: 'utm_source', value: 'mail', reason: 'unknown-parameter' },
      { key: 'Event', value: 'x', reason: 'unknown-parameter' },
    ]);
  });

  it('keeps the first of a repeated key', () => {
    const { link: parsed, ignored } = parseLink('?q=first&lang=es&q=second&lang=en');
    expect(parsed.q).toBe('first');
    expect(parsed.lang).toBe('es');
    expect(ignored).toEqual([
      { key: 'q', value: 'second', reason: 'repeated' },
      { key: 'lang', value: 'en', reason: 'repeated' },
    ]);
  });

  it('refuses a value longer than the limit, and shortens it in the report', () => {
    const long = 'a'.repeat(2001);
    const { link: parsed, ignored } = parseLink(`?store=/${long}&lang=es`);
    expect(parsed.store).toBeNull();
    expect(parsed.lang).toBe('es');
    expect(ignored).toEqual([
      { key: 'store', value: `/${long}`.slice(0, 120), reason: 'too-long' },
    ]);
  });

  it('refuses q over 200 characters and accepts 200', () => {
    const q200 = 'x'.repeat(200);
    expect(clean(`?q=${q200}`).q).toBe(q200);
    const { link: parsed, ignored } = parseLink(`?q=${q200}y`);
    expect(parsed.q).toBe('');
    expect(ignored).toEqual([{ key: 'q', value: `${q200}y`.slice(0, 120), reason: 'too-long' }]);
  });

  it('trims the search text', () => {
    expect(clean('?q=%20%20kim%20jong%20').q).toBe('kim jong');
  });

  describe('from and to', () => {
    it('reads dates and date-times', () => {
      expect(clean('?from=2022-02-24&to=2024-06-19T10:30Z').window).toEqual({
        start: ms('2022-02-24T00:00:00Z'),
        end: ms('2024-06-19T10:30:00Z'),
      });
      expect(clean('?from=2024-06-19T10:30:15Z&to=2024-06-19T11:00:00Z').window).toEqual({
        start: ms('2024-06-19T10:30:15Z'),
        end: ms('2024-06-19T11:00:00Z'),
      });
    });

    it('reads offsets, and fractional seconds other tools write', () => {
      expect(clean('?from=2024-06-19T10:30%2B09:00&to=2024-06-19T12:00:30.250Z').window).toEqual({
        start: ms('2024-06-19T01:30:00Z'),
        end: ms('2024-06-19T12:00:30Z'),
      });
    });

    it('reads an offset whose "+" was left unencoded (a query string turns it into a space)', () => {
      expect(clean('?from=2024-06-19T10:30+09:00&to=2024-06-20').window).toEqual({
        start: ms('2024-06-19T01:30:00Z'),
        end: ms('2024-06-21T00:00:00Z'),
      });
    });

    it('reads a coarse from as its start and a coarse to as the end of its period', () => {
      expect(clean('?from=2022&to=2024').window).toEqual({
        start: ms('2022-01-01T00:00:00Z'),
        end: ms('2025-01-01T00:00:00Z'),
      });
      expect(clean('?from=2023-09&to=2023-09').window).toEqual({
        start: ms('2023-09-01T00:00:00Z'),
        end: ms('2023-10-01T00:00:00Z'),
      });
      expect(clean('?from=2024-02-28&to=2024-02-29').window).toEqual({
        start: ms('2024-02-28T00:00:00Z'),
        end: ms('2024-03-01T00:00:00Z'),
      });
    });

    it('refuses dates that are not dates, dropping the window and keeping the rest', () => {
      for (const bad of [
        'yesterday',
        '2024-13',
        '2023-02-29',
        '24-06-19',
        '2024-06-19T25:00Z',
        '',
      ]) {
        const { link: parsed, ignored } = parseLink(
          `?from=${encodeURIComponent(bad)}&to=2024-12-31&event=treaty`,
        );
        expect(parsed.window).toBeNull();
        expect(parsed.event).toBe('treaty');
        // The good `to` alone is half a window, so it is reported as ignored too.
        expect(ignored).toEqual([
          { key: 'from', value: bad, reason: 'invalid-date' },
          { key: 'to', value: '2024-12-31', reason: 'half-window' },
        ]);
      }
      expect(ignoredOf('?from=2020&to=someday')).toEqual([
        { key: 'to', value: 'someday', reason: 'invalid-date' },
        { key: 'from', value: '2020', reason: 'half-window' },
      ]);
      expect(ignoredOf('?from=never&to=someday')).toEqual([
        { key: 'from', value: 'never', reason: 'invalid-date' },
        { key: 'to', value: 'someday', reason: 'invalid-date' },
      ]);
    });

    it('drops both ends of an inverted window', () => {
      const inverted = [
        { key: 'from', value: '2024-06-19', reason: 'inverted-window' },
        { key: 'to', value: '2022-01-01', reason: 'inverted-window' },
      ];
      const { link: parsed, ignored } = parseLink('?from=2024-06-19&to=2022-01-01&lang=en');
      expect(parsed.window).toBeNull();
      expect(parsed.lang).toBe('en');
      expect(ignored).toEqual(inverted);
    });

    it('calls an empty window too narrow, not inverted', () => {
      expect(
        ignoredOf('?from=2024-06-19T10:30Z&to=2024-06-19T10:30Z').map((i) => i.reason),
      ).toEqual(['window-out-of-range', 'window-out-of-range']);
    });

    it('drops a window narrower than MIN_SPAN or wider than MAX_SPAN', () => {
      const narrow = parseLink('?from=2024-06-19T10:00Z&to=2024-06-19T10:05Z');
      expect(narrow.link.window).toBeNull();
      expect(narrow.ignored).toEqual([
        { key: 'from', value: '2024-06-19T10:00Z', reason: 'window-out-of-range' },
        { key: 'to', value: '2024-06-19T10:05Z', reason: 'window-out-of-range' },
      ]);
      const wide = parseLink('?from=0001&to=9999');
      expect(wide.link.window).toBeNull();
      expect(wide.ignored.map((i) => i.reason)).toEqual([
        'window-out-of-range',
        'window-out-of-range',
      ]);
      // Exactly the limits are allowed.
      const start = ms('2024-06-19T10:00:00Z');
      expect(clean(`?from=2024-06-19T10:00Z&to=${formatInstant(start + MIN_SPAN)}`).window).toEqual(
        { start, end: start + MIN_SPAN },
      );
      const early = ms('0100-01-01T00:00:00Z');
      const late = early + MAX_SPAN;
      expect(clean(serializeLink(link({ window: { start: early, end: late } }))).window).toEqual({
        start: early,
        end: late,
      });
    });

    it('drops half a window: only from or only to', () => {
      expect(parseLink('?from=2022').link.window).toBeNull();
      expect(ignoredOf('?from=2022')).toEqual([
        { key: 'from', value: '2022', reason: 'half-window' },
      ]);
      expect(ignoredOf('?to=2024&event=treaty')).toEqual([
        { key: 'to', value: '2024', reason: 'half-window' },
      ]);
      // A valid `to` next to an invalid `from` is half a window too.
      expect(ignoredOf('?from=bad&to=2024')).toEqual([
        { key: 'from', value: 'bad', reason: 'invalid-date' },
        { key: 'to', value: '2024', reason: 'half-window' },
      ]);
    });
  });

  it('keeps the good actor ids, in order, without duplicates', () => {
    const { link: parsed, ignored } = parseLink(
      '?actors=russia,Bad%20Id,north-korea,,russia,china,-x,north-korea',
    );
    expect(parsed.actors).toEqual(['russia', 'north-korea', 'china']);
    expect(ignored).toEqual([
      { key: 'actors', value: 'Bad Id', reason: 'invalid-actor' },
      { key: 'actors', value: '-x', reason: 'invalid-actor' },
    ]);
    expect(clean('?actors=').actors).toEqual([]);
  });

  it('accepts match any or all and refuses anything else', () => {
    expect(clean('?match=all').match).toBe('all');
    expect(clean('?match=any').match).toBe('any');
    for (const bad of ['ALL', 'some', 'none', '']) {
      const { link: parsed, ignored } = parseLink(`?match=${bad}&actors=russia`);
      expect(parsed.match).toBe('any');
      expect(parsed.actors).toEqual(['russia']);
      expect(ignored).toEqual([{ key: 'match', value: bad, reason: 'invalid-match' }]);
    }
  });

  describe('store', () => {
    it('accepts same-origin paths and http(s) URLs', () => {
      for (const good of [
        '/data/x.json',
        '/data/events.json?v=2',
        'https://example.org/s.json',
        'http://localhost:8080/s.json',
      ]) {
        expect(isStoreLocation(good)).toBe(true);
        expect(clean(`?store=${encodeURIComponent(good)}`).store).toBe(good);
      }
    });

    it('refuses other origins disguised as paths, other schemes and relative paths', () => {
      const bad = [
        '//evil.com/x',
        '/\\evil.com/x',
        '/\t/evil.com/x',
        '/\n/evil.com/x',
        'javascript:alert(1)',
        'data:application/json,{"format":"sourceline/1"}',
        'ftp://example.org/s.json',
        'file:///etc/passwd',
        'data/x.json',
        '',
      ];
      for (const value of bad) {
        expect(isStoreLocation(value), value).toBe(false);
        const { link: parsed, ignored } = parseLink(`?store=${encodeURIComponent(value)}&lang=es`);
        expect(parsed.store).toBeNull();
        expect(parsed.lang).toBe('es');
        expect(ignored).toEqual([{ key: 'store', value, reason: 'invalid-store' }]);
      }
    });
  });

  it('accepts lang en and es and refuses others', () => {
    expect(clean('?lang=en').lang).toBe('en');
    expect(clean('?lang=es').lang).toBe('es');
    for (const bad of ['fr', 'EN', 'es-ES', '']) {
      const { link: parsed, ignored } = parseLink(`?lang=${bad}`);
      expect(parsed.lang).toBeNull();
      expect(ignored).toEqual([{ key: 'lang', value: bad, reason: 'invalid-lang' }]);
    }
  });

  it('reports every bad value of one link, and keeps all the good ones', () => {
    const { link: parsed, ignored } = parseLink(
      '?store=//evil.com/x&event=treaty&from=2024&to=2022&actors=russia,BAD&match=most&q=kim&lang=fr&extra=1',
    );
    expect(parsed).toEqual(link({ event: 'treaty', actors: ['russia'], q: 'kim' }));
    // Unknown keys first, then the bad values in the order links are written.
    expect(ignored.map((i) => `${i.key}:${i.reason}`)).toEqual([
      'extra:unknown-parameter',
      'store:invalid-store',
      'from:inverted-window',
      'to:inverted-window',
      'actors:invalid-actor',
      'match:invalid-match',
      'lang:invalid-lang',
    ]);
  });
});
