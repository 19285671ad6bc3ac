import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EditorApp } from '../features/editor/components/editor-app';
import { editorLang } from '../i18n/editor-messages';
import './base.css';

// The editor page (/edit/): its own entry, so the explorer's first script carries none of it.
const lang = editorLang(window.location.search, navigator.languages);
document.documentElement.lang = lang;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <EditorApp lang={lang} />
  </StrictMode>,
);
