import { describe, expect, it } from 'vitest';
import {
  EMPTY_LINK,
  LINK_KEYS,
  LINK_PARAMS,
  type LinkState,
  historyModeOf,
  parseLink,
  serializeLink,
} from './url-codec';

/**
 * The tests every row of the link table earns by being in it: a new parameter gets them
 * by adding its row (with its examples), nothing else.
 */
const FULL: LinkState = {
  ...EMPTY_LINK,
  ...(Object.fromEntries(
    LINK_PARAMS.map((row) => [row.field, row.examples.good.at(-1)]),
  ) as unknown as LinkState),
};

describe.each(LINK_PARAMS.map((row) => [row.field, row] as const))(
  'link parameter %s',
  (_, row) => {
    const withValue = (value: unknown): LinkState => ({ ...EMPTY_LINK, [row.field]: value });

    it('falls back to a value that the link leaves out', () => {
      expect(serializeLink(withValue(row.fallback))).toBe('');
      expect(EMPTY_LINK[row.field]).toEqual(row.fallback);
    });

    it('writes only its own keys, in the table order', () => {
      for (const value of row.examples.good) {
        const keys = [...new URLSearchParams(serializeLink(withValue(value))).keys()];
        expect(keys.length).toBeGreaterThan(0);
        for (const key of keys) expect(row.keys).toContain(key);
        expect(LINK_KEYS.filter((key) => keys.includes(key))).toEqual(keys);
      }
    });

    it('reads back every good value, alone and beside every other parameter', () => {
      for (const value of row.examples.good) {
        const alone = parseLink(serializeLink(withValue(value)));
        expect(alone.ignored).toEqual([]);
        expect(alone.link[row.field]).toEqual(value);
        const full = { ...FULL, [row.field]: value };
        expect(parseLink(serializeLink(full))).toEqual({ link: full, ignored: [] });
      }
    });

    it('drops a bad value alone, with its reason, and keeps the rest of the link', () => {
      const others = serializeLink({ ...FULL, [row.field]: row.fallback }).slice(1);
      for (const bad of row.examples.bad) {
        const { link, ignored } = parseLink(`?${others}&${bad.query}`);
        expect(ignored.length).toBeGreaterThan(0);
        for (const entry of ignored) {
          expect(row.keys).toContain(entry.key);
          expect(entry.reason).toBe(bad.reason);
        }
        expect(link).toEqual({ ...FULL, [row.field]: row.fallback });
      }
    });

    it(`enters the history as a ${row.history}`, () => {
      const value = row.examples.good[0];
      expect(historyModeOf(EMPTY_LINK, withValue(value))).toBe(row.history);
      expect(historyModeOf(withValue(value), withValue(value))).toBeNull();
    });
  },
);

describe('historyModeOf', () => {
  it('pushes when a navigated part changes along with the window', () => {
    const moved = { ...EMPTY_LINK, window: { start: 0, end: 86_400_000 } };
    expect(historyModeOf(EMPTY_LINK, { ...moved, event: 'pyongyang-treaty-signed' })).toBe('push');
    expect(historyModeOf(EMPTY_LINK, moved)).toBe('replace');
  });
});
