/**
 * A file on a static host read by HTTP range requests, as hyparquet's AsyncBuffer: only the
 * bytes a view needs are fetched. A server that ignores `Range` (answers 200 with the whole
 * file) is read whole instead, within a size limit, and said so when over it.
 */
import type { AsyncBuffer } from 'hyparquet';

export class RemoteFileError extends Error {
  constructor(
    message: string,
    readonly kind: 'missing' | 'http' | 'network' | 'no-range',
    readonly status?: number,
  ) {
    super(message);
    this.name = 'RemoteFileError';
  }
}

export interface RemoteFileOptions {
  /** Largest file read whole from a server without range support. */
  readonly wholeFileLimit: number;
  /** Called with the size of every response body received (for "bytes fetched"). */
  readonly onBytes?: (bytes: number) => void;
  readonly signal?: AbortSignal;
}

/** A remote file as hyparquet reads it, and the same file with its reads tied to a signal. */
export interface RemoteFile extends AsyncBuffer {
  /**
   * The same file whose range requests are aborted with `signal` (a read for a window the
   * person has left); what it has already fetched is kept by whoever asked for it.
   */
  withSignal(signal: AbortSignal): AsyncBuffer;
}

const fileName = (url: string) => decodeURIComponent(new URL(url).pathname.split('/').pop() ?? url);

async function get(url: string, range: string | null, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...(range ? { headers: { Range: range } } : {}),
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new RemoteFileError(
      `${fileName(url)} could not be reached (network error, or the server does not allow this site to read it).`,
      'network',
    );
  }
  if (response.status === 404 || response.status === 410) {
    await response.body?.cancel();
    throw new RemoteFileError(
      `${fileName(url)} is not on the server (${response.status}).`,
      'missing',
      response.status,
    );
  }
  // Single-page-app hosts answer any unknown path with their index page, 200: for a data
  // file, an HTML answer means the file is not there.
  const type = response.headers.get('Content-Type') ?? '';
  if (response.ok && type.startsWith('text/html') && !/\.html?$/i.test(new URL(url).pathname)) {
    await response.body?.cancel();
    throw new RemoteFileError(
      `${fileName(url)} is not on the server (it answered with a web page).`,
      'missing',
      response.status,
    );
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new RemoteFileError(
      `The server answered ${response.status} for ${fileName(url)}.`,
      'http',
      response.status,
    );
  }
  return response;
}

/** The total size from `Content-Range: bytes 0-1/1234`; null when the server gives none. */
function totalOf(response: Response): number | null {
  const match = /\/(\d+)\s*$/.exec(response.headers.get('Content-Range') ?? '');
  return match ? Number(match[1]) : null;
}

/** Where the bytes sent begin, from `Content-Range: bytes 4096-8191/…`. */
function sentFrom(response: Response): number | null {
  const match = /^\s*bytes\s+(\d+)-/.exec(response.headers.get('Content-Range') ?? '');
  return match ? Number(match[1]) : null;
}

/**
 * The HTTP range of bytes [start, end). Never `bytes=0-0`: the static server of `vite preview`
 * (sirv) reads an end of 0 as "to the end of the file" and sends the whole file for it, so a
 * one-byte read at the start asks for two bytes.
 */
const rangeOf = (start: number, end: number) => `bytes=${start}-${Math.max(end - 1, start, 1)}`;

/**
 * Opens `url`: one request for its first bytes says whether the server answers ranges and
 * how large the file is. Throws RemoteFileError (kind 'missing' for a 404).
 */
export async function openRemoteFile(url: string, options: RemoteFileOptions): Promise<RemoteFile> {
  const { onBytes, signal, wholeFileLimit } = options;
  const probe = await get(url, rangeOf(0, 2), signal);
  const total = probe.status === 206 ? totalOf(probe) : null;
  if (probe.status === 206 && total !== null) {
    // Only the answer's headers were wanted: a body longer than asked for is not read.
    await probe.body?.cancel();
    const slice = async (start: number, end: number, readSignal?: AbortSignal) => {
      if (end <= start) return new ArrayBuffer(0);
      const response = await get(url, rangeOf(start, end), readSignal);
      const body = await response.arrayBuffer();
      onBytes?.(body.byteLength);
      // A server that answered the probe with a range may still send the whole file, or
      // more than was asked for: the bytes asked for are taken from where they are.
      const from = response.status === 206 ? (sentFrom(response) ?? start) : 0;
      if (from === start && body.byteLength === end - start) return body;
      return body.slice(start - from, end - from);
    };
    const bothSignals = (readSignal: AbortSignal) =>
      signal ? AbortSignal.any([signal, readSignal]) : readSignal;
    return {
      byteLength: total,
      slice: (start: number, end = total) => slice(start, end, signal),
      withSignal: (readSignal) => ({
        byteLength: total,
        slice: (start: number, end = total) => slice(start, end, bothSignals(readSignal)),
      }),
    };
  }
  // No range support: the whole file came back; read it within the limit.
  const declared = Number(probe.headers.get('Content-Length') ?? NaN);
  if (declared > wholeFileLimit) {
    await probe.body?.cancel();
    throw new RemoteFileError(
      `The server does not answer range requests, and ${fileName(url)} (${declared} bytes) is too large to read whole (the limit is ${wholeFileLimit} bytes). Serve the pack from a host that supports HTTP Range (most static hosts and object stores do).`,
      'no-range',
    );
  }
  const whole = await probe.arrayBuffer();
  onBytes?.(whole.byteLength);
  if (whole.byteLength > wholeFileLimit) {
    throw new RemoteFileError(
      `The server does not answer range requests, and ${fileName(url)} is too large to read whole (the limit is ${wholeFileLimit} bytes).`,
      'no-range',
    );
  }
  // Read whole, the file is in memory: nothing is left to abort.
  const inMemory: AsyncBuffer = {
    byteLength: whole.byteLength,
    slice: (start, end) => whole.slice(start, end),
  };
  return { ...inMemory, withSignal: () => inMemory };
}
