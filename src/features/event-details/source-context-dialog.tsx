import { useEffect, useRef } from 'react';
import { DialogCloseButton, DialogTitle, ModalDialog } from '../../components/modal-dialog';
import { useAllMessages } from '../../i18n/later-messages';
import type { Source } from '../../format/validate-store';
import { findQuote } from '../../format/find-quote';
import { textLines } from './text-lines';

interface Props {
  source: Source;
  quote: string;
  onClose: () => void;
}

/**
 * The whole source text with the excerpt highlighted, so a reader can judge its context.
 * Each line is laid out in its own direction (text-lines.ts), the highlight over its lines.
 */
export function SourceContextDialog({ source, quote, onClose }: Props) {
  const t = useAllMessages();
  const markRef = useRef<HTMLElement>(null);
  const text = source.text ?? '';
  const found = findQuote(text, quote);
  const lines = textLines(text, found);
  const firstMarked = lines.findIndex((line) => line.pieces.some((piece) => piece.marked));

  useEffect(() => {
    markRef.current?.scrollIntoView({ block: 'center' });
  }, []);

  return (
    // Shown while it is on the page: its owner takes it off when it closes.
    <ModalDialog open onClose={onClose} className="context-dialog">
      <div className="context-dialog__header">
        <div>
          <DialogTitle>{t.contextTitle}</DialogTitle>
          <p className="context-dialog__source" dir="auto">
            {source.title}
          </p>
        </div>
        <DialogCloseButton>{t.close}</DialogCloseButton>
      </div>
      <div className="context-dialog__text" lang={source.language} tabIndex={0}>
        {text === '' ? (
          <p>{t.quoteNotFound}</p>
        ) : (
          lines.map((line, at) => (
            <div key={line.start} className="context-dialog__line" dir="auto">
              {line.pieces.length === 0 ? <br /> : null}
              {line.pieces.map((piece, index) =>
                piece.marked ? (
                  // The view scrolls to the highlight's first part.
                  <mark key={index} ref={at === firstMarked ? markRef : undefined}>
                    {piece.text}
                  </mark>
                ) : (
                  piece.text
                ),
              )}
            </div>
          ))
        )}
      </div>
    </ModalDialog>
  );
}
