// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftMessage } from './draft-channel';
import type { WriteOutcome } from './draft-db';
import { type DraftEvent, type DraftRecord, emptyDocument } from '../model/draft-document';
import { draftActions, useDraftStore } from '../model/draft-store';

// IndexedDB is stood in for by writes that finish when the test says so: the order in
// which a write ends and a later change is made is what these tests are about.
const writes: {
  record: DraftRecord;
  finish: (outcome?: WriteOutcome) => void;
  /** Made by the write of a page going away, which makes its requests before it returns. */
  leaving: boolean;
}[] = [];
const pendingWrite = (record: DraftRecord, leaving: boolean) =>
  new Promise<WriteOutcome>((resolve) => {
    writes.push({
      record,
      leaving,
      finish: (outcome = 'written') => {
        kept.set(record.id, record);
        resolve(outcome);
      },
    });
  });
const kept = new Map<string, DraftRecord>();
const forgotten: string[] = [];

vi.mock('./draft-db', () => ({
  DraftStorageError: class extends Error {},
  draftDb: {
    get: (id: string) => Promise.resolve(kept.get(id)),
    list: () => Promise.resolve([]),
    delete: (id: string) => Promise.resolve(void kept.delete(id)),
    forget: (id: string) => void forgotten.push(id),
    put: (record: DraftRecord) => pendingWrite(record, false),
    putNow: (record: DraftRecord) => pendingWrite(record, true),
    restore: (record: DraftRecord) => {
      if (kept.has(record.id)) return Promise.resolve('present');
      kept.set(record.id, record);
      return Promise.resolve('written');
    },
  },
}));

// Other tabs: the drafts whose lock one of them holds, and what they broadcast.
const heldElsewhere = new Set<string>();
const listeners: ((message: DraftMessage) => void)[] = [];
const fromAnotherTab = (message: Omit<DraftMessage, 'tab'>) =>
  listeners.forEach((listener) => listener({ ...message, tab: 'other' } as DraftMessage));

vi.mock('./draft-channel', () => ({
  announce: () => {},
  holdDraft: (id: string, onChange: (editable: boolean) => void) => {
    onChange(!heldElsewhere.has(id));
    return () => {};
  },
  listenToDrafts: (listener: (message: DraftMessage) => void) => {
    listeners.push(listener);
    return () => listeners.splice(listeners.indexOf(listener), 1);
  },
  whileNotEditedElsewhere: async (id: string, work: () => Promise<unknown>) =>
    heldElsewhere.has(id) ? { refused: true } : { refused: false, value: await work() },
  draftsBeingEdited: () => Promise.resolve(new Set(heldElsewhere)),
}));

const {
  SAVE_DELAY_MS,
  closeDraft,
  deleteDraft,
  openDraft,
  renameDraft,
  replaceDraft,
  restoreDraft,
  startDraftSession,
  useSession,
} = await import('./draft-session');

const { rememberedDraft } = await import('./last-draft');

const settle = () => vi.advanceTimersByTimeAsync(0);

describe('the save status', () => {
  let stop: () => void;

  beforeEach(async () => {
    vi.useFakeTimers();
    kept.set('d1', { id: 'd1', updatedAt: 1, document: emptyDocument('Pyongyang, June 2024') });
    stop = startDraftSession();
    expect(await openDraft('d1')).toBe(true);
  });

  afterEach(() => {
    stop();
    closeDraft();
    writes.length = 0;
    kept.clear();
    vi.useRealTimers();
  });

  it('says "Saving…" from a change until it is written, then saved', async () => {
    draftActions.setStoreField('title', 'Pyongyang');
    expect(useSession.getState().saving).toBe(true);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(writes).toHaveLength(1);
    expect(useSession.getState().saving).toBe(true);
    writes[0]!.finish();
    await settle();
    expect(useSession.getState().saving).toBe(false);
    expect(kept.get('d1')!.document.title).toBe('Pyongyang');
  });

  it('writes a change at once, by the write that does not read first, as the page goes away', async () => {
    draftActions.setStoreField('title', 'Typed, then reloaded');
    window.dispatchEvent(new Event('pagehide'));
    // Nothing awaited: a reloaded page runs nothing after its pagehide.
    expect(writes.map((write) => [write.record.document.title, write.leaving])).toEqual([
      ['Typed, then reloaded', true],
    ]);
    expect(useSession.getState().saving).toBe(true);
    writes[0]!.finish();
    await settle();
    expect(useSession.getState().saving).toBe(false);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(writes).toHaveLength(1);
  });

  it('is not "saved" when a write ends while a later change still waits for its own', async () => {
    draftActions.setStoreField('title', 'Pyongyang');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(writes).toHaveLength(1);
    // Typed while the first write is still going on (a busy machine, a slow disk).
    draftActions.setStoreField('description', 'The treaty and the visit.');
    writes[0]!.finish();
    await settle();
    expect(useSession.getState().saving).toBe(true);

    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(writes).toHaveLength(2);
    expect(useSession.getState().saving).toBe(true);
    writes[1]!.finish();
    await settle();
    expect(useSession.getState().saving).toBe(false);
    expect(kept.get('d1')!.document.description).toBe('The treaty and the visit.');
  });

  it('is not "saved" while the later of two overlapping writes is still going on', async () => {
    draftActions.setStoreField('title', 'Pyongyang');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    draftActions.setStoreField('title', 'Pyongyang, 2024');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(writes).toHaveLength(2);
    writes[0]!.finish();
    await settle();
    expect(useSession.getState().saving).toBe(true);
    writes[1]!.finish();
    await settle();
    expect(useSession.getState().saving).toBe(false);
    expect(useDraftStore.getState().document!.title).toBe('Pyongyang, 2024');
  });
});

const event = (id: string): DraftEvent => ({
  id,
  title: id,
  start: '2024-06-19',
  actors: [],
  excerpts: [],
});
const twoEvents = () => ({
  ...emptyDocument('Pyongyang treaty'),
  events: [event('treaty-signed'), event('first-visit')],
});

describe('a draft open in two tabs', () => {
  let stop: () => void;

  beforeEach(() => {
    vi.useFakeTimers();
    kept.set('d1', { id: 'd1', updatedAt: 1, document: twoEvents() });
    stop = startDraftSession();
  });

  afterEach(() => {
    stop();
    closeDraft();
    writes.length = 0;
    forgotten.length = 0;
    kept.clear();
    heldElsewhere.clear();
    useSession.setState({ deletedElsewhere: null });
    vi.useRealTimers();
  });

  it('is neither deleted nor renamed from the tab that only reads it', async () => {
    heldElsewhere.add('d1');
    expect(await openDraft('d1')).toBe(true);
    expect(useDraftStore.getState().readOnly).toBe(true);

    expect(await deleteDraft('d1')).toEqual({ done: false, why: 'edited-elsewhere' });
    expect(await renameDraft('d1', 'Renamed from the reading tab')).toEqual({
      done: false,
      why: 'edited-elsewhere',
    });
    expect(kept.get('d1')!.document).toEqual(twoEvents());
    expect(writes).toHaveLength(0);
    expect(useDraftStore.getState().draftId).toBe('d1');
    expect(useSession.getState().editedElsewhere).toEqual(['d1']);
  });

  it('is deleted from the tab that edits it, and Undo delete brings it back whole', async () => {
    expect(await openDraft('d1')).toBe(true);
    expect(useDraftStore.getState().readOnly).toBe(false);
    expect(useSession.getState().editedElsewhere).toEqual([]);

    const change = await deleteDraft('d1');
    expect(change.done).toBe(true);
    expect(kept.has('d1')).toBe(false);
    expect(useDraftStore.getState().draftId).toBeNull();

    await restoreDraft(change.done ? change.value! : (undefined as never));
    expect(kept.get('d1')!.document.events).toHaveLength(2);
  });

  it('Undo delete leaves alone a draft kept again meanwhile (by the tab editing it)', async () => {
    const deleted = kept.get('d1')!;
    kept.set('d1', { id: 'd1', updatedAt: 2, document: { ...twoEvents(), title: 'Newer' } });
    await restoreDraft(deleted);
    expect(kept.get('d1')!.document.title).toBe('Newer');
  });

  it('in the editing tab, told it was deleted elsewhere: writes it back whole at once, and says so', async () => {
    expect(await openDraft('d1')).toBe(true);
    kept.delete('d1');
    fromAnotherTab({ type: 'deleted', draftId: 'd1' });
    await settle();
    // Every chunk, not only those this tab changed.
    expect(forgotten).toEqual(['d1']);
    expect(writes).toHaveLength(1);
    expect(writes[0]!.record.document.events).toHaveLength(2);
    expect(useSession.getState().saving).toBe(true);
    writes[0]!.finish();
    await settle();
    expect(useSession.getState().saving).toBe(false);
    expect(kept.get('d1')!.document.events).toHaveLength(2);
    expect(useSession.getState().deletedElsewhere).toEqual({
      draftId: 'd1',
      title: 'Pyongyang treaty',
      outcome: 'kept',
    });
  });

  it('in the editing tab, a save that finds it deleted (written back whole) says so', async () => {
    expect(await openDraft('d1')).toBe(true);
    draftActions.setStoreField('title', 'Pyongyang treaty v2');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    writes[0]!.finish('recreated');
    await settle();
    expect(useSession.getState().saving).toBe(false);
    expect(useSession.getState().deletedElsewhere).toMatchObject({
      draftId: 'd1',
      outcome: 'kept',
    });
  });

  it('in a reading tab, told it was deleted: closes it (editing it would bring it back), and says so', async () => {
    heldElsewhere.add('d1');
    expect(await openDraft('d1')).toBe(true);
    kept.delete('d1');
    fromAnotherTab({ type: 'deleted', draftId: 'd1' });
    await settle();
    expect(useDraftStore.getState().draftId).toBeNull();
    expect(writes).toHaveLength(0);
    expect(useSession.getState().deletedElsewhere).toEqual({
      draftId: 'd1',
      title: 'Pyongyang treaty',
      outcome: 'closed',
    });
  });
});

describe('the draft last worked on, and a draft replaced', () => {
  let stop: () => void;

  beforeEach(() => {
    vi.useFakeTimers();
    localStorage.clear();
    kept.set('d1', { id: 'd1', updatedAt: 1, document: twoEvents() });
    stop = startDraftSession();
  });

  afterEach(() => {
    stop();
    closeDraft();
    writes.length = 0;
    kept.clear();
    heldElsewhere.clear();
    localStorage.clear();
    vi.useRealTimers();
  });

  it('is the draft opened, and is forgotten when it is deleted', async () => {
    expect(await openDraft('d1')).toBe(true);
    expect(rememberedDraft()).toBe('d1');
    expect((await deleteDraft('d1')).done).toBe(true);
    expect(rememberedDraft()).toBeNull();
  });

  it('is not a draft that is not there', async () => {
    expect(await openDraft('gone')).toBe(false);
    expect(rememberedDraft()).toBeNull();
  });

  it('replaced, the draft opens with the replacement as one step: Undo writes back what it held', async () => {
    const previous = kept.get('d1')!;
    const file = { ...emptyDocument('Pyongyang treaty'), events: [event('from-the-file')] };
    const replacing = replaceDraft('d1', file);
    await settle();
    writes[0]!.finish();
    const change = await replacing;
    expect(change).toEqual({ done: true, value: previous });
    expect(kept.get('d1')!.document).toBe(file);

    expect(await openDraft('d1', { replaced: previous.document })).toBe(true);
    expect(useDraftStore.getState().document!.events.map((e) => e.id)).toEqual(['from-the-file']);
    draftActions.undo();
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(writes).toHaveLength(2);
    writes[1]!.finish();
    await settle();
    expect(kept.get('d1')!.document.events.map((e) => e.id)).toEqual([
      'treaty-signed',
      'first-visit',
    ]);
  });

  it('is not replaced while another tab edits it', async () => {
    heldElsewhere.add('d1');
    expect(await replaceDraft('d1', { ...emptyDocument('Pyongyang treaty'), events: [] })).toEqual({
      done: false,
      why: 'edited-elsewhere',
    });
    expect(kept.get('d1')!.document.events).toHaveLength(2);
    expect(writes).toHaveLength(0);
  });
});
