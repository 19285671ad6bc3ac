import { DEFAULT_STORE_URL, type StoreSource } from './store-source';

/**
 * Whose timeline this is. A store's events, quotes and "sources" are whatever its author
 * wrote; a link can open a store from any site that allows cross-origin reads, so the page
 * says where the store on screen comes from, wherever it shows the store's title
 * (header, document title, embed page, citation, exports).
 *
 *  - `default`: this site's own store (`/data/events.json` on this origin);
 *  - `this-site`: another path of this origin;
 *  - `other-site`: any other origin, named by its host (`localhost:4555`);
 *  - `file`, `draft`: bytes held in this tab, named as the person named them.
 *
 * A document at an address that the app imported (a TimelineJS file a link named) is held
 * in this tab as a file, but its events are still that address's: it is named by it, as
 * `this-site` or `other-site`, `imported`.
 */
export type StoreOrigin =
  | { readonly kind: 'default'; readonly address: string }
  | {
      readonly kind: 'this-site';
      readonly path: string;
      readonly address: string;
      readonly imported?: true;
    }
  | {
      readonly kind: 'other-site';
      readonly host: string;
      readonly address: string;
      readonly imported?: true;
    }
  | { readonly kind: 'file'; readonly name: string }
  | { readonly kind: 'draft'; readonly name: string };

/**
 * The address to show for a store URL: absolute, as the browser will fetch it, without
 * user-info. `http://evil.com@localhost:4555/` is fetched from localhost:4555 (and fetch
 * refuses credentials in a URL anyway); showing "evil.com@" would put a false name first.
 */
function shownAddress(url: URL): string {
  const copy = new URL(url.href);
  copy.username = '';
  copy.password = '';
  return copy.href;
}

/**
 * Classifies a store source against the page's own address (`window.location.href`).
 * Hosts come from the WHATWG URL parser, so they are lower-case, IDN hosts are in punycode
 * (`xn--…`, which cannot pass for a look-alike host), and a default port is dropped.
 */
export function storeOrigin(source: StoreSource, pageHref: string): StoreOrigin {
  if (source.kind === 'file' && source.address !== undefined) {
    const origin = addressOrigin(source.address, pageHref);
    return origin.kind === 'default'
      ? { kind: 'this-site', path: DEFAULT_STORE_URL, address: origin.address, imported: true }
      : { ...origin, imported: true };
  }
  if (source.kind === 'file' || source.kind === 'draft') {
    return { kind: source.kind, name: source.name };
  }
  return addressOrigin(source.kind === 'url' ? source.url : DEFAULT_STORE_URL, pageHref);
}

function addressOrigin(
  raw: string,
  pageHref: string,
): Extract<StoreOrigin, { kind: 'default' | 'this-site' | 'other-site' }> {
  const page = new URL(pageHref);
  let url: URL;
  try {
    url = new URL(raw, page);
  } catch {
    // Not an address at all (the link parser refuses these before they get here): say so
    // as plainly as any other site's store, with the text as given.
    return { kind: 'other-site', host: raw, address: raw };
  }
  const address = shownAddress(url);
  const sameOrigin =
    (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === page.origin;
  if (!sameOrigin) {
    // A non-http(s) URL (data:, blob:) has no host: name its scheme rather than nothing.
    return { kind: 'other-site', host: url.host || url.protocol, address };
  }
  const path = `${url.pathname}${url.search}`;
  if (path === DEFAULT_STORE_URL) return { kind: 'default', address };
  return { kind: 'this-site', path, address };
}

/** The address a citation or an export names: a URL, or null for a file or a draft. */
export function originAddress(origin: StoreOrigin): string | null {
  return origin.kind === 'file' || origin.kind === 'draft' ? null : origin.address;
}

/** For the key of "this store's notice was dismissed" and the like. */
export function originKey(origin: StoreOrigin): string {
  return originAddress(origin) ?? `${origin.kind}:${'name' in origin ? origin.name : ''}`;
}
