import { useEffect, useRef } from 'react';
import { DialogCloseButton, DialogTitle, ModalDialog } from '../../components/modal-dialog';
import { useAllMessages } from '../../i18n/later-messages';
import type { Source } from '../../format/validate-store';
import { findQuote } from './find-quote';

interface Props {
  source: Source;
  quote: string;
  onClose: () => void;
}

/** The whole source text with the excerpt highlighted, so a reader can judge its context. */
export function SourceContextDialog({ source, quote, onClose }: Props) {
  const t = useAllMessages();
  const markRef = useRef<HTMLElement>(null);
  const text = source.text ?? '';
  const found = findQuote(text, quote);

  useEffect(() => {
    markRef.current?.scrollIntoView({ block: 'center' });
  }, []);

  return (
    // Shown while it is on the page: its owner takes it off when it closes.
    <ModalDialog open onClose={onClose} className="context-dialog">
      <header className="context-dialog__header">
        <div>
          <DialogTitle>{t.contextTitle}</DialogTitle>
          <p className="context-dialog__source" dir="auto">
            {source.title}
          </p>
        </div>
        <DialogCloseButton>{t.close}</DialogCloseButton>
      </header>
      <div className="context-dialog__text" lang={source.language} dir="auto" tabIndex={0}>
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
    </ModalDialog>
  );
}
