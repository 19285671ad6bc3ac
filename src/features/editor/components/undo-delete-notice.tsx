import { useEditorI18n } from './editor-i18n';

/**
 * Says that something was deleted, where it was, with `Undo delete` beside it: the editor's
 * own Undo is at the top of the page, out of sight on a phone scrolled down to the item. A
 * polite status, so that a screen reader says it without cutting in.
 */
export function UndoDeleteNotice({ message, onUndo }: { message: string; onUndo: () => void }) {
  const { m } = useEditorI18n();
  return (
    <div role="status" className="editor-notice">
      {message}{' '}
      <button type="button" onClick={onUndo}>
        {m.undoDelete}
      </button>
    </div>
  );
}
