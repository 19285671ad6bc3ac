import { useEffect, useId, useRef, useState } from 'react';
import type { EditorMessages } from '../../../i18n/editor-messages';
import { PUBLISH_MESSAGES } from '../../../i18n/publish-messages';
import { draftActions, useDraft, useDraftStore, useHistory } from '../model/draft-store';
import { type StoreField, storeFieldsToFix } from '../model/left-out';
import { type LeftOutItem, type StoreFile, storeFile } from '../model/store-file';
import { canSaveToFile, downloadStore, saveToFile } from '../storage/download-store';
import {
  forgetPublishAsked,
  publishAsked,
  startPreview,
  takeReturnFromPreview,
} from '../storage/draft-preview';
import { useSession } from '../storage/draft-session';
import { useEditorI18n } from './editor-i18n';
import { EVENT_TITLE_ID, STORE_FIELD_IDS, goToEventField } from './focus-return';
import { PublishPanel } from './publish-panel';
import { HistoryAnnouncer } from './history-announcer';

/** How many of the items a file left out the status names (the rest are counted). */
const NAMED_LEFT_OUT = 3;
/** A title longer than this is cut, with "…", where the status names it. */
const NAME_LENGTH = 60;

/** What the status says after a download or a save, and the event it offers to go to. */
interface Notice {
  text: string;
  goTo?: { draftId: string; eventId: string; label: string };
}

const shortName = (name: string) =>
  name.length > NAME_LENGTH ? `${name.slice(0, NAME_LENGTH - 1).trimEnd()}…` : name;

function leftOutName(m: EditorMessages, item: LeftOutItem): string {
  if (item.kind === 'event')
    return m.leftOutEvent(shortName(item.name || m.untitledEvent), item.reason);
  const name = shortName(item.name || item.id);
  return item.kind === 'source' ? m.leftOutSource(name) : m.leftOutActor(name);
}

/** "Downloaded. Left out until their problems are fixed: “…” (no valid date) and 2 more." */
function fileNotice(m: EditorMessages, lead: string, file: StoreFile, draftId: string): Notice {
  const { leftOut, valuesLeftOut } = file;
  const parts = [lead];
  if (leftOut.length > 0)
    parts.push(
      m.leftOutOfFile(
        leftOut.slice(0, NAMED_LEFT_OUT).map((item) => leftOutName(m, item)),
        leftOut.length,
      ),
    );
  if (valuesLeftOut > 0) parts.push(m.valuesLeftOutOfFile(valuesLeftOut));
  const first = leftOut[0];
  return {
    text: parts.join(' '),
    ...(first?.kind === 'event' && first.id
      ? {
          goTo: {
            draftId,
            eventId: first.id,
            label: m.goToLeftOut(shortName(first.name || m.untitledEvent)),
          },
        }
      : {}),
  };
}

/**
 * Undo, Redo, Preview, Download store (and Save to a file), and how the draft is kept. The
 * file written is a valid store: the draft's items with problems that drop them are left
 * out of it (model/store-file.ts), kept in the draft, and the status names them, with a
 * button to the first event left out. A draft whose own title or language is not valid is
 * not written at all (the file would not be a valid store, and the fix is one field): it
 * says so and takes the focus to the field.
 */
export function DraftToolbar() {
  const { m, lang } = useEditorI18n();
  const publishLabel = PUBLISH_MESSAGES[lang].publish;
  const { canUndo, canRedo } = useHistory();
  const readOnly = useDraft((state) => state.readOnly);
  const draftId = useDraft((state) => state.draftId);
  const problem = useSession((state) => state.storageProblem);
  const saving = useSession((state) => state.saving);
  const deletedElsewhere = useSession((state) => state.deletedElsewhere);
  const [notice, setNotice] = useState<Notice | null>(null);
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
  const publishButton = useRef<HTMLButtonElement>(null);
  // Open at once when the preview's Publish link brought the person here.
  const [publishing, setPublishing] = useState(publishAsked);
  // Once: another draft opened later in this page does not open with the panel.
  useEffect(forgetPublishAsked, []);
  const panelId = useId();
  // Back from the preview, a new page: the focus returns to the button that left.
  useEffect(() => {
    if (takeReturnFromPreview()) previewButton.current?.focus();
  }, []);
  // Read at the click, not subscribed: the toolbar need not render on every keystroke.
  const document = () => useDraftStore.getState().document;
  /** The draft to write or preview: its new events under their titles' ids first. */
  const settledDocument = () => {
    draftActions.settleEventIds();
    return document();
  };

  return (
    <div className="editor-toolbar">
      <HistoryAnnouncer />
      <div role="toolbar" aria-label={m.pageTitle} className="editor-toolbar-buttons">
        {/* Unavailable, not disabled: the last Undo would take the focus from under the
            person (to the page's body), and a toolbar's unavailable buttons stay reachable
            (WAI-ARIA APG, toolbar). */}
        <button
          type="button"
          aria-disabled={!canUndo || readOnly}
          onClick={() => {
            if (canUndo && !readOnly) draftActions.undo();
          }}
          aria-keyshortcuts="Control+Z Meta+Z"
        >
          {m.undo}
        </button>
        <button
          type="button"
          aria-disabled={!canRedo || readOnly}
          onClick={() => {
            if (canRedo && !readOnly) draftActions.redo();
          }}
          aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
        >
          {m.redo}
        </button>
        <button
          ref={previewButton}
          type="button"
          onClick={() => {
            const doc = settledDocument();
            if (!doc) return;
            const open = useDraftStore.getState().selectedEventId;
            if (!startPreview(doc, window.location.href, lang, open))
              setNotice({ text: m.previewTooLarge });
          }}
        >
          {m.preview}
        </button>
        <button
          type="button"
          onClick={() => {
            const doc = settledDocument();
            if (!doc || !draftId || !writable(doc)) return;
            const file = storeFile(doc);
            downloadStore(file.text, doc.title);
            setNotice(fileNotice(m, m.downloaded, file, draftId));
          }}
        >
          {m.downloadStore}
        </button>
        <button
          ref={publishButton}
          type="button"
          aria-expanded={publishing}
          aria-controls={publishing ? panelId : undefined}
          onClick={() => setPublishing((open) => !open)}
        >
          {publishLabel}
        </button>
        {canSaveToFile() ? (
          <button
            type="button"
            onClick={() => {
              const doc = settledDocument();
              if (doc && draftId && writable(doc)) {
                const file = storeFile(doc);
                void saveToFile(draftId, file.text, doc.title).then(
                  (name) => name && setNotice(fileNotice(m, m.savedToFile(name), file, draftId)),
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
        {notice ? ` ${notice.text}` : ''}
      </p>
      {notice?.goTo && notice.goTo.draftId === draftId ? (
        <p className="editor-actions">
          <button
            type="button"
            onClick={() => goToEventField(notice.goTo!.eventId, EVENT_TITLE_ID)}
          >
            {notice.goTo.label}
          </button>
        </p>
      ) : null}
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
      {publishing ? (
        <div id={panelId}>
          <PublishPanel
            focusAddress
            onClose={() => {
              setPublishing(false);
              publishButton.current?.focus();
            }}
          />
        </div>
      ) : null}
    </div>
  );
}
