import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStoreDate } from '../dates';
import { type Store, validateStore } from '../validate-store';
import { convertText } from './convert';
import { HOSTILE, storeOf } from './test-helpers';
import { toTimelineJs } from './to-timelinejs';
import { htmlToText } from './html-text';

function defaultStore(): Store {
  const result = validateStore(JSON.parse(readFileSync('public/data/events.json', 'utf8')));
  if (!result.ok) throw new Error('the default store was refused');
  return result.store;
}

/** A store with every date precision, periods and lanes with members. */
const PRECISIONS = {
  format: 'sourceline/1',
  title: 'Precisions',
  language: 'en',
  sources: [],
  actors: [
    { id: 'state-a', name: 'State A', kind: 'state' },
    { id: 'leader-a', name: 'Leader A', kind: 'person', memberOf: 'state-a' },
    { id: 'org-b', name: 'Org B', kind: 'organization' },
  ],
  events: [
    { id: 'y', title: 'Year', start: '1901', actors: ['leader-a'] },
    { id: 'm', title: 'Month', start: '1902-03', end: '1902-05', actors: ['state-a'] },
    { id: 'd', title: 'Day', start: '1903-04-05', end: '1904', actors: ['org-b'] },
    { id: 'min', title: 'Minute', start: '1905-06-07T08:09', actors: ['org-b'] },
    {
      id: 's',
      title: 'Second & <more>',
      start: '1906-07-08T09:10:11',
      actors: ['leader-a', 'org-b'],
    },
  ],
};

function laneName(
  store: { actors: readonly { id: string; name: string; memberOf?: string }[] },
  id: string,
) {
  let actor = store.actors.find((a) => a.id === id);
  while (actor?.memberOf) actor = store.actors.find((a) => a.id === actor!.memberOf);
  return actor?.name;
}

describe('TimelineJS export', () => {
  it.each([
    ['a store of every precision', () => PRECISIONS as unknown as Store],
    ['the default store', defaultStore],
  ])(
    'round trip of %s keeps titles, dates at their precision, periods and lanes',
    (_name, make) => {
      const original = make();
      const exported = toTimelineJs(original);
      const back = storeOf(convertText(JSON.stringify(exported)));
      expect(back.title).toBe(original.title);
      expect(back.events.map((e) => e.id)).toEqual(original.events.map((e) => e.id));
      back.events.forEach((event, i) => {
        const before = original.events[i]!;
        expect(event.title).toBe(before.title);
        const precision = (raw: string | undefined) =>
          raw === undefined ? undefined : parseStoreDate(raw)!.precision;
        expect(precision(event.start)).toBe(precision(before.start));
        expect(precision(event.end)).toBe(precision(before.end));
        // Dates without an offset come back as written; TimelineJS has no time zones.
        if (!/[Z+-]\d*:?\d*$/.test(before.start.slice(10))) expect(event.start).toBe(before.start);
        expect(event.end === undefined).toBe(before.end === undefined);
        expect(laneName(back, event.actors[0]!)).toBe(laneName(original, before.actors[0]!));
      });
      const lanes = (s: typeof back) => new Set(s.events.map((e) => laneName(s, e.actors[0]!)));
      expect(lanes(back)).toEqual(lanes(original as unknown as typeof back));
    },
  );

  it('writes periods as eras too, and excerpts as plain text in the slide', () => {
    const store = defaultStore();
    const exported = toTimelineJs(store);
    expect(exported.eras?.length).toBe(store.events.filter((e) => e.end).length);
    const withExcerpt = store.events.findIndex((e) => (e.excerpts ?? []).length > 0);
    const quote = store.events[withExcerpt]!.excerpts![0]!.quote;
    expect(htmlToText(exported.events[withExcerpt]!.text.text!)).toContain(`“${quote}”`);
  });

  it('says the status and its note first, and puts the disputing quotes apart', () => {
    const exported = toTimelineJs({
      title: 'Claims',
      sources: [
        { id: 'radio', title: 'Radio', language: 'en' },
        { id: 'inspectors', title: 'Inspectors', language: 'en' },
      ],
      actors: [{ id: 'a', name: 'A', kind: 'state' }],
      events: [
        {
          id: 'claim',
          title: 'Dam sabotaged',
          start: '2019-06-08',
          actors: ['a'],
          status: 'refuted',
          statusNote: 'Found intact.',
          excerpts: [
            { source: 'inspectors', quote: 'Intact.', stance: 'disputes' },
            { source: 'radio', quote: 'Sabotaged.' },
          ],
        },
      ],
    });
    expect(htmlToText(exported.events[0]!.text.text!).replace(/\s+/g, ' ').trim()).toBe(
      'Status: refuted — Found intact. “Sabotaged.” — Radio Disputed by “Intact.” — Inspectors',
    );
  });

  it('escapes store text, so TimelineJS shows it as text', () => {
    const exported = toTimelineJs({
      title: HOSTILE,
      sources: [],
      actors: [{ id: 'a', name: HOSTILE, kind: 'other' }],
      events: [{ id: 'e', title: HOSTILE, start: '2000', actors: ['a'], summary: HOSTILE }],
    });
    const json = JSON.stringify(exported);
    expect(json).not.toMatch(/<script|<img|<b /);
    expect(exported.events[0]!.text.headline).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;&lt;b onmouseover=&quot;alert(3)&quot;&gt;Hostile&lt;/b&gt;',
    );
    // …and reading it back gives the same text.
    expect(htmlToText(exported.events[0]!.text.headline)).toBe(HOSTILE);
  });
});
