/**
 * Writes a generated store to disk in chunks, minding back-pressure, so that a store of
 * 100,000 events never exists as one string. Node only: kept out of gen-store.ts, which the
 * app's own tests import too.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { GeneratedStore } from './synthetic-store/generate.ts';
import { storeJson, storeJsonChunks } from './synthetic-store/store-json.ts';

/** Writes the store to `path` (compact JSON unless `pretty`); resolves with its size in bytes. */
export async function writeStoreFile(
  path: string,
  store: GeneratedStore,
  pretty = false,
): Promise<number> {
  const stream = createWriteStream(path);
  let bytes = 0;
  try {
    for (const chunk of pretty ? [storeJson(store, true)] : storeJsonChunks(store)) {
      bytes += Buffer.byteLength(chunk);
      if (!stream.write(chunk)) await once(stream, 'drain');
    }
    stream.end();
    await finished(stream);
  } catch (error) {
    stream.destroy();
    throw error;
  }
  return bytes;
}
