import { describe, expect, it } from 'vitest';
import { convertText, detectFormat } from './convert';

/** A store written by hand, its `format` forgotten or mistyped: its events look like SIMILE's. */
const store = (top: Record<string, unknown>) =>
  JSON.stringify({
    ...top,
    title: 'Lake Varna',
    language: 'en',
    sources: [{ id: 'report', title: 'A report', text: 'The quotas were set.' }],
    actors: [{ id: 'varna', name: 'Varna', kind: 'state' }],
    events: [
      {
        id: 'quotas-set',
        title: 'The quotas are set',
        start: '2020',
        when: { start: '2020' },
        actors: ['varna'],
        excerpts: [{ source: 'report', quote: 'The quotas were set.' }],
      },
    ],
  });

describe('a document meant as a Sourceline store', () => {
  it('is taken for a store, however its format is wrong, never for another format', () => {
    for (const format of [undefined, 1, 'Sourceline/1', 'sourceline/2', null]) {
      const text = store(format === undefined ? {} : { format });
      expect(detectFormat(text), String(format)).toBe('sourceline');
    }
    // Without a format, its actors say what it is (timemap's JSON has sources, not actors).
    const { format: _, ...bare } = JSON.parse(store({})) as Record<string, unknown>;
    expect(detectFormat(JSON.stringify(bare))).toBe('sourceline');
    const { actors: __, ...noActors } = bare;
    expect(detectFormat(JSON.stringify(noActors))).not.toBe('sourceline');
  });

  it('is refused by the converters with what to write, not imported without its evidence', () => {
    expect(convertText(store({ format: 'Sourceline/1' }))).toMatchObject({
      kind: 'refused',
      message:
        'a sourceline/1 store with "format": "Sourceline/1": give it "format": "sourceline/1"',
    });
    expect(convertText(store({}))).toMatchObject({
      kind: 'refused',
      message: 'a sourceline/1 store with no "format": give it "format": "sourceline/1"',
    });
    expect(convertText(store({ format: 'sourceline/1' }))).toMatchObject({
      kind: 'refused',
      message: 'already a sourceline/1 store: open it as it is',
    });
  });

  it('leaves SIMILE’s JSON, which has events and nothing of a store’s, to its converter', () => {
    const simile = JSON.stringify({
      dateTimeFormat: 'iso8601',
      events: [{ start: '2020-01-01', title: 'An event' }],
    });
    expect(detectFormat(simile)).toBe('simile');
  });
});
