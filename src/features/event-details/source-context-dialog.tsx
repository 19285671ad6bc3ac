import { useEffect, useRef } from 'react';
import { useMessages } from '../../i18n/use-messages';
import type { Source } from '../../format/validate-store';
import { findQuote } from './find-quote';

interface Props {
  source: Source;
  quote: string;
  onClose: () => void;
}

/** The whole source text with the excerpt highlighted, so a reader can judge its context. */
export function SourceContextDialog({ source, quote, onClose }: Props) {
  const t = useMessages();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const markRef = useRef<HTMLElement>(null);
  const text = source.text ?? '';
  const found = findQuote(text, quote);

  useEffect(() => {
    const dialog = dialogRef.current!;
    dialog.showModal();
    markRef.current?.scrollIntoView({ block: 'center' });
    return () => dialog.close();
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="context-dialog"
      aria-labelledby="context-dialog-title"
      onClose={onClose}
      onCancel={(event) => {
        // Escape closes the dialog only; it must not also clear the selected event.
        event.stopPropagation();
      }}
    >
      <header className="context-dialog__header">
        <div>
          <h2 id="context-dialog-title">{t.contextTitle}</h2>
          <p className="context-dialog__source">{source.title}</p>
        </div>
        <button type="button" onClick={() => dialogRef.current?.close()}>
          {t.close}
        </button>
      </header>
      <div className="context-dialog__text" lang={source.language} tabIndex={0}>
        {found === null ? (
          text === '' ? (
            <p>{t.quoteNotFound}</p>
          ) : (
            text
          )
        ) : (
          <>
            {text.slice(0, found.start)}
            <mark ref={markRef}>{text.slice(found.start, found.end)}</mark>
            {text.slice(found.end)}
          </>
        )}
      </div>
    </dialog>
  );
}
