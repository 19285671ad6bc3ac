import { describe, expect, it } from 'vitest';
import defaultStore from '../../public/data/events.json';
import { DATE_EXPECTED } from './dates';
import { describeProblem } from './problems';
import { SLUG_EXPECTED } from './schema';
import {
  MAX_STORE_BYTES,
  type ValidationResult,
  startValidation,
  validateStore,
  validateStoreText,
} from './validate-store';

/*
 * Fixtures: one small valid store; each test adds or changes one thing and checks the exact
 * list of problems, so a rule that reports twice, or reports noise, fails too.
 */

const TEXT =
  'Este  miércoles, los líderes de Corea del Norte y Rusia\nfirmaron un acuerdo. ' +
  'Kim anunció la firma de una “asociación estratégica integral” con elementos defensivos.';

const source = (patch: object = {}) => ({
  id: 'report',
  title: 'A news report',
  language: 'es',
  text: TEXT,
  ...patch,
});

const event = (patch: object = {}) => ({
  id: 'treaty-signed',
  title: 'Putin and Kim sign a partnership',
  start: '2024-06-19',
  actors: ['vladimir-putin'],
  excerpts: [{ source: 'report', quote: 'una “asociación estratégica integral”' }],
  ...patch,
});

/** A clean store: Russia is named by no event, but its member Putin is (roll-up). */
const store = (patch: object = {}) => ({
  $schema: '/schema/sourceline-1.schema.json',
  format: 'sourceline/1',
  title: 'Test store',
  language: 'en',
  sources: [source()],
  actors: [
    { id: 'russia', name: 'Russia', kind: 'state', color: '#8b1a1a' },
    { id: 'vladimir-putin', name: 'Vladimir Putin', kind: 'person', memberOf: 'russia' },
  ],
  events: [event()],
  ...patch,
});

/** The clean store plus one more event, the one under test. */
const withEvent = (patch: object) =>
  store({ events: [event(), event({ id: 'second', ...patch })] });

function accepted(result: ValidationResult) {
  if (!result.ok) throw new Error(`refused: ${result.problems.map(describeProblem).join('\n')}`);
  return result;
}

const check = (data: unknown) => accepted(validateStore(data));

describe('a valid store', () => {
  it('is accepted with no problems', () => {
    const result = check(store());
    expect(result.problems).toEqual([]);
    expect(result.dropped).toEqual({ sources: 0, actors: 0, events: 0 });
    expect(result.warnings).toBe(0);
    expect(result.store.title).toBe('Test store');
    expect(result.store.language).toBe('en');
    expect(result.store.sources.map((s) => s.id)).toEqual(['report']);
    expect(result.store.actors.map((a) => a.id)).toEqual(['russia', 'vladimir-putin']);
    expect(result.store.events.map((e) => e.id)).toEqual(['treaty-signed']);
  });

  it('parses each event’s dates once, keeping their precision', () => {
    const result = check(
      store({ events: [event({ start: '2023-09', end: '2024', approximate: true })] }),
    );
    expect(result.problems).toEqual([]);
    const [only] = result.store.events;
    expect(only?.when.start.precision).toBe('month');
    expect(only?.when.end?.precision).toBe('year');
    expect(only?.when.end?.end).toBe(Date.UTC(2025, 0, 1));
  });

  it('accepts every optional field', () => {
    const result = check(
      store({
        description: 'About the store.',
        sources: [
          source({
            publisher: 'A paper',
            published: '2024-06-19',
            url: 'https://example.org/a?b=c',
          }),
        ],
        events: [
          event({
            end: '2024-06-20T18:00+09:00',
            dateNote: 'From the text.',
            summary: 'One.\n\nTwo.',
            tags: ['treaty'],
            place: { name: 'Pyongyang', lat: 39.02, lon: 125.75 },
            excerpts: [{ source: 'report', quote: 'Kim anunció', translation: 'Kim announced' }],
          }),
        ],
      }),
    );
    expect(result.problems).toEqual([]);
    expect(result.store.description).toBe('About the store.');
  });

  it('accepts the extremes of each range', () => {
    const result = check(
      withEvent({ title: 'x'.repeat(200), place: { name: 'Pole', lat: -90, lon: 180 } }),
    );
    expect(result.problems).toEqual([]);
  });

  it('includes the app’s default store, which must load clean', () => {
    const result = check(defaultStore);
    expect(result.problems.map(describeProblem)).toEqual([]);
    expect(result.store.events).toHaveLength(18);
  });
});

describe('items dropped', () => {
  it('an event with a required field missing', () => {
    const result = check(
      store({ events: [event(), { id: 'second', start: '2024', actors: ['russia'] }] }),
    );
    expect(result.problems).toEqual([
      {
        severity: 'dropped',
        path: 'events[1].title',
        message: 'required field missing; the event dropped',
        expected: 'a title as a non-empty string',
      },
    ]);
    expect(result.dropped).toEqual({ sources: 0, actors: 0, events: 1 });
    expect(result.store.events.map((e) => e.id)).toEqual(['treaty-signed']);
  });

  it('an actor with a required enum missing is told it is missing', () => {
    const result = check(store({ actors: [...store().actors, { id: 'china', name: 'China' }] }));
    expect(result.problems).toEqual([
      {
        severity: 'dropped',
        path: 'actors[2].kind',
        message: 'required field missing; the actor dropped',
        expected: 'one of "state", "person", "organization", "other"',
      },
    ]);
    expect(result.dropped.actors).toBe(1);
  });

  it('an actor of kind "other" (a group an import made) is kept', () => {
    const group = { id: 'economy', name: 'Economy', kind: 'other' };
    const result = check(
      store({
        actors: [...store().actors, group],
        events: [event(), event({ id: 'second', actors: ['economy'] })],
      }),
    );
    expect(result.problems).toEqual([]);
    expect(result.store.actors).toContainEqual(group);
  });

  it('a source with a required field missing', () => {
    const result = check(store({ sources: [source(), { id: 'other', title: 'Other' }] }));
    expect(result.problems).toEqual([
      {
        severity: 'dropped',
        path: 'sources[1].language',
        message: 'required field missing; the source dropped',
        expected: 'a BCP 47 language tag, such as "en", "es" or "pt-BR"',
      },
    ]);
    expect(result.dropped.sources).toBe(1);
  });

  it('a language tag of any form BCP 47 has, and nothing else', () => {
    for (const language of ['en', 'pt-BR', 'zh-Hant-TW', 'x-klingon', 'i-klingon', 'es-419'])
      expect(check(store({ language })).problems, language).toEqual([]);
    for (const language of ['e', 'x', 'english', 'en_GB', 'en-', '-en', 'x-'])
      expect(check(store({ language })).problems.length, language).toBeGreaterThan(0);
  });

  it('a field of the wrong type', () => {
    expect(check(withEvent({ start: 2024 })).problems).toEqual([
      {
        severity: 'dropped',
        path: 'events[1].start',
        message: 'wrong type (a number); the event dropped',
        value: '2024',
        expected: DATE_EXPECTED,
      },
    ]);
    expect(check(withEvent({ approximate: 'yes' })).problems).toEqual([
      {
        severity: 'dropped',
        path: 'events[1].approximate',
        message: 'wrong type (a string); the event dropped',
        value: '"yes"',
        expected: 'true or false',
      },
    ]);
    expect(check(withEvent({ actors: 'russia' })).problems).toEqual([
      {
        severity: 'dropped',
        path: 'events[1].actors',
        message: 'wrong type (a string); the event dropped',
        value: '"russia"',
        expected: 'a list of actor ids',
      },
    ]);
  });

  it('an item that is not an object', () => {
    const result = check(store({ events: [event(), 'oops'] }));
    expect(result.problems).toEqual([
      {
        severity: 'dropped',
        path: 'events[1]',
        message: 'the event is a string, not an object',
        value: '"oops"',
        expected: 'an object describing the event',
      },
    ]);
  });

  it('an event with no actors', () => {
    expect(check(withEvent({ actors: [] })).problems).toEqual([
      {
        severity: 'dropped',
        path: 'events[1].actors',
        message: 'invalid value; the event dropped',
        value: '[]',
        expected: 'at least one actor id',
      },
    ]);
  });

  it.each([['Second_Event'], ['second--event'], ['-second'], ['Second']])(
    'an invalid slug id: %s',
    (id) => {
      expect(check(withEvent({ id })).problems).toEqual([
        {
          severity: 'dropped',
          path: 'events[1].id',
          message: 'invalid value; the event dropped',
          value: JSON.stringify(id),
          expected: SLUG_EXPECTED,
        },
      ]);
    },
  );

  it('an id over 80 characters is one problem, not one per failed check', () => {
    const problems = check(withEvent({ id: `${'a'.repeat(81)}_` })).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: 'events[1].id', expected: SLUG_EXPECTED });
  });

  it.each([['2023-02-30'], ['2023-13']])('a date not on the calendar: %s', (start) => {
    expect(check(withEvent({ start })).problems).toEqual([
      {
        severity: 'dropped',
        path: 'events[1].start',
        message: 'invalid value; the event dropped',
        value: JSON.stringify(start),
        expected: `${DATE_EXPECTED}, on the calendar`,
      },
    ]);
  });

  it('a date of the wrong shape is one problem', () => {
    expect(check(withEvent({ end: '19 June 2024' })).problems).toEqual([
      {
        severity: 'dropped',
        path: 'events[1].end',
        message: 'invalid value; the event dropped',
        value: '"19 June 2024"',
        expected: DATE_EXPECTED,
      },
    ]);
  });

  it('a source with an invalid published date', () => {
    const result = check(
      store({ sources: [source(), source({ id: 'other', published: '2024-02-30' })] }),
    );
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'dropped', path: 'sources[1].published' }),
    ]);
  });

  it('a duplicate source id: the later source is dropped', () => {
    const result = check(store({ sources: [source(), source({ title: 'The copy' })] }));
    expect(result.problems).toEqual([
      {
        severity: 'dropped',
        path: 'sources[1].id',
        message: 'duplicate id; this later source dropped',
        value: '"report"',
        expected: 'an id unique among sources',
      },
    ]);
    expect(result.store.sources.map((s) => s.title)).toEqual(['A news report']);
    expect(result.dropped.sources).toBe(1);
  });

  it('a duplicate actor id: the later actor is dropped', () => {
    const actors = [...store().actors, { id: 'russia', name: 'Russia again', kind: 'state' }];
    const result = check(store({ actors }));
    expect(result.problems).toEqual([
      {
        severity: 'dropped',
        path: 'actors[2].id',
        message: 'duplicate id; this later actor dropped',
        value: '"russia"',
        expected: 'an id unique among actors',
      },
    ]);
    expect(result.store.actors.map((a) => a.name)).toEqual(['Russia', 'Vladimir Putin']);
  });

  it('a duplicate event id: the later event is dropped', () => {
    const result = check(store({ events: [event(), event({ title: 'The copy' })] }));
    expect(result.problems).toEqual([
      {
        severity: 'dropped',
        path: 'events[1].id',
        message: 'duplicate id; this later event dropped',
        value: '"treaty-signed"',
        expected: 'an id unique among events',
      },
    ]);
    expect(result.store.events.map((e) => e.title)).toEqual(['Putin and Kim sign a partnership']);
  });

  it('an unknown actor reference', () => {
    expect(check(withEvent({ actors: ['vladimir-putin', 'nobody'] })).problems).toEqual([
      {
        severity: 'dropped',
        path: 'events[1].actors[1]',
        message: 'unknown actor; the event dropped',
        value: '"nobody"',
        expected: 'the id of an actor in this store',
      },
    ]);
  });

  it('an unknown source reference', () => {
    const result = check(withEvent({ excerpts: [{ source: 'elsewhere', quote: 'Kim' }] }));
    expect(result.problems).toEqual([
      {
        severity: 'dropped',
        path: 'events[1].excerpts[0].source',
        message: 'unknown source; the event dropped',
        value: '"elsewhere"',
        expected: 'the id of a source in this store',
      },
    ]);
  });

  it('an unknown memberOf', () => {
    const actors = [
      ...store().actors,
      { id: 'kcna', name: 'KCNA', kind: 'organization', memberOf: 'north-korea' },
    ];
    const result = check(store({ actors }));
    expect(result.problems).toEqual([
      {
        severity: 'dropped',
        path: 'actors[2].memberOf',
        message: 'unknown actor; the actor dropped',
        value: '"north-korea"',
        expected: 'the id of another actor in this store',
      },
    ]);
    expect(result.dropped.actors).toBe(1);
  });

  it('a memberOf cycle drops every actor on it, and forgets membership in them', () => {
    const actors = [
      ...store().actors,
      { id: 'a', name: 'A', kind: 'organization', memberOf: 'b' },
      { id: 'b', name: 'B', kind: 'organization', memberOf: 'a' },
      { id: 'c', name: 'C', kind: 'person', memberOf: 'c' },
      { id: 'd', name: 'D', kind: 'person', memberOf: 'a' },
    ];
    const events = [event(), event({ id: 'second', actors: ['d'] })];
    const result = check(store({ actors, events }));
    const cycle = {
      severity: 'dropped',
      message: 'memberOf forms a cycle; the actor dropped',
      expected: 'a chain of memberOf that ends at an actor without memberOf',
    };
    expect(result.problems).toEqual([
      { ...cycle, path: 'actors[2].memberOf', value: '"b"' },
      { ...cycle, path: 'actors[3].memberOf', value: '"a"' },
      { ...cycle, path: 'actors[4].memberOf', value: '"c"' },
      {
        severity: 'warning',
        path: 'actors[5].memberOf',
        message: 'refers to an actor that was dropped; membership ignored',
        value: '"a"',
        expected: 'a valid actor id',
      },
    ]);
    expect(result.dropped.actors).toBe(3);
    expect(result.store.actors.find((a) => a.id === 'd')).toEqual({
      id: 'd',
      name: 'D',
      kind: 'person',
    });
  });

  it('an end before the start', () => {
    expect(check(withEvent({ start: '2024-06-19', end: '2024-06-18' })).problems).toEqual([
      {
        severity: 'dropped',
        path: 'events[1].end',
        message: 'the end is before the start; the event dropped',
        value: '"2024-06-18"',
        expected: 'a date not before the start (2024-06-19)',
      },
    ]);
    expect(
      check(withEvent({ start: '2024-06-19T10:00Z', end: '2024-06-19T09:59Z' })).problems,
    ).toHaveLength(1);
  });

  it('says every reason an event is dropped, not only the first', () => {
    const result = check(
      withEvent({
        start: '2024-06-19',
        end: '2024-06-18',
        actors: ['ghost', 'phantom'],
        excerpts: [{ source: 'report', quote: 'Putin anunció la firma' }],
      }),
    );
    expect(result.problems.map((problem) => [problem.path, problem.message])).toEqual([
      ['events[1].end', 'the end is before the start; the event dropped'],
      ['events[1].actors[0]', 'unknown actor; the event dropped'],
      ['events[1].actors[1]', 'unknown actor; the event dropped'],
      [
        'events[1].excerpts[0].quote',
        'the quote is not in the text of source "report"; the event dropped',
      ],
    ]);
    expect(result.dropped.events).toBe(1);
  });

  it('keeps an end that is not before the start, however coarse', () => {
    for (const [start, end] of [
      ['2024-06-19', '2024-06-19'], // same day
      ['2024-06-19', '2024'], // a coarse end covers its whole period
      ['2024-03', '2024-12'], // December ends in the next year
      ['2024-12-31', '2024-12'],
      ['2024-06-19T10:00+09:00', '2024-06-19T02:00Z'], // offsets compared as instants
    ]) {
      expect(check(withEvent({ start, end })).problems, `${start} → ${end}`).toEqual([]);
    }
  });

  const notInSource = (quote: string) => ({
    severity: 'dropped',
    path: 'events[1].excerpts[0].quote',
    message: 'the quote is not in the text of source "report"; the event dropped',
    value: JSON.stringify(quote),
    expected: 'the words of the source verbatim (only runs of white space may differ)',
  });

  it('a quote that is not in the source text', () => {
    const quote = 'Putin anunció la firma';
    expect(check(withEvent({ excerpts: [{ source: 'report', quote }] })).problems).toEqual([
      notInSource(quote),
    ]);
  });

  it.each([
    ['accents', 'una “asociacion estrategica integral”'],
    ['case', 'una “Asociación estratégica integral”'],
    ['quotation marks', 'una "asociación estratégica integral"'],
  ])('a quote that differs only in %s is dropped', (_, quote) => {
    expect(check(withEvent({ excerpts: [{ source: 'report', quote }] })).problems).toEqual([
      notInSource(quote),
    ]);
  });

  it('a quote that matches once runs of white space are collapsed is kept', () => {
    for (const quote of [
      'Este miércoles, los líderes', // the source has two spaces
      'Rusia firmaron', // the source has a newline
      'Kim   anunció\n\tla firma', // the quote has extra white space
    ]) {
      const result = check(withEvent({ excerpts: [{ source: 'report', quote }] }));
      expect(result.problems, quote).toEqual([]);
      expect(result.store.events[1]?.excerpts?.[0]?.quote).toBe(quote);
    }
  });

  it('an event whose actors were all dropped', () => {
    const actors = [...store().actors, { id: 'ghost', name: '', kind: 'person' }];
    const result = check(
      store({ actors, events: [event(), event({ id: 'second', actors: ['ghost'] })] }),
    );
    expect(result.problems).toEqual([
      {
        severity: 'dropped',
        path: 'actors[2].name',
        message: 'invalid value; the actor dropped',
        value: '""',
        expected: 'a name as a non-empty string',
      },
      {
        severity: 'dropped',
        path: 'events[1].actors',
        message: 'all of its actors were dropped; the event dropped',
        value: '[…] (1 items)',
        expected: 'at least one valid actor',
      },
    ]);
    expect(result.dropped).toEqual({ sources: 0, actors: 1, events: 1 });
  });

  it('an event with only some actors dropped is kept without them (warning)', () => {
    const actors = [...store().actors, { id: 'ghost', name: '', kind: 'person' }];
    const events = [event(), event({ id: 'second', actors: ['ghost', 'vladimir-putin'] })];
    const result = check(store({ actors, events }));
    expect(result.problems.map((p) => [p.severity, p.path])).toEqual([
      ['dropped', 'actors[2].name'],
      ['warning', 'events[1].actors[0]'],
    ]);
    expect(result.store.events[1]?.actors).toEqual(['vladimir-putin']);
  });

  it.each([['javascript:alert(1)'], ['ftp://example.org/a'], ['//example.org/a'], ['http://']])(
    'a source url that is not http(s): %s',
    (url) => {
      const result = check(store({ sources: [source(), source({ id: 'other', url })] }));
      expect(result.problems).toEqual([
        {
          severity: 'dropped',
          path: 'sources[1].url',
          message: 'invalid value; the source dropped',
          value: JSON.stringify(url),
          expected: 'an absolute http:// or https:// URL',
        },
      ]);
    },
  );

  it.each([['red'], ['#fff'], ['#12345g']])('a bad colour: %s', (color) => {
    const actors = [store().actors[0], { ...store().actors[1], color }];
    expect(check(store({ actors })).problems).toEqual([
      expect.objectContaining({
        severity: 'dropped',
        path: 'actors[1].color',
        expected: 'a colour as #rrggbb',
      }),
      // The event loses its only actor with it, and then Russia takes part in nothing.
      expect.objectContaining({ severity: 'dropped', path: 'events[0].actors' }),
      expect.objectContaining({ severity: 'warning', path: 'actors[0]' }),
    ]);
  });

  it('a latitude or longitude out of range', () => {
    expect(check(withEvent({ place: { name: 'Nowhere', lat: 90.5 } })).problems).toEqual([
      {
        severity: 'dropped',
        path: 'events[1].place.lat',
        message: 'invalid value; the event dropped',
        value: '90.5',
        expected: 'a latitude, a number from -90 to 90',
      },
    ]);
    expect(check(withEvent({ place: { name: 'Nowhere', lon: -181 } })).problems).toEqual([
      expect.objectContaining({
        path: 'events[1].place.lon',
        expected: 'a longitude, a number from -180 to 180',
      }),
    ]);
  });

  it('a place with half a point: kept, with a warning that the map cannot show it', () => {
    const result = check(withEvent({ place: { name: 'Vostochny', lat: 51.88 } }));
    expect(result.dropped.events).toBe(0);
    expect(result.problems).toEqual([
      {
        severity: 'warning',
        path: 'events[1].place.lon',
        message: 'the place has a latitude and no longitude: the map cannot show it',
        expected: 'both a latitude and a longitude, or neither',
      },
    ]);
    expect(check(withEvent({ place: { name: 'Vostochny', lon: 128.33 } })).problems).toEqual([
      expect.objectContaining({ severity: 'warning', path: 'events[1].place.lat' }),
    ]);
    // A name alone is a place, not half a point.
    expect(check(withEvent({ place: { name: 'Vostochny' } })).problems).toEqual([]);
  });

  it('a title over 200 characters', () => {
    const title = 'x'.repeat(201);
    expect(check(withEvent({ title })).problems).toEqual([
      {
        severity: 'dropped',
        path: 'events[1].title',
        message: 'invalid value; the event dropped',
        value: `"${'x'.repeat(60)}…"`,
        expected: 'a title of at most 200 characters',
      },
    ]);
  });

  it('an excerpt citing a dropped source is ignored; the event is kept', () => {
    const sources = [source(), source({ id: 'other', url: 'javascript:void 0' })];
    const events = [event(), event({ id: 'second', excerpts: [{ source: 'other', quote: 'x' }] })];
    const result = check(store({ sources, events }));
    expect(result.problems.map((p) => [p.severity, p.path, p.message])).toEqual([
      ['dropped', 'sources[1].url', 'invalid value; the source dropped'],
      [
        'warning',
        'events[1].excerpts[0].source',
        'refers to a source that was dropped; excerpt ignored',
      ],
      [
        'warning',
        'events[1].excerpts',
        'the event has no excerpts: nothing shows what it rests on',
      ],
    ]);
    expect(result.store.events[1]?.excerpts).toEqual([]);
  });
});

describe('top-level fields', () => {
  it('a missing title or language is reported, and a fallback used', () => {
    const { title: _t, language: _l, ...rest } = store();
    const result = check(rest);
    expect(result.problems.map((p) => [p.severity, p.path, p.message])).toEqual([
      ['dropped', 'title', 'required field missing'],
      ['dropped', 'language', 'required field missing; "en" assumed'],
    ]);
    expect(result.store.title).toBe('Untitled store');
    expect(result.store.language).toBe('en');
  });

  it('a list that is not an array is reported and read as empty', () => {
    const result = check(store({ events: { 0: event() } }));
    expect(result.problems).toEqual([
      {
        severity: 'dropped',
        path: 'events',
        message: 'an object, not an array',
        value: '{ 0 }',
        expected: 'an array of events',
      },
      expect.objectContaining({ severity: 'warning', path: 'actors[0]' }),
      expect.objectContaining({ severity: 'warning', path: 'actors[1]' }),
    ]);
    expect(result.store.events).toEqual([]);
  });
});

describe('warnings (the item is kept)', () => {
  it('an unknown field, with a "did you mean" hint', () => {
    const result = check(withEvent({ summry: 'Typo.' }));
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      severity: 'warning',
      path: 'events[1].summry',
      message: 'unknown field, ignored',
      value: '"Typo."',
    });
    expect(result.problems[0]?.expected).toMatch(
      /^did you mean "summary"\? one of the fields id, title, start/,
    );
    expect(result.store.events).toHaveLength(2);
    expect(result.store.events[1]).not.toHaveProperty('summry');
  });

  it('unknown fields at every level, a hint only when a field is close', () => {
    const result = check(
      store({
        descripton: 'x',
        sources: [source({ Publisher: 'x' })],
        actors: [store().actors[0], { ...store().actors[1], colour: '#000000' }],
        events: [
          event({
            place: { name: 'Pyongyang', long: 125.75 },
            excerpts: [{ source: 'report', quote: 'Kim', translaton: 'Kim' }],
            notes: 'x',
          }),
        ],
      }),
    );
    expect(
      result.problems.map((p) => [p.path, p.expected.match(/^did you mean "(\w+)"/)?.[1]]),
    ).toEqual([
      ['descripton', 'description'],
      ['sources[0].Publisher', 'publisher'],
      ['actors[1].colour', 'color'],
      ['events[0].notes', undefined],
      ['events[0].place.long', 'lon'],
      ['events[0].excerpts[0].translaton', 'translation'],
    ]);
    expect(result.problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('an event without excerpts', () => {
    const { excerpts: _, ...bare } = event({ id: 'second' });
    expect(check(store({ events: [event(), bare] })).problems).toEqual([
      {
        severity: 'warning',
        path: 'events[1].excerpts',
        message: 'the event has no excerpts: nothing shows what it rests on',
        expected: 'at least one excerpt quoting a source',
      },
    ]);
    expect(check(withEvent({ excerpts: [] })).problems).toEqual([
      expect.objectContaining({ severity: 'warning', path: 'events[1].excerpts', value: '[]' }),
    ]);
  });

  it('an actor with no events', () => {
    const actors = [...store().actors, { id: 'china', name: 'China', kind: 'state' }];
    const result = check(store({ actors }));
    expect(result.problems).toEqual([
      {
        severity: 'warning',
        path: 'actors[2]',
        message: 'the actor takes part in no event',
        value: '"china"',
        expected: 'an actor that at least one event names',
      },
    ]);
    expect(result.warnings).toBe(1);
    expect(result.store.actors.map((a) => a.id)).toContain('china');
  });

  it('a state whose member (or member’s member) has events is not warned', () => {
    const actors = [
      { id: 'north-korea', name: 'North Korea', kind: 'state' },
      { id: 'party', name: 'The party', kind: 'organization', memberOf: 'north-korea' },
      { id: 'kim-jong-un', name: 'Kim Jong-un', kind: 'person', memberOf: 'party' },
    ];
    const events = [event({ actors: ['kim-jong-un'] })];
    expect(check(store({ actors, events })).problems).toEqual([]);
  });
});

describe('refused stores', () => {
  const refusal = (result: ValidationResult) => {
    expect(result.ok).toBe(false);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.severity).toBe('refused');
    return result.problems[0]!;
  };

  it('not JSON, with the line and column of the error', () => {
    const problem = refusal(validateStoreText('{\n  "format": "sourceline/1",\n  "title": }'));
    expect(problem).toEqual({
      severity: 'refused',
      path: '$',
      message: 'not JSON: syntax error at line 3, column 12 (character 42)',
      value: '"}"',
      expected: 'a JSON document',
    });
  });

  it.each([
    [[], 'an array', '[]'],
    [null, 'null', 'null'],
    ['sourceline/1', 'a string', '"sourceline/1"'],
    [42, 'a number', '42'],
  ])('a top level that is not an object: %j', (data, kind, value) => {
    expect(refusal(validateStore(data))).toEqual({
      severity: 'refused',
      path: '$',
      message: `the top level is ${kind}, not an object`,
      value,
      expected: 'an object with "format": "sourceline/1"',
    });
  });

  it('the same through validateStoreText', () => {
    expect(refusal(validateStoreText('null')).message).toBe('the top level is null, not an object');
    expect(refusal(validateStoreText('[{"format": "sourceline/1"}]')).message).toContain(
      'an array',
    );
  });

  it('format missing', () => {
    const { format: _, ...rest } = store();
    expect(refusal(validateStore(rest))).toEqual({
      severity: 'refused',
      path: 'format',
      message: 'the format is missing',
      expected: '"sourceline/1"',
    });
  });

  it('an unknown format, named in the message', () => {
    const problem = refusal(validateStore(store({ format: 'sourceline/2' })));
    expect(problem).toMatchObject({
      path: 'format',
      value: '"sourceline/2"',
      expected: '"sourceline/1"',
    });
    expect(problem.message).toContain('sourceline/2');
    expect(refusal(validateStore(store({ format: 1 }))).message).toContain('1');
  });

  it('too large, judged by the byte length given, before parsing', () => {
    const problem = refusal(validateStoreText('not even JSON', MAX_STORE_BYTES + 1));
    expect(problem.path).toBe('$');
    expect(problem.message).toMatch(/^the store is too large \(200\.0 MB\)$/);
    expect(problem.expected).toBe('at most 200.0 MB');
  });

  it('the size limit honours the promise that 100 MB loads', () => {
    expect(MAX_STORE_BYTES).toBeGreaterThanOrEqual(100 * 1024 * 1024);
    expect(validateStoreText(JSON.stringify(store()), MAX_STORE_BYTES).ok).toBe(true);
  });
});

describe('describeProblem', () => {
  it('renders path, message, value and expectation on one line', () => {
    const [problem] = check(withEvent({ start: '2023-13' })).problems;
    expect(describeProblem(problem!)).toBe(
      `events[1].start: invalid value; the event dropped (found "2023-13"); expected ${DATE_EXPECTED}, on the calendar`,
    );
  });

  it('quotes path segments that are not identifiers', () => {
    const [problem] = check(withEvent({ 'the note': 'x' })).problems;
    expect(problem?.path).toBe('events[1]["the note"]');
  });
});

describe('validation in batches (a store checked while it downloads)', () => {
  it('finds the same problems, in the same order, and keeps the same events', () => {
    const data = store({
      actors: [
        { id: 'russia', name: 'Russia', kind: 'state' },
        { id: 'vladimir-putin', name: 'Vladimir Putin', kind: 'person', memberOf: 'russia' },
        { id: 'idle', name: 'Idle', kind: 'state' },
      ],
      events: [
        event(),
        event({ id: 'bad-date', start: '2023-13' }),
        event({ id: 'unknown', actors: ['nobody'] }),
        event(), // a duplicate of the first: dropped, though in another batch
        event({ id: 'extra', note: 'x', excerpts: [] }),
        event({ id: 'wrong-quote', excerpts: [{ source: 'report', quote: 'not there' }] }),
        'not an event',
      ],
    });
    const whole = check(data);
    for (const sizes of [[1], [2, 3], [7]]) {
      const validation = startValidation(data);
      if (!validation.ok) throw new Error('refused');
      const events = [];
      for (let from = 0, k = 0; from < validation.eventItems.length; k++) {
        const size = sizes[k % sizes.length]!;
        events.push(...validation.addEvents(validation.eventItems.slice(from, from + size)));
        from += size;
      }
      const { header, ...totals } = validation.finish();
      expect({ ok: true, store: { ...header, events }, ...totals }).toEqual(whole);
    }
    // The batches met every rule above, and the unused actor is still found at the end.
    expect(whole.dropped.events).toBe(5);
    expect(whole.problems.map((problem) => problem.path)).toContain('actors[2]');
  });

  it('refuses what validateStore refuses, before any event', () => {
    const validation = startValidation(store({ format: 'sourceline/2' }));
    expect(validation.ok).toBe(false);
  });
});
