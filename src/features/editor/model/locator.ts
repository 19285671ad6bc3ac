import type { DraftExcerpt } from './draft-document';

/**
 * A locator or a locator label as kept once its field is left: without the spaces around it,
 * and `''` (the field absent from the file) when nothing but spaces was typed. While it is
 * typed it is kept as typed, so that "12 bis" can be written a letter at a time.
 */
export function settledText(typed: string): string {
  return typed.trim();
}

/**
 * An excerpt typed for a source without text (a recording, a print edition): nothing to
 * select a passage from, so the quote is the words typed, without the spaces around them,
 * and the locator says where they are. An empty locator is left out, not written `""`.
 */
export function typedExcerpt(source: string, quote: string, locator: string): DraftExcerpt {
  const place = settledText(locator);
  return place
    ? { source, quote: settledText(quote), locator: place }
    : { source, quote: settledText(quote) };
}

/**
 * The label of an excerpt's locator field: the source's own word for what it counts, as a
 * label ("page" → "Page"), or `general` ("Where in the source") when the source says none.
 * The word is the store's, shown as text.
 */
export function locatorFieldLabel(locatorLabel: unknown, general: string, lang: string): string {
  if (typeof locatorLabel !== 'string' || !locatorLabel.trim()) return general;
  const [first = '', ...rest] = Array.from(locatorLabel.trim());
  return first.toLocaleUpperCase(lang) + rest.join('');
}

/** Whether a source has a text to select passages from (else its quotes are typed). */
export function hasText(source: { text?: unknown }): boolean {
  return typeof source.text === 'string' && source.text.trim() !== '';
}
