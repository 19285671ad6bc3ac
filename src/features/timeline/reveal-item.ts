/**
 * The selected event's item brought into view vertically: when its lane (or, in one lane,
 * its row) is below or above the rows the timeline shows, the lanes scroll to it. The
 * window (horizontal) is the view store's, which already brings the event into it
 * (`revealInWindow`); this only scrolls the lanes, inside the timeline, never the page.
 */

/** A vertical extent on the page, in pixels. */
export interface VerticalSpan {
  top: number;
  bottom: number;
}

/** Room left between a revealed item and the edge of the lanes' view: the rows' own margin. */
export const REVEAL_MARGIN_PX = 6;

/**
 * How far to scroll the lanes down (negative: up) so that `box` is within `view`, with
 * `margin` to spare; 0 when it is already wholly in view. A box taller than the view is
 * brought to its top.
 */
export function scrollToReveal(
  box: VerticalSpan,
  view: VerticalSpan,
  margin = REVEAL_MARGIN_PX,
): number {
  if (box.top >= view.top && box.bottom <= view.bottom) return 0;
  const room = view.bottom - view.top - 2 * margin;
  if (box.top < view.top || box.bottom - box.top > room) return box.top - (view.top + margin);
  return box.bottom - (view.bottom - margin);
}

/** One place the selected event is drawn: its item's content, and its lane's label content. */
export interface RevealCandidate {
  item: HTMLElement | undefined;
  lane: HTMLElement | undefined;
}

export type RevealStep =
  /** An item of the event is wholly in view. */
  | { kind: 'shown' }
  /** Scroll the lanes this far down (negative: up), then look again once drawn. */
  | { kind: 'scroll'; byPx: number }
  /** Nothing of it is on the page to go by. */
  | { kind: 'unknown' };

/**
 * What to do to bring one of the candidates into the view of the timeline in `root`: none
 * when one of its items is in view; otherwise the smallest scroll to an item on the page or,
 * for a lane out of view (vis-timeline leaves the items of such lanes off the page), to its
 * label's first row, which puts its items on the page for the next look. Reads the page's
 * layout, once the timeline has drawn.
 */
export function nextRevealStep(
  root: HTMLElement,
  candidates: readonly RevealCandidate[],
  rowPx: number,
): RevealStep {
  const center = root.querySelector<HTMLElement>('.vis-panel.vis-center');
  if (!center) return { kind: 'unknown' };
  const panel = center.getBoundingClientRect();
  const top = panel.top + center.clientTop;
  const view = { top, bottom: top + center.clientHeight };
  let best: number | null = null;
  for (const { item, lane } of candidates) {
    const drawn = item?.isConnected ? item.closest('.vis-item') : null;
    let box: VerticalSpan | null = null;
    if (drawn) {
      const rect = drawn.getBoundingClientRect();
      if (rect.height > 0) box = { top: rect.top, bottom: rect.bottom };
    }
    if (!box) {
      const label = lane?.isConnected ? lane.closest('.vis-label') : null;
      const rect = label?.getBoundingClientRect();
      if (rect && rect.height > 0)
        box = { top: rect.top, bottom: rect.top + Math.min(rect.height, rowPx) };
    }
    if (!box) continue;
    const delta = scrollToReveal(box, view);
    if (delta === 0 && drawn) return { kind: 'shown' };
    if (delta !== 0 && (best === null || Math.abs(delta) < Math.abs(best))) best = delta;
  }
  return best === null ? { kind: 'unknown' } : { kind: 'scroll', byPx: best };
}
