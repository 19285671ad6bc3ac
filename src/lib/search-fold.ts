/*
 * How search reads text (search-words.ts splits it further for scripts written without
 * spaces): folded and cut into words, alike for the index, the query and the highlighter.
 * Not on the first screen: it loads with the engine (event-search.ts).
 */

/**
 * Latin letters that no accent can be taken off (NFD leaves them whole), written as people
 * type them without the letter: "strasse" finds "Straße", "lodz" "Łódź", "oresund" "Øresund".
 */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ħ: 'h',
  ı: 'i',
};
const WHOLE_LETTERS = /[ßæœøłđðþħı]/g;

/** Text that folding only lower-cases: no accents, no letters of LETTER_FOLDS. */
const ASCII_ONLY = /^[\0-\x7f]*$/;

/** Lower case without accents, so "pionyang" finds "Pionyang" and "rusia" finds "Rusia". */
export function foldText(text: string): string {
  // Most fields of most stores are plain ASCII: their folding is 40 times cheaper.
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(WHOLE_LETTERS, (letter) => LETTER_FOLDS[letter]!);
}

/**
 * A word: a run of letters, combining marks and digits. The index and the highlighter
 * split text the same way (search-words.ts, which also splits the runs of scripts written
 * without spaces, such as Chinese), so what is marked is exactly what was matched.
 */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Query words, folded; an empty list means there is no query. A run of Chinese, Japanese,
 * Thai… is one word here: the engine splits it further (search-words.ts).
 */
export function queryTerms(query: string): string[] {
  return tokenize(foldText(query));
}
