import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An article on another origin (another port of this machine) whose body is `html` after
 * its heading: the page an embedded timeline is framed by.
 */
export async function serveArticle(html: string) {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="en"><head><title>Article</title></head><body>` +
        `<h1>An article</h1>${html}</body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        // The browser keeps its connections open: close them too, or close() waits on them.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The same article framing `src` at the given size. */
export const serveArticleFraming = (src: string, width: number, height: number) =>
  serveArticle(
    `<iframe src="${src}" title="Sourceline timeline" width="${width}" height="${height}" style="border:0"></iframe>`,
  );
