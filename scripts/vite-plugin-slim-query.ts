/**
 * Sourceline loads data with queries only: no mutation, no infinite query. Yet query-core's
 * QueryClient always makes a MutationCache (which brings Mutation and its notifications), and
 * its Query always reaches the infinite-query behaviour: about 2 KB of gzip JS fetched before
 * the first paint, for nothing. The bundler cannot leave them out, since both are referenced.
 *
 * In a build, this plugin resolves those two imports, from those two modules only, to stand-ins
 * that answer as an empty cache does and throw, saying why, if a mutation or an infinite query
 * is ever made (src/lib/query-without/). Each redirect must happen, or the build fails and names
 * it: an upgrade of query-core that moves an import is seen at once, not shipped unslimmed.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const CORE = '@tanstack/query-core/build/modern';

export type Redirect = {
  /** The query-core module that imports it (in build/modern/). */
  readonly importer: string;
  /** The import, as written there. */
  readonly source: string;
  /** The stand-in. */
  readonly to: string;
};

const standIn = (name: string) =>
  fileURLToPath(new URL(`../src/lib/query-without/${name}.ts`, import.meta.url));

export const REDIRECTS: readonly Redirect[] = [
  {
    importer: 'queryClient.js',
    source: './mutationCache.js',
    to: standIn('mutations'),
  },
  {
    importer: 'query.js',
    source: './infiniteQueryBehavior.js',
    to: standIn('infinite-queries'),
  },
];

/** The stand-in for an import, or null when it is not one of the redirects. */
export function redirectOf(source: string, importer: string | undefined): Redirect | null {
  if (importer === undefined) return null;
  const path = importer.split('?')[0]!;
  return (
    REDIRECTS.find((r) => r.source === source && path.endsWith(`${CORE}/${r.importer}`)) ?? null
  );
}

export default function slimQuery(): Plugin {
  const used = new Set<Redirect>();
  return {
    name: 'sourceline-slim-query',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      const redirect = redirectOf(source, importer);
      if (!redirect) return null;
      used.add(redirect);
      return redirect.to;
    },
    buildEnd(error) {
      // A build of another entry (a worker) never loads query-core: nothing to check there.
      if (error || used.size === 0 || used.size === REDIRECTS.length) return;
      const missed = REDIRECTS.filter((r) => !used.has(r)).map(
        (r) => `${r.source} from ${r.importer}`,
      );
      this.error(`slim-query: query-core no longer imports ${missed.join(', ')}`);
    },
  };
}
