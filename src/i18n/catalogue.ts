import { useSyncExternalStore } from 'react';
import type { Lang } from '../lib/url-codec';
import type { LaterMessages } from './later-messages';
import { type Messages, en } from './messages';

/*
 * The interface's messages by language. English is always here; another language is fetched
 * the first time it is asked for (the app waits for the link's language before its first
 * render, so a Spanish link opens in Spanish), and whatever asked for it renders again when it
 * arrives, in English meanwhile.
 */
const loaded: Partial<Record<Lang, Messages>> = { en };
const loading = new Map<Lang, Promise<void>>();
const listeners = new Set<() => void>();
// Each language's strings for the parts loaded after the first screen, by its first screen's
// set; English's are in later-messages.ts, loaded with those parts.
const laterOf = new Map<Messages, LaterMessages>();

function fetchLang(lang: Lang): Promise<Messages> {
  switch (lang) {
    case 'en':
      return Promise.resolve(en);
    case 'es':
      return import('./messages-es').then((module) => {
        laterOf.set(module.es, module.esLater);
        return module.es;
      });
  }
}

/** Loads a language's messages; resolves at once when they are here. */
export function loadLang(lang: Lang): Promise<void> {
  if (loaded[lang]) return Promise.resolve();
  let load = loading.get(lang);
  if (!load) {
    load = fetchLang(lang).then(
      (messages) => {
        loaded[lang] = messages;
        for (const listener of listeners) listener();
      },
      (error: unknown) => {
        // Not kept: the next ask tries again. English stays on screen meanwhile.
        loading.delete(lang);
        throw error;
      },
    );
    loading.set(lang, load);
  }
  return load;
}

/** The messages of `lang` outside React (English until they have arrived). */
export function messagesFor(lang: Lang): Messages {
  return loaded[lang] ?? en;
}

/** The later parts' strings of the language whose first screen's set is `messages`, once in. */
export function laterMessagesOf(messages: Messages): LaterMessages | undefined {
  return laterOf.get(messages);
}

/** Whether a language's messages are here, without loading them. */
export function hasLang(lang: Lang): boolean {
  return loaded[lang] !== undefined;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The messages of `lang`, or English until they have arrived. */
export function useCatalogue(lang: Lang): Messages {
  const messages = useSyncExternalStore(subscribe, () => loaded[lang]);
  if (messages) return messages;
  loadLang(lang).catch(() => {});
  return en;
}
