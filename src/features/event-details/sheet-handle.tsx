import { type PointerEvent, type RefObject, useRef } from 'react';
import { useAllMessages } from '../../i18n/later-messages';
import {
  type DragSample,
  type SheetStop,
  VELOCITY_WINDOW_MS,
  dragStyle,
  isTap,
  releaseVelocity,
  stopAfterDrag,
  toggledStop,
} from './sheet-stops';

interface Props {
  /** The sheet the handle moves: styled inline while it follows a finger. */
  sheetRef: RefObject<HTMLElement | null>;
  stop: SheetStop;
  /**
   * The details fit in the half stop: the sheet is their height at either stop, so there is
   * nothing to expand. The handle is then only a grip to drag (or flick) the sheet down to
   * close it, hidden from screen readers, which have the Close button: no button that does
   * nothing.
   */
  fits: boolean;
  onStop: (stop: SheetStop) => void;
  onClose: () => void;
}

interface Drag {
  y: number;
  dy: number;
  startHeight: number;
  /** The recent moves, from which the speed at release is read (releaseVelocity). */
  samples: DragSample[];
}

/**
 * The bar at the top of a phone's sheet: dragged up or down, or flicked, it moves the sheet
 * between its half and full stops (down from half closes it); tapped, or pressed with Enter
 * or Space, it toggles them. A real button, so that a keyboard or a screen reader can show
 * more of the details without scrolling a half sheet a few lines at a time.
 */
export function SheetHandle({ sheetRef, stop, fits, onStop, onClose }: Props) {
  const t = useAllMessages();
  const drag = useRef<Drag | null>(null);
  // A drag ends with a click on the button, as a tap does: that click is not a toggle.
  const dragged = useRef(false);
  // With one stop, the sheet is dragged as from half: down closes it, up has nowhere to go.
  const from: SheetStop = fits ? 'half' : stop;

  const follow = (dy: number) => {
    const sheet = sheetRef.current;
    if (!sheet || !drag.current) return;
    const { maxHeight, transform } = dragStyle(from, dy, drag.current.startHeight);
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
  /** Timed by the event's own stamp, not by when this runs, which a busy page delays. */
  const sample = (current: Drag, e: PointerEvent, y: number) => {
    current.samples.push({ t: e.timeStamp, y });
    // Only the last stretch counts for the speed at release.
    while (current.samples[0]!.t < e.timeStamp - VELOCITY_WINDOW_MS) current.samples.shift();
  };

  const gestures = {
    onPointerDown: (e: PointerEvent<HTMLElement>) => {
      const sheet = sheetRef.current;
      if (!sheet) return;
      e.currentTarget.setPointerCapture(e.pointerId);
      dragged.current = false;
      drag.current = {
        y: e.clientY,
        dy: 0,
        startHeight: sheet.offsetHeight,
        samples: [{ t: e.timeStamp, y: e.clientY }],
      };
      // Under the finger, not a step behind it.
      sheet.style.transition = 'none';
    },
    onPointerMove: (e: PointerEvent<HTMLElement>) => {
      const current = drag.current;
      if (!current) return;
      current.dy = e.clientY - current.y;
      sample(current, e, e.clientY);
      follow(current.dy);
    },
    onPointerUp: (e: PointerEvent<HTMLElement>) => {
      const current = drag.current;
      const dy = current?.dy ?? 0;
      let velocity = 0;
      if (current) {
        // Lifted where the last move left it: how long ago that was is what the release adds.
        sample(current, e, current.y + dy);
        velocity = releaseVelocity(current.samples);
      }
      release();
      if (isTap(dy)) return;
      dragged.current = true;
      const next = stopAfterDrag(from, dy, velocity);
      if (next === 'closed') onClose();
      // With one stop, up is nowhere to go.
      else if (!fits) onStop(next);
    },
    onPointerCancel: release,
  };

  if (fits) return <div className="sheet-handle" aria-hidden="true" {...gestures} />;
  return (
    <button
      type="button"
      className="sheet-handle"
      aria-label={t.expandDetails}
      aria-expanded={stop === 'full'}
      {...gestures}
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
