/**
 * Stands in for query-core's MutationCache in the built app (scripts/vite-plugin-slim-query.ts):
 * Sourceline only reads data, so the cache every QueryClient makes holds nothing, ever. It
 * answers what the QueryClient asks of an empty cache; making a mutation throws, and says why.
 */
export class MutationCache {
  findAll(): [] {
    return [];
  }

  getAll(): [] {
    return [];
  }

  resumePausedMutations(): Promise<void> {
    return Promise.resolve();
  }

  clear(): void {}

  build(): never {
    throw new Error(
      'Sourceline is built without mutations (scripts/vite-plugin-slim-query.ts): use a query, or remove the plugin',
    );
  }
}
