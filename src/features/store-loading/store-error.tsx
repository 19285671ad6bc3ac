import { useMessages } from '../../i18n/use-messages';
import { describeProblem } from '../../format/problems';
import type { Messages } from '../../i18n/messages';
import { StoreLoadError } from './api/store-load-error';

interface Props {
  error: Error;
  location: string;
  onRetry: () => void;
  /** The way back: the store still shown, or the default store when none is. */
  fallbackLabel: string;
  onFallback: (() => void) | null;
}

const MAX_LISTED = 50;

function reasonOf(error: Error, t: Messages): string {
  if (!(error instanceof StoreLoadError)) return error.message;
  switch (error.kind) {
    case 'network':
      return t.networkError;
    case 'http':
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
export function StoreError({ error, location, onRetry, fallbackLabel, onFallback }: Props) {
  const t = useMessages();
  const loadError = error instanceof StoreLoadError ? error : null;
  const problems = loadError?.data.problems ?? [];
  // The loader's own words add numbers where they help (sizes, counts, seconds).
  const detailed = loadError && ['empty', 'too-large', 'timeout'].includes(loadError.kind);
  const detail = detailed ? loadError.message : null;
  return (
    <div role="alert" className="store-error">
      <h2>{t.storeFailed}</h2>
      <p className="store-error__location">{location}</p>
      <p>{reasonOf(error, t)}</p>
      {detail ? <p>{detail}</p> : null}
      {problems.length > 0 ? (
        <ul className="store-error__problems">
          {problems.slice(0, MAX_LISTED).map((problem, i) => (
            <li key={i}>
              <code>{describeProblem(problem)}</code>
            </li>
          ))}
          {problems.length > MAX_LISTED ? <li>… {problems.length - MAX_LISTED}</li> : null}
        </ul>
      ) : null}
      <div className="store-error__actions">
        <button type="button" className="primary" onClick={onRetry}>
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
