/**
 * An address from a store, if it is safe to put in an href: absolute http(s) only. The
 * validator already leaves out anything else; this keeps a link safe even if a value
 * reached the page by another path (a preview, a future importer).
 */
export function safeHttpUrl(value: string | undefined): string | null {
  if (value === undefined) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
