import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useAllMessages } from '../i18n/later-messages';

const FOCUSABLE = 'button:not([disabled]), select, a[href], input, [tabindex]:not([tabindex="-1"])';

/** Whether something opened from the panel (a dialog, the export menu) is still open. */
function holdsOpenPopup(panel: HTMLElement): boolean {
  return panel.querySelector('dialog[open], [aria-expanded="true"]') !== null;
}

/**
 * `More`: a phone's secondary actions behind one button, so its header is one row and the
 * timeline gets the screen. The panel is a non-modal dialog under the button: Escape, a tap
 * outside or Tab out of it closes it and focus goes back to `More`; an action that is done at
 * once (copy the link, show the map) closes it too, one that opens a dialog keeps it open
 * underneath so that focus comes back to that action when the dialog closes.
 *
 * Closed, the panel is hidden with `visibility` rather than unmounted or `display: none`:
 * its actions' dialogs live inside it, and one can be opened from elsewhere (`?` opens
 * About and help), which they could not be from an undisplayed ancestor (app.css).
 */
export function MoreActions({ children }: { children: ReactNode }) {
  const t = useAllMessages();
  const [open, setOpen] = useState(false);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const panelId = useId();

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) toggleRef.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    panelRef.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapperRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  return (
    <div
      ref={wrapperRef}
      className="more-actions"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open || event.defaultPrevented) return;
        // A dialog opened from the panel closes itself first.
        if ((event.target as Element).closest('dialog')) return;
        event.preventDefault();
        // Escape here only closes the panel: it must not also clear the selected event.
        event.stopPropagation();
        close(true);
      }}
      onBlur={(event) => {
        const next = event.relatedTarget as Node | null;
        if (open && next && !wrapperRef.current?.contains(next)) setOpen(false);
      }}
    >
      <button
        ref={toggleRef}
        type="button"
        className="more-actions__toggle"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((shown) => !shown)}
      >
        <span aria-hidden="true" className="more-actions__icon">
          ⋯
        </span>
        {t.moreActions}
      </button>
      <div
        ref={panelRef}
        id={panelId}
        role="dialog"
        aria-label={t.moreActionsTitle}
        className={open ? 'more-actions__panel' : 'more-actions__panel is-closed'}
        onClick={(event) => {
          if ((event.target as Element).closest('select, label')) return;
          // After the action has run: done at once, or did it open something?
          requestAnimationFrame(() => {
            const panel = panelRef.current;
            if (panel && !holdsOpenPopup(panel)) close(panel.contains(document.activeElement));
          });
        }}
      >
        {children}
      </div>
    </div>
  );
}
