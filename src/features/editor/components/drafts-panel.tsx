import { type FormEvent, useEffect, useRef, useState } from 'react';
import { fetchAddress } from '../../../format/convert/fetch-address';
import { AddressFetchError, fetchDocument } from '../../../format/convert/fetch-document';
import { OPENABLE_FILES } from '../../../format/convert/import-limits';
import { ImportReadError, type ImportText } from '../../../format/convert/import-text';
import type { AmbiguousDate, DateOrder } from '../../../format/convert/import-dates';
import { parseStoreDate } from '../../../format/dates';
import { type Locale, formatStoreDate } from '../../../lib/date-format';
import type { DraftDocument, DraftRecord, DraftSummary } from '../model/draft-document';
import { type OpenedFile, documentFromFile } from '../model/document-from-file';
import { documentFromImport } from '../model/document-from-import';
import { ImportDialog } from '../../../components/import-dialog';
import {
  type ImportTarget,
  importActions as importSession,
} from '../../../lib/import/import-session';
import { importWordsFor } from '../model/import-words';
import { draftActions, useDraft, useDraftStore } from '../model/draft-store';
import {
  createDraft,
  deleteDraft,
  duplicateDraft,
  newEmptyDraft,
  refreshDrafts,
  renameDraft,
  replaceDraft,
  restoreDraft,
  type OpenOptions,
  useSession,
} from '../storage/draft-session';
import { useEditorI18n } from './editor-i18n';
import {
  EVENT_START_ID,
  STORE_FIELD_IDS,
  cancelOnEscape,
  changeThenFocus,
  focusNewDraftField,
  goToEventField,
} from './focus-return';
import { UndoDeleteNotice } from './undo-delete-notice';

/** What an import made of a file, said once the draft is open. */
interface ImportNote {
  summary: string;
  /** What was left out, in the importer's words ("row 4: date …: not a date"). */
  leftOut: readonly string[];
  /** Its events kept without a date, to be dated in the draft. */
  undated: readonly { readonly id: string; readonly title: string }[];
}

// Named in the note; the list of events marks every one of them.
const NAMED_UNDATED = 3;

// The rest is in the file: enough to see what kind of thing was left out.
const SHOWN_LEFT_OUT = 5;

/** A draft whose content a store opened for editing replaced, as the replacement left it. */
interface Replaced {
  draftId: string;
  title: string;
  after: DraftDocument;
}

/** New draft, Open store for editing, and the list of drafts with what can be done to each. */
export function DraftsPanel({
  onOpen,
}: {
  onOpen: (id: string, options?: OpenOptions) => Promise<boolean>;
}) {
  const { m, lang } = useEditorI18n();
  const drafts = useSession((state) => state.drafts);
  const listed = useSession((state) => state.listed);
  const openId = useDraft((state) => state.draftId);
  const readOnly = useDraft((state) => state.readOnly);
  const editedElsewhere = useSession((state) => state.editedElsewhere);
  const [opening, setOpening] = useState(false);
  const [deleted, setDeleted] = useState<DraftRecord | null>(null);
  // The last replacement: its notice (and Undo replace, which is the history's Undo) stands
  // while the draft is as the replacement left it, and goes with the next change to it, with
  // another draft opened, or with an Undo from the toolbar or the keys.
  const [replaced, setReplaced] = useState<Replaced | null>(null);
  const replacementStands = useDraft(
    (state) =>
      replaced !== null && state.draftId === replaced.draftId && state.document === replaced.after,
  );
  // What an import converted into the draft just opened: shown until the next one.
  const [importNote, setImportNote] = useState<ImportNote | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);

  // A draft deleted leaves the focus on the one that took its place in the list (or the one
  // before it), and on New draft once the list is empty.
  const deletedAt = (record: DraftRecord, index: number) =>
    changeThenFocus(
      () => setDeleted(record),
      () => {
        const opens = list.current?.querySelectorAll<HTMLElement>(
          ':scope > li > .editor-draft-open',
        );
        return opens?.[Math.min(index, opens.length - 1)] ?? newButton.current;
      },
    );

  // The new draft's title, ready to be typed over: the focus left on New draft said nothing
  // of the draft made beside it.
  const startNew = async () => {
    setImportNote(null);
    if (await onOpen(await newEmptyDraft(m.untitledDraft, lang)))
      focusNewDraftField(STORE_FIELD_IDS.title, newButton.current);
  };

  const opened = async (id: string, note: ImportNote | null, before?: DraftDocument) => {
    setOpening(false);
    setImportNote(note);
    setReplaced(null);
    const found = await onOpen(id, before ? { replaced: before } : undefined);
    const open = useDraftStore.getState();
    if (before && found && open.draftId === id && open.document)
      setReplaced({ draftId: id, title: open.document.title, after: open.document });
  };

  // Undone, the draft holds what it did before; the focus goes to it in the list, as the
  // notice goes.
  const undoReplace = () =>
    changeThenFocus(
      () => {
        draftActions.undo();
        setReplaced(null);
      },
      () => list.current?.querySelector<HTMLElement>('[aria-current="true"]') ?? newButton.current,
    );

  return (
    <section className="editor-drafts" aria-labelledby="drafts-heading">
      <div className="editor-drafts-actions">
        <button
          ref={newButton}
          type="button"
          className="primary editor-primary"
          onClick={() => void startNew()}
        >
          {m.newDraft}
        </button>
        <button
          ref={openButton}
          type="button"
          aria-expanded={opening}
          onClick={() => {
            // The last import's note is about the draft opened then, not the one coming.
            if (!opening) setImportNote(null);
            setOpening(!opening);
          }}
        >
          {m.openStoreForEditing}
        </button>
      </div>
      {opening ? (
        <OpenStoreForm
          onOpened={(id, note, before) => void opened(id, note, before)}
          onCancel={() =>
            changeThenFocus(
              () => setOpening(false),
              () => openButton.current,
            )
          }
        />
      ) : null}
      {/* Outside the form: Escape in the dialog cancels the import, not the form. */}
      <ImportDialog lang={lang} />
      {replaced && replacementStands ? (
        <UndoDeleteNotice
          message={m.draftReplaced(replaced.title || m.untitledDraft)}
          undoLabel={m.undoReplace}
          onUndo={undoReplace}
        />
      ) : null}
      {importNote ? (
        <div role="status" className="editor-notice">
          <p>{importNote.summary}</p>
          {importNote.leftOut.length > 0 ? (
            <ul>
              {importNote.leftOut.slice(0, SHOWN_LEFT_OUT).map((line, i) => (
                <li key={i}>{line}</li>
              ))}
              {importNote.leftOut.length > SHOWN_LEFT_OUT ? (
                // The rest a click away: once the Import dialog has closed, nothing else lists it.
                <li>
                  <details>
                    <summary>{m.andMore(importNote.leftOut.length - SHOWN_LEFT_OUT)}</summary>
                    <ul>
                      {importNote.leftOut.slice(SHOWN_LEFT_OUT).map((line, i) => (
                        <li key={i}>{line}</li>
                      ))}
                    </ul>
                  </details>
                </li>
              ) : null}
            </ul>
          ) : null}
          {importNote.undated.length > 0 ? (
            <>
              <p>
                {m.importedUndated(
                  importNote.undated
                    .slice(0, NAMED_UNDATED)
                    .map((event) => event.title || m.untitledEvent),
                  importNote.undated.length,
                )}
              </p>
              <p className="editor-actions">
                <button
                  type="button"
                  onClick={() => goToEventField(importNote.undated[0]!.id, EVENT_START_ID)}
                >
                  {m.goToUndated(importNote.undated[0]!.title || m.untitledEvent)}
                </button>
              </p>
            </>
          ) : null}
        </div>
      ) : null}
      <h2 id="drafts-heading">{m.drafts}</h2>
      {deleted ? (
        <UndoDeleteNotice
          message={m.draftDeleted(deleted.document.title)}
          onUndo={() => {
            void restoreDraft(deleted);
            setDeleted(null);
          }}
        />
      ) : null}
      {listed && drafts.length === 0 ? <p className="editor-muted">{m.noDrafts}</p> : null}
      <ul ref={list} aria-label={m.drafts} className="editor-draft-list">
        {drafts.map((draft, index) => (
          <DraftItem
            key={draft.id}
            draft={draft}
            current={draft.id === openId}
            editedElsewhere={
              editedElsewhere.includes(draft.id) || (draft.id === openId && readOnly)
            }
            onOpen={(id) => void onOpen(id)}
            onDeleted={(record) => deletedAt(record, index)}
          />
        ))}
      </ul>
    </section>
  );
}

/**
 * A draft in the list. One that another tab edits is neither renamed nor deleted here (that
 * tab's next save would undo a rename, or bring back half a deleted draft): its ✎ and × say
 * why instead.
 */
function DraftItem({
  draft,
  current,
  editedElsewhere,
  onOpen,
  onDeleted,
}: {
  draft: DraftSummary;
  current: boolean;
  editedElsewhere: boolean;
  onOpen: (id: string) => void;
  onDeleted: (record: DraftRecord) => void;
}) {
  const { m, lang } = useEditorI18n();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(draft.title);
  // A rename or delete was refused: said while the other tab still edits the draft.
  const [refused, setRefused] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  // Done, Cancel or Escape: the focus goes back to ✎.
  const endRename = () =>
    changeThenFocus(
      () => setRenaming(false),
      () => renameButton.current,
    );
  const title = draft.title || m.untitledDraft;
  const noteId = `${draft.id}-edited-elsewhere`;
  const changed = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(
    draft.updatedAt,
  );
  const submitRename = (event: FormEvent) => {
    event.preventDefault();
    void renameDraft(draft.id, name.trim() || title).then((change) => setRefused(!change.done));
    endRename();
  };
  const startRename = () => {
    if (editedElsewhere) {
      setRefused(true);
      // The other tab may have closed since the list was drawn.
      void refreshDrafts();
      return;
    }
    setName(draft.title);
    setRenaming(true);
  };
  const remove = () =>
    void deleteDraft(draft.id).then((change) => {
      setRefused(!change.done);
      if (change.done && change.value) onDeleted(change.value);
    });
  const unavailable = editedElsewhere
    ? ({ 'aria-disabled': true, 'aria-describedby': noteId } as const)
    : {};
  return (
    <li className={current ? 'editor-draft is-current' : 'editor-draft'}>
      <button
        type="button"
        className="editor-draft-open"
        aria-current={current ? 'true' : undefined}
        onClick={() => onOpen(draft.id)}
      >
        <span className="editor-draft-title">{title}</span>
        <span className="editor-draft-meta">
          {m.draftMeta(draft.events, draft.sources, changed)}
        </span>
        {editedElsewhere ? (
          <span className="editor-draft-meta editor-draft-elsewhere" id={noteId}>
            {m.editedElsewhere}
          </span>
        ) : null}
      </button>
      {renaming ? (
        <form
          onSubmit={submitRename}
          onKeyDown={(event) => cancelOnEscape(event, endRename)}
          className="editor-inline-form"
        >
          <label>
            {m.renameLabel}
            <input value={name} onChange={(event) => setName(event.target.value)} autoFocus />
          </label>
          <button type="submit">{m.done}</button>
          <button type="button" onClick={endRename}>
            {m.cancel}
          </button>
        </form>
      ) : (
        <div className="editor-draft-tools">
          <button
            ref={renameButton}
            type="button"
            aria-label={m.rename(title)}
            {...unavailable}
            onClick={startRename}
          >
            ✎
          </button>
          <button
            type="button"
            aria-label={m.duplicate(title)}
            onClick={() => void duplicateDraft(draft.id, m.copyOf)}
          >
            {/* Drawn, not a character: "⧉" is missing from common system fonts (a box on Linux). */}
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
              <rect
                x="1.5"
                y="4.5"
                width="9"
                height="10"
                rx="1"
                fill="none"
                stroke="currentColor"
              />
              <rect
                x="5.5"
                y="1.5"
                width="9"
                height="10"
                rx="1"
                fill="var(--surface)"
                stroke="currentColor"
              />
            </svg>
          </button>
          <button type="button" aria-label={m.deleteDraft(title)} {...unavailable} onClick={remove}>
            ×
          </button>
        </div>
      )}
      {refused && editedElsewhere ? (
        <p role="alert" className="editor-warning editor-draft-why">
          {m.editedElsewhereWhy(title)}
        </p>
      ) : null}
    </li>
  );
}

/** A file's text (a KMZ's KML, say) and what reading its bytes did, with its name. */
type NamedText = ImportText & { readonly name: string };

/** The bytes' reader (archives, workbooks, encodings), loaded when a file is opened. */
const readBytes = async (bytes: Uint8Array) =>
  (await import('../../../format/convert/read-import-bytes')).readImportBytes(bytes);

/**
 * A store from a file or an address, copied into a new draft; a file the explorer imports
 * (TimelineJS, SIMILE, timemap, KML, GeoJSON, a feed, a CSV or a workbook) is converted
 * first, asking the date order if need be.
 */
/** What an answer reads the dates in question as: ": 6 February 2020; 5 June 2021". */
function readingsOf(dates: readonly AmbiguousDate[], order: DateOrder, lang: Locale): string {
  if (dates.length === 0) return '';
  const read = dates.map((date) => {
    const parsed = date[order] === null ? null : parseStoreDate(date[order]);
    return parsed ? formatStoreDate(parsed, lang) : '—';
  });
  return `: ${read.join('; ')}`;
}

function OpenStoreForm({
  onOpened,
  onCancel,
}: {
  /** `before`: what the draft held, when the store replaced a draft's content. */
  onOpened: (id: string, note: ImportNote | null, before?: DraftDocument) => void;
  onCancel: () => void;
}) {
  const { m, lang } = useEditorI18n();
  const fileInput = useRef<HTMLInputElement>(null);
  // Opened, it takes the focus to its first field.
  useEffect(() => fileInput.current?.focus(), []);
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | null>(null);
  // A store whose title a draft has: kept until the person says which draft it is to be.
  const [sameTitle, setSameTitle] = useState<{
    document: DraftDocument;
    note: ImportNote | null;
    existing: DraftSummary;
  } | null>(null);
  // A file to import whose dates could be read either way: kept until the person says which.
  const [asking, setAsking] = useState<{
    file: NamedText;
    where: string;
    dates: readonly AmbiguousDate[];
  } | null>(null);

  const openText = async (file: NamedText, dateOrder?: DateOrder) =>
    openDocument(await documentFromFile(file.text, file.name, dateOrder, file, lang), file);

  const openDocument = async (opened: OpenedFile, file?: NamedText) => {
    if (opened.kind === 'refused') throw new Error(opened.message);
    if (opened.kind === 'ask-date-order') {
      if (file) setAsking({ file, where: opened.where, dates: opened.dates });
      return;
    }
    setAsking(null);
    const { imported, document } = opened;
    const note = imported
      ? {
          summary: m.importedInto(
            imported.format,
            document.events.length,
            imported.leftOutCount,
            imported.fieldsLeftOutCount,
          ),
          leftOut: imported.leftOut,
          undated: imported.undated,
        }
      : null;
    // A store opened again (downloaded from a draft, say): which draft it is to be is asked.
    const existing = useSession.getState().drafts.find((draft) => draft.title === document.title);
    if (existing) {
      setSameTitle({ document, note, existing });
      return;
    }
    onOpened(await createDraft(document), note);
  };

  const replace = async () => {
    if (!sameTitle) return;
    const { document, note, existing } = sameTitle;
    const change = await replaceDraft(existing.id, document);
    if (!change.done) {
      setError(m.editedElsewhereWhy(existing.title));
      return;
    }
    setSameTitle(null);
    onOpened(existing.id, note, change.value?.document);
  };

  const keepBoth = async () => {
    if (!sameTitle) return;
    const { document, note } = sameTitle;
    const titles = new Set(useSession.getState().drafts.map((draft) => draft.title));
    let n = 2;
    while (titles.has(m.numbered(document.title, n))) n++;
    setSameTitle(null);
    onOpened(await createDraft({ ...document, title: m.numbered(document.title, n) }), note);
  };

  /** Why the address gave nothing to open, in the editor's language. */
  const addressReason = ({ status, sheet }: AddressFetchError) => {
    // A sheet that nothing answers for is most often one not published to the web.
    if (sheet && status === null) return m.googleSheetUnread;
    // After "could not be opened:", so in lower case; a sheet's advice is how to publish it.
    const answer = m.addressFailed(status, !sheet).replace(/^./, (first) => first.toLowerCase());
    return sheet ? `${answer} ${m.googleSheetUnread}` : answer;
  };

  const failed = async (failure: unknown) => {
    // What reading the bytes refused (a PDF, a damaged archive) is the importers' to word.
    const reason =
      failure instanceof ImportReadError
        ? (await importWordsFor(lang)).refusal(failure.message)
        : failure instanceof AddressFetchError
          ? addressReason(failure)
          : failure instanceof Error
            ? failure.message
            : String(failure);
    setError(m.openFailed(reason));
  };

  const open = async (read: () => Promise<NamedText>) => {
    setError(null);
    setAsking(null);
    try {
      await openText(await read());
    } catch (failure) {
      await failed(failure);
    }
  };

  /**
   * Anything but a store goes through the explorer's Import dialog, where its columns are
   * mapped and its date order asked; a store (or JSON no importer reads) opens as it is.
   */
  const target: ImportTarget = {
    openStore: (file) =>
      void open(async () => ({
        ...(await readBytes(new Uint8Array(await file.arrayBuffer()))),
        name: file.name,
      })),
    openConverted: (converted) =>
      void documentFromImport(converted, lang)
        .then((opened) => openDocument(opened))
        .catch((failure: unknown) => void failed(failure)),
    // A row without a date is kept in the draft, its date asked for at its Start field.
    keepsUndated: true,
  };

  const importFile = (file: File, baseUrl?: string) => {
    setError(null);
    setAsking(null);
    setSameTitle(null);
    void importSession.openFile(file, target, baseUrl ? { baseUrl } : {});
  };

  const answer = (dateOrder: DateOrder) => {
    if (!asking) return;
    setError(null);
    openText(asking.file, dateOrder).catch((failure: unknown) => void failed(failure));
  };

  return (
    <div className="editor-open-store" onKeyDown={(event) => cancelOnEscape(event, onCancel)}>
      <div className="editor-field">
        <label htmlFor="open-store-file">{m.storeFile}</label>
        <input
          ref={fileInput}
          id="open-store-file"
          type="file"
          accept={OPENABLE_FILES}
          aria-describedby="open-store-file-hint"
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Emptied, so that the same file chosen again after Cancel is opened again.
            event.target.value = '';
            if (file) importFile(file);
          }}
        />
        <p className="editor-hint" id="open-store-file-hint">
          {m.storeFileHint}
        </p>
      </div>
      <form
        className="editor-field"
        onSubmit={(event) => {
          event.preventDefault();
          if (!address.trim()) return;
          setError(null);
          void (async () => {
            const url = new URL(address.trim(), window.location.href);
            // A Google Sheet's page, or a TimelineJS embed, is HTML for people: its data is read.
            const fetched = await fetchAddress(url.href);
            const blob = await fetchDocument(fetched);
            const name = fetched.name ?? (url.pathname.split('/').pop() || url.hostname);
            // Relative links in it are read against where it was found.
            importFile(new File([blob], name, { type: blob.type }), fetched.url);
          })().catch((failure: unknown) => void failed(failure));
        }}
      >
        <label htmlFor="open-store-address">{m.storeAddress}</label>
        <input
          id="open-store-address"
          type="text"
          inputMode="url"
          value={address}
          onChange={(event) => setAddress(event.target.value)}
        />
        <button type="submit">{m.openAddress}</button>
      </form>
      {asking ? (
        <div
          role="group"
          aria-labelledby="date-order-question"
          className="editor-notice editor-date-order"
        >
          <p id="date-order-question">{m.dateOrderQuestion(asking.where)}</p>
          {asking.dates.length > 0 ? (
            // The dates in question as the file writes them, with their events' titles (the
            // file's text: shown as text, in its own direction).
            <ul className="editor-date-examples">
              {asking.dates.map((date) => (
                <li key={`${date.where}:${date.text}`}>
                  {date.text}
                  {date.title ? (
                    <>
                      {' — '}
                      <bdi>{date.title}</bdi>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
          <button type="button" onClick={() => answer('dmy')}>
            {m.dayFirst}
            {readingsOf(asking.dates, 'dmy', lang)}
          </button>{' '}
          <button type="button" onClick={() => answer('mdy')}>
            {m.monthFirst}
            {readingsOf(asking.dates, 'mdy', lang)}
          </button>
        </div>
      ) : null}
      {sameTitle ? (
        <div
          role="group"
          aria-labelledby="same-title-question"
          className="editor-notice editor-same-title"
        >
          <p id="same-title-question">{m.sameTitleQuestion(sameTitle.document.title)}</p>
          <button type="button" onClick={() => void replace()}>
            {m.replaceDraft}
          </button>{' '}
          {/* The choice that loses nothing has the focus. */}
          <button type="button" autoFocus onClick={() => void keepBoth()}>
            {m.keepBoth}
          </button>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="editor-problem">
          {error}
        </p>
      ) : null}
    </div>
  );
}
