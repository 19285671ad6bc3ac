/**
 * The preview server's Content-Security-Policy, chosen per page: `/embed/` is the one page
 * other sites may frame (its frame-ancestors are EMBED_FRAME_ANCESTORS, space-separated
 * origins, or `*` when unset); every other page keeps frame-ancestors 'none'. The same
 * rule for other servers is in docs/deployment.md.
 */
import type { Plugin } from 'vite';

export function embedFrameAncestors(env: NodeJS.ProcessEnv = process.env): string {
  const listed = env.EMBED_FRAME_ANCESTORS?.trim();
  return listed ? listed : '*';
}

export function isEmbedRequest(url: string | undefined): boolean {
  const path = (url ?? '/').split('?')[0]!;
  return path === '/embed' || path.startsWith('/embed/');
}

export default function framePolicyPlugin(basePolicy: readonly string[]): Plugin {
  const policy = (frameAncestors: string) =>
    [...basePolicy, `frame-ancestors ${frameAncestors}`].join('; ');
  const page = policy("'none'");
  const embed = policy(embedFrameAncestors());
  return {
    name: 'sourceline-frame-policy',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        // The address asked for: the page fallback rewrites `url` to /index.html.
        const asked = (req as { originalUrl?: string }).originalUrl ?? req.url;
        res.setHeader('Content-Security-Policy', isEmbedRequest(asked) ? embed : page);
        next();
      });
    },
  };
}
