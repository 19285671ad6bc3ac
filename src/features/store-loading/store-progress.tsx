import { Suspense, lazy } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { type StoreSource, sourceKey, sourceLabel } from '../../lib/store-source';
import { useLoadProgress } from './api/get-store';
import type { LoadProgress } from './api/load-store';

// Only a packed store's progress says these: their words load when one does.
const PackedProgressWords = lazy(() =>
  import('./packed-progress-words').then((module) => ({ default: module.PackedProgressWords })),
);

/** Bytes received (a determinate bar when the size is known), then the validation step. */
interface Props {
  source: StoreSource;
  /** Inline above the store still shown, rather than in place of the page. */
  inline: boolean;
  onCancel: (() => void) | null;
}

export function StoreProgress({ source, inline, onCancel }: Props) {
  const t = useMessages();
  const { key, progress, checked } = useLoadProgress();
  const ours = key === sourceKey(source);
  const current = ours ? progress : null;
  const label = t.loadingStore(sourceLabel(source));
  let detail = '';
  let value: number | undefined;
  let packed: (LoadProgress & { total: number }) | null = null;
  if (current?.phase === 'validate') {
    detail = t.validating;
  } else if (current?.unit === 'events' && current.total !== null) {
    // A packed store counts rows, not bytes: said as events, and what is on screen.
    packed = { ...current, total: current.total };
    if (current.total > 0) value = Math.min(1, current.loaded / current.total);
  } else if (current) {
    detail = t.downloaded(current.loaded, current.total);
    if (current.total) value = Math.min(1, current.loaded / current.total);
    if (checked > 0) detail += ` · ${t.eventsChecked(checked)}`;
  }
  return (
    <div
      className={inline ? 'store-progress store-progress--inline' : 'store-progress'}
      aria-busy="true"
    >
      <p className="store-progress__label">{label}</p>
      <progress
        aria-label={t.loadingProgress}
        {...(value === undefined ? {} : { value, max: 1 })}
      />
      <p className="store-progress__detail" aria-live="polite">
        {packed ? (
          <Suspense fallback={null}>
            <PackedProgressWords progress={packed} />
          </Suspense>
        ) : (
          detail
        )}
      </p>
      {onCancel ? (
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
      ) : null}
    </div>
  );
}
