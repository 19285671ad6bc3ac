import { useLastTravel } from '../model/draft-store';
import { describeHistoryChange } from '../model/history-words';
import { useEditorI18n } from './editor-i18n';

/**
 * Says what an Undo or a Redo did ("Undone: Start of “Putin arrives”"): the draft changes
 * somewhere on the page, often out of view, and the button or the keys give no word of it.
 */
export function HistoryAnnouncer() {
  const { m } = useEditorI18n();
  const last = useLastTravel();
  const what = describeHistoryChange(m, last.change);
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {last.count === 0 ? null : (
        // A new node each time, so that the same words are said again.
        <span key={last.count}>{last.direction === 'undo' ? m.undone(what) : m.redone(what)}</span>
      )}
    </p>
  );
}
