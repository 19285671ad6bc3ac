/**
 * A link as an imported file writes it, as the http(s) address a source or a `Link:` line
 * needs. A relative one (`images/map.png`, `/story/1`) means something only against the
 * address the file came from: given that (an import from a URL), it is read against it;
 * from a file on disk it cannot be, and the importer reports it.
 */
export type LinkReading =
  | { readonly ok: true; readonly url: string; readonly relative?: string }
  | { readonly ok: false; readonly reason: 'relative' | 'not-http' };

import { plainValue, quotedValue, withValues } from './import-report';

const HTTP = /^https?:\/\//i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export function readLink(raw: string, baseUrl?: string): LinkReading {
  const text = raw.trim();
  if (HTTP.test(text)) return { ok: true, url: text };
  if (SCHEME.test(text)) return { ok: false, reason: 'not-http' };
  if (baseUrl === undefined || text === '') return { ok: false, reason: 'relative' };
  let url: URL;
  try {
    url = new URL(text, baseUrl);
  } catch {
    return { ok: false, reason: 'relative' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, reason: 'relative' };
  return { ok: true, url: url.href, relative: text };
}

/** The report's words for a relative link read against the file's address. */
export const relativeRead = (relative: string, url: string) =>
  withValues`relative link ${quotedValue(relative)} read against the file's address: ${plainValue(url)}`;
