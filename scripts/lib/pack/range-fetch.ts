import { readFile } from 'node:fs/promises';

/**
 * For tests: a `fetch` that answers from files on disk, as a static host does, a `Range`
 * request with 206 and just those bytes; `fileOf` maps the address asked to the file.
 */
export function rangeFetch(fileOf: (url: URL) => string) {
  return async (input: string, init: RequestInit = {}) => {
    const body = await readFile(fileOf(new URL(input)));
    const range = /bytes=(\d+)-(\d+)/.exec(new Headers(init.headers).get('Range') ?? '');
    const start = range ? Number(range[1]) : 0;
    const end = range ? Math.min(Number(range[2]) + 1, body.length) : body.length;
    return new Response(body.subarray(start, end), {
      status: range ? 206 : 200,
      headers: { 'Content-Range': `bytes ${start}-${end - 1}/${body.length}` },
    });
  };
}
