import { FIELD_NAMES, FUZZY_EDITS, FUZZY_FROM, type SearchDoc } from './search-text';
import { fuzzyFor, indexTerms, matchedTerms, prefixFor, queryTokens } from './search-words';

/*
 * A search without the index, for the seconds a large store's index takes to build in the
 * worker (search-worker-core.ts). Each document is split once, as it arrives, into the
 * very terms the index holds (indexTerms: folded words, character pairs), kept as a text
 * with a space around each term, " treaty of marren "; the index is then fed those terms
 * (ScanStore.add returns them, termsOfField splits them back), so a document is folded
 * once for both, and the index holds exactly what it would have split itself. A query is a
 * plain scan of those texts, with the index's rules: every query term (queryTokens) must
 * be a term of the event (" treaty "), or begin one for a prefix (" trea"), or, for a term
 * that forgives a typo (fuzzyFor), be one edit (Levenshtein: a letter added, dropped or
 * changed, as MiniSearch counts, so two letters swapped are two) from one: those words are
 * found among the distinct words seen so far (the vocabulary, filled in the same pass:
 * hundreds in a generated store, at most some hundred thousand in a real one, each checked
 * in a few operations) rather than in every word of every event, then looked for as terms.
 * It finds exactly the events the index would; it ranks simply: events with more of the
 * query's terms in their title first, then the rest, each in time order.
 */

/** A document's fields, each as its index terms with a space between two (indexTerms). */
export type TermsDoc = SearchDoc;

/** A field of a TermsDoc back as its terms: the index's tokenizer in the worker. */
export const termsOfField = (field: string): string[] => (field === '' ? [] : field.split(' '));

/** A document's text as the scan reads it: its title, and every other field. */
export interface ScanText {
  /** " term term … ": a space before and after each term. */
  readonly title: string;
  readonly rest: string;
}

/** The scan forgives one edit (oneEditApart): this fails to compile if the index's rule changes. */
const EDITS: 1 = FUZZY_EDITS;
/** Words shorter than this are never one edit from a query word that forgives a typo. */
const VOCABULARY_FROM = FUZZY_FROM - EDITS;

/** The documents received so far, split into terms for the index and kept for the scan. */
export class ScanStore {
  readonly texts: ScanText[] = [];
  /** Every distinct term long enough to be a typo's neighbour (pairs too: never close). */
  private readonly vocabulary = new Set<string>();

  get size(): number {
    return this.texts.length;
  }

  /** How many distinct words the vocabulary holds (for measure-search.ts). */
  get vocabularySize(): number {
    return this.vocabulary.size;
  }

  /** Keeps a document for the scan and returns its terms, for the index. */
  add(doc: SearchDoc): TermsDoc {
    const fields = {} as Record<keyof SearchDoc, string>;
    // Each text made by one join, with an empty term at each end for the spaces there: a
    // flat string, which a concatenation is not until its first search flattens it (the
    // first query would pay for copying every text).
    const title = [''];
    const rest = [''];
    for (const field of FIELD_NAMES) {
      const terms = doc[field] ? indexTerms(doc[field]) : [];
      for (const term of terms) if (term.length >= VOCABULARY_FROM) this.vocabulary.add(term);
      fields[field] = terms.join(' ');
      (field === 'title' ? title : rest).push(...terms);
    }
    title.push('');
    rest.push('');
    this.texts.push({ title: title.join(' '), rest: rest.join(' ') });
    return fields;
  }

  /** The known words one edit from `term` (not itself, nor those it begins when a prefix). */
  typoNeighbours(term: string, prefix: boolean): string[] {
    const found: string[] = [];
    for (const word of this.vocabulary)
      if (word !== term && !(prefix && word.startsWith(term)) && oneEditApart(term, word))
        found.push(word);
    return found;
  }
}

/**
 * Whether two different strings are one insertion, deletion or substitution of a UTF-16
 * unit apart: MiniSearch's fuzzy matching (a Levenshtein distance, over units) at one edit.
 */
export function oneEditApart(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const longer = long.length - short.length;
  if (longer > 1) return false;
  let i = 0;
  while (i < short.length && short.charCodeAt(i) === long.charCodeAt(i)) i++;
  if (i === short.length) return longer === 1;
  // Past the first difference the rest must be equal: one unit of the longer skipped, or
  // (same length) one unit changed.
  for (let j = longer === 1 ? i : i + 1, k = i + 1; j < short.length; j++, k++)
    if (short.charCodeAt(j) !== long.charCodeAt(k)) return false;
  return true;
}

interface ScanTerm {
  readonly term: string;
  /** " term": as the beginning of a term, or " term " (whole) when not a prefix. */
  readonly needle: string;
  readonly prefix: boolean;
  /** " word " for each known word one edit away, when the term forgives a typo. */
  readonly typos: readonly string[];
}

/** Whether `text` has the term as the index would match it; matched terms go in `words`. */
function findIn(text: string, { term, needle, prefix, typos }: ScanTerm, words: Set<string>) {
  let found = false;
  const at = text.indexOf(needle);
  if (at >= 0) {
    found = true;
    if (!prefix) words.add(term);
    else
      for (let from = at; from >= 0; from = text.indexOf(needle, from + 1))
        words.add(text.slice(from + 1, text.indexOf(' ', from + 1)));
  }
  for (const typo of typos)
    if (text.includes(typo)) {
      found = true;
      words.add(typo.slice(1, -1));
    }
  return found;
}

export interface ScanHits {
  /** Positions of the matching documents, best first. */
  readonly ranked: number[];
  /** What the highlighter should mark (as the index's `terms`). */
  readonly terms: Set<string>;
}

/** The documents of `store` (from position 0) that have every term of the query. */
export function scanSearch(store: ScanStore, query: string): ScanHits {
  const terms: ScanTerm[] = [...new Set(queryTokens(query))].map((term) => {
    const prefix = prefixFor(term);
    return {
      term,
      needle: prefix ? ` ${term}` : ` ${term} `,
      prefix,
      typos: fuzzyFor(term) ? store.typoNeighbours(term, prefix).map((word) => ` ${word} `) : [],
    };
  });
  const words = new Set<string>();
  if (terms.length === 0) return { ranked: [], terms: words };
  // Documents by how many terms their title has: byTitle[k] in time order.
  const byTitle: number[][] = terms.map(() => []);
  byTitle.push([]);
  // The words of one document, kept only if it matches every term.
  const found = new Set<string>();
  store.texts.forEach((text, i) => {
    found.clear();
    let inTitle = 0;
    for (const term of terms) {
      const title = findIn(text.title, term, found);
      // The rest is read even after a title match, for its words to be marked too.
      const rest = findIn(text.rest, term, found);
      if (!title && !rest) return;
      if (title) inTitle++;
    }
    byTitle[inTitle]!.push(i);
    for (const word of found) words.add(word);
  });
  const ranked = byTitle.reverse().flat();
  return { ranked, terms: matchedTerms(query, ranked.length === 0 ? new Set() : words) };
}
