import { type MouseEvent, useEffect, useRef } from 'react';

/**
 * Handlers for an element that opens under the finger: a tap that chose an event on the
 * timeline ends in a click where the finger was, and on a busy phone the details (a column
 * beside the timeline, or a sheet) may be there by then, their Copy citation or a link under
 * it. A click whose press began outside the element is not its own and does nothing. A click
 * with no press (the keyboard, a screen reader: `detail` 0) is its own.
 */
export function useOwnClicks() {
  const pressedInside = useRef(false);
  useEffect(() => {
    // On the window, in capture: before the element's own capture handler below.
    const pressed = () => {
      pressedInside.current = false;
    };
    window.addEventListener('pointerdown', pressed, true);
    return () => window.removeEventListener('pointerdown', pressed, true);
  }, []);
  return {
    onPointerDownCapture: () => {
      pressedInside.current = true;
    },
    onClickCapture: (event: MouseEvent) => {
      if (event.detail === 0 || pressedInside.current) return;
      event.preventDefault();
      event.stopPropagation();
    },
  };
}
