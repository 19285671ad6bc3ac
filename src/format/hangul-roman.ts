/**
 * Hangul syllables in Latin letters, by the Revised Romanization of Korean letter by letter
 * ("남북 군사 회담" → "nambuk gunsa hoedam"), for ids made from titles: the transliteration
 * table slugify.ts uses has no Hangul, so a Korean title made an id of its digits alone ("13")
 * or none. The sound changes between syllables (북러 read "bungneo") are not applied: an id
 * needs to be readable and stable, not a pronunciation.
 */
const INITIALS = 'g kk n d tt r m b pp s ss - j jj ch k t p h'.split(' ');
const MEDIALS = 'a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i'.split(' ');
const FINALS = '- k k k n n n t l k m l l l p l m p p t t ng t t k t p t'.split(' ');

const FIRST = 0xac00;
const HANGUL = /[\uac00-\ud7a3]+/g;

function syllable(code: number): string {
  const index = code - FIRST;
  const initial = INITIALS[Math.floor(index / 588)]!;
  const medial = MEDIALS[Math.floor((index % 588) / 28)]!;
  const final = FINALS[index % 28]!;
  return (initial === '-' ? '' : initial) + medial + (final === '-' ? '' : final);
}

export function romanizeHangul(text: string): string {
  return text.replace(HANGUL, (run) =>
    Array.from(run, (char) => syllable(char.codePointAt(0)!)).join(''),
  );
}
