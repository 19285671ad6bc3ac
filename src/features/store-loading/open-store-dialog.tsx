import { useId, useState } from 'react';
import { OPENABLE_FILES } from '../../format/convert/import-limits';
import {
  DialogCloseButton,
  DialogTitle,
  ModalDialog,
  useOpenAcrossRemount,
} from '../../components/modal-dialog';
import { useAllMessages } from '../../i18n/later-messages';
import { isStoreLocation } from '../../lib/url-codec';
import { sourceFromLink } from '../../lib/store-source';
import { storeScreen } from './api/store-screen';
import { importActions } from './import/import-state';

/** "Open store…": a store by address (same-origin path or http(s) URL) or from a file. */
export function OpenStoreButton() {
  const t = useAllMessages();
  const [open, setOpen] = useOpenAcrossRemount('open-store');
  const [address, setAddress] = useState('');
  const [invalid, setInvalid] = useState(false);
  const hintId = useId();
  const errorId = useId();

  const close = () => setOpen(false);
  const openAddress = () => {
    const value = address.trim();
    if (!isStoreLocation(value)) {
      setInvalid(true);
      return;
    }
    close();
    storeScreen.open(sourceFromLink(value));
  };

  return (
    <>
      <button
        type="button"
        onClick={() => {
          setInvalid(false);
          setOpen(true);
        }}
      >
        {t.openStore}
      </button>
      <ModalDialog open={open} onClose={close} className="open-store-dialog">
        <form
          method="dialog"
          onSubmit={(event) => {
            event.preventDefault();
            openAddress();
          }}
        >
          <DialogTitle>{t.openStoreTitle}</DialogTitle>
          <label className="field">
            <span>{t.storeAddress}</span>
            <input
              type="text"
              inputMode="url"
              value={address}
              aria-invalid={invalid}
              aria-describedby={invalid ? `${errorId} ${hintId}` : hintId}
              placeholder="https://example.org/events.json"
              onChange={(event) => {
                setAddress(event.target.value);
                setInvalid(false);
              }}
            />
          </label>
          <p id={hintId} className="field-hint">
            {t.storeAddressHint}
          </p>
          {invalid ? (
            // An alert: a changed description is not read again, and Open would seem to do nothing.
            <p id={errorId} className="field-error" role="alert">
              {t.invalidStoreAddress}
            </p>
          ) : null}
          <div className="dialog-actions">
            <button type="submit" className="primary">
              {t.open}
            </button>
            <label className="file-button">
              <input
                type="file"
                accept={OPENABLE_FILES}
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  event.target.value = '';
                  if (!file) return;
                  close();
                  // A store opens as it is; any other file goes to the Import dialog.
                  void importActions.openFile(file);
                }}
              />
              <span>{t.chooseFile}</span>
            </label>
            <DialogCloseButton>{t.cancel}</DialogCloseButton>
          </div>
          <p className="field-hint">{t.dropHint}</p>
        </form>
      </ModalDialog>
    </>
  );
}
