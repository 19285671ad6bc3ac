import { describe, expect, it } from 'vitest';
import { emptyDocument } from './draft-document';
import { storeFieldsToFix } from './left-out';

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
