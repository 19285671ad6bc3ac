/**
 * Where the shown store comes from. Only a URL can be put in a link: a file opened from
 * the person's disk exists only in this tab.
 */
export type StoreSource =
  | { readonly kind: 'default' }
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'file'; readonly id: number; readonly name: string };

export const DEFAULT_STORE_URL = '/data/events.json';

export const DEFAULT_SOURCE: StoreSource = { kind: 'default' };

export function sourceFromLink(store: string | null): StoreSource {
  return store === null || store === DEFAULT_STORE_URL
    ? DEFAULT_SOURCE
    : { kind: 'url', url: store };
}

export function linkStoreOf(source: StoreSource): string | null {
  return source.kind === 'url' ? source.url : null;
}

export function sourceLabel(source: StoreSource): string {
  if (source.kind === 'file') return source.name;
  return source.kind === 'url' ? source.url : DEFAULT_STORE_URL;
}

export function sameSource(a: StoreSource, b: StoreSource): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'url' && b.kind === 'url') return a.url === b.url;
  if (a.kind === 'file' && b.kind === 'file') return a.id === b.id;
  return true;
}

export function sourceKey(source: StoreSource): string {
  if (source.kind === 'file') return `file:${source.id}`;
  return source.kind === 'url' ? `url:${source.url}` : 'default';
}
