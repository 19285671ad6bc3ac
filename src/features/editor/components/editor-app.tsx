import { useEffect, useState } from 'react';
import type { EditorLang } from '../../../i18n/editor-messages';
import { EDITOR_MESSAGES } from '../../../i18n/editor-messages';
import { draftActions, useDraft } from '../model/draft-store';
import {
  type OpenOptions,
  openDraft,
  startDraftSession,
  useSession,
} from '../storage/draft-session';
import { draftToOpen, forgetDraft, rememberedDraft } from '../storage/last-draft';
import { DraftsPanel } from './drafts-panel';
import { DraftWorkspace } from './draft-workspace';
import { EditorGuide } from './editor-guide';
import { EditorI18n } from './editor-i18n';
import { draftHistoryKey } from './undo-keys';
import './editor.css';

/**
 * Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z (and Ctrl+Y) undo and redo the draft, also in a field bound
 * to it; a text box whose text is not in the draft yet keeps the browser's undo (undo-keys.ts).
 */
function useUndoShortcuts() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const step = draftHistoryKey(event);
      if (!step) return;
      event.preventDefault();
      if (step === 'undo') draftActions.undo();
      else draftActions.redo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** The editor's address: `?draft=<id>&event=<id>` brings the person back where they were. */
function useAddressFollowsDraft() {
  const draftId = useDraft((state) => state.draftId);
  const eventId = useDraft((state) => state.selectedEventId);
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    if (draftId) params.set('draft', draftId);
    else params.delete('draft');
    if (eventId) params.set('event', eventId);
    else params.delete('event');
    const query = params.toString();
    window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
  }, [draftId, eventId]);
}

export function EditorApp({ lang }: { lang: EditorLang }) {
  const m = EDITOR_MESSAGES[lang];
  const draftId = useDraft((state) => state.draftId);
  const deletedElsewhere = useSession((state) => state.deletedElsewhere);
  const [missing, setMissing] = useState(false);
  // Read before the address starts following the open draft (which rewrites it).
  const [asked] = useState(() => {
    const params = new URLSearchParams(window.location.search);
    return { draft: params.get('draft'), event: params.get('event') };
  });
  useUndoShortcuts();
  useAddressFollowsDraft();

  useEffect(() => {
    const stop = startDraftSession();
    const wanted = draftToOpen(asked.draft, rememberedDraft());
    if (wanted) {
      void openDraft(wanted.id).then((found) => {
        if (found && asked.event) draftActions.selectEvent(asked.event);
        if (found) return;
        // A link to a draft that is gone says so; the draft last worked on, deleted since
        // (in another tab, or by clearing the site's data), is given up quietly: the list.
        if (wanted.from === 'address') setMissing(true);
        else forgetDraft(wanted.id);
      });
    }
    return stop;
  }, [asked]);

  const open = (id: string, options?: OpenOptions) => {
    setMissing(false);
    return openDraft(id, options).then((found) => {
      setMissing(!found);
      return found;
    });
  };

  return (
    <EditorI18n.Provider value={{ lang, m }}>
      <header className="editor-header">
        <h1>{m.pageTitle}</h1>
        <a href={lang === 'en' ? '/' : `/?lang=${lang}`}>{m.backToExplorer}</a>
      </header>
      <div className="editor-layout">
        <DraftsPanel onOpen={open} />
        <main className="editor-main">
          {missing ? (
            <p role="alert" className="editor-warning">
              {m.draftMissing}
            </p>
          ) : null}
          {!draftId && deletedElsewhere?.outcome === 'closed' ? (
            <p role="alert" className="editor-warning">
              {m.deletedElsewhereClosed(deletedElsewhere.title || m.untitledDraft)}
            </p>
          ) : null}
          {draftId ? <DraftWorkspace /> : <EditorGuide />}
        </main>
      </div>
    </EditorI18n.Provider>
  );
}
