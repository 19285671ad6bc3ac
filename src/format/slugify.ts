import transliterate from '@sindresorhus/transliterate';
import { romanizeHangul } from './hangul-roman';

// Apart from slug.ts, which the store worker loads to check ids: only the importers and the
// editor make ids, and they load later (the transliteration table with them).

/**
 * A run of letters of another script than the Latin one (Cyrillic, Greek, Armenian, Georgian,
 * Arabic, Hebrew…). Latin letters keep the folding they have always had ("ü" → "u", where the
 * transliteration would write "ue"), so that a Latin title makes the id it made before.
 */
const NOT_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]+/gu;

/**
 * "Kim & Putin sign — 2024!" → "kim-putin-sign-2024": an id in the store's slug form made
 * from a name, accents folded, other scripts written in Latin letters ("Обстрел Харькова" →
 * "obstrel-kharkova", "남북 군사 회담" → "nambuk-gunsa-hoedam"), cut at a word's end. One rule for the importers and the editor, so that
 * the same title makes the same id wherever it is made. Scripts the transliteration has no
 * letters for (Chinese, Japanese) are left out; a title of nothing else gets `fallback`.
 */
export function slugify(text: string, fallback = 'item', maxLength = 70): string {
  // Most titles are ASCII: no Unicode normalisation needed (a generated million is slugged).
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7f]*$/.test(text);
  // Marks go after NFKD ("é" → "e"); the dotless ı has no decomposition and is named here.
  const folded = ascii
    ? text
    : text
        .replace(NOT_LATIN, (run) => transliterate(romanizeHangul(run)))
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .replace(/ı/g, 'i');
  const slug = folded
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return slug === '' ? fallback : slug;
}
