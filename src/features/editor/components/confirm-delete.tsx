import { useEffect, useId, useRef } from 'react';
import { useEditorI18n } from './editor-i18n';
import { cancelOnEscape } from './focus-return';

/**
 * Asks before a delete that takes more than the item with it (a source's excerpts, an actor
 * taken off events), or a save that would leave events out of the downloaded store (a
 * source's text that does not hold their quotes): says what would go, and offers the delete
 * (or Save anyway) or Cancel. It opens with the
 * focus on Cancel, the choice that loses nothing, and the group is described by what it says;
 * Escape cancels. The caller gives the focus back to what opened it.
 */
export function ConfirmDelete({
  message,
  confirm,
  onConfirm,
  onCancel,
}: {
  message: string;
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { m } = useEditorI18n();
  const messageId = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div
      role="group"
      aria-labelledby={messageId}
      className="editor-confirm"
      onKeyDown={(event) => cancelOnEscape(event, onCancel)}
    >
      <p id={messageId} className="editor-warning">
        {message}
      </p>
      <div className="editor-actions">
        <button type="button" className="editor-danger" onClick={onConfirm}>
          {confirm}
        </button>
        <button ref={cancel} type="button" aria-describedby={messageId} onClick={onCancel}>
          {m.cancel}
        </button>
      </div>
    </div>
  );
}
