/**
 * Writes the built explorer page again as `embed/index.html`: `/embed/` is the same page
 * (it reads its path and lays itself out for a frame), and a plain static host (GitHub
 * Pages, an S3 bucket) serves a folder's index.html but has no fallback route to give it
 * `/index.html`. Servers with rules still give it its own framing header
 * (docs/deployment.md).
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export const EMBED_PAGE = 'embed/index.html';

export default function embedPagePlugin(): Plugin {
  return {
    name: 'sourceline-embed-page',
    apply: 'build',
    async writeBundle(options, bundle) {
      // Only the app's build writes index.html (a worker's has none).
      if (!options.dir || !('index.html' in bundle)) return;
      await mkdir(join(options.dir, 'embed'), { recursive: true });
      await copyFile(join(options.dir, 'index.html'), join(options.dir, EMBED_PAGE));
    },
  };
}
