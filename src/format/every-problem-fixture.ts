import type { Problem } from './problems';
import { refuseTooLarge, validateStore, validateStoreText } from './validate-store';

/**
 * For tests: stores broken in every way the validator has words for, a few faults per store
 * that do not hide each other, so that between them they provoke each of its messages and
 * expected texts. A phrase added to the validator, or reworded, is then one each translation
 * of its problems has to say (the editor's fields, the explorer's store report).
 */

const TEXT = 'Kim anunció la firma de una “asociación estratégica integral” con Rusia.';
const QUOTE = 'una “asociación estratégica integral”';

const source = (patch: object = {}) => ({
  id: 'report',
  title: 'A news report',
  language: 'es',
  text: TEXT,
  ...patch,
});
const actor = (patch: object = {}) => ({ id: 'putin', name: 'Putin', kind: 'person', ...patch });
const excerpt = (patch: object = {}) => ({ source: 'report', quote: QUOTE, ...patch });
const event = (patch: object = {}) => ({
  id: 'treaty',
  title: 'A treaty',
  start: '2024-06-19',
  actors: ['putin'],
  excerpts: [excerpt()],
  ...patch,
});
const store = (patch: object = {}) => ({
  format: 'sourceline/1',
  title: 'Test store',
  language: 'en',
  sources: [source()],
  actors: [actor()],
  events: [event()],
  ...patch,
});
const withSource = (patch: object | string) => store({ sources: [source(), patch] });
const withActor = (patch: object | string) => store({ actors: [actor(), patch] });
const withEvent = (patch: object) =>
  store({ events: [event(), event({ id: 'second', ...patch })] });

const BROKEN: readonly unknown[] = [
  // The store's own fields.
  store({ title: undefined, language: undefined, sources: undefined }),
  store({ title: '', language: 'e', description: 5, actors: 'putin', events: {} }),
  store({ title: 5, language: 5, titel: 'x', zzzzzzzz: 1 }),
  // Sources.
  withSource('report'),
  withSource({}),
  withSource(source({ id: 'Bad Id', title: '', language: 'x', publisher: 5, text: 5 })),
  withSource(source({ id: 5, title: null, published: 'yesterday', url: 'ftp://x' })),
  withSource(source({ id: 'a'.repeat(81), published: '2024-02-30', url: 'http://' })),
  withSource(source({ id: 'other', archiveUrl: 'nope', accessed: 'x', reliability: 'Z' })),
  withSource(source({ id: 'other', locatorLabel: 5, archiveUrl: 5, language: [] })),
  withSource(source({ titel: 'x' })),
  withSource(source({ id: 'other', title: true, publisher: {} })),
  // Actors.
  withActor('putin'),
  withActor(actor()),
  withActor({}),
  withActor(actor({ id: 'kim', name: '', kind: 'alien', color: 'red' })),
  withActor(actor({ id: 'kim', name: 5, kind: 5, color: 5 })),
  withActor(actor({ id: 'kim', memberOf: 'nobody' })),
  store({
    actors: [
      actor(),
      actor({ id: 'a', memberOf: 'b' }),
      actor({ id: 'b', memberOf: 'a' }),
      actor({ id: 'c', memberOf: 'gone' }),
      actor({ id: 'gone', kind: 'alien' }),
      actor({ id: 'idle', nmae: 'x' }),
    ],
  }),
  // Events.
  store({ events: ['treaty'] }),
  withEvent({ id: undefined, title: undefined, start: undefined, actors: undefined }),
  withEvent({ title: '', start: 'x', end: '2024-13-01', approximate: 'yes', dateNote: 5 }),
  withEvent({ title: 'x'.repeat(201), start: 2024, actors: [] }),
  withEvent({ end: '2024-01-01' }),
  withEvent({ actors: 'putin', summary: 5, tags: 'x' }),
  withEvent({ actors: [5], tags: [5], place: 'x' }),
  withEvent({ actors: ['nobody'] }),
  withEvent({ place: {} }),
  withEvent({ place: { name: 'Vostochny', lat: 51.88 } }),
  withEvent({ place: { name: 'Vostochny', lon: 128.33 } }),
  withEvent({ place: { name: 'x', lat: 100, lon: -200 } }),
  withEvent({ place: { name: 'x', lat: -100, lon: 200 } }),
  withEvent({ place: { name: 5, lat: 'x', lon: 'y', alt: 3 } }),
  withEvent({ excerpts: 'x' }),
  withEvent({ excerpts: ['x'] }),
  withEvent({ excerpts: [{}] }),
  withEvent({ excerpts: [excerpt({ quote: '', translation: 5, locator: 5, stance: 'maybe' })] }),
  withEvent({ excerpts: [excerpt({ stance: 5, sorce: 'x' })] }),
  withEvent({ excerpts: [excerpt({ source: 'nowhere' })] }),
  withEvent({ excerpts: [excerpt({ quote: 'not in it' })] }),
  withEvent({ excerpts: [] }),
  withEvent({ excerpts: undefined }),
  withEvent({ status: 'x', statusNote: 5 }),
  withEvent({ status: 5, related: 'x' }),
  withEvent({ related: ['x', { event: 'treaty' }, { event: 'Bad', relation: 'causes' }] }),
  withEvent({
    related: [
      { event: 'treaty', relation: 'x' },
      { event: 5, relation: 5 },
    ],
  }),
  withEvent({
    related: [
      { event: 'second', relation: 'causes' },
      { event: 'nowhere', relation: 'causes' },
    ],
  }),
  store({
    actors: [actor(), actor({ id: 'kim', kind: 'alien' })],
    events: [
      event({ related: [{ event: 'b', relation: 'part-of' }] }),
      event({ id: 'b', related: [{ event: 'treaty', relation: 'part-of' }] }),
      event({ id: 'c', related: [{ event: 'dropped', relation: 'causes' }] }),
      event({ id: 'dropped', start: 'x' }),
      event({ id: 'treaty' }),
      event({ id: 'd', actors: ['kim'] }),
      event({ id: 'e', actors: ['putin', 'kim'], tilte: 'x' }),
    ],
  }),
  store({
    sources: [source(), source({ id: 'gone', language: 'x' })],
    events: [event({ excerpts: [excerpt({ source: 'gone' })] })],
  }),
];

/** The broken stores themselves, for tests of what is written from what validation keeps. */
export function brokenStores(): readonly unknown[] {
  return BROKEN;
}

/** Every problem the broken stores provoke, the refusals too (the editor never meets those). */
export function everyProblem(): Problem[] {
  const problems = BROKEN.flatMap((data) => validateStore(data).problems);
  for (const refused of [
    validateStore(5),
    validateStore([]),
    validateStore({}),
    validateStore({ format: 'sourceline/2' }),
    validateStoreText('{"format": '),
    refuseTooLarge(200 * 1024 * 1024),
  ])
    problems.push(...refused.problems);
  return problems;
}
