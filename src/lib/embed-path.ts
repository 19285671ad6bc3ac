/** The path of the page made to be framed (docs/ui-contract.md, Embedding). */
export const EMBED_PATH = '/embed/';

/** Whether this page is the embeddable one. */
export function isEmbedPath(pathname: string): boolean {
  return pathname === '/embed' || pathname.startsWith(EMBED_PATH);
}
