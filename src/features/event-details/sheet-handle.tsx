import { type RefObject, useRef } from 'react';
import { useAllMessages } from '../../i18n/later-messages';
import { type SheetStop, dragStyle, isTap, stopAfterDrag, toggledStop } from './sheet-stops';

interface Props {
  /** The sheet the handle moves: styled inline while it follows a finger. */
  sheetRef: RefObject<HTMLElement | null>;
  stop: SheetStop;
  onStop: (stop: SheetStop) => void;
  onClose: () => void;
}

/**
 * The bar at the top of a phone's sheet: dragged up or down it moves the sheet between its
 * half and full stops (down from half closes it); tapped, or pressed with Enter or Space, it
 * toggles them. A real button, so that a keyboard or a screen reader can show more of the
 * details without scrolling a half sheet a few lines at a time.
 */
export function SheetHandle({ sheetRef, stop, onStop, onClose }: Props) {
  const t = useAllMessages();
  const drag = useRef<{ y: number; dy: number; startHeight: number } | null>(null);
  // A drag ends with a click on the button, as a tap does: that click is not a toggle.
  const dragged = useRef(false);

  const follow = (dy: number) => {
    const sheet = sheetRef.current;
    if (!sheet || !drag.current) return;
    const { maxHeight, transform } = dragStyle(stop, dy, drag.current.startHeight);
    sheet.style.maxHeight = maxHeight;
    sheet.style.transform = transform;
  };
  /** Back to the stop's own height, which the sheet's transition eases it into. */
  const release = () => {
    const sheet = sheetRef.current;
    drag.current = null;
    if (!sheet) return;
    sheet.style.transition = '';
    sheet.style.maxHeight = '';
    sheet.style.transform = '';
  };

  return (
    <button
      type="button"
      className="sheet-handle"
      aria-label={t.expandDetails}
      aria-expanded={stop === 'full'}
      onPointerDown={(e) => {
        const sheet = sheetRef.current;
        if (!sheet) return;
        e.currentTarget.setPointerCapture(e.pointerId);
        dragged.current = false;
        drag.current = { y: e.clientY, dy: 0, startHeight: sheet.offsetHeight };
        // Under the finger, not a step behind it.
        sheet.style.transition = 'none';
      }}
      onPointerMove={(e) => {
        if (!drag.current) return;
        drag.current.dy = e.clientY - drag.current.y;
        follow(drag.current.dy);
      }}
      onPointerUp={() => {
        const dy = drag.current?.dy ?? 0;
        release();
        if (isTap(dy)) return;
        dragged.current = true;
        const next = stopAfterDrag(stop, dy);
        if (next === 'closed') onClose();
        else onStop(next);
      }}
      onPointerCancel={release}
      onKeyDown={() => {
        dragged.current = false;
      }}
      onClick={() => {
        if (dragged.current) dragged.current = false;
        else onStop(toggledStop(stop));
      }}
    />
  );
}
