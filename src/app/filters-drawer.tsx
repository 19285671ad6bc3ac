import { type ReactNode, type Ref, useId, useImperativeHandle, useRef } from 'react';
import { useAllMessages } from '../i18n/later-messages';
import type { StoreIndex } from '../lib/store-index';
import { useFilteredEvents } from '../lib/use-filtered-events';
import { useView } from '../lib/view-store';
import { type HeldList, listCounted } from '../lib/held-list';

export interface DrawerHandle {
  open: () => void;
  close: () => void;
}

/**
 * On a narrow screen, search and filters live in a drawer that slides over the page: a
 * modal dialog, so focus stays in it while it is open and Escape closes it. `held`: what a
 * store too large to load whole has loaded (list-state.ts): no count of events not loaded.
 */
export function FiltersDrawer({
  index,
  handleRef,
  children,
  onOpened,
  held,
}: {
  index: StoreIndex;
  handleRef: Ref<DrawerHandle>;
  children: ReactNode;
  onOpened?: () => void;
  held?: HeldList;
}) {
  const t = useAllMessages();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const dialogId = useId();
  const events = useFilteredEvents(index);
  const active = useView((state) => state.actorIds.length + (state.query ? 1 : 0));
  useImperativeHandle(
    handleRef,
    () => ({
      open: () => {
        if (!dialogRef.current?.open) dialogRef.current?.showModal();
        onOpened?.();
      },
      close: () => dialogRef.current?.close(),
    }),
    [onOpened],
  );
  return (
    <>
      <button
        type="button"
        className="drawer-button"
        aria-haspopup="dialog"
        aria-controls={dialogId}
        onClick={() => {
          dialogRef.current?.showModal();
          onOpened?.();
        }}
      >
        <span aria-hidden="true" className="drawer-button__icon" />
        <span className="drawer-button__label">{t.searchAndFilters}</span>
        {active > 0 ? <span className="drawer-button__count">{active}</span> : null}
      </button>
      <dialog
        ref={dialogRef}
        id={dialogId}
        className="drawer"
        aria-labelledby="drawer-title"
        onCancel={(event) => event.stopPropagation()}
        onClick={(event) => {
          // A tap on the backdrop (the dialog element itself, outside its panel) closes it.
          if (event.target === dialogRef.current) dialogRef.current.close();
        }}
      >
        <div className="drawer__panel">
          <div className="drawer__header">
            <h2 id="drawer-title">{t.searchAndFilters}</h2>
            <button type="button" onClick={() => dialogRef.current?.close()}>
              {t.close}
            </button>
          </div>
          <div className="drawer__body">{children}</div>
          <div className="drawer__footer">
            <button type="button" className="primary" onClick={() => dialogRef.current?.close()}>
              {listCounted(held) ? t.showEvents(events.length) : t.showEventsUncounted}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
