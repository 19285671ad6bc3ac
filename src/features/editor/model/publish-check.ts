import type { Problem } from '../../../format/problems';
import { isStoreLocation } from '../../../lib/url-codec';
import { validateStoreText } from './field-problems';

/**
 * What the Publish panel's Check found at the address a person pasted: the store the
 * explorer would open there, or why it would not open it, precisely enough to act on.
 */
export type PublishCheck =
  | { readonly kind: 'published'; readonly store: PublishedStore }
  /** Not a value `?store=` takes (isStoreLocation): no link could name it. */
  | { readonly kind: 'not-an-address' }
  /** An http:// address on another site, from a page served over https: never read. */
  | { readonly kind: 'not-https' }
  /** No answer: a wrong host, a server down, the person offline. */
  | { readonly kind: 'unreachable' }
  /** The server answered, but without leave for this site to read the answer. */
  | { readonly kind: 'cors'; readonly host: string }
  | { readonly kind: 'timeout'; readonly seconds: number }
  | { readonly kind: 'http'; readonly status: number }
  /** The answer is not JSON; `page` when it is a web page (a sharing service's, say). */
  | { readonly kind: 'not-json'; readonly page: boolean }
  /** JSON that the validator refuses, or of which it keeps no event. */
  | { readonly kind: 'not-a-store'; readonly problems: readonly Problem[] };

export interface PublishedStore {
  /** As pasted (trimmed): what `?store=` will say. */
  readonly address: string;
  readonly title: string;
  /** The events the explorer will show (those the validator keeps). */
  readonly events: number;
}

export interface CheckOptions {
  /** The page's own address: what "this site" is, and whether it is served over https. */
  readonly pageHref: string;
  readonly fetch?: typeof fetch;
  /** As long as the explorer waits for a store (its STORE_TIMEOUT_MS). */
  readonly timeoutMs?: number;
}

const TIMEOUT_MS = 30_000;

/**
 * Fetches the address as the explorer's store loader does (same request: `Accept` JSON,
 * credentials only for this site) and checks the answer with the same validator. A browser
 * does not say why a cross-site read failed; a second, opaque request (`no-cors`, whose answer
 * the page cannot read) tells a server that answers without CORS leave from one that does
 * not answer at all.
 */
export async function checkPublished(
  pasted: string,
  { pageHref, fetch: get = fetch, timeoutMs = TIMEOUT_MS }: CheckOptions,
): Promise<PublishCheck> {
  const address = pasted.trim();
  if (!isStoreLocation(address)) return { kind: 'not-an-address' };
  const page = new URL(pageHref);
  const url = new URL(address, page);
  const sameSite = url.origin === page.origin;
  // The browser blocks it as mixed content before any request: say why, not "no answer".
  if (!sameSite && page.protocol === 'https:' && url.protocol === 'http:')
    return { kind: 'not-https' };

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let bytes: ArrayBuffer;
  try {
    let response: Response;
    try {
      response = await get(url.href, {
        signal: controller.signal,
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
      });
    } catch {
      if (controller.signal.aborted) return { kind: 'timeout', seconds: timeoutMs / 1000 };
      if (sameSite) return { kind: 'unreachable' };
      return (await answersOpaquely(get, url.href, controller.signal))
        ? { kind: 'cors', host: url.host }
        : controller.signal.aborted
          ? { kind: 'timeout', seconds: timeoutMs / 1000 }
          : { kind: 'unreachable' };
    }
    if (!response.ok) return { kind: 'http', status: response.status };
    try {
      bytes = await response.arrayBuffer();
    } catch {
      return controller.signal.aborted
        ? { kind: 'timeout', seconds: timeoutMs / 1000 }
        : { kind: 'unreachable' };
    }
  } finally {
    clearTimeout(timer);
  }
  return checkStoreText(address, new TextDecoder().decode(bytes), bytes.byteLength);
}

async function answersOpaquely(get: typeof fetch, href: string, signal: AbortSignal) {
  try {
    await get(href, { mode: 'no-cors', credentials: 'omit', signal });
    return true;
  } catch {
    return false;
  }
}

/** The answer's text as the explorer would take it: JSON, then a store it shows. */
export function checkStoreText(address: string, text: string, byteLength: number): PublishCheck {
  try {
    JSON.parse(text);
  } catch {
    // A web page where the file was meant (a sharing service's page for it, a sign-in page).
    return { kind: 'not-json', page: /^\s*</.test(text) };
  }
  const result = validateStoreText(text, byteLength);
  if (!result.ok) return { kind: 'not-a-store', problems: result.problems };
  // The explorer refuses a store whose every event was dropped (a store with none is fine).
  if (result.store.events.length === 0 && result.dropped.events > 0)
    return { kind: 'not-a-store', problems: result.problems };
  return {
    kind: 'published',
    store: { address, title: result.store.title, events: result.store.events.length },
  };
}
