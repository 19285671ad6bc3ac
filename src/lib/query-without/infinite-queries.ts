/**
 * Stands in for query-core's infinite-query behaviour in the built app
 * (scripts/vite-plugin-slim-query.ts): Sourceline makes no infinite query, and a Query
 * reaches this only for one.
 */
export function infiniteQueryBehavior(): never {
  throw new Error(
    'Sourceline is built without infinite queries (scripts/vite-plugin-slim-query.ts): remove the plugin to use one',
  );
}
