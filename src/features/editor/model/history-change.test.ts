import { describe, expect, it } from 'vitest';
import { editorEn, editorEs } from '../../../i18n/editor-messages';
import { type DraftDocument, type DraftEvent, emptyDocument } from './draft-document';
import { historyChange } from './history-change';
import { describeHistoryChange } from './history-words';

const event = (id: string, title: string, patch: Partial<DraftEvent> = {}): DraftEvent => ({
  id,
  title,
  start: '2024-06-19',
  actors: ['russia'],
  excerpts: [],
  ...patch,
});

const draft = (events: DraftEvent[], patch: Partial<DraftDocument> = {}): DraftDocument => ({
  ...emptyDocument('Pyongyang, June 2024'),
  events,
  ...patch,
});

describe('historyChange', () => {
  const arrives = event('arrives', 'Putin arrives in Pyongyang');
  const signs = event('signs', 'The treaty is signed');
  const before = draft([arrives, signs]);

  it('names the one field an event’s step changed, and the event', () => {
    const after = draft([arrives, { ...signs, start: '2024-06-20' }]);
    expect(historyChange(before, after)).toEqual({
      kind: 'changed',
      item: 'event',
      name: 'The treaty is signed',
      field: 'start',
    });
  });

  it('says an event added or removed, and a change of several fields without a field', () => {
    expect(historyChange(draft([arrives]), before)).toEqual({
      kind: 'added',
      item: 'event',
      name: 'The treaty is signed',
    });
    expect(historyChange(before, draft([signs]))).toEqual({
      kind: 'removed',
      item: 'event',
      name: 'Putin arrives in Pyongyang',
    });
    const both = draft([{ ...arrives, start: '2024-06-18', summary: 'Late at night.' }, signs]);
    expect(historyChange(before, both)).toEqual({
      kind: 'changed',
      item: 'event',
      name: 'Putin arrives in Pyongyang',
    });
  });

  it('finds a source’s, an actor’s or the store’s own step when the events are untouched', () => {
    const source = { id: 'kcna', title: 'KCNA', language: 'ko' };
    expect(historyChange(before, { ...before, sources: [source] })).toEqual({
      kind: 'added',
      item: 'source',
      name: 'KCNA',
    });
    expect(historyChange(before, { ...before, title: 'Pyongyang' })).toEqual({
      kind: 'store',
      field: 'title',
    });
    expect(historyChange(before, before)).toBeNull();
  });
});

describe('describeHistoryChange', () => {
  it('in the editor’s words, English and Spanish', () => {
    const start = {
      kind: 'changed',
      item: 'event',
      name: 'Putin arrives',
      field: 'start',
    } as const;
    expect(editorEn.undone(describeHistoryChange(editorEn, start))).toBe(
      'Undone: Start of “Putin arrives”',
    );
    expect(editorEs.redone(describeHistoryChange(editorEs, start))).toBe(
      'Rehecho: Inicio de «Putin arrives»',
    );
    const gone = { kind: 'removed', item: 'source', name: 'KCNA' } as const;
    expect(describeHistoryChange(editorEn, gone)).toBe('deletion of source “KCNA”');
    expect(describeHistoryChange(editorEs, gone)).toBe('eliminación de la fuente «KCNA»');
    expect(describeHistoryChange(editorEn, { kind: 'added', item: 'event', name: '' })).toBe(
      'new event “Untitled event”',
    );
    expect(describeHistoryChange(editorEn, { kind: 'store', field: 'title' })).toBe('Store title');
    expect(describeHistoryChange(editorEs, null)).toBe('un cambio');
  });
});
