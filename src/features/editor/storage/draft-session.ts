import { create } from 'zustand';
import {
  type DraftDocument,
  type DraftRecord,
  type DraftSummary,
  emptyDocument,
  summarize,
} from '../model/draft-document';
import { draftActions, useDraftStore } from '../model/draft-store';
import { DraftStorageError, type StorageProblem, type WriteOutcome, draftDb } from './draft-db';
import {
  announce,
  draftsBeingEdited,
  holdDraft,
  listenToDrafts,
  whileNotEditedElsewhere,
} from './draft-channel';
import { forgetDraft, rememberDraft } from './last-draft';

/**
 * Keeps drafts: every change is written to IndexedDB within SAVE_DELAY_MS of the last
 * keystroke (and at once when the tab is hidden, reloaded or closed), the list of drafts follows,
 * and when storage fails the drafts stay in memory, usable, and the failure is said.
 */
export const SAVE_DELAY_MS = 300;

export interface SessionState {
  drafts: DraftSummary[];
  /** Drafts are listed (storage answered, or failed and memory is used). */
  listed: boolean;
  storageProblem: StorageProblem | null;
  saving: boolean;
  lastSavedAt: number | null;
  /** Time the last save took, for the speed note. */
  lastSaveMs: number | null;
  /** Drafts another tab holds for editing: this tab neither deletes nor renames them. */
  editedElsewhere: readonly string[];
  /** Another tab deleted the draft open here: kept (this tab edits it) or closed (it read it). */
  deletedElsewhere: DeletedElsewhere | null;
}

export interface DeletedElsewhere {
  draftId: string;
  title: string;
  outcome: 'kept' | 'closed';
}

/** A change refused because another tab edits the draft (delete or rename it there). */
export const EDITED_ELSEWHERE = 'edited-elsewhere';
export type DraftChange<T> =
  { done: true; value: T } | { done: false; why: typeof EDITED_ELSEWHERE };

export const useSession = create<SessionState>(() => ({
  drafts: [],
  listed: false,
  storageProblem: null,
  saving: false,
  lastSavedAt: null,
  lastSaveMs: null,
  editedElsewhere: [],
  deletedElsewhere: null,
}));

// When storage fails, drafts live here for the life of the tab.
const inMemory = new Map<string, DraftRecord>();

function noteProblem(error: unknown) {
  const problem = error instanceof DraftStorageError ? error.problem : 'unavailable';
  useSession.setState({ storageProblem: problem });
}

async function store<T>(work: () => Promise<T>, fallback: () => T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    noteProblem(error);
    return fallback();
  }
}

export async function refreshDrafts() {
  const saved = await store(
    () => draftDb.list(),
    () => [] as DraftSummary[],
  );
  const byId = new Map<string, DraftSummary>(saved.map((summary) => [summary.id, summary]));
  for (const [id, record] of inMemory) byId.set(id, summarize(record));
  const drafts = [...byId.values()].sort((a, b) => b.updatedAt - a.updatedAt);
  const edited = await draftsBeingEdited();
  if (holding !== null) edited.delete(holding);
  for (const id of changing) edited.delete(id);
  useSession.setState({ drafts, listed: true, editedElsewhere: [...edited] });
}

async function readDraft(id: string): Promise<DraftRecord | undefined> {
  return (
    inMemory.get(id) ??
    (await store(
      () => draftDb.get(id),
      () => undefined,
    ))
  );
}

// A change waits for its save (saveTimer) or is being written (writesInFlight): until
// neither is true, the toolbar says "Saving…". A write that ends while a later change
// waits must not say "All changes saved".
let saveTimer: ReturnType<typeof setTimeout> | null = null;
let writesInFlight = 0;

const settleSaving = () =>
  useSession.setState({ saving: writesInFlight > 0 || saveTimer !== null });

async function writeDraft(record: DraftRecord, write: typeof draftDb.put = draftDb.put) {
  const started = performance.now();
  writesInFlight += 1;
  useSession.setState({ saving: true });
  try {
    const outcome: WriteOutcome = await write(record);
    inMemory.delete(record.id);
    if (outcome === 'recreated') keptAfterDeletion(record.id, record.document.title);
    useSession.setState({
      storageProblem: null,
      lastSavedAt: record.updatedAt,
      lastSaveMs: performance.now() - started,
    });
    announce({ type: 'saved', draftId: record.id });
  } catch (error) {
    inMemory.set(record.id, record);
    noteProblem(error);
  } finally {
    writesInFlight -= 1;
    settleSaving();
  }
}

function newId(): string {
  return `draft-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export async function createDraft(document: DraftDocument): Promise<string> {
  const record: DraftRecord = { id: newId(), updatedAt: Date.now(), document };
  await writeDraft(record);
  await refreshDrafts();
  return record.id;
}

export const newEmptyDraft = (title: string, language: string) =>
  createDraft(emptyDocument(title, language));

export async function duplicateDraft(id: string, titleOf: (title: string) => string) {
  const record = await readDraft(id);
  if (!record) return;
  await createDraft({ ...record.document, title: titleOf(record.document.title) });
}

/** Drafts whose lock this tab holds for a rename or delete (not edited elsewhere). */
const changing = new Set<string>();

/**
 * Runs a change to a whole draft (rename, delete) unless another tab edits it: that tab's
 * next save would undo a rename, and a draft deleted under it would come back half-written.
 * The draft this tab edits is changed here (`mine`).
 */
async function unlessEditedElsewhere<T>(
  id: string,
  work: (mine: boolean) => Promise<T>,
): Promise<DraftChange<T>> {
  if (holding === id) return { done: true, value: await work(true) };
  changing.add(id);
  let result;
  try {
    result = await whileNotEditedElsewhere(id, () => work(false));
  } finally {
    changing.delete(id);
  }
  await refreshDrafts();
  return result.refused
    ? { done: false, why: EDITED_ELSEWHERE }
    : { done: true, value: result.value };
}

export function renameDraft(id: string, title: string): Promise<DraftChange<void>> {
  return unlessEditedElsewhere(id, async () => {
    const open = useDraftStore.getState();
    if (open.draftId === id && !open.readOnly) {
      draftActions.setStoreField('title', title);
      await flushSave();
    } else {
      const record = await readDraft(id);
      if (record) await writeDraft({ ...record, document: { ...record.document, title } });
    }
    await refreshDrafts();
  });
}

/**
 * Deletes a draft and returns it, so that the list can offer to bring it back; refused
 * while another tab edits it.
 */
export function deleteDraft(id: string): Promise<DraftChange<DraftRecord | undefined>> {
  return unlessEditedElsewhere(id, async (mine) => {
    // What was typed in the last moment is in what Undo delete brings back.
    if (mine) await flushSave();
    const record = await readDraft(id);
    inMemory.delete(id);
    await store(
      () => draftDb.delete(id),
      () => undefined,
    );
    announce({ type: 'deleted', draftId: id });
    // /edit/ opened again lands on the list, not on a draft that is gone.
    forgetDraft(id);
    if (useDraftStore.getState().draftId === id) closeDraft();
    await refreshDrafts();
    return record;
  });
}

/**
 * Replaces a draft's document with another (a store opened again over the draft of its
 * title, as the person chose) and returns the draft as it was, for `openDraft`'s `replaced`:
 * the replacement is then one step of the draft's history, which Undo takes back. Refused
 * while another tab edits it.
 */
export function replaceDraft(
  id: string,
  document: DraftDocument,
): Promise<DraftChange<DraftRecord | undefined>> {
  return unlessEditedElsewhere(id, async (mine) => {
    // The last change typed is written first, so that it cannot land over the new document,
    // and is in what Undo brings back.
    if (mine) await flushSave();
    const previous = await readDraft(id);
    if (useDraftStore.getState().draftId === id) closeDraft();
    await writeDraft({ id, updatedAt: Date.now(), document });
    await refreshDrafts();
    return previous;
  });
}

/** Undo delete: brings the draft back as it was deleted, unless it is kept again already. */
export async function restoreDraft(record: DraftRecord) {
  await writeDraft(record, draftDb.restore);
  await refreshDrafts();
}

// ---- the open draft ----

let releaseLock: () => void = () => {};
let savedDocument: DraftDocument | null = null;
/** The draft whose lock this tab holds: it edits it. */
let holding: string | null = null;

/**
 * Another tab deleted the draft this tab edits (a tab of an older editor, or a browser
 * without Web Locks, where the lock did not stop it): it is kept, written back whole, and
 * said. Nothing the person sees here is lost.
 */
function keptAfterDeletion(id: string, title: string) {
  const open = useDraftStore.getState();
  if (open.draftId !== id || open.readOnly) return;
  useSession.setState({ deletedElsewhere: { draftId: id, title, outcome: 'kept' } });
}

/** Another tab deleted the draft this tab only reads: it is closed here, and said. */
function closedAfterDeletion(id: string) {
  const open = useDraftStore.getState();
  if (open.draftId !== id) return;
  const title = open.document?.title ?? '';
  closeDraft();
  useSession.setState({ deletedElsewhere: { draftId: id, title, outcome: 'closed' } });
}

// Each open is numbered: an open overtaken by a later one (a second click, React's
// StrictMode running effects twice) neither shows its draft nor holds its lock.
let opening = 0;

export interface OpenOptions {
  /** What the draft held before `replaceDraft`: the history starts with the replacement. */
  replaced?: DraftDocument;
}

export async function openDraft(id: string, { replaced }: OpenOptions = {}): Promise<boolean> {
  const mine = ++opening;
  closeDraft();
  useSession.setState({ deletedElsewhere: null });
  const record = await readDraft(id);
  if (mine !== opening) return record !== undefined;
  if (!record) return false;
  savedDocument = record.document;
  if (replaced) draftActions.loadReplaced(id, replaced, record.document);
  else draftActions.load(id, record.document);
  rememberDraft(id);
  releaseLock = holdDraft(id, (editable) => {
    if (mine !== opening || useDraftStore.getState().draftId !== id) return;
    if (editable) holding = id;
    if (editable && useDraftStore.getState().readOnly) {
      // The other tab let go: continue from what it saved last, unless it deleted the
      // draft (editing it here would bring it back).
      void readDraft(id).then((latest) => {
        if (mine !== opening) return;
        if (!latest) {
          closedAfterDeletion(id);
          return;
        }
        savedDocument = latest.document;
        draftActions.follow(latest.document);
        draftActions.setReadOnly(false);
      });
    } else {
      draftActions.setReadOnly(!editable);
    }
  });
  return true;
}

export function closeDraft() {
  flushSave();
  releaseLock();
  releaseLock = () => {};
  holding = null;
  savedDocument = null;
  draftActions.close();
}

/**
 * Writes the open draft's last change now. `leaving`: the page is being hidden or closed,
 * and the write must be on its way before this returns (draftDb.putNow).
 */
export function flushSave({ leaving = false } = {}): Promise<void> {
  if (saveTimer !== null) clearTimeout(saveTimer);
  saveTimer = null;
  const { draftId, document, readOnly } = useDraftStore.getState();
  if (!draftId || !document || readOnly || document === savedDocument) {
    settleSaving();
    return Promise.resolve();
  }
  savedDocument = document;
  // The draft last worked on is the one last changed, whichever tab opened a draft since.
  rememberDraft(draftId);
  const record = { id: draftId, updatedAt: Date.now(), document };
  return writeDraft(record, leaving ? draftDb.putNow : draftDb.put).then(refreshDrafts);
}

/** Starts the autosave and the cross-tab follow; returns a stop function. */
export function startDraftSession(): () => void {
  const unsubscribe = useDraftStore.subscribe((state, previous) => {
    if (state.document === previous.document || state.readOnly) return;
    if (state.draftId !== previous.draftId) return;
    if (saveTimer !== null) clearTimeout(saveTimer);
    // "Saving…" from the change on, not only while IndexedDB writes: "All changes saved"
    // must never show while a change waits for its save.
    useSession.setState({ saving: true });
    saveTimer = setTimeout(() => void flushSave(), SAVE_DELAY_MS);
  });
  const stopListening = listenToDrafts((message) => {
    const open = useDraftStore.getState();
    if (message.type === 'deleted' && open.draftId === message.draftId) {
      if (open.readOnly) {
        closedAfterDeletion(message.draftId);
      } else if (open.document) {
        // Deleted under this tab: write it back whole, now.
        draftDb.forget(message.draftId);
        savedDocument = null;
        keptAfterDeletion(message.draftId, open.document.title);
        void flushSave();
      }
    }
    if (message.type === 'saved') {
      if (open.draftId === message.draftId && open.readOnly) {
        void readDraft(message.draftId).then((latest) => {
          if (latest && useDraftStore.getState().readOnly) {
            savedDocument = latest.document;
            draftActions.follow(latest.document);
          }
        });
      }
    }
    void refreshDrafts();
  });
  const flushNow = () => {
    if (document.visibilityState === 'hidden') void flushSave({ leaving: true });
    // Back in view: which drafts other tabs edit may have changed (a tab closed).
    else void refreshDrafts();
  };
  const onPageHide = () => void flushSave({ leaving: true });
  document.addEventListener('visibilitychange', flushNow);
  window.addEventListener('pagehide', onPageHide);
  void refreshDrafts();
  return () => {
    unsubscribe();
    stopListening();
    document.removeEventListener('visibilitychange', flushNow);
    window.removeEventListener('pagehide', onPageHide);
  };
}
