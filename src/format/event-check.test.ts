import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventCheckCache } from './event-check';
import { validateStore } from './validate-store';

/*
 * The validator with a cache of event checks must say exactly what it says without one,
 * whatever was edited since the last validation: random sequences of edits, each made the
 * way the editor makes them (a new object for what changed, the same objects elsewhere),
 * each result compared with a fresh validation of a deep copy.
 */

type Json = Record<string, unknown>;
interface Doc {
  format: string;
  title: string;
  language: string;
  sources: Json[];
  actors: Json[];
  events: Json[];
}

const TEXT = 'The treaty was signed in June. Both sides promised aid. Talks ended late.';

function baseDocument(): Doc {
  return {
    format: 'sourceline/1',
    title: 'Edits',
    language: 'en',
    sources: [
      { id: 'report', title: 'Report', language: 'en', text: TEXT },
      { id: 'dispatch', title: 'Dispatch', language: 'en' },
    ],
    actors: [
      { id: 'north', name: 'North', kind: 'state' },
      { id: 'south', name: 'South', kind: 'state' },
      { id: 'minister', name: 'Minister', kind: 'person', memberOf: 'north' },
    ],
    events: ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({
      id,
      title: `Event ${id}`,
      start: `2024-0${i + 1}`,
      actors: [i % 2 ? 'north' : 'south'],
      excerpts: [{ source: 'report', quote: 'The treaty was signed in June.' }],
      ...(i > 0 ? { related: [{ event: 'abcde'[i - 1], relation: 'part-of' }] } : {}),
    })),
  };
}

const ID = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'Not A Slug');
const ACTOR = fc.constantFrom('north', 'south', 'minister', 'nobody', 'east');
const SOURCE = fc.constantFrom('report', 'dispatch', 'missing');
const QUOTE = fc.constantFrom(
  'Both sides promised aid.',
  'Talks  ended\nlate.',
  'Not in the text.',
);
const DATE = fc.constantFrom('2024', '2024-06-19', '2023-01', '2024-13', '', 'soon');
const at = fc.nat(20);

type Edit = (doc: Doc) => Doc;
const mapAt = <T>(list: T[], i: number, change: (item: T) => T) =>
  list.length === 0 ? list : list.map((item, k) => (k === i % list.length ? change(item) : item));
const without = <T>(list: T[], i: number) =>
  list.length === 0 ? list : list.filter((_, k) => k !== i % list.length);

const edits: fc.Arbitrary<Edit>[] = [
  fc.tuple(at, fc.constantFrom('', 'A title', 'x'.repeat(201))).map(([i, title]) => (doc) => ({
    ...doc,
    events: mapAt(doc.events, i, (e) => ({ ...e, title })),
  })),
  fc.tuple(at, DATE, fc.option(DATE)).map(([i, start, end]) => (doc) => ({
    ...doc,
    events: mapAt(doc.events, i, (e) => {
      const { end: _end, ...rest } = e;
      return end === null ? { ...rest, start } : { ...rest, start, end };
    }),
  })),
  fc
    .tuple(at, ID)
    .map(([i, id]) => (doc) => ({ ...doc, events: mapAt(doc.events, i, (e) => ({ ...e, id })) })),
  fc.tuple(at, fc.array(ACTOR, { maxLength: 3 })).map(([i, actors]) => (doc) => ({
    ...doc,
    events: mapAt(doc.events, i, (e) => ({ ...e, actors })),
  })),
  fc
    .tuple(at, fc.array(fc.tuple(SOURCE, QUOTE), { maxLength: 2 }))
    .map(([i, excerpts]) => (doc) => ({
      ...doc,
      events: mapAt(doc.events, i, (e) => ({
        ...e,
        excerpts: excerpts.map(([source, quote]) => ({ source, quote })),
      })),
    })),
  fc
    .tuple(
      at,
      fc.array(fc.tuple(ID, fc.constantFrom('part-of', 'causes', 'sideways')), { maxLength: 2 }),
    )
    .map(([i, related]) => (doc) => ({
      ...doc,
      events: mapAt(doc.events, i, (e) => ({
        ...e,
        related: related.map(([event, relation]) => ({ event, relation })),
      })),
    })),
  fc.tuple(at, fc.constantFrom('colour', 'summary')).map(([i, field]) => (doc) => ({
    ...doc,
    events: mapAt(doc.events, i, (e) => ({ ...e, [field]: 'blue' })),
  })),
  at.map((i) => (doc: Doc) => ({ ...doc, events: without(doc.events, i) })),
  fc.tuple(at, at).map(([i, from]) => (doc: Doc) => {
    const copy = doc.events.length
      ? { ...doc.events[from % doc.events.length] }
      : baseDocument().events[0]!;
    const events = [...doc.events];
    events.splice(i % (events.length + 1), 0, copy);
    return { ...doc, events };
  }),
  fc.tuple(at, at).map(([from, to]) => (doc: Doc) => {
    if (doc.events.length === 0) return doc;
    const events = [...doc.events];
    const [moved] = events.splice(from % events.length, 1);
    events.splice(to % (events.length + 1), 0, moved!);
    return { ...doc, events };
  }),
  fc
    .tuple(at, fc.constantFrom(TEXT, 'Both sides promised aid.', undefined))
    .map(([i, text]) => (doc) => ({
      ...doc,
      sources: mapAt(doc.sources, i, (s) => {
        const { text: _text, ...rest } = s;
        return text === undefined ? rest : { ...rest, text };
      }),
    })),
  fc
    .tuple(at, fc.constantFrom('report', 'dispatch', 'Bad Id', ''))
    .map(([i, id]) => (doc) => ({ ...doc, sources: mapAt(doc.sources, i, (s) => ({ ...s, id })) })),
  at.map((i) => (doc: Doc) => ({ ...doc, sources: without(doc.sources, i) })),
  fc
    .tuple(at, fc.option(ACTOR), fc.constantFrom('state', 'person', 'planet'))
    .map(([i, memberOf, kind]) => (doc) => ({
      ...doc,
      actors: mapAt(doc.actors, i, (a) => {
        const { memberOf: _m, ...rest } = a;
        return memberOf === null ? { ...rest, kind } : { ...rest, kind, memberOf };
      }),
    })),
  fc
    .tuple(at, ACTOR)
    .map(([i, id]) => (doc) => ({ ...doc, actors: mapAt(doc.actors, i, (a) => ({ ...a, id })) })),
  at.map((i) => (doc: Doc) => ({ ...doc, actors: without(doc.actors, i) })),
  ACTOR.map((id) => (doc: Doc) => ({
    ...doc,
    actors: [...doc.actors, { id, name: id, kind: 'organization' }],
  })),
];

describe('validation with a cache of event checks', () => {
  it('finds what a fresh validation finds after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(...edits), { minLength: 1, maxLength: 25 }), (sequence) => {
        const cache = new EventCheckCache();
        let doc = baseDocument();
        validateStore(doc, cache);
        for (const edit of sequence) {
          doc = edit(doc);
          const cached = validateStore(doc, cache);
          const fresh = validateStore(structuredClone(doc));
          expect(cached).toEqual(fresh);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('checks again only the events that changed', () => {
    const cache = new EventCheckCache();
    const doc = baseDocument();
    validateStore(doc, cache);
    const kept = doc.events.map((e) => cache.get(e));
    const edited = { ...doc, events: mapAt(doc.events, 2, (e) => ({ ...e, start: '2024-13' })) };
    const result = validateStore(edited, cache);
    expect(result.problems.map((p) => p.path)).toContain('events[2].start');
    // The other events' checks are the very ones kept from the first validation.
    expect(edited.events.map((e) => cache.get(e) === kept[edited.events.indexOf(e)])).toEqual([
      true,
      true,
      false,
      true,
      true,
    ]);
  });
});
