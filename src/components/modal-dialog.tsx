import { focusTimeline } from '../lib/focus-timeline';
import {
  type ReactNode,
  createContext,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
} from 'react';

interface DialogContext {
  titleId: string;
  close: () => void;
}

const Context = createContext<DialogContext | null>(null);

function useDialog(): DialogContext {
  const dialog = useContext(Context);
  if (!dialog) throw new Error('DialogTitle and DialogCloseButton belong inside a ModalDialog');
  return dialog;
}

interface Props {
  /** Whether it is shown; `onClose` reports every way it closes (Esc, a close button). */
  open: boolean;
  onClose: () => void;
  className: string;
  /** Its content, with one `DialogTitle`, which names the dialog. */
  children: ReactNode;
}

/**
 * The page's modal dialog: a native `<dialog>` opened with showModal (so the rest of the
 * page is inert and focus stays inside), named by its `DialogTitle`, closed by Esc or a
 * `DialogCloseButton`, and giving focus back to what had it when it opened. Esc closes the
 * dialog only: the page's own Esc (clear the selection) must not also run.
 */
export function ModalDialog({ open, onClose, className, children }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  // What had the focus when it opened; undefined while it is not open.
  const returnFocus = useRef<HTMLElement | null | undefined>(undefined);
  const onCloseRef = useRef(onClose);
  const titleId = useId();
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = dialogRef.current!;
    if (open && !dialog.open) {
      const active = document.activeElement;
      returnFocus.current = active instanceof HTMLElement ? active : null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  // Taken off the page while open (its owner unmounted): close it and give focus back.
  useEffect(
    () => () => {
      const dialog = dialogRef.current;
      if (dialog?.open) dialog.close();
      giveFocusBack(returnFocus);
    },
    [],
  );

  const context = useMemo(() => ({ titleId, close: () => dialogRef.current?.close() }), [titleId]);

  return (
    <dialog
      ref={dialogRef}
      className={className}
      aria-labelledby={titleId}
      onCancel={(event) => event.stopPropagation()}
      onClose={() => {
        // Closed and opened again before the event came (React's StrictMode re-runs the
        // effects once in development): still open, so nothing closed.
        if (dialogRef.current?.open) return;
        giveFocusBack(returnFocus);
        onCloseRef.current();
      }}
    >
      <Context.Provider value={context}>{children}</Context.Provider>
    </dialog>
  );
}

function giveFocusBack(returnFocus: { current: HTMLElement | null | undefined }) {
  const target = returnFocus.current;
  if (target === undefined) return;
  returnFocus.current = undefined;
  // Opened by a drop (the page had the focus) or from a menu closed since: the focus goes on
  // to the timeline, where what the dialog did shows, rather than to the page.
  const there =
    target !== null &&
    target !== document.body &&
    target.isConnected &&
    target.checkVisibility?.() !== false;
  if (!there) focusTimeline();
  else if (document.activeElement !== target) target.focus();
}

/** The dialog's heading, which is its accessible name. */
export function DialogTitle({ children }: { children: ReactNode }) {
  return <h2 id={useDialog().titleId}>{children}</h2>;
}

/** A button that closes the dialog it is in. */
export function DialogCloseButton({
  children,
  className,
}: {
  children: ReactNode;
  className?: string;
}) {
  const { close } = useDialog();
  return (
    <button type="button" className={className} onClick={close}>
      {children}
    </button>
  );
}
