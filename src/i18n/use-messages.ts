import type { Locale } from '../lib/date-format';
import type { Lang } from '../lib/url-codec';
import { useView } from '../lib/view-store';
import { useCatalogue } from './catalogue';
import type { Messages } from './messages';

/** The interface language: the link's `lang`, else the browser's if we speak it, else English. */
export function resolveLang(lang: Lang | null): Lang {
  if (lang !== null) return lang;
  const preferred = typeof navigator === 'undefined' ? [] : navigator.languages;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'en' || base === 'es') return base;
  }
  return 'en';
}

export function useLocale(): Locale {
  return resolveLang(useView((state) => state.lang));
}

export function useMessages(): Messages {
  return useCatalogue(useLocale());
}
