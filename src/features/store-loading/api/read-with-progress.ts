// The limit alone, not the validator: the store worker starts downloading before zod loads.
import { MAX_STORE_BYTES } from '../../../format/limits';
import { StoreLoadError } from './store-load-error';

export interface ByteProgress {
  readonly loaded: number;
  /** Null when the server does not say how large the store is. */
  readonly total: number | null;
}

export interface ReadText {
  readonly text: string;
  readonly byteLength: number;
}

/**
 * Reads a UTF-8 byte stream to the end as text, reporting progress and refusing a store as
 * soon as it passes the size limit, so an oversized store is never held whole in memory.
 * Decoding chunk by chunk overlaps it with the download.
 */
export async function readTextWithProgress(
  stream: ReadableStream<Uint8Array>,
  total: number | null,
  onProgress: (progress: ByteProgress) => void,
  limit = MAX_STORE_BYTES,
): Promise<ReadText> {
  if (total !== null && total > limit) {
    // Release the connection (or file) at once rather than leave the body unread.
    await stream.cancel().catch(() => {});
    throw tooLarge(total, limit);
  }
  const reader = stream.getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
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
    parts.push(decoder.decode(value, { stream: true }));
    // Progress at most every 256 KB keeps messages to the page cheap on 100 MB stores.
    if (loaded - lastReport >= 256 * 1024) {
      lastReport = loaded;
      onProgress({ loaded, total });
    }
  }
  onProgress({ loaded, total });
  parts.push(decoder.decode());
  return { text: parts.join(''), byteLength: loaded };
}

function tooLarge(size: number, limit: number): StoreLoadError {
  const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  return new StoreLoadError({
    kind: 'too-large',
    message: `The store is larger than ${mb(limit)}${size > limit ? ` (at least ${mb(size)})` : ''}.`,
  });
}
