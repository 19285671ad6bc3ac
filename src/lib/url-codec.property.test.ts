import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSlug } from '../format/slug';
import { MAX_SPAN, MIN_SPAN } from './time-window';
import {
  LANGS,
  LINK_KEYS,
  type LinkState,
  isStoreLocation,
  parseLink,
  serializeLink,
} from './url-codec';
import { malformedLink, validLink } from './testing/link-arbitraries';

/**
 * Properties of the deep-link codec over links nobody wrote by hand: whatever arrives in
 * the address bar, parsing never throws and yields a valid view, and what the app writes
 * back is a fixed point (parse → serialize → parse changes nothing).
 */

// Enough to meet every kind of junk the generators make, quick enough for every run.
const RUNS = { numRuns: 1000 };
const TIMEOUT_MS = 60_000;

/** Everything a parsed link may hold is valid by itself. */
function expectValid(link: LinkState) {
  if (link.event !== null) expect(isSlug(link.event)).toBe(true);
  if (link.window !== null) {
    const { start, end } = link.window;
    expect(Number.isFinite(start) && Number.isFinite(end)).toBe(true);
    expect(end - start).toBeGreaterThanOrEqual(MIN_SPAN);
    expect(end - start).toBeLessThanOrEqual(MAX_SPAN);
  }
  for (const id of link.actors) expect(isSlug(id)).toBe(true);
  expect(new Set(link.actors).size).toBe(link.actors.length);
  expect(['any', 'all']).toContain(link.match);
  expect(link.q.length).toBeLessThanOrEqual(200);
  expect(link.q).toBe(link.q.trim());
  if (link.store !== null) expect(isStoreLocation(link.store)).toBe(true);
  if (link.lang !== null) expect(LANGS).toContain(link.lang);
}

describe('parseLink on hostile input', () => {
  it(
    'never throws on any string, and what it keeps is valid',
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.string({ unit: 'binary' }), malformedLink()), (search) => {
          const { link, ignored } = parseLink(search);
          expectValid(link);
          // What a notice shows is bounded, however long the link.
          for (const item of ignored) {
            expect(item.value.length).toBeLessThanOrEqual(120);
            expect(item.key.length).toBeLessThanOrEqual(120);
          }
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'serialize∘parse is stable: the clean link parses to itself, with nothing ignored',
    () => {
      fc.assert(
        fc.property(malformedLink(), (search) => {
          const first = parseLink(search).link;
          const clean = serializeLink(first);
          const second = parseLink(clean);
          expect(second.ignored).toEqual([]);
          expect(second.link).toEqual(first);
          // The address bar settles at once: writing the clean link again changes nothing.
          expect(serializeLink(second.link)).toBe(clean);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'the clean link is canonical: keys in the fixed order, each once, no defaults',
    () => {
      fc.assert(
        fc.property(malformedLink(), (search) => {
          const clean = serializeLink(parseLink(search).link);
          const keys = [...new URLSearchParams(clean).keys()];
          expect(keys).toEqual(LINK_KEYS.filter((key) => keys.includes(key)));
          expect(clean === '' || clean.startsWith('?')).toBe(true);
          expect(clean).not.toMatch(/[?&]match=any(&|$)/);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );
});

describe('a valid view survives the round trip', () => {
  it(
    'parse(serialize(view)) is the view, with nothing ignored',
    () => {
      fc.assert(
        fc.property(validLink(), (view) => {
          const { link, ignored } = parseLink(serializeLink(view));
          expect(ignored).toEqual([]);
          expect(link).toEqual(view);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );
});

describe('what the properties found', () => {
  it('refuses a window edge that an offset pushes outside the years 0001 to 9999', () => {
    // Parsed as instants in year 0000 or 10000, they were written back as "0000-12-31T10:00Z"
    // or "+010000-01-01T11:59Z", which the next parse refused: the clean link was not clean.
    for (const search of [
      '?from=0001-01-01T00:00%2B14:00&to=0001-06-01',
      '?from=9999-06-01&to=9999-12-31T23:59-12:00',
    ]) {
      const { link, ignored } = parseLink(search);
      expect(link.window).toBeNull();
      expect(ignored.map((item) => item.reason).sort()).toEqual(['half-window', 'invalid-date']);
    }
    // The last instant of 9999 is still a valid end.
    expect(parseLink('?from=9990&to=9999').ignored).toEqual([]);
  });

  it('shortens an unknown key in the report, as it shortens values', () => {
    const { ignored } = parseLink(`?${'k'.repeat(5000)}=1`);
    expect(ignored).toEqual([{ key: 'k'.repeat(120), value: '1', reason: 'unknown-parameter' }]);
  });
});
