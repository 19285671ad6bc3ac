import { type Ref, useImperativeHandle, useRef } from 'react';
import { useMessages } from '../i18n/use-messages';

export interface HelpHandle {
  open: () => void;
}

/** "About and help": what Sourceline is, its keyboard shortcuts, and what a store is. */
export function HelpButton({ handleRef }: { handleRef: Ref<HelpHandle> }) {
  const t = useMessages();
  const dialogRef = useRef<HTMLDialogElement>(null);
  useImperativeHandle(handleRef, () => ({ open: () => dialogRef.current?.showModal() }), []);
  return (
    <>
      <button
        type="button"
        className="icon-button help-button"
        aria-label={t.help}
        title={t.help}
        aria-keyshortcuts="?"
        onClick={() => dialogRef.current?.showModal()}
      >
        <span aria-hidden="true">?</span>
      </button>
      <dialog
        ref={dialogRef}
        className="help-dialog"
        aria-labelledby="help-dialog-title"
        onCancel={(event) => event.stopPropagation()}
      >
        <header className="help-dialog__header">
          <h2 id="help-dialog-title">{t.helpTitle}</h2>
          <button type="button" onClick={() => dialogRef.current?.close()}>
            {t.close}
          </button>
        </header>
        <div className="help-dialog__body">
          <p>{t.helpIntro}</p>
          <h3>{t.helpShortcuts}</h3>
          <dl className="help-dialog__shortcuts">
            {t.shortcuts.map(([keys, action]) => (
              <div key={keys}>
                <dt>
                  {keys.split(' ').map((key) => (
                    <kbd key={key}>{key}</kbd>
                  ))}
                </dt>
                <dd>{action}</dd>
              </div>
            ))}
          </dl>
          <h3>{t.helpStoreTitle}</h3>
          {t.helpStore.map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
          <p>
            <a href="/schema/sourceline-1.schema.json" target="_blank" rel="noopener">
              {t.schemaLink}
            </a>
          </p>
          <h3>{t.helpLinksTitle}</h3>
          <p>{t.helpLinks}</p>
        </div>
      </dialog>
    </>
  );
}
