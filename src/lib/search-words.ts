import { foldText, tokenize } from './search-fold';
import { fuzzy, prefix } from './search-text';

/*
 * The terms the search index holds, for the engine (event-search.ts, on the page or in the
 * worker) and for the highlighter: both split text here, the same way, so what is marked
 * is what matched. Not on the first screen: it loads with the engine and with the list.
 *
 * Text in spaced scripts is split into words (search-fold.ts's `tokenize`), which match as
 * words, prefixes or with a typo. Chinese, Japanese, Thai, Lao, Khmer and Burmese are
 * written without spaces between words, and Korean attaches particles to its words, so a
 * run of such letters (`UNSPACED_RUN`) is not one word: it is indexed as overlapping pairs of
 * characters (bigrams), "毛泽东在天安门" as 毛泽 泽东 东在 在天 天安 安门, plus its last
 * character alone (门). A query run is split into the same pairs, all of which an event
 * must have: "天安门" is 天安 + 安门 and is found in the middle of the sentence. A query
 * of one character matches every pair that begins with it (and the last characters), so
 * it is found anywhere too. A "character" here is a letter with its combining marks
 * (Thai vowel signs and tone marks, Japanese voicing marks), folded like the rest: the
 * marks are dropped, as accents are.
 *
 * Why bigrams and not Intl.Segmenter's dictionary words: pairs find any substring of two
 * characters or more, not only whole words and their beginnings; a query is split exactly
 * as the text it should find, whereas a segmenter splits a short query alone differently
 * from the same letters in a sentence (ICU splits "安门" as 安 + 门, "行いました" as
 * 行 + いま + した); they need nothing from the platform (Intl.Segmenter came to Firefox
 * only in 2024) and are fast: splitting 100,000 Chinese sentences took 0.9 s as pairs
 * and 8 s with Intl.Segmenter in Node 20. The price: about one term per character, twice
 * as many as dictionary words, so such text costs more to index (a generated store of
 * 100,000 events, each with a sentence of about 30 such characters: 30 s of CPU instead
 * of 13, a serialized index of 92 MB instead of 64); and an event that has every pair of
 * a query but not side by side also matches (rare from three characters on: the classic
 * CJK trade-off), though nothing in it is marked. Text without any of these scripts is
 * split exactly as before, at the same speed.
 */

/** Scripts written without spaces between words (and Hangul, whose words take particles). */
const UNSPACED_SCRIPTS =
  '\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Hangul}' +
  '\\p{scx=Thai}\\p{scx=Lao}\\p{scx=Khmer}\\p{scx=Myanmar}';
/** A letter or digit of those scripts (not their punctuation, such as 。 or 、). */
const UNSPACED_LETTER = `(?=[\\p{L}\\p{N}])[${UNSPACED_SCRIPTS}]`;
const HAS_UNSPACED = new RegExp(UNSPACED_LETTER, 'u');
/** A run of them, with their combining marks. */
const UNSPACED_RUN = new RegExp(`(?:${UNSPACED_LETTER}\\p{M}*)+`, 'gu');
/** A character: a letter with the marks that follow it (or marks alone). */
const CHARACTER = /\p{M}+|\P{M}\p{M}*/gu;
/** A word as search-text.ts splits them. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Whether a term is a pair or a single character of an unspaced run. */
export function isCharacterTerm(term: string): boolean {
  return HAS_UNSPACED.test(term);
}

const foldedCharacters = new Map<string, string>();
/** Katakana, which has a hiragana letter 0x60 below each of these. */
const KATAKANA = /[\u30a1-\u30f6]/;
/**
 * A character folded: marks dropped, lower case, katakana as hiragana (the same sounds,
 * "ロシア" and "ろしあ", as a Japanese reader's search treats them); Hangul syllables kept
 * whole.
 */
function foldCharacter(character: string): string {
  let folded = foldedCharacters.get(character);
  if (folded === undefined) {
    folded = foldText(character).normalize('NFC');
    if (KATAKANA.test(folded)) folded = String.fromCharCode(folded.charCodeAt(0) - 0x60);
    foldedCharacters.set(character, folded);
  }
  return folded;
}

/** The folded characters of an unspaced run, with where each one is in `run`. */
function charactersOf(run: string): { folded: string[]; starts: number[]; ends: number[] } {
  const folded: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const character of run.match(CHARACTER) ?? []) {
    const fold = foldCharacter(character);
    // Marks go with the letter before them; only marks at a run's start are alone, and
    // fold to nothing, in the index as in the highlighter.
    if (fold !== '') {
      folded.push(fold);
      starts.push(at);
      ends.push(at + character.length);
    }
    at += character.length;
  }
  return { folded, starts, ends };
}

/** `text` with its unspaced runs blanked out, each character by a space: its words. */
const withoutRuns = (text: string) => text.replace(UNSPACED_RUN, (run) => ' '.repeat(run.length));

/**
 * The terms an event's text is indexed under: its folded words, and for each unspaced run
 * its character pairs and last character.
 */
export function indexTerms(text: string): string[] {
  // Folding a whole field at once costs far less than folding word by word.
  if (!HAS_UNSPACED.test(text)) return tokenize(foldText(text));
  const terms = tokenize(foldText(withoutRuns(text)));
  for (const [run] of text.matchAll(UNSPACED_RUN)) {
    const { folded } = charactersOf(run);
    for (let i = 0; i + 1 < folded.length; i++) terms.push(folded[i]! + folded[i + 1]!);
    if (folded.length > 0) terms.push(folded[folded.length - 1]!);
  }
  return terms;
}

/**
 * The terms of a query: its folded words, and for each unspaced run its character pairs,
 * or the character alone when the run is one character long.
 */
export function queryTokens(query: string): string[] {
  if (!HAS_UNSPACED.test(query)) return tokenize(foldText(query));
  const terms = tokenize(foldText(withoutRuns(query)));
  for (const [run] of query.matchAll(UNSPACED_RUN)) {
    const { folded } = charactersOf(run);
    if (folded.length === 1) terms.push(folded[0]!);
    for (let i = 0; i + 1 < folded.length; i++) terms.push(folded[i]! + folded[i + 1]!);
  }
  return terms;
}

/** One code point: a single folded character of an unspaced run, not a pair. */
const isOneCodePoint = (term: string) =>
  term.length === 1 || (term.length === 2 && term.codePointAt(0)! > 0xffff);

/**
 * Which query terms also match as the beginning of an indexed term: words from three
 * letters on (search-text.ts), and a single character of an unspaced run, so that it
 * finds the pairs it begins. Pairs match only as they are.
 */
export const prefixFor = (term: string) =>
  isCharacterTerm(term) ? isOneCodePoint(term) : prefix(term);

/** Which query terms forgive a typo: long words (search-text.ts); never characters. */
export const fuzzyFor = (term: string) => (isCharacterTerm(term) ? false : fuzzy(term));

/**
 * What the highlighter should mark, given the indexed terms a query matched: those words,
 * and each unspaced run of the query, folded, wherever it stands whole in a text. Its
 * pairs are what the index matched, but marking each pair alone would also mark stray
 * pieces of it ("ลง" of "ข้อตกลง" in "ลงนาม"); a query of one character marks that
 * character, not the pairs it began.
 */
export function matchedTerms(query: string, matched: ReadonlySet<string>): Set<string> {
  const terms = new Set<string>();
  if (matched.size === 0) return terms;
  for (const term of matched) if (!isCharacterTerm(term)) terms.add(term);
  for (const [run] of query.matchAll(UNSPACED_RUN)) {
    const { folded } = charactersOf(run);
    if (folded.length > 0) terms.add(folded.join(''));
  }
  return terms;
}

/** Pieces of a text, each marked if it is something that the search matched. */
export interface TextPiece {
  readonly text: string;
  readonly match: boolean;
}

/**
 * Splits `text` for highlighting: the words whose folded form is in `terms` are marked,
 * and in an unspaced run every stretch that is, folded, one of `terms`.
 * Returns the text whole when nothing matches. Pieces are plain strings, to be rendered
 * as text nodes (never as HTML).
 */
export function highlightPieces(text: string, terms: ReadonlySet<string>): TextPiece[] {
  if (terms.size === 0) return [{ text, match: false }];
  /** Marked stretches of `text`: [start, end) pairs. */
  const marked: [number, number][] = [];
  const hasRuns = HAS_UNSPACED.test(text);
  for (const word of (hasRuns ? withoutRuns(text) : text).matchAll(WORD)) {
    if (terms.has(foldText(word[0]))) marked.push([word.index, word.index + word[0].length]);
  }
  const runs = hasRuns ? [...terms].filter(isCharacterTerm) : [];
  if (runs.length > 0) {
    for (const found of text.matchAll(UNSPACED_RUN)) {
      const { folded, starts, ends } = charactersOf(found[0]);
      // Mark each character of a matched run where it stands whole, from one character to
      // the next (folded characters are one code point each, but that is not relied on).
      const joined = folded.join('');
      const characterAt = new Map<number, number>();
      let offset = 0;
      folded.forEach((character, i) => {
        characterAt.set(offset, i);
        offset += character.length;
      });
      characterAt.set(offset, folded.length);
      const covered = new Array<boolean>(folded.length).fill(false);
      for (const run of runs) {
        for (let at = joined.indexOf(run); at >= 0; at = joined.indexOf(run, at + 1)) {
          const first = characterAt.get(at);
          const end = characterAt.get(at + run.length);
          if (first !== undefined && end !== undefined) covered.fill(true, first, end);
        }
      }
      covered.forEach((on, i) => {
        if (on) marked.push([found.index + starts[i]!, found.index + ends[i]!]);
      });
    }
    marked.sort((a, b) => a[0] - b[0]);
  }
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const [start, end] of marked) {
    if (start > last) pieces.push({ text: text.slice(last, start), match: false });
    const previous = pieces[pieces.length - 1];
    // Characters side by side make one marked piece.
    if (start === last && previous?.match)
      pieces[pieces.length - 1] = { text: previous.text + text.slice(start, end), match: true };
    else pieces.push({ text: text.slice(start, end), match: true });
    last = end;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), match: false });
  return pieces.length === 0 ? [{ text, match: false }] : pieces;
}
