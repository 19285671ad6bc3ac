import { useState } from 'react';
import { draftActions, useDraft, useDraftStore, useHistory } from '../model/draft-store';
import { draftItemsLeftOut } from '../model/left-out';
import { canSaveToFile, downloadStore, saveToFile } from '../storage/download-store';
import { startPreview } from '../storage/draft-preview';
import { useSession } from '../storage/draft-session';
import { useEditorI18n } from './editor-i18n';

/**
 * Undo, Redo, Preview, Download store (and Save to a file), and how the draft is kept. A
 * download of a draft with items the store would be opened without says so: the file is
 * still written (a draft is kept however unfinished), but not as if it were whole.
 */
export function DraftToolbar() {
  const { m, lang } = useEditorI18n();
  const { canUndo, canRedo } = useHistory();
  const readOnly = useDraft((state) => state.readOnly);
  const draftId = useDraft((state) => state.draftId);
  const problem = useSession((state) => state.storageProblem);
  const saving = useSession((state) => state.saving);
  const deletedElsewhere = useSession((state) => state.deletedElsewhere);
  const [notice, setNotice] = useState<string | null>(null);
  // Read at the click, not subscribed: the toolbar need not render on every keystroke.
  const document = () => useDraftStore.getState().document;

  return (
    <div className="editor-toolbar">
      <div role="toolbar" aria-label={m.pageTitle} className="editor-toolbar-buttons">
        <button
          type="button"
          disabled={!canUndo || readOnly}
          onClick={draftActions.undo}
          aria-keyshortcuts="Control+Z Meta+Z"
        >
          {m.undo}
        </button>
        <button
          type="button"
          disabled={!canRedo || readOnly}
          onClick={draftActions.redo}
          aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
        >
          {m.redo}
        </button>
        <button
          type="button"
          onClick={() => {
            const doc = document();
            if (!doc) return;
            if (!startPreview(doc, window.location.href, lang)) setNotice(m.previewTooLarge);
          }}
        >
          {m.preview}
        </button>
        <button
          type="button"
          onClick={() => {
            const doc = document();
            if (!doc) return;
            downloadStore(doc);
            const leftOut = draftItemsLeftOut(doc);
            setNotice(leftOut > 0 ? m.downloadedLeavingOut(leftOut) : null);
          }}
        >
          {m.downloadStore}
        </button>
        {canSaveToFile() ? (
          <button
            type="button"
            onClick={() => {
              const doc = document();
              if (doc && draftId) {
                void saveToFile(draftId, doc).then(
                  (name) => name && setNotice(m.savedToFile(name)),
                );
              }
            }}
          >
            {m.save}
          </button>
        ) : null}
      </div>
      <p role="status" className="editor-save-status">
        {readOnly || problem ? '' : saving ? m.saving : m.saved}
        {notice ? ` ${notice}` : ''}
      </p>
      {readOnly ? (
        <p role="alert" className="editor-warning">
          {m.readOnly}
        </p>
      ) : null}
      {deletedElsewhere?.outcome === 'kept' && deletedElsewhere.draftId === draftId ? (
        <p role="alert" className="editor-warning">
          {m.deletedElsewhereKept}
        </p>
      ) : null}
      {problem ? (
        <div role="alert" className="editor-warning">
          <p>{problem === 'full' ? m.storageFull : m.storageUnavailable}</p>
        </div>
      ) : null}
    </div>
  );
}
