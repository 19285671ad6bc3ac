import { type Ref, useImperativeHandle } from 'react';
import {
  DialogCloseButton,
  DialogTitle,
  ModalDialog,
  useOpenAcrossRemount,
} from '../components/modal-dialog';
import { NewTabLink } from '../components/new-tab-link';
import { useAllMessages } from '../i18n/later-messages';
import { useLocale } from '../i18n/use-messages';

export interface HelpHandle {
  open: () => void;
}

/** "About and help": what Sourceline is, its keyboard shortcuts, and what a store is. */
export function HelpButton({ handleRef }: { handleRef: Ref<HelpHandle> }) {
  const t = useAllMessages();
  const lang = useLocale();
  const [open, setOpen] = useOpenAcrossRemount('help');
  useImperativeHandle(handleRef, () => ({ open: () => setOpen(true) }), [setOpen]);
  return (
    <>
      <button
        type="button"
        className="icon-button help-button"
        aria-label={t.help}
        title={t.help}
        aria-keyshortcuts="?"
        onClick={() => setOpen(true)}
      >
        <span aria-hidden="true">?</span>
      </button>
      <ModalDialog open={open} onClose={() => setOpen(false)} className="help-dialog">
        <div className="help-dialog__header">
          <DialogTitle>{t.helpTitle}</DialogTitle>
          <DialogCloseButton>{t.close}</DialogCloseButton>
        </div>
        <div className="help-dialog__body">
          <p>{t.helpIntro}</p>
          <h3>{t.helpMakeTitle}</h3>
          <p>{t.helpMake}</p>
          <p>
            <a href={`/edit/${lang === 'es' ? '?lang=es' : ''}`}>{t.helpMakeLink}</a>
          </p>
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
            <NewTabLink href="/schema/sourceline-1.schema.json" note={t.opensInNewTab}>
              {t.schemaLink}
            </NewTabLink>
          </p>
          <h3>{t.helpLinksTitle}</h3>
          <p>{t.helpLinks}</p>
        </div>
      </ModalDialog>
    </>
  );
}
