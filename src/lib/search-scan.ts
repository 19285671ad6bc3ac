import { inWordBefore, wordEnd } from './search-fold';
import { FIELD_NAMES, type SearchDoc } from './search-text';
import { foldForScan, isCharacterTerm, matchedTerms, prefixFor, queryTokens } from './search-words';

/*
 * A search without the index, for the seconds a large store's index takes to build in the
 * worker (search-worker-core.ts): each document is folded once as it arrives, and a query
 * is a plain scan of those texts. It finds what the index would for exact words and word
 * beginnings, with the same query terms (queryTokens) and the same folding, but not the
 * words one typo away (the index's fuzzy matching), and it ranks simply: events with more
 * of the query's terms in their title first, then the rest, each in time order.
 */

/** A document's text as the scan reads it: its title, and every other field. */
export interface ScanText {
  readonly title: string;
  readonly rest: string;
}

export function scanTextOf(doc: SearchDoc): ScanText {
  const rest: string[] = [];
  // Field by field: most are plain ASCII, folded at a fraction of the cost (foldText).
  for (const field of FIELD_NAMES)
    if (field !== 'title' && doc[field]) rest.push(foldForScan(doc[field]));
  return { title: foldForScan(doc.title), rest: rest.join('\n') };
}

interface ScanTerm {
  readonly term: string;
  /** Also as the beginning of a longer word. */
  readonly prefix: boolean;
  /** A pair or a character of an unspaced run: found anywhere, not only at a word start. */
  readonly characters: boolean;
}

/**
 * Whether `text` has `term` as an indexed term would: a word (or a word's beginning, for a
 * prefix), or anywhere for characters; each matched word is added to `words`.
 */
function findIn(text: string, { term, prefix, characters }: ScanTerm, words: Set<string>) {
  let found = false;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
    if (characters) return true;
    if (inWordBefore(text, at)) continue;
    const end = wordEnd(text, at);
    if (!prefix && end !== at + term.length) continue;
    words.add(text.slice(at, end));
    found = true;
  }
  return found;
}

export interface ScanHits {
  /** Positions of the matching documents, best first. */
  readonly ranked: number[];
  /** What the highlighter should mark (as the index's `terms`). */
  readonly terms: Set<string>;
}

/**
 * The documents among `texts` (documents `first`, `first + 1`, …) that have every term of
 * the query.
 */
export function scanSearch(texts: readonly ScanText[], first: number, query: string): ScanHits {
  const terms: ScanTerm[] = [...new Set(queryTokens(query))].map((term) => ({
    term,
    prefix: prefixFor(term),
    characters: isCharacterTerm(term),
  }));
  const words = new Set<string>();
  if (terms.length === 0) return { ranked: [], terms: words };
  // Documents by how many terms their title has: byTitle[k] in time order.
  const byTitle: number[][] = terms.map(() => []);
  byTitle.push([]);
  // The words of one document, kept only if it matches every term.
  const found = new Set<string>();
  texts.forEach((text, i) => {
    found.clear();
    let inTitle = 0;
    for (const term of terms) {
      const title = findIn(text.title, term, found);
      // The rest is read even after a title match, for its words to be marked too.
      const rest = findIn(text.rest, term, found);
      if (!title && !rest) return;
      if (title) inTitle++;
    }
    byTitle[inTitle]!.push(first + i);
    for (const word of found) words.add(word);
  });
  const ranked = byTitle.reverse().flat();
  if (ranked.length === 0) return { ranked, terms: new Set() };
  for (const { term, characters } of terms) if (characters) words.add(term);
  return { ranked, terms: matchedTerms(query, words) };
}
