import { SpokenWords } from '../../../components/spoken-words';
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
    <SpokenWords
      text={last.direction === 'undo' ? m.undone(what) : m.redone(what)}
      count={last.count}
    />
  );
}
