import { useEditorI18n } from './editor-i18n';

/**
 * Says that something was deleted (or a draft's content replaced), where it was, with
 * `Undo delete` (`Undo replace`) beside it: the editor's own Undo is at the top of the page,
 * out of sight on a phone scrolled down to the item, and says nothing of what it would
 * undo. A polite status, so that a screen reader says it without cutting in.
 */
export function UndoDeleteNotice({
  message,
  onUndo,
  undoLabel,
}: {
  message: string;
  onUndo: () => void;
  undoLabel?: string;
}) {
  const { m } = useEditorI18n();
  return (
    <div role="status" className="editor-notice">
      {message}{' '}
      <button type="button" onClick={onUndo}>
        {undoLabel ?? m.undoDelete}
      </button>
    </div>
  );
}
