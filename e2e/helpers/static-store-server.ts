import { createReadStream, statSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Serves one file from a real HTTP server on loopback, with CORS, the way a store is
 * served from another site. Large stores go through it rather than page.route, which
 * passes bodies through the browser protocol and is slow for tens of megabytes.
 */
export async function serveFile(
  file: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const size = statSync(file).size;
  const server: Server = createServer((request, response) => {
    response.writeHead(200, {
      'Content-Type': 'application/json',
      'Content-Length': String(size),
      'Access-Control-Allow-Origin': '*',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/store.json`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
