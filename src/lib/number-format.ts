import type { Locale } from './date-format';

const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', es: 'es-ES' };

// Made on first use: the first Intl object a page makes costs tens of milliseconds (ICU's
// data), and an English reader's page never needs the Spanish one.
const formats: Partial<Record<Locale, Intl.NumberFormat>> = {};

export function formatNumber(value: number, locale: Locale): string {
  const format = (formats[locale] ??= new Intl.NumberFormat(INTL_LOCALE[locale]));
  return format.format(value);
}
