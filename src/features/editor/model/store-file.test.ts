import { describe, expect, it } from 'vitest';
import { brokenStores } from '../../../format/every-problem-fixture';
import { validateStore, validateStoreText } from '../../../format/validate-store';
import { type DraftDocument, documentFromJson } from './draft-document';
import { storeFile } from './store-file';

const TEXT = 'Kim anunció la firma de una “asociación estratégica integral” con Rusia.';
const QUOTE = 'una “asociación estratégica integral”';

/** A draft with items of every kind the file leaves out, and fields the format does not know. */
const DRAFT = {
  $schema: 'https://example.org/sourceline.schema.json',
  format: 'sourceline/1',
  title: 'Pyongyang',
  description: 5,
  language: 'en',
  desk: 'Asia',
  sources: [
    { id: 'report', title: 'Report', language: 'es', text: TEXT, reliability: 'Z', shelf: 3 },
    { id: 'wire', title: 'Wire story', language: 'en', url: 'ftp://wire.example/1' },
  ],
  actors: [
    { id: 'russia', name: 'Russia', kind: 'state' },
    { id: 'kim', name: 'Kim Jong-un', kind: 'person', memberOf: 'north-korea' },
  ],
  events: [
    {
      id: 'treaty',
      title: 'The treaty is signed',
      start: '2024-06-19',
      actors: ['russia'],
      place: { name: 'Pyongyang', lat: 39.02, lon: 125.75, district: 'Central' },
      excerpts: [
        { source: 'wire', quote: 'from the wire' },
        { source: 'report', quote: QUOTE, page: 'A1' },
      ],
      related: [{ event: 'travel', relation: 'causes' }],
      status: 'rumoured',
      custom: 1,
    },
    {
      id: 'travel',
      title: 'Kim travels to Vladivostok by armoured train',
      start: 'September',
      actors: ['russia'],
      excerpts: [{ source: 'report', quote: QUOTE }],
    },
    { id: 'event-3', title: '', start: '', actors: [], excerpts: [] },
    {
      id: 'invasion',
      title: 'Russia invades Ukraine',
      start: '2022-02-24',
      actors: ['russia'],
      excerpts: [],
    },
  ],
} as unknown as DraftDocument;

/** What validating the file keeps, and what validating the draft keeps: the same. */
function expectTheFileToBeWhatValidationKeeps(draft: DraftDocument, text: string) {
  const file = validateStoreText(text);
  if (!file.ok) throw new Error(`the file is refused: ${file.problems[0]?.message}`);
  expect(file.dropped).toEqual({ sources: 0, actors: 0, events: 0 });
  expect(file.problems.filter((problem) => problem.severity !== 'warning')).toEqual([]);
  // Nothing more is left out when the file is opened: its only warnings are about what it
  // holds as it is (a field the format does not know, an event without excerpts, an idle
  // actor, a place with half a point).
  for (const problem of file.problems)
    expect(problem.message).toMatch(
      /^(unknown field, ignored|the event has no excerpts|the actor takes part in no event|the place has a (latitude|longitude) and no)/,
    );
  const kept = validateStore(draft);
  if (!kept.ok) throw new Error('the draft is refused');
  expect(file.store).toEqual(kept.store);
}

describe('storeFile: what Download store writes', () => {
  it('is a valid store, exactly what validating the draft keeps', () => {
    const { text } = storeFile(DRAFT);
    expectTheFileToBeWhatValidationKeeps(DRAFT, text);
    const written = JSON.parse(text);
    expect(written.events.map((event: { id: string }) => event.id)).toEqual(['treaty', 'invasion']);
    expect(written.sources.map((source: { id: string }) => source.id)).toEqual(['report']);
    expect(written.actors.map((actor: { id: string }) => actor.id)).toEqual(['russia']);
    // Values left out of what is kept: the description, a reliability, a status, an
    // excerpt quoting the source left out, and the link to the event left out.
    expect(written).not.toHaveProperty('description');
    expect(written.sources[0]).not.toHaveProperty('reliability');
    expect(written.events[0]).not.toHaveProperty('status');
    // (its list stays, empty, as validation keeps it.)
    expect(written.events[0].related).toEqual([]);
    expect(written.events[0].excerpts).toEqual([{ source: 'report', quote: QUOTE, page: 'A1' }]);
  });

  it('keeps the fields the format does not know, as the editor always has', () => {
    const written = JSON.parse(storeFile(DRAFT).text);
    expect(written.$schema).toBe('https://example.org/sourceline.schema.json');
    expect(written.desk).toBe('Asia');
    expect(written.sources[0].shelf).toBe(3);
    expect(written.events[0].custom).toBe(1);
    expect(written.events[0].place).toEqual({
      name: 'Pyongyang',
      lat: 39.02,
      lon: 125.75,
      district: 'Central',
    });
  });

  it('says which items it left out and why, events first, and counts the values', () => {
    const { leftOut, valuesLeftOut } = storeFile(DRAFT);
    expect(leftOut).toEqual([
      {
        kind: 'event',
        index: 1,
        id: 'travel',
        name: 'Kim travels to Vladivostok by armoured train',
        reason: 'date',
      },
      { kind: 'event', index: 2, id: 'event-3', name: '', reason: 'noTitle' },
      { kind: 'source', index: 1, id: 'wire', name: 'Wire story', reason: 'other' },
      { kind: 'actor', index: 1, id: 'kim', name: 'Kim Jong-un', reason: 'other' },
    ]);
    // description, reliability, status, the excerpt of the wire, the link to "travel".
    expect(valuesLeftOut).toBe(5);
  });

  it('names the reason an event is left out from the first problem that drops it', () => {
    const base = DRAFT.events[3]!;
    const reasons = [
      { end: '2021' },
      { end: 'later' },
      { actors: ['nobody'] },
      { actors: [] },
      { excerpts: [{ source: 'report', quote: 'not in it' }] },
      { title: 'x'.repeat(201) },
      // An imported row with no date at all, kept to be dated; not a date typed wrong.
      { start: '' },
      { start: 'soon' },
    ].map((patch) => {
      const draft = { ...DRAFT, events: [{ ...base, ...patch }] } as DraftDocument;
      return storeFile(draft).leftOut[0]?.reason;
    });
    expect(reasons).toEqual([
      'endBeforeStart',
      'end',
      'actors',
      'noActors',
      'excerpt',
      'title',
      'noDate',
      'date',
    ]);
  });

  it('leaves the draft as it was: the draft keeps every item, to be fixed', () => {
    const before = structuredClone(DRAFT);
    const events = DRAFT.events;
    storeFile(DRAFT);
    expect(DRAFT).toEqual(before);
    expect(DRAFT.events).toBe(events);
  });

  it('writes nothing validation drops, from stores broken in every way the validator knows', () => {
    for (const data of brokenStores()) {
      const draft = documentFromJson(data);
      if (draft === null) continue;
      expectTheFileToBeWhatValidationKeeps(draft, storeFile(draft).text);
    }
  });

  it('writes a whole draft whole: nothing left out, nothing said', () => {
    const whole = { ...DRAFT, description: 'A test', events: [DRAFT.events[3]!] } as DraftDocument;
    const whole2 = {
      ...whole,
      sources: [DRAFT.sources[0]!].map(({ reliability: _r, ...source }) => source),
      actors: [DRAFT.actors[0]!],
    } as DraftDocument;
    const file = storeFile(whole2);
    expect(file.leftOut).toEqual([]);
    expect(file.valuesLeftOut).toBe(0);
    expect(JSON.parse(file.text).events).toEqual([
      {
        id: 'invasion',
        title: 'Russia invades Ukraine',
        start: '2022-02-24',
        actors: ['russia'],
        excerpts: [],
      },
    ]);
  });
});
