import { useAllMessages } from '../../i18n/later-messages';
import { useLoadProgress } from './api/get-store';
import { storeScreen } from './api/store-screen';

/**
 * What is loaded of a packed store shown window by window (too large to hold whole): the
 * events around the window shown, loading, in, or not read for a window too wide; or, when
 * a read failed after the store was shown, why, with Retry.
 */
export function HeldStatus() {
  const t = useAllMessages();
  const { opening, movedWindow, heldFailure } = useLoadProgress();
  if (heldFailure !== null) {
    return (
      <div className="held-status held-status--failed" role="alert">
        <p>{t.packedHeldFailed(heldFailure)}</p>
        <button type="button" onClick={storeScreen.retry}>
          {t.retry}
        </button>
      </div>
    );
  }
  if (opening?.held === undefined) return null;
  const shown = movedWindow ?? { complete: opening.complete, tooWide: opening.held === null };
  return (
    <p className="held-status" aria-live="polite">
      {shown.tooWide
        ? t.packedHeldTooWide
        : shown.complete
          ? t.packedHeldWindowIn
          : t.packedHeldWindowLoading}
    </p>
  );
}
