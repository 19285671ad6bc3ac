import { create } from 'zustand';
import {
  type DraftDocument,
  type DraftRecord,
  type DraftSummary,
  emptyDocument,
  summarize,
} from '../model/draft-document';
import { draftActions, useDraftStore } from '../model/draft-store';
import { DraftStorageError, type StorageProblem, draftDb } from './draft-db';
import { announce, holdDraft, listenToDrafts } from './draft-channel';

/**
 * Keeps drafts: every change is written to IndexedDB within SAVE_DELAY_MS of the last
 * keystroke (and at once when the tab is hidden or closed), the list of drafts follows,
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
}

export const useSession = create<SessionState>(() => ({
  drafts: [],
  listed: false,
  storageProblem: null,
  saving: false,
  lastSavedAt: null,
  lastSaveMs: null,
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
  useSession.setState({ drafts, listed: true });
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

async function writeDraft(record: DraftRecord) {
  const started = performance.now();
  writesInFlight += 1;
  useSession.setState({ saving: true });
  try {
    await draftDb.put(record);
    inMemory.delete(record.id);
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

export const newEmptyDraft = (title: string) => createDraft(emptyDocument(title));

export async function duplicateDraft(id: string, titleOf: (title: string) => string) {
  const record = await readDraft(id);
  if (!record) return;
  await createDraft({ ...record.document, title: titleOf(record.document.title) });
}

export async function renameDraft(id: string, title: string) {
  const open = useDraftStore.getState();
  if (open.draftId === id) {
    draftActions.setStoreField('title', title);
    await flushSave();
  } else {
    const record = await readDraft(id);
    if (record) await writeDraft({ ...record, document: { ...record.document, title } });
  }
  await refreshDrafts();
}

/** Deletes a draft and returns it, so that the list can offer to bring it back. */
export async function deleteDraft(id: string): Promise<DraftRecord | undefined> {
  const record = await readDraft(id);
  inMemory.delete(id);
  await store(
    () => draftDb.delete(id),
    () => undefined,
  );
  announce({ type: 'deleted', draftId: id });
  if (useDraftStore.getState().draftId === id) closeDraft();
  await refreshDrafts();
  return record;
}

export async function restoreDraft(record: DraftRecord) {
  await writeDraft(record);
  await refreshDrafts();
}

// ---- the open draft ----

let releaseLock: () => void = () => {};
let savedDocument: DraftDocument | null = null;

// Each open is numbered: an open overtaken by a later one (a second click, React's
// StrictMode running effects twice) neither shows its draft nor holds its lock.
let opening = 0;

export async function openDraft(id: string): Promise<boolean> {
  const mine = ++opening;
  closeDraft();
  const record = await readDraft(id);
  if (mine !== opening) return record !== undefined;
  if (!record) return false;
  savedDocument = record.document;
  draftActions.load(id, record.document);
  releaseLock = holdDraft(id, (editable) => {
    if (mine !== opening || useDraftStore.getState().draftId !== id) return;
    if (editable && useDraftStore.getState().readOnly) {
      // The other tab let go: continue from what it saved last.
      void readDraft(id).then((latest) => {
        if (latest) {
          savedDocument = latest.document;
          draftActions.follow(latest.document);
        }
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
  savedDocument = null;
  draftActions.close();
}

export function flushSave(): Promise<void> {
  if (saveTimer !== null) clearTimeout(saveTimer);
  saveTimer = null;
  const { draftId, document, readOnly } = useDraftStore.getState();
  if (!draftId || !document || readOnly || document === savedDocument) {
    settleSaving();
    return Promise.resolve();
  }
  savedDocument = document;
  return writeDraft({ id: draftId, updatedAt: Date.now(), document }).then(refreshDrafts);
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
    if (document.visibilityState === 'hidden') void flushSave();
  };
  const onPageHide = () => void flushSave();
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
