import { afterEach, describe, expect, it, vi } from 'vitest';
import { openRemoteFile } from './remote-file';

const FILE = Uint8Array.from({ length: 1000 }, (_, i) => i % 251);
const URL_ = 'https://static.example/pack/events.parquet';

/**
 * A static host answering ranges as `vite preview`'s sirv does: an end of 0 is read as "to the
 * end of the file" (`parseInt(end) || size - 1`), so `bytes=0-0` sends the whole file.
 */
function sirvLike(sent: number[]) {
  return vi.fn(async (_url: string, init?: RequestInit) => {
    const range = new Headers(init?.headers).get('Range');
    const match = range ? /^bytes=(\d+)-(\d*)$/.exec(range) : null;
    if (!match) {
      sent.push(FILE.byteLength);
      return new Response(FILE.slice(), { status: 200 });
    }
    const start = Number(match[1]);
    const end = Number.parseInt(match[2]!, 10) || FILE.byteLength - 1;
    const body = FILE.slice(start, end + 1);
    sent.push(body.byteLength);
    return new Response(body, {
      status: 206,
      headers: { 'Content-Range': `bytes ${start}-${end}/${FILE.byteLength}` },
    });
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('openRemoteFile', () => {
  it('reads by ranges from a host that sends the whole file for bytes=0-0, without fetching it whole', async () => {
    const sent: number[] = [];
    vi.stubGlobal('fetch', sirvLike(sent));
    const file = await openRemoteFile(URL_, { wholeFileLimit: 10_000 });
    expect(file.byteLength).toBe(1000);
    expect(new Uint8Array(await file.slice(0, 1))).toEqual(FILE.slice(0, 1));
    expect(new Uint8Array(await file.slice(992, 1000))).toEqual(FILE.slice(992, 1000));
    expect(new Uint8Array(await file.slice(100, 164))).toEqual(FILE.slice(100, 164));
    // The probe and three reads: a few bytes each, never the whole file.
    expect(Math.max(...sent)).toBeLessThan(100);
  });

  it('takes the bytes asked for from an answer that sends more, or the whole file', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init?: RequestInit) => {
        const range = new Headers(init?.headers).get('Range')!;
        const start = Number(/^bytes=(\d+)-/.exec(range)![1]);
        // Whole blocks of 256 bytes, from the block the range starts in.
        const from = Math.floor(start / 256) * 256;
        return new Response(FILE.slice(from, from + 512), {
          status: 206,
          headers: { 'Content-Range': `bytes ${from}-${from + 511}/${FILE.byteLength}` },
        });
      }),
    );
    const file = await openRemoteFile(URL_, { wholeFileLimit: 10_000 });
    expect(new Uint8Array(await file.slice(300, 340))).toEqual(FILE.slice(300, 340));
  });

  it('reads the whole file, within the limit, from a host that ignores ranges', async () => {
    const sent: number[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        sent.push(FILE.byteLength);
        return new Response(FILE.slice(), { status: 200 });
      }),
    );
    const file = await openRemoteFile(URL_, { wholeFileLimit: 10_000 });
    expect(new Uint8Array(await file.slice(10, 20))).toEqual(FILE.slice(10, 20));
    expect(sent).toEqual([1000]);
    await expect(openRemoteFile(URL_, { wholeFileLimit: 500 })).rejects.toThrow(
      /does not answer range requests/,
    );
  });
});
