/**
 * A small static file server for the benchmark, on 127.0.0.1 and a free port: the built
 * app (with the SPA fallback to index.html), plus mounts for the generated stores, the
 * baseline page and vis-timeline's standalone build. Scripts, styles and pages are sent
 * gzip-compressed to a browser that accepts it, as a real host would, so that the bytes
 * the browser counts are the bytes a visitor downloads; stores are sent as they are.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** What the server compresses: the page's own code and styles, not the stores. */
export const COMPRESSED_TYPES = new Set(['.html', '.js', '.mjs', '.css', '.svg']);

export interface Mount {
  /** URL prefix, starting and ending with "/". */
  prefix: string;
  /** Directory served under it. */
  dir: string;
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** The file for a URL path inside `root`, or null when the path tries to leave it. */
function fileIn(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(root);
  const file = resolve(base, normalize(`.${sep}${decoded}`));
  return file === base || file.startsWith(base + sep) ? file : null;
}

/** `bytes=a-b`, `bytes=a-` or `bytes=-n` (inclusive ends); null when absent or not one range. */
export function rangeOf(
  header: string,
  size: number,
): { start: number; end: number } | 'unsatisfiable' | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  let start: number;
  let end: number;
  if (match[1] === '') {
    start = Math.max(0, size - Number(match[2]));
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  return start > end || start >= size ? 'unsatisfiable' : { start, end };
}

async function isFile(path: string): Promise<number | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? info.size : null;
  } catch {
    return null;
  }
}

/**
 * Serves `root` and the mounts. Unknown paths without a file extension get index.html
 * (client-side routes); unknown files get 404.
 */
export async function startStaticServer(
  root: string,
  mounts: readonly Mount[] = [],
): Promise<StaticServer> {
  // Compressed once per file version: the server shares the machine with the browser.
  const gzipped = new Map<string, { mtimeMs: number; body: Buffer }>();
  const gzipOf = async (file: string) => {
    const { mtimeMs } = await stat(file);
    const cached = gzipped.get(file);
    if (cached?.mtimeMs === mtimeMs) return cached.body;
    const body = gzipSync(await readFile(file), { level: 9 });
    gzipped.set(file, { mtimeMs, body });
    return body;
  };

  const send = async (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const mount = mounts.find((m) => path.startsWith(m.prefix));
    let file = mount ? fileIn(mount.dir, path.slice(mount.prefix.length)) : fileIn(root, path);
    let size = file === null ? null : await isFile(file);
    if (size === null && file !== null && !mount && path.endsWith('/')) {
      file = join(file, 'index.html');
      size = await isFile(file);
    }
    if (size === null && !mount && extname(path) === '') {
      file = join(root, 'index.html');
      size = await isFile(file);
    }
    if (file === null || size === null) {
      const body = 'Not found\n';
      response.writeHead(404, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Content-Length': Buffer.byteLength(body),
      });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    const type = extname(file).toLowerCase();
    const contentType = CONTENT_TYPES[type] ?? 'application/octet-stream';
    const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (acceptsGzip && COMPRESSED_TYPES.has(type)) {
      const body = await gzipOf(file);
      response.writeHead(200, {
        'Content-Type': contentType,
        'Content-Encoding': 'gzip',
        'Content-Length': body.length,
        'Cache-Control': 'no-cache',
        Vary: 'Accept-Encoding',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    // One byte range, as static hosts answer it: packed stores are read this way.
    const range = rangeOf(String(request.headers.range ?? ''), size);
    if (range === 'unsatisfiable') {
      response.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
      return;
    }
    response.writeHead(range ? 206 : 200, {
      'Content-Type': contentType,
      'Content-Length': range ? range.end - range.start + 1 : size,
      'Cache-Control': 'no-cache',
      'Accept-Ranges': 'bytes',
      ...(range ? { 'Content-Range': `bytes ${range.start}-${range.end}/${size}` } : {}),
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    const stream = createReadStream(file, range ?? {});
    stream.on('error', () => response.destroy());
    stream.pipe(response);
  };

  const server = createServer((request, response) => {
    send(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
