import { useMessages } from '../../i18n/use-messages';
import { useLoadProgress } from './api/get-store';

/**
 * What is loaded of a packed store shown window by window (too large to hold whole): the
 * events around the window shown, loading, in, or not read for a window too wide.
 */
export function HeldStatus() {
  const t = useMessages();
  const { opening, movedWindow } = useLoadProgress();
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
