/**
 * A phone's bottom sheet of event details rests at one of two heights, as a maps app's does:
 * half the screen, so the timeline stays in sight above it, or nearly all of it, to read.
 */
export type SheetStop = 'half' | 'full';

/** How far the handle must be dragged to reach the next stop, or to close from half. */
export const STOP_DRAG_PX = 80;

/** A press that moved less than this is a tap, which toggles the stop, not a drag. */
export const TAP_SLOP_PX = 8;

/**
 * Where the sheet goes when the handle is let go `dy` pixels below where it was pressed
 * (negative: above). One stop per drag: down from full is half, not closed, so that a
 * reader who pulls the sheet down to see the timeline does not lose the event.
 */
export function stopAfterDrag(stop: SheetStop, dy: number): SheetStop | 'closed' {
  if (dy < -STOP_DRAG_PX) return 'full';
  if (dy > STOP_DRAG_PX) return stop === 'full' ? 'half' : 'closed';
  return stop;
}

export function toggledStop(stop: SheetStop): SheetStop {
  return stop === 'full' ? 'half' : 'full';
}

export function isTap(dy: number): boolean {
  return Math.abs(dy) < TAP_SLOP_PX;
}

/**
 * The sheet under the finger mid-drag, as inline style: its top follows the finger. Up from
 * half it grows (no taller than the full stop); down from full it shrinks, its content still
 * scrolling; down from half, where letting go closes it, it slides down off the screen.
 */
export function dragStyle(
  stop: SheetStop,
  dy: number,
  startHeight: number,
): { maxHeight: string; transform: string } {
  if (stop === 'half' && dy > 0) return { maxHeight: '', transform: `translateY(${dy}px)` };
  if (stop === 'half' && dy < 0)
    return { maxHeight: `min(${startHeight - dy}px, var(--sheet-full))`, transform: '' };
  if (stop === 'full' && dy > 0)
    return { maxHeight: `${Math.max(startHeight - dy, 0)}px`, transform: '' };
  return { maxHeight: '', transform: '' };
}
