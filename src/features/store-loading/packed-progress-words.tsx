import { useAllMessages } from '../../i18n/later-messages';
import type { LoadProgress } from './api/load-store';
import { useLoadProgress } from './api/get-store';

/**
 * What the progress of a packed store says: its rows read (or searched for the event a link
 * names), and what is on screen meanwhile. Only a packed store says it, so its words come
 * with it rather than with every first screen.
 */
export function PackedProgressWords({
  progress,
}: {
  /** This store's: so are the load progress's opening and window moved to. */
  progress: LoadProgress & { readonly total: number };
}) {
  const t = useAllMessages();
  const { opening, movedWindow } = useLoadProgress();
  if (progress.phase === 'find-event') {
    return t.findingLinkedEvent(progress.loaded, progress.total);
  }
  const loaded = t.packedEventsLoaded(progress.loaded, progress.total);
  // Moved away from the opening window: its rows are read before the rest of the store.
  if (movedWindow) {
    return `${loaded}. ${movedWindow.complete ? t.packedWindowLoaded : t.packedMovedWindowLoading}`;
  }
  if (opening) {
    return `${loaded}. ${opening.complete ? t.packedWindowLoaded : t.packedWindowLoading}`;
  }
  return loaded;
}
