import { LinkifyIt } from 'linkify-it';
import { safeHttpUrl } from './safe-url';

/*
 * The web addresses written in a store's text (a summary that says "see
 * https://…", or an importer's "label (https://…)" where a page had a link), found by
 * linkify-it (markdown-it's): it knows where an address ends before a full stop, a comma or
 * a closing bracket, which a regular expression of our own would get wrong in the long run.
 * Only addresses written out with http(s):// become links: no bare domains ("Kyiv.Post"),
 * no e-mail, no other scheme.
 */
const linkify = new LinkifyIt({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false })
  .add('ftp:', null)
  .add('mailto:', null)
  .add('//', null);

export type TextPiece = { text: string; href?: undefined } | { text: string; href: string };

/** The text cut into its pieces, each address a piece with its `href`; every character kept. */
export function textWithLinks(text: string): TextPiece[] {
  const matches = text.includes('://') ? linkify.match(text) : null;
  if (!matches) return [{ text }];
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const match of matches) {
    const href = safeHttpUrl(match.url);
    if (!href) continue;
    if (match.index > at) pieces.push({ text: text.slice(at, match.index) });
    pieces.push({ text: text.slice(match.index, match.lastIndex), href });
    at = match.lastIndex;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at) });
  return pieces;
}
