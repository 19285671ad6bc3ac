import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../format/problems';
import { validateStore } from '../../../format/validate-store';
import type { DraftDocument, DraftEvent } from './draft-document';
import { DraftChecker } from './draft-checker';
import { type DraftCheck, fileByItem } from './field-problems';

/*
 * What the draft checker shows after a change, checked again only where the change can
 * matter, must be what the validator says of the whole draft, fresh (no cache, a deep copy):
 * problems made and cleared within an event, and across events (duplicate ids, links to
 * events, part-of cycles, actors no event names). Edits are made as the draft store makes
 * them: a new object for what changed, the same objects elsewhere.
 */

type Json = Record<string, unknown>;
type Doc = DraftDocument;

const TEXT = 'The treaty was signed in June. Both sides promised aid. Talks ended late.';
const QUOTE = 'The treaty was signed in June.';

function event(id: string, month: number, extra: Json = {}): DraftEvent {
  return {
    id,
    title: `Event ${id}`,
    start: `2024-0${month}`,
    actors: [month % 2 ? 'north' : 'south'],
    excerpts: [{ source: 'report', quote: QUOTE }],
    ...extra,
  } as unknown as DraftEvent;
}

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
      { id: 'envoy', name: 'Envoy', kind: 'person' },
    ],
    events: [
      event('a', 1),
      event('b', 2, { related: [{ event: 'a', relation: 'part-of' }] }),
      event('c', 3, { related: [{ event: 'b', relation: 'part-of' }] }),
      event('d', 4, { related: [{ event: 'x', relation: 'causes' }] }),
      event('e', 5, { actors: ['minister'] }),
      event('f', 6),
    ],
  };
}

/** The whole draft, validated fresh, filed by item as the checker files it. */
function wholeCheck(doc: Doc): Record<string, readonly Problem[]> {
  const result = validateStore(structuredClone(doc));
  return Object.fromEntries(
    [...fileByItem(result.problems)].sort(([a], [b]) => a.localeCompare(b)),
  );
}

function shown(check: DraftCheck): Record<string, readonly Problem[]> {
  return Object.fromEntries([...check.byItem].sort(([a], [b]) => a.localeCompare(b)));
}

const withEvent = (doc: Doc, index: number, change: (event: Json) => Json): Doc => ({
  ...doc,
  events: doc.events.map((e, k) =>
    k === index ? (change(e as unknown as Json) as unknown as DraftEvent) : e,
  ),
});

/** A checker that checks apart even in a small draft (by default a small draft is checked whole). */
const partChecker = () => new DraftChecker(() => Number.POSITIVE_INFINITY);

describe('DraftChecker', () => {
  it('checks the first draft whole, then an edited event apart, as the whole validator', () => {
    const checker = partChecker();
    let doc = baseDocument();
    expect(shown(checker.check(doc))).toEqual(wholeCheck(doc));
    doc = withEvent(doc, 0, (e) => ({ ...e, start: '2024-13' }));
    const check = checker.check(doc);
    expect(check.byItem.get('events[0]')?.map((p) => p.path)).toContain('events[0].start');
    expect(shown(check)).toEqual(wholeCheck(doc));
    expect(checker.counts).toEqual({ whole: 1, header: 0, events: 1 });
  });

  it('follows a duplicate id made and cleared, on the later event and back', () => {
    const checker = partChecker();
    let doc = baseDocument();
    checker.check(doc);
    // The first event takes the last one's id: the last one is now the duplicate.
    doc = withEvent(doc, 0, (e) => ({ ...e, id: 'f' }));
    let check = checker.check(doc);
    expect(check.byItem.get('events[5]')?.[0]).toMatchObject({
      path: 'events[5].id',
      message: 'duplicate id; this later event dropped',
    });
    expect(shown(check)).toEqual(wholeCheck(doc));
    // The first one's date breaks: it is dropped, so the last one keeps the id again.
    doc = withEvent(doc, 0, (e) => ({ ...e, start: 'soon' }));
    check = checker.check(doc);
    expect(check.byItem.get('events[5]')).toBeUndefined();
    expect(shown(check)).toEqual(wholeCheck(doc));
    // Back to its own id: the events linked to `a` find it again.
    doc = withEvent(doc, 0, (e) => ({ ...e, id: 'a', start: '2024-01' }));
    expect(shown(checker.check(doc))).toEqual(wholeCheck(doc));
    expect(checker.counts.whole).toBe(1);
  });

  it('follows a link broken and mended by an edit to the event it names', () => {
    const checker = partChecker();
    let doc = baseDocument();
    checker.check(doc);
    // `b` is dropped (its end before its start): `c`'s part-of link now names a dropped event.
    doc = withEvent(doc, 1, (e) => ({ ...e, end: '2023' }));
    let check = checker.check(doc);
    expect(check.byItem.get('events[2]')).toEqual([
      expect.objectContaining({
        path: 'events[2].related[0].event',
        message: 'refers to an event that was dropped; the entry left out',
      }),
    ]);
    expect(shown(check)).toEqual(wholeCheck(doc));
    // `d` links to `x`, which no event declares; `f` becomes `x`.
    doc = withEvent(doc, 5, (e) => ({ ...e, id: 'x' }));
    check = checker.check(doc);
    expect(check.byItem.get('events[3]')).toBeUndefined();
    expect(shown(check)).toEqual(wholeCheck(doc));
    doc = withEvent(doc, 1, (e) => ({ ...e, end: undefined }));
    expect(shown(checker.check(doc))).toEqual(wholeCheck(doc));
    expect(checker.counts.whole).toBe(1);
  });

  it('follows a part-of cycle closed and opened far from the event that closes it', () => {
    const checker = partChecker();
    let doc = baseDocument();
    checker.check(doc);
    doc = withEvent(doc, 0, (e) => ({ ...e, related: [{ event: 'c', relation: 'part-of' }] }));
    const check = checker.check(doc);
    expect(JSON.stringify(shown(check))).toContain('part-of forms a cycle');
    expect(shown(check)).toEqual(wholeCheck(doc));
    doc = withEvent(doc, 0, (e) => ({ ...e, related: [] }));
    expect(shown(checker.check(doc))).toEqual(wholeCheck(doc));
  });

  it('follows the warning about an actor no event names, as events take it or drop it', () => {
    const checker = partChecker();
    let doc = baseDocument();
    expect(checker.check(doc).byItem.get('actors[3]')).toEqual([
      expect.objectContaining({ message: 'the actor takes part in no event' }),
    ]);
    doc = withEvent(doc, 5, (e) => ({ ...e, actors: ['envoy'] }));
    let check = checker.check(doc);
    expect(check.byItem.get('actors[3]')).toBeUndefined();
    expect(shown(check)).toEqual(wholeCheck(doc));
    // `e` alone names the minister (and through it, north is used anyway).
    doc = withEvent(doc, 4, (e) => ({ ...e, start: '' }));
    check = checker.check(doc);
    expect(check.byItem.get('actors[2]')?.map((p) => p.message)).toEqual([
      'the actor takes part in no event',
    ]);
    expect(shown(check)).toEqual(wholeCheck(doc));
  });

  it('checks the store’s own fields without its events', () => {
    const checker = partChecker();
    let doc = baseDocument();
    checker.check(doc);
    doc = { ...doc, title: '', language: 'not a tag!' };
    const check = checker.check(doc);
    expect(check.byItem.get('$')?.map((p) => p.path)).toEqual(['title', 'language']);
    expect(shown(check)).toEqual(wholeCheck(doc));
    expect(checker.counts).toEqual({ whole: 1, header: 1, events: 0 });
  });

  it('checks apart, by default too, an event tied to few others', () => {
    const checker = new DraftChecker();
    let doc = baseDocument();
    checker.check(doc);
    doc = withEvent(doc, 5, (e) => ({ ...e, title: '' }));
    expect(shown(checker.check(doc))).toEqual(wholeCheck(doc));
    expect(checker.counts).toEqual({ whole: 1, header: 0, events: 1 });
  });
});

// Random edits, as the editor makes them or as a store opened for editing may hold them.
const ID = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'x', 'Not A Slug');
const ACTOR = fc.constantFrom('north', 'south', 'minister', 'envoy', 'nobody');
const SOURCE = fc.constantFrom('report', 'dispatch', 'missing');
const QUOTES = fc.constantFrom(QUOTE, 'Talks  ended\nlate.', 'Not in the text.');
const DATE = fc.constantFrom('2024', '2024-06-19', '2023-01', '2024-13', '', 'soon');
const RELATION = fc.constantFrom('part-of', 'causes', 'sideways');
const at = fc.nat(20);

type Edit = (doc: Doc) => Doc;
const onEvent = (change: fc.Arbitrary<(e: Json) => Json>): fc.Arbitrary<Edit> =>
  fc.tuple(at, change).map(
    ([i, f]) =>
      (doc) =>
        withEvent(doc, i % doc.events.length, f),
  );

const eventEdits: fc.Arbitrary<Edit>[] = [
  onEvent(fc.constantFrom('', 'A title', 'x'.repeat(201)).map((title) => (e) => ({ ...e, title }))),
  onEvent(
    fc.tuple(DATE, fc.option(DATE)).map(([start, end]) => (e) => {
      const { end: _end, ...rest } = e;
      return end === null ? { ...rest, start } : { ...rest, start, end };
    }),
  ),
  onEvent(ID.map((id) => (e) => ({ ...e, id }))),
  onEvent(fc.array(ACTOR, { maxLength: 3 }).map((actors) => (e) => ({ ...e, actors }))),
  onEvent(
    fc.array(fc.tuple(SOURCE, QUOTES), { maxLength: 2 }).map((excerpts) => (e) => ({
      ...e,
      excerpts: excerpts.map(([source, quote]) => ({ source, quote })),
    })),
  ),
  onEvent(
    fc.array(fc.tuple(ID, RELATION), { maxLength: 2 }).map((related) => (e) => ({
      ...e,
      related: related.map(([target, relation]) => ({ event: target, relation })),
    })),
  ),
  onEvent(fc.constantFrom('colour', 'summary').map((field) => (e) => ({ ...e, [field]: 'blue' }))),
];

const otherEdits: fc.Arbitrary<Edit>[] = [
  fc.constantFrom('', 'A store').map((title) => (doc: Doc) => ({ ...doc, title })),
  fc.constantFrom('en', 'es', '??').map((language) => (doc: Doc) => ({ ...doc, language })),
  // Whole checks: events inserted or removed, actors changed.
  at.map((i) => (doc: Doc) => ({
    ...doc,
    events:
      doc.events.length > 1 ? doc.events.filter((_, k) => k !== i % doc.events.length) : doc.events,
  })),
  fc.tuple(at, ID).map(([i, id]) => (doc: Doc) => {
    const events = [...doc.events];
    events.splice(i % (events.length + 1), 0, event(id, 7));
    return { ...doc, events };
  }),
  ACTOR.map((id) => (doc: Doc) => ({
    ...doc,
    actors: [...doc.actors, { id, name: id, kind: 'organization' }],
  })),
];

describe('DraftChecker after any sequence of edits', () => {
  it('shows what the whole validator finds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(...eventEdits, ...eventEdits, ...otherEdits), {
          minLength: 1,
          maxLength: 20,
        }),
        (sequence) => {
          const checker = partChecker();
          let doc = baseDocument();
          checker.check(doc);
          for (const edit of sequence) {
            doc = edit(doc);
            expect(shown(checker.check(doc))).toEqual(wholeCheck(doc));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('checks apart, not whole, when only events changed in place', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(...eventEdits), { minLength: 1, maxLength: 10 }),
        (sequence) => {
          const checker = partChecker();
          let doc = baseDocument();
          checker.check(doc);
          for (const edit of sequence) {
            doc = edit(doc);
            checker.check(doc);
          }
          expect(checker.counts.whole).toBe(1);
        },
      ),
      { numRuns: 50 },
    );
  });
});
