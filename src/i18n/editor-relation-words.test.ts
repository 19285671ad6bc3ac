import { describe, expect, it } from 'vitest';
import { RELATIONS } from '../format/vocabulary';
import { editorEn, editorEs } from './editor-messages';
import { enEvidenceDetail } from './evidence-detail-messages';
import { esLater } from './messages-es';

// The editor keeps its own copy of the words (the explorer's catalogue is not loaded in the
// editor): the same ones as the explorer's Related events, so a link reads alike in both.
describe('the editor’s relation words', () => {
  it.each([
    ['en', editorEn, enEvidenceDetail],
    ['es', editorEs, esLater],
  ] as const)('%s: the explorer’s heading and words for each relation', (_, editor, explorer) => {
    expect(Object.keys(editor.relationNames)).toEqual([...RELATIONS]);
    expect(editor.relationNames).toEqual(explorer.relationOut);
    expect(editor.relatedEvents).toBe(explorer.relatedEvents);
  });

  it('every new label has its Spanish words, not the English ones', () => {
    for (const key of [
      'noRelatedEvents',
      'relatedNotFound',
      'unreadableRelated',
      'noRelation',
      'relatedEvent',
      'chooseEvent',
      'relation',
      'addRelated',
      'noOtherEvents',
      'allEventsRelated',
      'removeRelated',
    ] as const) {
      expect(editorEs[key], key).not.toBe(editorEn[key]);
      expect(editorEs[key].length, key).toBeGreaterThan(0);
    }
    expect(editorEs.relationTo('X')).toBe('Relación con X');
  });
});
