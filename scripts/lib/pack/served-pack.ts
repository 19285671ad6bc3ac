import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { generateStore } from '../gen-store.ts';
import { validateStore, type StoreEvent } from '../../../src/format/validate-store.ts';
import { rangeFetch } from './range-fetch';
import { writePack } from './write-pack.ts';

/** Where a served pack's manifest is. */
export const SERVED_PACK = 'http://pack.test/p/manifest.json';

/**
 * For tests of the app's loader: a generated store's events in the order a pack keeps them
 * (by start, then id), `edit`ed (a row made to break the format, say), packed in groups of
 * `rowsPerGroup` into a temporary folder and served at SERVED_PACK by a stand-in `fetch` that
 * answers range requests, from `dir`. `remove` undoes both.
 */
export async function servedPack(options: {
  readonly events: number;
  readonly seed: number;
  readonly rowsPerGroup: number;
  readonly edit?: (sorted: StoreEvent[]) => StoreEvent[];
}): Promise<{ readonly sorted: StoreEvent[]; readonly dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'sourceline-served-pack-'));
  const result = validateStore(generateStore({ events: options.events, seed: options.seed }));
  if (!result.ok) throw new Error('the generated store is valid');
  const { events, ...header } = result.store;
  // write-pack sorts by `when`, which an edit leaves as it was: the rows keep their places.
  const sorted = [...events].sort(
    (a, b) => a.when.start.start - b.when.start.start || (a.id < b.id ? -1 : 1),
  );
  await writePack(
    {
      header,
      events: options.edit ? options.edit(sorted) : sorted,
      totals: { header, problems: [], dropped: { events: 0, actors: 0, sources: 0 }, warnings: 0 },
    },
    join(dir, 'pack'),
    { rowsPerGroup: options.rowsPerGroup },
  );
  vi.stubGlobal(
    'fetch',
    rangeFetch((url) => join(dir, 'pack', url.pathname.split('/').pop()!)),
  );
  return {
    sorted,
    dir: join(dir, 'pack'),
    async remove() {
      vi.unstubAllGlobals();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
