import { describe, expect, it } from 'vitest';
import { emptyDocument } from './draft-document';
import { draftItemsLeftOut, storeFieldsToFix } from './left-out';

describe('draftItemsLeftOut', () => {
  it('counts each item a problem drops once, not its problems, nor warnings', () => {
    const document = {
      ...emptyDocument(''),
      sources: [{ id: 'wire', title: 'Wire', language: 'en' }],
      actors: [{ id: 'russia', name: 'Russia', kind: 'state' as const }],
      events: [
        // Three problems, one event.
        { id: 'a', title: '', start: '', actors: [], excerpts: [] },
        // Only a warning: no excerpts.
        { id: 'b', title: 'Talks', start: '2024', actors: ['russia'], excerpts: [] },
      ],
    };
    expect(draftItemsLeftOut(document)).toBe(1);
  });

  it('is 0 for a draft the store would open whole', () => {
    expect(draftItemsLeftOut(emptyDocument('Mine'))).toBe(0);
  });
});

describe('storeFieldsToFix', () => {
  it('names the store title and language the validator refuses, in the order shown', () => {
    expect(storeFieldsToFix({ ...emptyDocument(''), language: 'english' })).toEqual([
      'title',
      'language',
    ]);
    expect(storeFieldsToFix({ ...emptyDocument('Mine'), language: 'english' })).toEqual([
      'language',
    ]);
    expect(storeFieldsToFix(emptyDocument(''))).toEqual(['title']);
  });

  it('is empty for a store whose own fields are valid, whatever its events', () => {
    expect(storeFieldsToFix({ ...emptyDocument('Mine'), language: 'es-419' })).toEqual([]);
    const unfinished = { id: 'a', title: '', start: '', actors: [], excerpts: [] };
    const draft = { ...emptyDocument('Mine'), events: [unfinished] };
    expect(storeFieldsToFix(draft)).toEqual([]);
  });
});
