import { useEffect, useRef, useState } from 'react';
import { draftActions, useDraft, useDraftStore, useHistory } from '../model/draft-store';
import { type StoreField, draftItemsLeftOut, storeFieldsToFix } from '../model/left-out';
import { canSaveToFile, downloadStore, saveToFile } from '../storage/download-store';
import { startPreview, takeReturnFromPreview } from '../storage/draft-preview';
import { useSession } from '../storage/draft-session';
import { useEditorI18n } from './editor-i18n';
import { STORE_FIELD_IDS } from './focus-return';

/**
 * Undo, Redo, Preview, Download store (and Save to a file), and how the draft is kept. A
 * download of a draft with items the store would be opened without says so: the file is
 * still written (a draft is kept however unfinished), but not as if it were whole. A draft
 * whose own title or language is not valid is not written at all (the file would not be a
 * valid store, and the fix is one field): it says so and takes the focus to the field.
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
  // After a refused download: the store's fields still to fix (subscribed only then, and
  // cheap: they are checked on their own), so the warning goes once they are fixed.
  const [refused, setRefused] = useState(false);
  const toFix = useDraft((state) =>
    refused && state.document ? storeFieldsToFix(state.document).join(' ') : '',
  );
  const fields = toFix ? (toFix.split(' ') as StoreField[]) : [];
  const focusField = (field: StoreField) =>
    window.document.getElementById(STORE_FIELD_IDS[field])?.focus();
  /** Whether the store's own fields let it be written; if not, says so and goes to them. */
  const writable = (doc: NonNullable<ReturnType<typeof document>>) => {
    const fix = storeFieldsToFix(doc);
    setRefused(fix.length > 0);
    if (fix.length === 0) return true;
    setNotice(null);
    focusField(fix[0]!);
    return false;
  };
  const previewButton = useRef<HTMLButtonElement>(null);
  // Back from the preview, a new page: the focus returns to the button that left.
  useEffect(() => {
    if (takeReturnFromPreview()) previewButton.current?.focus();
  }, []);
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
          ref={previewButton}
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
            if (!doc || !writable(doc)) return;
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
              if (doc && draftId && writable(doc)) {
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
      {fields.length ? (
        <div role="alert" className="editor-warning">
          <p>{m.downloadNeedsStoreFields(fields.includes('title'), fields.includes('language'))}</p>
          {fields.map((field) => (
            <button key={field} type="button" onClick={() => focusField(field)}>
              {m.goToField(field === 'title' ? m.storeTitle : m.storeLanguage)}
            </button>
          ))}
        </div>
      ) : null}
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
