import type { Lang } from '../../lib/url-codec';

/**
 * moment's month and weekday names for the time axis. English is built in; Spanish is
 * fetched the first time a Spanish timeline is drawn, so that English readers' first screen
 * does not carry it. The panel asks for it as it first renders, in parallel with the
 * timeline's own chunk, so that a Spanish timeline is normally drawn in Spanish from the start.
 */
const loading = new Map<Lang, Promise<void>>();
const loaded = new Set<Lang>(['en']);

function fetchLocale(lang: Lang): Promise<unknown> {
  switch (lang) {
    case 'en':
      return Promise.resolve();
    case 'es':
      return import('./moment-locale-es');
  }
}

export function axisLocaleReady(lang: Lang): boolean {
  return loaded.has(lang);
}

export function loadAxisLocale(lang: Lang): Promise<void> {
  if (loaded.has(lang)) return Promise.resolve();
  let promise = loading.get(lang);
  if (!promise) {
    promise = fetchLocale(lang).then(() => {
      loaded.add(lang);
    });
    // A failed chunk leaves the axis in English, and the next Spanish timeline tries again.
    promise.catch(() => loading.delete(lang));
    loading.set(lang, promise);
  }
  return promise;
}
