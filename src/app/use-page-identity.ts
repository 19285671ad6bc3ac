import { useEffect } from 'react';
import { useOriginMessages } from '../i18n/origin-messages';
import { useLocale, useMessages } from '../i18n/use-messages';
import { isolateBidi } from '../lib/bidi-isolate';
import { type StoreOrigin, storeOrigin } from '../lib/store-origin';
import type { Shown } from '../features/store-loading/api/store-on-screen';
import type { StoreEvent } from '../format/validate-store';

/**
 * What the browser says about the page, the same on `/` and `/embed/`: the document's
 * language, and a title naming the event, the store and whose store it is (issue 19). But
 * for this site's own store, where "· Sourceline" already says so, the origin is spelled out
 * in the title, so that a tab or a bookmark can't pass another site's store off as ours.
 */
export function usePageIdentity(
  shown: Shown | null,
  selected: StoreEvent | undefined,
): StoreOrigin | null {
  const t = useMessages();
  const locale = useLocale();
  const o = useOriginMessages();
  const origin = shown ? storeOrigin(shown.source, window.location.href) : null;
  const originText = origin && origin.kind !== 'default' ? ` · ${o.origin(origin)}` : '';
  const storeTitle = shown?.loaded.index.store.title;

  useEffect(() => {
    // Store text isolated: a tab's title is plain text, where its direction controls run on.
    const base =
      storeTitle === undefined
        ? t.appName
        : `${isolateBidi(storeTitle)}${originText} · ${t.appName}`;
    document.title = selected ? `${isolateBidi(selected.title)} · ${base}` : base;
  }, [selected, storeTitle, t, originText]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  return origin;
}
