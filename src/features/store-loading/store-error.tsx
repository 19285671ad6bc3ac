import { useMessages } from '../../i18n/use-messages';
import { describeProblem } from '../../format/problems';
import { StoreLoadError } from './api/get-store';

interface Props {
  error: Error;
  location: string;
  isDefault: boolean;
  onRetry: () => void;
  onOpenDefault: () => void;
}

/** Why the store is not shown, and the ways out: retry when it can help, or the default store. */
export function StoreError({ error, location, isDefault, onRetry, onOpenDefault }: Props) {
  const t = useMessages();
  const loadError = error instanceof StoreLoadError ? error : null;
  const problems = loadError?.details.problems ?? [];
  let reason = error.message;
  if (loadError?.kind === 'network') reason = t.networkError;
  if (loadError?.kind === 'http') reason = t.httpError(loadError.details.status ?? 0);
  if (loadError?.kind === 'refused') reason = t.storeRefused;
  return (
    <div role="alert" className="store-error">
      <h2>{t.storeFailed}</h2>
      <p className="store-error__location">{location}</p>
      <p>{reason}</p>
      {problems.length > 0 ? (
        <ul className="store-error__problems">
          {problems.map((problem, i) => (
            <li key={i}>
              <code>{describeProblem(problem)}</code>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="store-error__actions">
        <button type="button" className="primary" onClick={onRetry}>
          {t.retry}
        </button>
        {isDefault ? null : (
          <button type="button" onClick={onOpenDefault}>
            {t.openDefaultStore}
          </button>
        )}
      </div>
    </div>
  );
}
