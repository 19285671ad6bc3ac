import type { Locale } from './date-format';

const formats: Record<Locale, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en-GB'),
  es: new Intl.NumberFormat('es-ES'),
};

export function formatNumber(value: number, locale: Locale): string {
  return formats[locale].format(value);
}
