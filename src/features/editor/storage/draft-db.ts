import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { type DraftRecord, type DraftSummary, summarize } from '../model/draft-document';

/**
 * Drafts, and beside them what the list of drafts shows of each (`summaries`), written in
 * the same transaction: listing the drafts after every save must not read back every
 * draft's whole document (a 10,000-event draft is megabytes to clone out of the database).
 */
interface DraftDb extends DBSchema {
  drafts: { key: string; value: DraftRecord };
  summaries: { key: string; value: DraftSummary };
}

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

function db(): Promise<IDBPDatabase<DraftDb>> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) {
    return Promise.reject(new DraftStorageError('unavailable'));
  }
  database ??= openDB<DraftDb>('sourceline-editor', 2, {
    async upgrade(upgrading, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) upgrading.createObjectStore('drafts', { keyPath: 'id' });
      if (oldVersion < 2) {
        // Drafts kept before the summaries existed get theirs now, once.
        const summaries = upgrading.createObjectStore('summaries', { keyPath: 'id' });
        for (const record of await transaction.objectStore('drafts').getAll()) {
          await summaries.put(summarize(record));
        }
      }
    },
  }).catch((error: unknown) => {
    database = null;
    throw classify(error);
  });
  return database;
}

async function attempt<T>(work: (db: IDBPDatabase<DraftDb>) => Promise<T>): Promise<T> {
  try {
    return await work(await db());
  } catch (error) {
    throw classify(error);
  }
}

export const draftDb = {
  list: () => attempt((d) => d.getAll('summaries')),
  get: (id: string) => attempt((d) => d.get('drafts', id)),
  put: (record: DraftRecord) =>
    attempt(async (d) => {
      const transaction = d.transaction(['drafts', 'summaries'], 'readwrite');
      await Promise.all([
        transaction.objectStore('drafts').put(record),
        transaction.objectStore('summaries').put(summarize(record)),
        transaction.done,
      ]);
    }),
  delete: (id: string) =>
    attempt(async (d) => {
      const transaction = d.transaction(['drafts', 'summaries'], 'readwrite');
      await Promise.all([
        transaction.objectStore('drafts').delete(id),
        transaction.objectStore('summaries').delete(id),
        transaction.done,
      ]);
    }),
};
