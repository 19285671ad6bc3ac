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
 * A release this fast (px per ms, either way) moves the sheet a stop even if the drag was
 * short: a flick, as a maps app's sheet takes it. 0.5 px/ms is 500 px/s, the "significant
 * velocity" Material's bottom sheet settles on by default (in dp/s, which a phone's CSS
 * pixels are close to): a deliberate slow drag runs at 0.1–0.3 px/ms, a flick at 1–3.
 */
export const FLICK_PX_PER_MS = 0.5;

/** The speed at release is the finger's over this last stretch of the gesture, not its whole. */
export const VELOCITY_WINDOW_MS = 100;

/** Where the finger was (clientY), and when (the event's timeStamp, in ms). */
export interface DragSample {
  t: number;
  y: number;
}

/**
 * The finger's speed when it let go, in px/ms (positive: down), over the samples of the last
 * VELOCITY_WINDOW_MS before the last one (the release, at the last move's place). A finger
 * that stopped before lifting has no speed left: all it did is older than the window.
 */
export function releaseVelocity(samples: readonly DragSample[]): number {
  const last = samples.at(-1);
  if (!last) return 0;
  const first = samples.find((sample) => sample.t >= last.t - VELOCITY_WINDOW_MS)!;
  if (first === last) return 0;
  // Two events stamped the same ms (a busy machine's coalesced moves): still a flick.
  return (last.y - first.y) / Math.max(last.t - first.t, 1);
}

/**
 * Where the sheet goes when the handle is let go `dy` pixels below where it was pressed
 * (negative: above), the finger moving at `velocity` px/ms then. A drag longer than
 * STOP_DRAG_PX, or a flick however short, goes to the next stop its way; a flick against the
 * drag (up, then thrown back down) is a change of mind, back to where it was. One stop per
 * gesture: down from full is half, not closed, so that a reader who pulls or flicks the sheet
 * down to see the timeline does not lose the event.
 */
export function stopAfterDrag(stop: SheetStop, dy: number, velocity = 0): SheetStop | 'closed' {
  const flick = Math.abs(velocity) >= FLICK_PX_PER_MS;
  if (flick && Math.sign(velocity) !== Math.sign(dy)) return stop;
  if (!flick && Math.abs(dy) <= STOP_DRAG_PX) return stop;
  // Here dy is not 0: a flick with none is against it (above), a drag with none too short.
  if (dy < 0) return 'full';
  return stop === 'full' ? 'half' : 'closed';
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
