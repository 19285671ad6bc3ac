import { describe, expect, it } from 'vitest';
import { STATUSES } from '../format/vocabulary';
import { editorEn, editorEs } from './editor-messages';
import { en } from './messages';
import { es } from './messages-es';

// The editor keeps its own copy of the words (the explorer's catalogue is not loaded in the
// editor, nor the editor's in the explorer): the same ones, so a status reads alike in both.
describe('the editor’s status words', () => {
  it.each([
    ['en', editorEn, en],
    ['es', editorEs, es],
  ] as const)('%s: the explorer’s words for each status and for none', (_, editor, explorer) => {
    expect(Object.keys(editor.statusNames)).toEqual([...STATUSES]);
    expect(editor.statusNames).toEqual(explorer.statusNames);
    expect(editor.statusNotStated).toBe(explorer.statusNotStated);
    expect(editor.status).toBe(explorer.statusGroup);
  });
});
