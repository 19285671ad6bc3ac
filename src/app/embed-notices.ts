import type { IgnoredValue } from '../lib/url-codec';
import type { Notice } from '../lib/view-store';

/**
 * What an article's reader is told of the frame's link, when parts of it were dropped: only
 * what changes what the frame shows, in their terms. The full page's notice lists each part
 * and why, for the link's author, who can fix it; a reader cannot, and sees no address.
 * - `file-store`: the link was made with a file open, which no link opens (its name given);
 * - `other-store`: the store it names cannot be opened from a link;
 *   either way the frame shows this site's own timeline instead of the article's;
 * - `event-missing`: the event the article framed is not in the timeline.
 * A filter, window, language or parameter dropped changes nothing the frame would need to
 * explain (its filter line says which filters apply), and is not told.
 */
export type ReaderNote =
  | { readonly kind: 'file-store'; readonly name: string }
  | { readonly kind: 'other-store' }
  | { readonly kind: 'event-missing' };

export function readerNotes(ignored: readonly IgnoredValue[]): ReaderNote[] {
  // A repeated parameter keeps its first value: nothing was lost.
  const lost = ignored.filter((item) => item.reason !== 'repeated');
  const notes: ReaderNote[] = [];
  const fileStore = lost.find((item) => item.reason === 'file-store');
  if (fileStore) notes.push({ kind: 'file-store', name: fileStore.value });
  else if (lost.some((item) => item.key === 'store')) notes.push({ kind: 'other-store' });
  if (lost.some((item) => item.key === 'event')) notes.push({ kind: 'event-missing' });
  return notes;
}

/**
 * How long a notice that goes by itself stays in the frame unread: time to read a sentence
 * (WCAG's "enough time"), and it stays as long as the pointer or the focus is on it.
 */
export const NOTICE_LIFE_MS = 8_000;

/**
 * The notices that answer what the reader just did (Copy citation): the answer is read, and
 * then in the way of a small frame's timeline. What the frame's link lost stays until
 * dismissed: it says the frame does not show what the article meant.
 */
export function goesByItself(kind: Notice['kind']): boolean {
  return kind !== 'ignored-link';
}
