import { findQuote } from '../../../format/find-quote';
import type { DraftEvent } from './draft-document';

/** An event some of whose excerpts quote words a source's new text does not hold. */
export interface QuotesLost {
  event: string;
  title: string;
  /** How many of its excerpts of that source. */
  excerpts: number;
}

/**
 * What saving `text` as the text of source `id` would leave unverifiable: the events whose
 * excerpts of that source quote words the text does not hold (the format's verbatim check,
 * white space collapsed), each left out of the downloaded store until mended. Nothing when
 * the text is empty: the quotes of a source without text are typed, and not checked. Both
 * ways of giving a source a text ask first with it: Edit source, and Add source's
 * `Save into` a source with no text yet (an import's, whose quotes came from a sheet).
 */
export function quotesLostBy(
  events: readonly DraftEvent[],
  id: string,
  text: string,
): QuotesLost[] {
  if (text.trim() === '') return [];
  return events.flatMap((event) => {
    const excerpts = event.excerpts.filter(
      (excerpt) => excerpt.source === id && findQuote(text, excerpt.quote) === null,
    ).length;
    return excerpts > 0 ? [{ event: event.id, title: event.title, excerpts }] : [];
  });
}
