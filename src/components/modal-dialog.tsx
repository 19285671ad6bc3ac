import { focusTimeline } from '../lib/focus-timeline';
import {
  type ReactNode,
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
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
  // Whether its owner has heard that this opening closed (Esc tells it at once, below).
  const reported = useRef(true);
  const titleId = useId();
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = dialogRef.current!;
    if (open && !dialog.open) {
      const active = document.activeElement;
      returnFocus.current = active instanceof HTMLElement ? active : null;
      reported.current = false;
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

  const tellOwner = () => {
    if (reported.current) return;
    reported.current = true;
    onCloseRef.current();
  };

  return (
    <dialog
      ref={dialogRef}
      className={className}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.stopPropagation();
        // Esc closes it now, but its close event comes a task later: told now, its owner
        // does not take it for open meanwhile (a button moved by a resize left it to reopen).
        // The focus goes back at the close event: until then the page is inert.
        if (!event.defaultPrevented) tellOwner();
      }}
      onClose={() => {
        // Closed and opened again before the event came (React's StrictMode re-runs the
        // effects once in development): still open, so nothing closed.
        if (dialogRef.current?.open) return;
        giveFocusBack(returnFocus);
        tellOwner();
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

/** When each dialog's button was unmounted with its dialog open. */
const openWhenUnmounted = new Map<string, number>();
/**
 * How long a copy mounted anew has to take the dialog over: the first time a desktop
 * becomes a phone, `More` (which holds the buttons then) is fetched first.
 */
const TAKE_OVER_MS = 10_000;

/**
 * A dialog's open state that survives its button being moved: crossing the phone
 * breakpoint (a phone turned on its side) moves the header's actions into `More` and back,
 * which unmounts one copy of each button and mounts another. Without this, a dialog the
 * person was reading closed under them. A button gone for good leaves a flag that expires
 * unused. Here rather than in a module of its own: that cost the explorer's first screen a
 * chunk's name in the list of what each lazy part fetches with it (its 200 KB budget).
 */
// eslint-disable-next-line react-refresh/only-export-components -- see above
export function useOpenAcrossRemount(key: string): [boolean, (open: boolean) => void] {
  const [open, setOpenState] = useState(false);
  // Set with the state, not by an effect after it: a dialog closed (Escape) and its button
  // moved before the effect ran (a window resized at once) left a flag that opened it again.
  const openRef = useRef(false);
  const setOpen = useCallback(
    (next: boolean) => {
      openRef.current = next;
      // Closed: no copy is to open it again, whatever another one left when it went.
      if (!next) openWhenUnmounted.delete(key);
      setOpenState(next);
    },
    [key],
  );
  useEffect(() => {
    const since = openWhenUnmounted.get(key);
    openWhenUnmounted.delete(key);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the copy before it was open
    if (since !== undefined && performance.now() - since < TAKE_OVER_MS) setOpen(true);
    return () => {
      if (openRef.current) openWhenUnmounted.set(key, performance.now());
    };
  }, [key, setOpen]);
  return [open, setOpen];
}
