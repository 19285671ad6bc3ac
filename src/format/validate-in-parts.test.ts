import { describe, expect, it } from 'vitest';
import { actorsInNoEvent, validateInParts, validateStore } from './validate-store';

const TEXT = 'The treaty was signed in June. Both sides promised aid.';
const QUOTE = 'The treaty was signed in June.';
const excerpts = [{ source: 'report', quote: QUOTE }];

/** Problems of every kind the parts keep apart: dropped events, duplicates, links, unused actors. */
const STORE = {
  format: 'sourceline/1',
  title: 'Parts',
  language: 'en',
  sources: [{ id: 'report', title: 'Report', language: 'en', text: TEXT }],
  actors: [
    { id: 'north', name: 'North', kind: 'state' },
    { id: 'minister', name: 'Minister', kind: 'person', memberOf: 'north' },
    { id: 'envoy', name: 'Envoy', kind: 'person' },
    { id: 'south', name: 'South', kind: 'state' },
  ],
  events: [
    { id: 'a', title: 'A', start: '2024-01', actors: ['minister'], excerpts },
    { id: 'a', title: 'A again', start: '2024-02', actors: ['south'], excerpts },
    { id: 'b', title: 'B', start: 'soon', actors: ['envoy'], excerpts },
    {
      id: 'c',
      title: 'C',
      start: '2024-03',
      actors: ['north'],
      excerpts,
      related: [
        { event: 'b', relation: 'part-of' },
        { event: 'a', relation: 'causes' },
      ],
    },
  ],
};

describe('validateInParts', () => {
  it('finds what validateStore finds: its problems then the unused actors, and each verdict', () => {
    const whole = validateStore(STORE);
    const parts = validateInParts(STORE);
    if (!whole.ok || !parts.ok) throw new Error('refused');
    expect([...parts.problems, ...parts.actorsInNoEvent]).toEqual(whole.problems);
    expect(parts.actorsInNoEvent.map((p) => p.path)).toEqual(['actors[2]', 'actors[3]']);
    expect(parts.kept.map((event) => event?.id ?? null)).toEqual(['a', null, null, 'c']);
    expect(parts.kept.filter((event) => event !== null)).toEqual(whole.store.events);
    const { events: _events, ...header } = whole.store;
    expect(parts.header).toEqual(header);
  });
});

describe('actorsInNoEvent', () => {
  it('warns of the actors neither named nor with a member named', () => {
    expect(actorsInNoEvent(STORE, ['minister']).map((p) => p.path)).toEqual([
      'actors[2]',
      'actors[3]',
    ]);
    expect(actorsInNoEvent(STORE, ['north', 'envoy', 'south'])).toEqual([
      expect.objectContaining({ path: 'actors[1]', message: 'the actor takes part in no event' }),
    ]);
  });
});
