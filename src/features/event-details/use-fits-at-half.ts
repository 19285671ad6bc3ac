import { type RefObject, useEffect, useLayoutEffect, useState } from 'react';

/**
 * Whether a phone sheet's whole content is no taller than its half stop (a short event):
 * then its full stop would show nothing more, and the sheet has one stop, its content's
 * height. Read from the sheet's --sheet-half, which event-details.css registers as a length so
 * that the browser gives it in px; where it cannot (no @property), the answer is no, and the
 * sheet keeps its two stops as before.
 */
export function contentFitsAtHalf(sheet: HTMLElement): boolean {
  const half = getComputedStyle(sheet).getPropertyValue('--sheet-half').trim();
  // Unregistered, it reads back as written ("48dvh"): not a height to compare with.
  if (!half.endsWith('px')) return false;
  return sheet.scrollHeight <= Math.ceil(parseFloat(half));
}

/**
 * contentFitsAtHalf, kept up to date: whenever `content` changes (another event, or its
 * details fetched) and whenever the sheet or a part of it changes size (a screen turned, a
 * note opened, fonts come in). The parts are watched as well as the sheet: a short event's
 * sheet as tall as its half stop, to the pixel, does not grow when its content does.
 */
export function useFitsAtHalf(
  sheetRef: RefObject<HTMLElement | null>,
  shown: boolean,
  content: unknown,
): boolean {
  const [fits, setFits] = useState(false);
  useLayoutEffect(() => {
    const sheet = sheetRef.current;
    if (shown && sheet) setFits(contentFitsAtHalf(sheet));
  }, [sheetRef, shown, content]);
  useEffect(() => {
    const sheet = sheetRef.current;
    if (!shown || !sheet) return;
    const observer = new ResizeObserver(() => setFits(contentFitsAtHalf(sheet)));
    observer.observe(sheet);
    for (const part of sheet.children) observer.observe(part);
    return () => observer.disconnect();
  }, [sheetRef, shown, content]);
  return shown && fits;
}
