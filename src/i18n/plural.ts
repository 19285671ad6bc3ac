/** A phrase in each plural form a language distinguishes; `other` is the fallback. */
export interface PluralForms {
  one: string;
  other: string;
  /** Spanish uses it for whole millions ("1 millón de eventos"); `other` serves otherwise. */
  many?: string;
}

/**
 * The phrase for `count` in a language, chosen by its plural rules (Intl.PluralRules, CLDR)
 * rather than by `count === 1`, so a language with other rules (more forms, or 0 as
 * singular, as French has) is one more message set, not new code.
 */
export function pluralsOf(locale: string): (count: number, forms: PluralForms) => string {
  const rules = new Intl.PluralRules(locale);
  return (count, forms) => {
    const category = rules.select(count);
    return (category === 'one' || category === 'many' ? forms[category] : undefined) ?? forms.other;
  };
}
