/**
 * Lists that name the first few of many things and count the rest ("rows 3–12, 15 and 1,662
 * more"), in the report's two languages. Every list the importers and the store's checks
 * write goes through here, so that the Spanish tables can read back what the English wrote.
 */

export type ListLanguage = 'en' | 'es';

const LOCALES: Readonly<Record<ListLanguage, string>> = { en: 'en', es: 'es-ES' };
// Made at the first count, not when the store's worker (which loads this) starts.
const numbers: Partial<Record<ListLanguage, Intl.NumberFormat>> = {};
const AND_MORE: Readonly<Record<ListLanguage, (count: string) => string>> = {
  en: (count) => ` and ${count} more`,
  es: (count) => ` y ${count} más`,
};

/** A count as the report writes it: 1,662 in English, as Intl writes it in Spanish. */
export const formatCount = (count: number, language: ListLanguage = 'en') =>
  (numbers[language] ??= new Intl.NumberFormat(LOCALES[language])).format(count);

/** "a, b, c and 12 more": the names shown, then how many are not. */
export function listWithMore(
  shown: readonly string[],
  hidden: number,
  language: ListLanguage = 'en',
): string {
  const more = hidden > 0 ? AND_MORE[language](formatCount(hidden, language)) : '';
  return `${shown.join(', ')}${more}`;
}
