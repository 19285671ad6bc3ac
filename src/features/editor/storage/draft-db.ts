import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import {
  type DraftEvent,
  type DraftRecord,
  type DraftSummary,
  summarize,
} from '../model/draft-document';

/**
 * A draft is kept as its document without the events (`drafts`), its events in chunks of
 * EVENTS_PER_CHUNK (`eventChunks`, keyed [draft id, chunk number]), and what the list of drafts shows
 * of it (`summaries`), all written in one transaction. A save writes only the chunks whose
 * events changed since this tab last wrote or read them: typing in a 10,000-event draft
 * clones one chunk into the database, not megabytes. A save that finds the draft gone
 * (another tab deleted it) writes every chunk. And listing the drafts reads the
 * summaries, not every draft's whole document.
 */
interface StoredDraft extends DraftRecord {
  /** How many chunks hold the events; absent in drafts kept whole (before chunks existed). */
  eventChunks?: number;
}

interface DraftDb extends DBSchema {
  drafts: { key: string; value: StoredDraft };
  summaries: { key: string; value: DraftSummary };
  eventChunks: { key: [string, number]; value: DraftEvent[] };
}

export const EVENTS_PER_CHUNK = 100;

// The chunks of each draft as this tab last wrote or read them: a chunk made of the very
// same event objects is in the database already (the draft store changes events
// immutably, and the Web Lock keeps other tabs from writing a draft this tab edits).
const inDatabase = new Map<string, readonly (readonly DraftEvent[])[]>();

function chunksOf(events: readonly DraftEvent[]): DraftEvent[][] {
  const chunks: DraftEvent[][] = [];
  for (let start = 0; start < events.length; start += EVENTS_PER_CHUNK)
    chunks.push(events.slice(start, start + EVENTS_PER_CHUNK));
  return chunks;
}

const sameEvents = (a: readonly DraftEvent[] | undefined, b: readonly DraftEvent[]) =>
  a !== undefined && a.length === b.length && a.every((event, i) => event === b[i]);

/** Every chunk of a draft from `from` on. */
const chunksFrom = (id: string, from: number) =>
  IDBKeyRange.bound([id, from], [id, Number.MAX_SAFE_INTEGER]);

/** Why drafts cannot be kept: no IndexedDB at all (some private windows), or it is full. */
export type StorageProblem = 'unavailable' | 'full';

export class DraftStorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    cause?: unknown,
  ) {
    super(problem === 'full' ? 'The browser storage is full.' : 'Browser storage is unavailable.');
    this.cause = cause;
  }
}

function classify(error: unknown): DraftStorageError {
  if (error instanceof DraftStorageError) return error;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  return new DraftStorageError(name === 'QuotaExceededError' ? 'full' : 'unavailable', error);
}

let database: Promise<IDBPDatabase<DraftDb>> | null = null;
/** The connection once open, for a save that must make its requests before it returns. */
let opened: IDBPDatabase<DraftDb> | null = null;

function db(): Promise<IDBPDatabase<DraftDb>> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) {
    return Promise.reject(new DraftStorageError('unavailable'));
  }
  database ??= openDB<DraftDb>('sourceline-editor', 2, {
    async upgrade(upgrading, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) upgrading.createObjectStore('drafts', { keyPath: 'id' });
      if (oldVersion < 2) {
        upgrading.createObjectStore('eventChunks');
        // Drafts kept before the summaries existed get theirs now, once (and stay whole
        // until their next save).
        const summaries = upgrading.createObjectStore('summaries', { keyPath: 'id' });
        for (const record of await transaction.objectStore('drafts').getAll()) {
          await summaries.put(summarize(record));
        }
      }
    },
  }).then(
    (connection) => (opened = connection),
    (error: unknown) => {
      database = null;
      throw classify(error);
    },
  );
  return database;
}

async function attempt<T>(work: (db: IDBPDatabase<DraftDb>) => Promise<T>): Promise<T> {
  try {
    return await work(await db());
  } catch (error) {
    throw classify(error);
  }
}

async function readDraft(d: IDBPDatabase<DraftDb>, id: string): Promise<DraftRecord | undefined> {
  const transaction = d.transaction(['drafts', 'eventChunks']);
  const [stored, chunks] = await Promise.all([
    transaction.objectStore('drafts').get(id),
    transaction.objectStore('eventChunks').getAll(chunksFrom(id, 0)),
  ]);
  if (stored === undefined) return undefined;
  const { eventChunks, ...record } = stored;
  if (eventChunks === undefined) {
    inDatabase.delete(id);
    return record;
  }
  const held = chunks.slice(0, eventChunks);
  inDatabase.set(id, held);
  return { ...record, document: { ...record.document, events: held.flat() } };
}

/**
 * What a save found: the draft kept (`written`); the draft gone, deleted by another tab,
 * so written back whole (`recreated`); or, for a draft brought back only if it is not
 * kept, the draft there already and left as it is (`present`).
 */
export type WriteOutcome = 'written' | 'recreated' | 'present';

const writeTransaction = (d: IDBPDatabase<DraftDb>) =>
  d.transaction(['drafts', 'summaries', 'eventChunks'], 'readwrite');
type WriteTransaction = ReturnType<typeof writeTransaction>;

async function writeDraft(
  d: IDBPDatabase<DraftDb>,
  record: DraftRecord,
  onlyIfAbsent = false,
): Promise<WriteOutcome> {
  const transaction = writeTransaction(d);
  // The chunks this tab wrote or read are still there only if the draft is: another tab
  // may have deleted it (and its chunks), and a save that wrote only the changed chunks
  // would bring back a draft without its events.
  const kept = (await transaction.objectStore('drafts').count(record.id)) > 0;
  if (kept && onlyIfAbsent) {
    await transaction.done;
    return 'present';
  }
  const recreated = !kept && !onlyIfAbsent && inDatabase.has(record.id);
  await writeChunks(transaction, record, kept ? inDatabase.get(record.id) : undefined);
  return recreated ? 'recreated' : 'written';
}

/**
 * Makes every request of a save at once, before it returns: the chunks whose events are
 * not the ones in `before` (all of them without it), the document and its summary.
 */
function writeChunks(
  transaction: WriteTransaction,
  record: DraftRecord,
  before: readonly (readonly DraftEvent[])[] | undefined,
): Promise<void> {
  const chunks = chunksOf(record.document.events);
  const chunkStore = transaction.objectStore('eventChunks');
  const writes: Promise<unknown>[] = [];
  chunks.forEach((chunk, k) => {
    if (!sameEvents(before?.[k], chunk)) writes.push(chunkStore.put(chunk, [record.id, k]));
  });
  if (before === undefined || before.length > chunks.length)
    writes.push(chunkStore.delete(chunksFrom(record.id, chunks.length)));
  const stored: StoredDraft = {
    ...record,
    document: { ...record.document, events: [] },
    eventChunks: chunks.length,
  };
  writes.push(transaction.objectStore('drafts').put(stored));
  writes.push(transaction.objectStore('summaries').put(summarize(record)));
  return Promise.all([...writes, transaction.done]).then(() => {
    inDatabase.set(record.id, chunks);
  });
}

/**
 * A save as the page goes away (a reload, a closed tab): a save that read first would
 * still wait for its read when the page is gone, and its change would be lost. This one
 * makes its writes and commits before it returns. It skips the check that the draft is
 * still kept: the Web Lock of the tab editing it keeps other tabs from deleting it.
 */
function writeDraftNow(record: DraftRecord): Promise<WriteOutcome> {
  if (opened === null) return attempt((d) => writeDraft(d, record));
  let written: Promise<void>;
  try {
    const transaction = writeTransaction(opened);
    written = writeChunks(transaction, record, inDatabase.get(record.id));
    transaction.commit();
  } catch (error) {
    return Promise.reject(classify(error));
  }
  return written.then(
    () => 'written' as const,
    (error: unknown) => {
      throw classify(error);
    },
  );
}

export const draftDb = {
  list: () => attempt((d) => d.getAll('summaries')),
  get: (id: string) => attempt((d) => readDraft(d, id)),
  put: (record: DraftRecord) => attempt((d) => writeDraft(d, record)),
  putNow: writeDraftNow,
  /** Forgets which chunks are kept: the next save of the draft writes them all. */
  forget: (id: string) => void inDatabase.delete(id),
  /** Brings a deleted draft back, unless it is kept again already (by the tab editing it). */
  restore: (record: DraftRecord) => attempt((d) => writeDraft(d, record, true)),
  delete: (id: string) =>
    attempt(async (d) => {
      inDatabase.delete(id);
      const transaction = writeTransaction(d);
      await Promise.all([
        transaction.objectStore('drafts').delete(id),
        transaction.objectStore('summaries').delete(id),
        transaction.objectStore('eventChunks').delete(chunksFrom(id, 0)),
        transaction.done,
      ]);
    }),
};
