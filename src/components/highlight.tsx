import { highlightPieces } from '../lib/search-words';

/**
 * Text with the words the search matched wrapped in <mark> (in Chinese, Japanese, Thai…
 * the characters: lib/search-words.ts). Every piece is a React text node: store text is
 * never parsed as HTML.
 */
export function Highlight({ text, terms }: { text: string; terms: ReadonlySet<string> }) {
  if (terms.size === 0) return text;
  return highlightPieces(text, terms).map((piece, i) =>
    piece.match ? <mark key={i}>{piece.text}</mark> : piece.text,
  );
}
