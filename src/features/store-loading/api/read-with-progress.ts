// The limit alone, not the validator: the store worker starts downloading before zod loads.
import { MAX_STORE_BYTES } from '../../../format/limits';
import { tooLarge } from './load-details';

export interface ByteProgress {
  readonly loaded: number;
  /** Null when the server does not say how large the store is. */
  readonly total: number | null;
}

export interface ReadBytes {
  /** The bytes as they arrived, not copied into one buffer. */
  readonly chunks: readonly Uint8Array[];
  readonly byteLength: number;
}

/**
 * Reads a byte stream to the end, reporting progress and refusing a store as soon as it
 * passes the size limit, so an oversized store is never held whole in memory. `onChunk`
 * sees each chunk as it arrives (and may hold the reading back by returning a promise).
 */
export async function readBytesWithProgress(
  stream: ReadableStream<Uint8Array>,
  total: number | null,
  onProgress: (progress: ByteProgress) => void,
  onChunk: (chunk: Uint8Array) => void | Promise<void> = () => {},
  limit = MAX_STORE_BYTES,
): Promise<ReadBytes> {
  if (total !== null && total > limit) {
    // Release the connection (or file) at once rather than leave the body unread.
    await stream.cancel().catch(() => {});
    throw tooLarge(total, limit);
  }
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  let lastReport = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    if (loaded > limit) {
      await reader.cancel();
      throw tooLarge(loaded, limit);
    }
    chunks.push(value);
    await onChunk(value);
    // Progress at most every 256 KB keeps messages to the page cheap on 100 MB stores.
    if (loaded - lastReport >= 256 * 1024) {
      lastReport = loaded;
      onProgress({ loaded, total });
    }
  }
  onProgress({ loaded, total });
  return { chunks, byteLength: loaded };
}

/** The whole document as text (UTF-8, a leading byte-order mark dropped). */
export function decodeBytes(read: ReadBytes): string {
  const decoder = new TextDecoder('utf-8');
  const parts = read.chunks.map((chunk) => decoder.decode(chunk, { stream: true }));
  parts.push(decoder.decode());
  return parts.join('');
}
