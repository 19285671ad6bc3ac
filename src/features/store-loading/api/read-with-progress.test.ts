import { describe, expect, it } from 'vitest';
import { MAX_STORE_BYTES } from '../../../format/validate-store';
import { type ByteProgress, decodeBytes, readBytesWithProgress } from './read-with-progress';
import { StoreLoadError } from './store-load-error';

/** The bytes read (with progress and the limit) and decoded, as the loader's fallback does. */
async function readTextWithProgress(
  stream: ReadableStream<Uint8Array>,
  total: number | null,
  onProgress: (progress: ByteProgress) => void,
  limit?: number,
) {
  const read = await readBytesWithProgress(stream, total, onProgress, undefined, limit);
  return { text: decodeBytes(read), byteLength: read.byteLength };
}

const KB = 1024;
const encoder = new TextEncoder();

/**
 * A byte stream served chunk by chunk on demand (pull), recording how many chunks were
 * read and whether the reader cancelled it: the tests can then tell "stopped early" from
 * "read everything and then complained".
 */
function chunkedStream(chunks: readonly Uint8Array[]) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[state.pulled];
      if (chunk === undefined) {
        controller.close();
        return;
      }
      state.pulled++;
      controller.enqueue(chunk);
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

/** `count` chunks of `size` bytes of ASCII filler. */
function filler(count: number, size: number): Uint8Array[] {
  return Array.from({ length: count }, () => new Uint8Array(size).fill(0x61));
}

async function refusal(promise: Promise<unknown>): Promise<StoreLoadError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(StoreLoadError);
  return error as StoreLoadError;
}

describe('readTextWithProgress: decoding', () => {
  it('joins the chunks into the text and counts bytes, not characters', async () => {
    const { stream } = chunkedStream([encoder.encode('{"title": '), encoder.encode('"ok"}')]);
    const read = await readTextWithProgress(stream, null, () => {});
    expect(read).toEqual({ text: '{"title": "ok"}', byteLength: 15 });
  });

  it('decodes a multi-byte character split between two chunks', async () => {
    // "ñ" is C3 B1, "“" is E2 80 9C: cut in the middle of each.
    const bytes = encoder.encode('"España “integral”"');
    const cut = bytes.indexOf(0xb1);
    const cut2 = bytes.indexOf(0x80);
    const { stream } = chunkedStream([
      bytes.slice(0, cut),
      bytes.slice(cut, cut2),
      bytes.slice(cut2),
    ]);
    const read = await readTextWithProgress(stream, bytes.byteLength, () => {});
    expect(read.text).toBe('"España “integral”"');
    expect(read.byteLength).toBe(bytes.byteLength);
    expect(read.text.length).toBeLessThan(read.byteLength);
  });

  it('reads an empty stream as empty text', async () => {
    const { stream } = chunkedStream([]);
    const progress: ByteProgress[] = [];
    const read = await readTextWithProgress(stream, 0, (p) => progress.push(p));
    expect(read).toEqual({ text: '', byteLength: 0 });
    expect(progress).toEqual([{ loaded: 0, total: 0 }]);
  });
});

describe('readTextWithProgress: progress', () => {
  it('reports about every 256 KB and once at the end, with the declared total', async () => {
    const chunks = filler(10, 100 * KB); // 1,000 KB in 100 KB chunks
    const total = 10 * 100 * KB;
    const { stream } = chunkedStream(chunks);
    const progress: ByteProgress[] = [];
    await readTextWithProgress(stream, total, (p) => progress.push(p));
    // 300 KB, 600 KB, 900 KB pass a 256 KB step since the last report; then the end.
    expect(progress).toEqual([
      { loaded: 300 * KB, total },
      { loaded: 600 * KB, total },
      { loaded: 900 * KB, total },
      { loaded: total, total },
    ]);
  });

  it('reports a null total when the size is not known', async () => {
    const { stream } = chunkedStream(filler(3, 200 * KB));
    const progress: ByteProgress[] = [];
    await readTextWithProgress(stream, null, (p) => progress.push(p));
    expect(progress.map((p) => p.total)).toEqual([null, null]);
    expect(progress.map((p) => p.loaded)).toEqual([400 * KB, 600 * KB]);
  });

  it('never reports more loaded than received, and loaded only grows', async () => {
    const sizes = [1, 7 * KB, 300 * KB, 3, 256 * KB, 1 * KB, 512 * KB];
    const chunks = sizes.map((size) => new Uint8Array(size).fill(0x20));
    const received = sizes.reduce((a, b) => a + b, 0);
    const { stream } = chunkedStream(chunks);
    const progress: ByteProgress[] = [];
    const read = await readTextWithProgress(stream, received, (p) => progress.push(p));
    const loaded = progress.map((p) => p.loaded);
    expect(loaded).toEqual([...loaded].sort((a, b) => a - b));
    expect(loaded.at(-1)).toBe(received);
    expect(read.byteLength).toBe(received);
  });
});

describe('readTextWithProgress: the size limit', () => {
  it('refuses a declared size over the limit before reading anything', async () => {
    const { stream, state } = chunkedStream(filler(4, KB));
    const progress: ByteProgress[] = [];
    const error = await refusal(
      readTextWithProgress(stream, 5 * KB, (p) => progress.push(p), 4 * KB),
    );
    expect(error.kind).toBe('too-large');
    expect(error.retryable).toBe(false);
    expect(state.pulled).toBeLessThanOrEqual(1); // a stream may pull one chunk ahead on its own
    expect(state.cancelled).toBe(true);
    expect(progress).toEqual([]);
  });

  it('refuses mid-stream once the bytes received pass the limit, and cancels the stream', async () => {
    // No declared size: 10 chunks of 1 KB against a 3.5 KB limit.
    const { stream, state } = chunkedStream(filler(10, KB));
    const error = await refusal(readTextWithProgress(stream, null, () => {}, 3.5 * KB));
    expect(error.kind).toBe('too-large');
    expect(error.message).toMatch(/^The store is larger than 0\.0 MB \(at least 0\.0 MB\)\.$/);
    // Stopped at the fourth chunk (4 KB > 3.5 KB), not at the end of the stream.
    expect(state.pulled).toBeLessThanOrEqual(5);
    expect(state.cancelled).toBe(true);
  });

  it('refuses mid-stream when the server declared less than it sends', async () => {
    const { stream, state } = chunkedStream(filler(10, KB));
    const error = await refusal(readTextWithProgress(stream, 2 * KB, () => {}, 4 * KB));
    expect(error.kind).toBe('too-large');
    expect(state.cancelled).toBe(true);
    expect(state.pulled).toBeLessThan(10);
  });

  it('accepts a store of exactly the limit', async () => {
    const { stream } = chunkedStream(filler(4, KB));
    const read = await readTextWithProgress(stream, 4 * KB, () => {}, 4 * KB);
    expect(read.byteLength).toBe(4 * KB);
  });

  it('defaults to the documented limit, which admits at least 100 MB', async () => {
    expect(MAX_STORE_BYTES).toBeGreaterThanOrEqual(100 * 1024 * 1024);
    const { stream } = chunkedStream([]);
    const error = await refusal(readTextWithProgress(stream, MAX_STORE_BYTES + 1, () => {}));
    expect(error.kind).toBe('too-large');
    expect(error.message).toBe('The store is larger than 200.0 MB (at least 200.0 MB).');
  });

  it('passes on the error of a stream that breaks', async () => {
    let sent = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) {
          controller.error(new TypeError('connection reset'));
          return;
        }
        sent = true;
        controller.enqueue(encoder.encode('{"format":'));
      },
    });
    await expect(readTextWithProgress(stream, null, () => {})).rejects.toThrow('connection reset');
  });
});
