import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { QueryClient, QueryObserver } from '@tanstack/query-core';
import { describe, expect, it } from 'vitest';
import { MutationCache } from '../src/lib/query-without/mutations';
import { infiniteQueryBehavior } from '../src/lib/query-without/infinite-queries';
import { REDIRECTS, redirectOf } from './vite-plugin-slim-query';

const CORE = '/app/node_modules/@tanstack/query-core/build/modern';

describe('which imports are redirected', () => {
  it("redirects query-core's mutation cache and infinite-query behaviour, from their importers only", () => {
    expect(redirectOf('./mutationCache.js', `${CORE}/queryClient.js`)?.to).toMatch(
      /src\/lib\/query-without\/mutations\.ts$/,
    );
    expect(redirectOf('./infiniteQueryBehavior.js', `${CORE}/query.js?v=1`)?.to).toMatch(
      /src\/lib\/query-without\/infinite-queries\.ts$/,
    );
    // query-core's index re-exports them for apps that use them: left alone.
    expect(redirectOf('./mutationCache.js', `${CORE}/index.js`)).toBeNull();
    expect(redirectOf('./mutationCache.js', '/app/src/somewhere.ts')).toBeNull();
    expect(redirectOf('./mutationCache.js', undefined)).toBeNull();
  });

  it('names imports that the installed query-core makes', async () => {
    const modern = dirname(createRequire(import.meta.url).resolve('@tanstack/query-core'));
    for (const { importer, source } of REDIRECTS) {
      const code = await readFile(join(modern, importer), 'utf8');
      expect(code, `${importer} imports ${source}`).toContain(`from "${source}"`);
    }
  });
});

describe('a QueryClient with the stand-in mutation cache', () => {
  it('mounts, fetches, refetches on focus and online, clears and unmounts as before', async () => {
    const client = new QueryClient({ mutationCache: new MutationCache() as never });
    client.mount();
    let calls = 0;
    const observer = new QueryObserver(client, {
      queryKey: ['store'],
      queryFn: () => Promise.resolve(++calls),
    });
    const seen: unknown[] = [];
    const unsubscribe = observer.subscribe((result) => seen.push(result.data));
    await expect(client.fetchQuery({ queryKey: ['store'], queryFn: () => 1 })).resolves.toBe(1);
    expect(client.isMutating()).toBe(0);
    await client.resumePausedMutations();
    unsubscribe();
    client.clear();
    expect(client.getQueryCache().getAll()).toHaveLength(0);
    client.unmount();
    expect(seen).toContain(1);
  });

  it('says why, rather than misbehave, if a mutation or an infinite query is ever made', () => {
    expect(() => new MutationCache().build()).toThrow(/built without mutations/);
    expect(() => infiniteQueryBehavior()).toThrow(/built without infinite queries/);
  });
});
