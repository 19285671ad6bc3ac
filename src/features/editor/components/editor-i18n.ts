import { createContext, useContext } from 'react';
import { type EditorLang, type EditorMessages, editorEn } from '../../../i18n/editor-messages';

export const EditorI18n = createContext<{ lang: EditorLang; m: EditorMessages }>({
  lang: 'en',
  m: editorEn,
});

export const useEditorI18n = () => useContext(EditorI18n);
