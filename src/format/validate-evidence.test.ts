import { describe, expect, it } from 'vitest';
import { describeProblem, shortenValue } from './problems';
import { type ValidationResult, startValidation, validateStore } from './validate-store';

/*
 * The evidence fields (event-store-format.md, "Evidence fields"): a bad value costs that
 * field, that related entry, or (a bad stance) that excerpt, never the item; each test
 * checks the exact problems, so a rule that reports twice or drops too much fails.
 */

const TEXT = 'El tratado fue firmado el miércoles. Otros dicen que no fue firmado.';

const source = (patch: object = {}) => ({
  id: 'report',
  title: 'A news report',
  language: 'es',
  url: 'https://example.org/report',
  text: TEXT,
  ...patch,
});

const event = (patch: object = {}) => ({
  id: 'treaty',
  title: 'A treaty is signed',
  start: '2024-06-19',
  actors: ['russia'],
  excerpts: [{ source: 'report', quote: 'El tratado fue firmado' }],
  ...patch,
});

const store = (patch: object = {}) => ({
  format: 'sourceline/1',
  title: 'Test store',
  language: 'en',
  sources: [source()],
  actors: [{ id: 'russia', name: 'Russia', kind: 'state' }],
  events: [event()],
  ...patch,
});

function check(data: unknown) {
  const result: ValidationResult = validateStore(data);
  if (!result.ok) throw new Error(`refused: ${result.problems.map(describeProblem).join('\n')}`);
  return result;
}

const problemsOf = (result: ReturnType<typeof check>) =>
  result.problems.map((p) => [p.severity, p.path, p.message, p.value, p.expected]);

const GOOD_SOURCE = {
  archiveUrl: 'https://web.archive.org/web/2024/https://example.org/report',
  accessed: '2024-06-20',
  reliability: 'B',
  locatorLabel: 'page',
};

describe('good evidence values', () => {
  it('are kept exactly as written, with no problem', () => {
    const related = [{ event: 'visit', relation: 'part-of' }];
    const excerpts = [
      { source: 'report', quote: 'El tratado fue firmado', stance: 'supports', locator: '3' },
      { source: 'report', quote: 'no fue firmado', stance: 'disputes' },
    ];
    const result = check(
      store({
        sources: [source(GOOD_SOURCE)],
        events: [
          event({ status: 'disputed', statusNote: 'Two accounts.', related, excerpts }),
          event({
            id: 'visit',
            status: 'confirmed',
            related: [{ event: 'treaty', relation: 'see-also' }],
          }),
        ],
      }),
    );
    expect(result.problems).toEqual([]);
    expect(result.store.sources[0]).toMatchObject(GOOD_SOURCE);
    expect(result.store.events[0]).toMatchObject({
      status: 'disputed',
      statusNote: 'Two accounts.',
      related,
      excerpts,
    });
  });

  it('every status, grade, stance and relation is accepted', () => {
    const statuses = ['confirmed', 'reported', 'disputed', 'refuted'];
    const relations = ['causes', 'responds-to', 'part-of', 'see-also'];
    const events = statuses.map((status, i) =>
      event({
        id: `e${i}`,
        status,
        related: [{ event: `e${(i + 1) % 4}`, relation: relations[i] }],
      }),
    );
    const sources = ['A', 'B', 'C', 'D', 'E', 'F'].map((reliability, i) =>
      source({ id: `s${i}`, reliability }),
    );
    const result = check(store({ sources: [source(), ...sources], events }));
    expect(result.problems.filter((p) => !p.path.startsWith('sources['))).toEqual([]);
    expect(result.store.events.map((e) => e.status)).toEqual(statuses);
    expect(result.store.sources.map((s) => s.reliability)).toEqual([
      undefined,
      'A',
      'B',
      'C',
      'D',
      'E',
      'F',
    ]);
  });

  it('a store without them is unchanged: no field is added', () => {
    const data = store();
    const result = check(data);
    expect(result.problems).toEqual([]);
    const { when: _when, ...kept } = result.store.events[0]!;
    expect(kept).toEqual(data.events[0]);
    expect(result.store.sources[0]).toEqual(data.sources[0]);
  });
});

describe('a bad source field is left out, the source kept', () => {
  it.each([
    ['archiveUrl', 'javascript:alert(1)', 'invalid value', 'an absolute http:// or https:// URL'],
    ['archiveUrl', 'ftp://example.org/x', 'invalid value', 'an absolute http:// or https:// URL'],
    ['archiveUrl', 3, 'wrong type (a number)', 'an absolute http:// or https:// URL'],
    ['accessed', '2024-02-30', 'invalid value', 'a date'],
    ['accessed', 'yesterday', 'invalid value', 'a date'],
    [
      'reliability',
      'G',
      'invalid value',
      'one of "A", "B", "C", "D", "E", "F" (the Admiralty scale)',
    ],
    [
      'reliability',
      'a',
      'invalid value',
      'one of "A", "B", "C", "D", "E", "F" (the Admiralty scale)',
    ],
    ['locatorLabel', 12, 'wrong type (a number)', 'what a locator counts'],
  ])('%s = %j', (field, value, message, expected) => {
    const result = check(
      store({
        sources: [source({ [field]: value, reliability: field === 'reliability' ? value : 'C' })],
      }),
    );
    expect(result.dropped).toEqual({ sources: 0, actors: 0, events: 0 });
    expect(result.problems).toHaveLength(1);
    const [problem] = result.problems;
    expect(problem).toMatchObject({
      severity: 'warning',
      path: `sources[0].${field}`,
      message: `${message}; the field left out`,
      value: shortenValue(value),
    });
    expect(problem!.expected).toContain(expected);
    expect(result.store.sources[0]).not.toHaveProperty(field);
    expect(result.store.sources[0]?.title).toBe('A news report');
    if (field !== 'reliability') expect(result.store.sources[0]?.reliability).toBe('C');
  });

  it('a bad evidence field beside a bad required field: both reported, the source dropped', () => {
    const result = check(store({ sources: [source({ title: '', reliability: 'Z' })], events: [] }));
    expect(result.problems.map((p) => [p.severity, p.path])).toEqual([
      ['warning', 'sources[0].reliability'],
      ['dropped', 'sources[0].title'],
      ['warning', 'actors[0]'],
    ]);
    expect(result.dropped.sources).toBe(1);
  });
});

describe('a bad event field is left out, the event kept', () => {
  it.each([
    [
      'status',
      'rumoured',
      'invalid value',
      'one of "confirmed", "reported", "disputed", "refuted"',
    ],
    [
      'status',
      'Confirmed',
      'invalid value',
      'one of "confirmed", "reported", "disputed", "refuted"',
    ],
    ['status', null, 'wrong type (null)', 'one of "confirmed", "reported", "disputed", "refuted"'],
    ['statusNote', { text: 'x' }, 'wrong type (an object)', 'a note on the status as a string'],
  ])('%s = %j', (field, value, message, expected) => {
    const result = check(
      store({
        events: [event({ [field]: value, statusNote: field === 'status' ? 'kept' : value })],
      }),
    );
    expect(result.dropped.events).toBe(0);
    expect(problemsOf(result)).toEqual([
      [
        'warning',
        `events[0].${field}`,
        `${message}; the field left out`,
        shortenValue(value),
        expected,
      ],
    ]);
    expect(result.store.events[0]).not.toHaveProperty(field);
    expect(result.store.events[0]?.title).toBe('A treaty is signed');
    if (field === 'status') expect(result.store.events[0]?.statusNote).toBe('kept');
  });
});

describe('excerpts', () => {
  it('a bad locator is left out, the excerpt kept', () => {
    const excerpts = [{ source: 'report', quote: 'El tratado fue firmado', locator: 320 }];
    const result = check(store({ events: [event({ excerpts })] }));
    expect(problemsOf(result)).toEqual([
      [
        'warning',
        'events[0].excerpts[0].locator',
        'wrong type (a number); the field left out',
        '320',
        'where the passage is, such as "320", as a string',
      ],
    ]);
    expect(result.store.events[0]?.excerpts).toEqual([
      { source: 'report', quote: 'El tratado fue firmado' },
    ]);
  });

  it('a stance that is neither value drops that excerpt only', () => {
    const excerpts = [
      { source: 'report', quote: 'no fue firmado', stance: 'neutral' },
      { source: 'report', quote: 'El tratado fue firmado', stance: 'supports' },
      { source: 'report', quote: 'no fue firmado', stance: 'disputes', nope: 1 },
    ];
    const result = check(store({ events: [event({ excerpts })] }));
    expect(problemsOf(result)).toEqual([
      [
        'warning',
        'events[0].excerpts[0].stance',
        'invalid value; the excerpt left out',
        '"neutral"',
        'one of "supports", "disputes"',
      ],
      ['warning', 'events[0].excerpts[2].nope', 'unknown field, ignored', '1', expect.any(String)],
    ]);
    expect(result.store.events[0]?.excerpts?.map((e) => e.stance)).toEqual([
      'supports',
      'disputes',
    ]);
  });

  it('an event whose only excerpt had a bad stance is kept and warned about', () => {
    const excerpts = [{ source: 'report', quote: 'El tratado fue firmado', stance: true }];
    const result = check(store({ events: [event({ excerpts })] }));
    expect(result.problems.map((p) => [p.path, p.message])).toEqual([
      ['events[0].excerpts[0].stance', 'wrong type (a boolean); the excerpt left out'],
      ['events[0].excerpts', 'the event has no excerpts: nothing shows what it rests on'],
    ]);
    expect(result.store.events[0]?.excerpts).toEqual([]);
  });

  it('the excerpt left out is not checked against its source', () => {
    const excerpts = [
      { source: 'report', quote: 'not in the text', stance: 'against' },
      { source: 'report', quote: 'El tratado fue firmado' },
    ];
    const result = check(store({ events: [event({ excerpts })] }));
    expect(result.dropped.events).toBe(0);
    expect(result.problems.map((p) => p.path)).toEqual(['events[0].excerpts[0].stance']);
  });
});

describe('related', () => {
  const two = (related: unknown, patch: object = {}) =>
    store({ events: [event({ related, ...patch }), event({ id: 'visit' })] });

  it('an unknown relation, a bad id or a non-object leaves that entry out', () => {
    const related = [
      { event: 'visit', relation: 'caused' },
      { event: 'Visit', relation: 'causes' },
      'visit',
      { relation: 'causes' },
      { event: 'visit', relation: 'causes' },
    ];
    const result = check(two(related));
    expect(result.problems.map((p) => [p.severity, p.path, p.message, p.value])).toEqual([
      ['warning', 'events[0].related[0].relation', 'invalid value; the entry left out', '"caused"'],
      ['warning', 'events[0].related[1].event', 'invalid value; the entry left out', '"Visit"'],
      ['warning', 'events[0].related[2]', 'invalid value; the entry left out', '"visit"'],
      [
        'warning',
        'events[0].related[3].event',
        'required field missing; the entry left out',
        undefined,
      ],
    ]);
    expect(result.problems[0]?.expected).toBe(
      'one of "causes", "responds-to", "part-of", "see-also"',
    );
    expect(result.store.events[0]?.related).toEqual([{ event: 'visit', relation: 'causes' }]);
    expect(result.dropped.events).toBe(0);
  });

  it('related that is not a list is left out', () => {
    const result = check(two({ event: 'visit', relation: 'causes' }));
    expect(result.problems.map((p) => [p.path, p.message])).toEqual([
      ['events[0].related', 'an object, not a list; the field left out'],
    ]);
    expect(result.store.events[0]).not.toHaveProperty('related');
  });

  it('a link to the event itself is left out', () => {
    const result = check(
      two([
        { event: 'treaty', relation: 'see-also' },
        { event: 'visit', relation: 'causes' },
      ]),
    );
    expect(problemsOf(result)).toEqual([
      [
        'warning',
        'events[0].related[0].event',
        'the event itself; the entry left out',
        '"treaty"',
        'the id of another event in this store',
      ],
    ]);
    expect(result.store.events[0]?.related).toEqual([{ event: 'visit', relation: 'causes' }]);
  });

  it('a link to an unknown or dropped event is left out, wherever the event is in the list', () => {
    const related = [
      { event: 'nowhere', relation: 'causes' },
      { event: 'broken', relation: 'see-also' },
      { event: 'later', relation: 'responds-to' },
    ];
    const result = check(
      store({
        events: [
          event({ related }),
          event({ id: 'broken', start: 'soon' }),
          event({ id: 'later', start: '2025' }),
        ],
      }),
    );
    expect(result.problems.map((p) => [p.severity, p.path, p.message])).toEqual([
      ['dropped', 'events[1].start', 'invalid value; the event dropped'],
      [
        'warning',
        'events[0].related[1].event',
        'refers to an event that was dropped; the entry left out',
      ],
      ['warning', 'events[0].related[0].event', 'unknown event; the entry left out'],
    ]);
    expect(result.store.events[0]?.related).toEqual([{ event: 'later', relation: 'responds-to' }]);
  });

  it('a cycle of part-of is reported and broken at the link that closes it', () => {
    const partOf = (target: string) => [{ event: target, relation: 'part-of' }];
    const result = check(
      store({
        events: [
          event({ id: 'a', related: partOf('b') }),
          event({ id: 'b', related: [...partOf('c'), { event: 'a', relation: 'see-also' }] }),
          event({ id: 'c', related: partOf('a') }),
          event({ id: 'd', related: partOf('a') }),
        ],
      }),
    );
    expect(problemsOf(result)).toEqual([
      [
        'warning',
        'events[2].related[0].event',
        'part-of forms a cycle; the entry left out',
        '"a"',
        'a chain of part-of that ends at an event part of no other',
      ],
    ]);
    const related = Object.fromEntries(result.store.events.map((e) => [e.id, e.related]));
    expect(related).toEqual({
      a: partOf('b'),
      b: [...partOf('c'), { event: 'a', relation: 'see-also' }],
      c: [],
      d: partOf('a'),
    });
  });

  it('a very long chain of part-of is checked without overflowing the stack', () => {
    const n = 20_000;
    const events = Array.from({ length: n }, (_, i) =>
      event({ id: `e${i}`, related: [{ event: `e${(i + 1) % n}`, relation: 'part-of' }] }),
    );
    const result = check(store({ events }));
    expect(result.problems.map((p) => p.path)).toEqual([`events[${n - 1}].related[0].event`]);
  });

  it('in batches, links to events of a later batch are kept', () => {
    const data = store({
      events: [
        event({
          related: [
            { event: 'visit', relation: 'causes' },
            { event: 'ghost', relation: 'causes' },
          ],
        }),
        event({ id: 'visit' }),
      ],
    });
    const started = startValidation(data);
    if (!started.ok) throw new Error('refused');
    const first = started.addEvents(data.events.slice(0, 1));
    started.addEvents(data.events.slice(1));
    const totals = started.finish();
    expect(totals.problems.map((p) => p.path)).toEqual(['events[0].related[1].event']);
    expect(first[0]?.related).toEqual([{ event: 'visit', relation: 'causes' }]);
  });
});
