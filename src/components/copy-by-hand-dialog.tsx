import { useEffect, useId, useRef } from 'react';
import { useAllMessages } from '../i18n/later-messages';
import { DialogCloseButton, DialogTitle, ModalDialog } from './modal-dialog';
import './copy-by-hand-dialog.css';

export interface CopyByHandProps {
  what: 'link' | 'citation';
  text: string;
  onClose: () => void;
}

/**
 * What could not be put on the clipboard (a frame whose page did not allow clipboard-write,
 * a browser that refused), shown in a read-only text box, selected, for Ctrl+C. The text is
 * a value, never markup: a citation holds a store's words.
 */
export function CopyByHandDialog({ what, text, onClose }: CopyByHandProps) {
  const t = useAllMessages();
  const area = useRef<HTMLTextAreaElement>(null);
  const helpId = useId();
  // After ModalDialog's own effect (a child's effects run first) has opened it: the
  // focus goes to the text, all of it selected, rather than to the close button.
  useEffect(() => {
    area.current?.focus();
    area.current?.select();
  }, []);
  return (
    <ModalDialog open onClose={onClose} className="copy-by-hand">
      <div className="copy-by-hand__header">
        <DialogTitle>{t.copyByHandTitle(what)}</DialogTitle>
        <DialogCloseButton>{t.close}</DialogCloseButton>
      </div>
      <p id={helpId}>{t.copyByHandHelp}</p>
      <label className="copy-by-hand__text">
        <span>{t.copyByHandText(what)}</span>
        <textarea
          ref={area}
          readOnly
          rows={what === 'link' ? 3 : 6}
          value={text}
          spellCheck={false}
          aria-describedby={helpId}
        />
      </label>
    </ModalDialog>
  );
}
