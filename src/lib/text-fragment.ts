/**
 * Links to a passage on its source's page with a URL text fragment (WICG "URL Fragment
 * Text Directives", `#:~:text=[prefix-,]textStart[,textEnd][,-suffix]`).
 *
 * The model is Hypothesis' quote anchoring: a passage is its exact words plus, when they
 * are not enough to find it again, the words just before (prefix) and after (suffix) it.
 * Here the exact words may be shortened to their first and last words (textStart,
 * textEnd), and context is added only until the directive matches the passage alone in
 * the source's text, as far as that text is known.
 */

import { locatedAddress, type PassagePlace } from './passage-locator';

export interface TextDirective {
  readonly prefix?: string;
  readonly start: string;
  readonly end?: string;
  readonly suffix?: string;
}

/** Quotes of up to this many words are linked whole; longer ones by their ends. */
const WHOLE_QUOTE_WORDS = 6;
/** Words in textStart and in textEnd to begin with (more are taken when needed). */
const END_WORDS = 3;
/** At most this many words of context on either side. */
const MAX_CONTEXT_WORDS = 8;

const collapse = (text: string) => text.replace(/\s+/g, ' ');

/** The percent-encoding the spec asks for: `-`, `&` and `,` too, which are its syntax. */
export function encodeTextDirectivePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

export function formatTextDirective(directive: TextDirective): string {
  const { prefix, start, end, suffix } = directive;
  const parts = [
    ...(prefix === undefined ? [] : [`${encodeTextDirectivePart(prefix)}-`]),
    encodeTextDirectivePart(start),
    ...(end === undefined ? [] : [encodeTextDirectivePart(end)]),
    ...(suffix === undefined ? [] : [`-${encodeTextDirectivePart(suffix)}`]),
  ];
  return `text=${parts.join(',')}`;
}

/** Reads a `text=` directive back (the inverse of formatTextDirective), or null. */
export function parseTextDirective(directive: string): TextDirective | null {
  if (!directive.startsWith('text=')) return null;
  const parts = directive.slice('text='.length).split(',');
  let prefix: string | undefined;
  let suffix: string | undefined;
  if (parts[0]?.endsWith('-')) prefix = parts.shift()!.slice(0, -1);
  if (parts.length > 1 && parts[parts.length - 1]!.startsWith('-')) suffix = parts.pop()!.slice(1);
  if (parts.length < 1 || parts.length > 2 || parts.some((part) => part === '')) return null;
  try {
    const decode = decodeURIComponent;
    return {
      ...(prefix === undefined ? {} : { prefix: decode(prefix) }),
      start: decode(parts[0]!),
      ...(parts[1] === undefined ? {} : { end: decode(parts[1]) }),
      ...(suffix === undefined ? {} : { suffix: decode(suffix) }),
    };
  } catch {
    return null;
  }
}

/** Where each word of a text is, by the script's own rules (Intl.Segmenter), so that cuts fall between words in any language. */
function wordSpans(text: string, locale?: string): { start: number; end: number }[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  const spans: { start: number; end: number }[] = [];
  for (const segment of segmenter.segment(text)) {
    if (segment.isWordLike)
      spans.push({ start: segment.index, end: segment.index + segment.segment.length });
  }
  return spans;
}

/**
 * Every place the directive matches in `text`, as a browser would find it, on text with
 * white space collapsed. Letter case is ignored, as the matching is case-insensitive; it
 * does not require word boundaries, so it can only overcount, which costs more context,
 * never a link that finds the wrong passage.
 */
export function findDirectiveMatches(
  text: string,
  directive: TextDirective,
): { start: number; end: number }[] {
  const haystack = collapse(text).toLowerCase();
  const lower = (value: string | undefined) =>
    value === undefined ? undefined : collapse(value).trim().toLowerCase();
  const start = lower(directive.start)!;
  const end = lower(directive.end);
  const prefix = lower(directive.prefix);
  const suffix = lower(directive.suffix);
  const matches: { start: number; end: number }[] = [];
  if (start === '') return matches;
  for (let at = haystack.indexOf(start); at >= 0; at = haystack.indexOf(start, at + 1)) {
    if (prefix !== undefined && !haystack.slice(0, at).trimEnd().endsWith(prefix)) continue;
    let matchEnd = at + start.length;
    if (end !== undefined) {
      const endAt = haystack.indexOf(end, matchEnd);
      if (endAt < 0) continue;
      matchEnd = endAt + end.length;
    }
    if (suffix !== undefined && !haystack.slice(matchEnd).trimStart().startsWith(suffix)) continue;
    matches.push({ start: at, end: matchEnd });
  }
  return matches;
}

/**
 * textStart and textEnd for a quote: whole when short; otherwise its first and last
 * words, the end lengthened until its first occurrence after the start is the quote's end.
 */
function quoteEnds(quote: string, locale?: string): Pick<TextDirective, 'start' | 'end'> {
  const words = wordSpans(quote, locale);
  if (words.length <= WHOLE_QUOTE_WORDS) return { start: quote };
  const lowerQuote = quote.toLowerCase();
  for (let n = END_WORDS; 2 * n < words.length; n++) {
    const start = quote.slice(0, words[n - 1]!.end);
    const end = quote.slice(words[words.length - n]!.start);
    const endAt = lowerQuote.indexOf(end.toLowerCase(), start.length);
    if (endAt + end.length === quote.length) return { start, end };
  }
  return { start: quote };
}

/**
 * The text directive for a quote. With the source's full text, a prefix and/or suffix of
 * its words around the quote is added when the directive would otherwise match more than
 * the quote's own place in it; without it, the quote's words are the best there is.
 */
export function textDirectiveFor(
  quoteText: string,
  sourceText?: string,
  locale?: string,
): TextDirective | null {
  const quote = collapse(quoteText).trim();
  if (quote === '') return null;
  const ends = quoteEnds(quote, locale);
  if (sourceText === undefined) return ends;

  const text = collapse(sourceText);
  const lowerText = text.toLowerCase();
  const at = lowerText.indexOf(quote.toLowerCase());
  if (at < 0) return ends;
  const quoteEnd = at + quote.length;
  const isTarget = (directive: TextDirective) => {
    const matches = findDirectiveMatches(text, directive);
    return matches.length === 1 && matches[0]!.start === at && matches[0]!.end === quoteEnd;
  };
  if (isTarget(ends)) return ends;

  const before = text.slice(0, at);
  const after = text.slice(quoteEnd);
  const wordsBefore = wordSpans(before, locale);
  const wordsAfter = wordSpans(after, locale);
  const prefixOf = (n: number) =>
    n === 0 || wordsBefore.length < n
      ? undefined
      : before.slice(wordsBefore[wordsBefore.length - n]!.start).trimEnd() || undefined;
  const suffixOf = (n: number) =>
    n === 0 || wordsAfter.length < n
      ? undefined
      : after.slice(0, wordsAfter[n - 1]!.end).trimStart() || undefined;
  const withContext = (p: number, s: number): TextDirective => {
    const prefix = prefixOf(p);
    const suffix = suffixOf(s);
    return {
      ...(prefix === undefined ? {} : { prefix }),
      ...ends,
      ...(suffix === undefined ? {} : { suffix }),
    };
  };

  // The fewest words of context first, a prefix before a suffix at the same count.
  const maxBefore = Math.min(MAX_CONTEXT_WORDS, wordsBefore.length);
  const maxAfter = Math.min(MAX_CONTEXT_WORDS, wordsAfter.length);
  for (let total = 1; total <= maxBefore + maxAfter; total++) {
    for (let p = Math.min(total, maxBefore); p >= 0 && total - p <= maxAfter; p--) {
      const directive = withContext(p, total - p);
      if (isTarget(directive)) return directive;
    }
  }
  // A passage the text repeats word for word, context and all: the most context there is.
  return withContext(maxBefore, maxAfter);
}

/**
 * The source's address with the passage's text fragment, or null when there is no quote.
 * Where the excerpt's locator is a time or a PDF's page, the address opens there too
 * (`passage-locator.ts`): a recording's or a print edition's page has no text to find.
 */
export function passageLink(
  url: string,
  quote: string,
  sourceText?: string,
  locale?: string,
  place?: PassagePlace,
): string | null {
  const directive = textDirectiveFor(quote, sourceText, locale);
  if (directive === null) return null;
  const located = place ? locatedAddress(url, place) : { url };
  // `&` ends the locator's fragment for a reader that does not know text directives (a
  // media fragment's parser then sees `t=754` and an unknown pair), and `:~:` for one that does.
  if (located.fragment !== undefined) {
    return `${located.url}#${located.fragment}&:~:${formatTextDirective(directive)}`;
  }
  // A fragment the address already has stays; the directive follows it after `:~:`.
  const base = located.url.includes('#') ? located.url.replace(/:~:.*$/, '') : `${located.url}#`;
  return `${base}:~:${formatTextDirective(directive)}`;
}
