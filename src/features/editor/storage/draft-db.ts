import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { DraftRecord } from '../model/draft-document';

interface DraftDb extends DBSchema {
  drafts: { key: string; value: DraftRecord };
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
  database ??= openDB<DraftDb>('sourceline-editor', 1, {
    upgrade(upgrading) {
      upgrading.createObjectStore('drafts', { keyPath: 'id' });
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
  list: () => attempt((d) => d.getAll('drafts')),
  get: (id: string) => attempt((d) => d.get('drafts', id)),
  put: (record: DraftRecord) => attempt((d) => d.put('drafts', record).then(() => undefined)),
  delete: (id: string) => attempt((d) => d.delete('drafts', id)),
};
