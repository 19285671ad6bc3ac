// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type DraftRecord, emptyDocument } from '../model/draft-document';
import { draftActions, useDraftStore } from '../model/draft-store';

// IndexedDB is stood in for by writes that finish when the test says so: the order in
// which a write ends and a later change is made is what these tests are about.
const writes: { record: DraftRecord; finish: () => void }[] = [];
const kept = new Map<string, DraftRecord>();

vi.mock('./draft-db', () => ({
  DraftStorageError: class extends Error {},
  draftDb: {
    get: (id: string) => Promise.resolve(kept.get(id)),
    list: () => Promise.resolve([]),
    delete: () => Promise.resolve(),
    put: (record: DraftRecord) =>
      new Promise<void>((resolve) => {
        writes.push({
          record,
          finish: () => {
            kept.set(record.id, record);
            resolve();
          },
        });
      }),
  },
}));

vi.mock('./draft-channel', () => ({
  announce: () => {},
  holdDraft: () => () => {},
  listenToDrafts: () => () => {},
}));

const { SAVE_DELAY_MS, closeDraft, openDraft, startDraftSession, useSession } =
  await import('./draft-session');

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
