import { textWithLinks } from '../lib/text-links';
import { Highlight } from './highlight';
import { NewTabLink } from './new-tab-link';

/**
 * Store text with the web addresses it writes out made links (lib/text-links.ts), each
 * opening in a new tab, and the search's words marked in both. Everything else stays text.
 */
export function LinkedText({
  text,
  terms,
  newTabNote,
}: {
  text: string;
  terms: ReadonlySet<string>;
  newTabNote: string;
}) {
  return textWithLinks(text).map((piece, i) =>
    piece.href ? (
      <NewTabLink key={i} href={piece.href} note={newTabNote} className="linked-text__link">
        <Highlight text={piece.text} terms={terms} />
      </NewTabLink>
    ) : (
      <Highlight key={i} text={piece.text} terms={terms} />
    ),
  );
}
