import type { Locale } from './date-format';

const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', es: 'es-ES' };

// Made on first use: the first Intl object a page makes costs tens of milliseconds (ICU's
// data), and an English reader's page never needs the Spanish one.
const formats: Partial<Record<Locale, Intl.NumberFormat>> = {};

// Every bin of every counted lane is labelled on each move of the timeline (a few thousand
// calls at 100,000 events, ~20 ms of a drag's end), mostly with the same small counts:
// each whole number is formatted once per language. Bounded, as counts can be many.
const labels: Partial<Record<Locale, Map<number, string>>> = {};
const MAX_LABELS = 10_000;

export function formatNumber(value: number, locale: Locale): string {
  const known = (labels[locale] ??= new Map());
  let label = known.get(value);
  if (label !== undefined) return label;
  const format = (formats[locale] ??= new Intl.NumberFormat(INTL_LOCALE[locale]));
  label = format.format(value);
  if (Number.isInteger(value)) {
    if (known.size >= MAX_LABELS) known.clear();
    known.set(value, label);
  }
  return label;
}
