import { Suspense, lazy } from 'react';
import { useLocale, useMessages } from '../../i18n/use-messages';
import { describeProblem } from '../../format/problems';
import { en } from '../../i18n/messages';
import { type AllMessages, useAllMessages } from '../../i18n/later-messages';
import { StoreLoadError } from './api/store-load-error';
import { useModuleWhen } from '../../lib/use-module-when';

interface Props {
  error: Error;
  location: string;
  onRetry: () => void;
  /** The way back: the store still shown, or the default store when none is. */
  fallbackLabel: string;
  onFallback: (() => void) | null;
  /** Imports the refused document, when it is in a format the app imports. */
  onImport?: (() => void) | null;
  /**
   * In another site's frame (`/embed/`): no Open store… to point to, and an address that is
   * the article's, not its reader's to change.
   */
  embedded?: boolean;
}

const ImportableReason = lazy(() =>
  import('./importable-store').then((module) => ({ default: module.ImportableReason })),
);
const ImportButton = lazy(() =>
  import('./importable-store').then((module) => ({ default: module.ImportButton })),
);

const MAX_LISTED = 50;

/**
 * The Spanish of the loader's detail and the validator's problems (i18n/store-error-es.ts),
 * fetched only when a Spanish reader sees them, never with the first screen: their English
 * shows meanwhile, and if the words cannot come.
 */
const spanishWords = () =>
  import('../../i18n/store-error-es').then((module) => module.spanishStoreErrorWords);

/** An address on another site than this page's: the browser reads it only if it allows. */
function isOtherSite(location: string): boolean {
  try {
    const url = new URL(location, window.location.href);
    return /^https?:$/.test(url.protocol) && url.origin !== window.location.origin;
  } catch {
    return false;
  }
}

/**
 * A Google Sheet, by its address or as a TimelineJS embed's key, is read from its published
 * CSV (google-sheet-address.ts).
 */
const isGoogleSheet = (location: string) =>
  /^https:\/\/docs\.google\.com\/spreadsheets\//.test(location) ||
  /^https:\/\/[\w.]*knightlab\.com\/[^?#]*\?(?:[^#]*&)?source=(?:v2(?::|%3A))?[-\w]+(?:[&#]|$)/i.test(
    location,
  );

function reasonOf(error: Error, t: AllMessages, location: string, embedded: boolean): string {
  if (!(error instanceof StoreLoadError)) return error.message;
  const unreached = embedded ? t.networkErrorEmbedded : t.networkError;
  const sheet = embedded ? t.googleSheetUnreadEmbedded : t.googleSheetUnread;
  const elsewhere = embedded ? t.networkErrorElsewhereEmbedded : t.networkErrorElsewhere;
  switch (error.kind) {
    case 'network':
      if (isGoogleSheet(location)) return `${unreached} ${sheet}`;
      return isOtherSite(location) ? `${unreached} ${elsewhere}` : unreached;
    case 'http':
      if (isGoogleSheet(location)) return `${t.httpError(error.data.status ?? 0)} ${sheet}`;
      return t.httpError(error.data.status ?? 0);
    case 'timeout':
      return t.errorTimeout;
    case 'too-large':
      return t.errorTooLarge;
    case 'refused':
      return t.storeRefused;
    case 'empty':
      return t.errorEmpty;
    case 'file':
      return t.errorFile;
  }
}

/** Why the store is not shown, and the ways out. */
export function StoreError({
  error,
  location,
  onRetry,
  fallbackLabel,
  onFallback,
  onImport = null,
  embedded = false,
}: Props) {
  const t = useAllMessages();
  // The first screen's set, English until the language's file is in.
  const first = useMessages();
  const loadError = error instanceof StoreLoadError ? error : null;
  const importable = loadError?.data.importable;
  // A TimelineJS file is not a broken store: what the format's checks say of it is no help.
  const problems = importable ? [] : (loadError?.data.problems ?? []);
  // The loader's own words add numbers where they help (sizes, counts, seconds).
  const detailed = loadError && ['empty', 'too-large', 'timeout'].includes(loadError.kind);
  const detail = detailed ? loadError.message : null;
  // Once the Spanish messages are in: Spanish lines under an English heading would not do.
  const spanish = useLocale() === 'es' && first !== en && (!!detail || problems.length > 0);
  const spanishIn = useModuleWhen(spanish, spanishWords);
  const words = spanish ? (spanishIn ?? undefined) : undefined;
  return (
    <div role="alert" className="store-error">
      <h2>{t.storeFailed}</h2>
      <p className="store-error__location">{location}</p>
      {importable ? (
        <Suspense fallback={<p>{reasonOf(error, t, location, embedded)}</p>}>
          <ImportableReason importable={importable} canImport={onImport !== null} />
        </Suspense>
      ) : (
        <p>{reasonOf(error, t, location, embedded)}</p>
      )}
      {detail ? <p>{words?.detail(detail) ?? detail}</p> : null}
      {problems.length > 0 ? (
        <ul className="store-error__problems">
          {problems.slice(0, MAX_LISTED).map((problem, i) => (
            <li key={i}>
              <code>{words?.problem(problem) ?? describeProblem(problem)}</code>
            </li>
          ))}
          {problems.length > MAX_LISTED ? <li>… {problems.length - MAX_LISTED}</li> : null}
        </ul>
      ) : null}
      <div className="store-error__actions">
        {importable && onImport ? (
          <Suspense fallback={null}>
            <ImportButton onImport={onImport} />
          </Suspense>
        ) : null}
        <button type="button" className={importable ? undefined : 'primary'} onClick={onRetry}>
          {t.retry}
        </button>
        {onFallback ? (
          <button type="button" onClick={onFallback}>
            {fallbackLabel}
          </button>
        ) : null}
      </div>
    </div>
  );
}
