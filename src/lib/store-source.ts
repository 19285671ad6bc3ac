/**
 * Where the shown store comes from. Only a URL can be put in a link: a file opened from
 * the person's disk, or a draft handed over by the editor, exists only in this tab.
 * A draft is loaded exactly like a file (its bytes are registered under an id); it is a
 * kind of its own so that the page can say "Draft: <name>" rather than pass it off as a file.
 */
export type StoreSource =
  | { readonly kind: 'default' }
  | { readonly kind: 'url'; readonly url: string }
  | {
      readonly kind: 'file';
      readonly id: number;
      readonly name: string;
      /** The address it was fetched from, when it was a link's document imported here. */
      readonly address?: string;
    }
  | { readonly kind: 'draft'; readonly id: number; readonly name: string };

/** A file or a draft: bytes held in this tab, which no link can name. */
export function isLocalSource(
  source: StoreSource,
): source is Extract<StoreSource, { kind: 'file' | 'draft' }> {
  return source.kind === 'file' || source.kind === 'draft';
}

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

/**
 * The store a shared link (Copy link, a citation, the printed page) names for this source:
 * itself, or for a document imported from an address, that address (the link opens it, and
 * its reader imports it again, the link's view kept). Null for a file or a draft, which no
 * link can open.
 */
export function linkableSource(source: StoreSource): StoreSource | null {
  if (source.kind === 'file' && source.address !== undefined) return sourceFromLink(source.address);
  return isLocalSource(source) ? null : source;
}

export function sourceLabel(source: StoreSource): string {
  if (isLocalSource(source)) return source.name;
  return source.kind === 'url' ? source.url : DEFAULT_STORE_URL;
}

export function sameSource(a: StoreSource, b: StoreSource): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'url' && b.kind === 'url') return a.url === b.url;
  if (isLocalSource(a) && isLocalSource(b)) return a.id === b.id;
  return true;
}

export function sourceKey(source: StoreSource): string {
  if (isLocalSource(source)) return `${source.kind}:${source.id}`;
  return source.kind === 'url' ? `url:${source.url}` : 'default';
}
