/**
 * A title as the stem of a file's name: "Año de crisis" → "ano-de-crisis", as ids are made,
 * while a title in another script keeps its letters ("Встреча в Пхеньяне" →
 * "встреча-в-пхеньяне", "평양 회담" → "평양-회담"): an ASCII-only rule left such a title
 * nothing, and every file the same fallback name. Only marks on Latin letters are dropped;
 * in other scripts a mark is part of the letter (Cyrillic й, Devanagari vowel signs).
 */
export function fileStem(title: string, fallback: string, maxLength = 60): string {
  const stem = title
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Cut by code points, not UTF-16 units, so that no letter is split in two.
  const cut = [...stem].slice(0, maxLength).join('').replace(/-+$/, '');
  return cut === '' ? fallback : cut;
}
