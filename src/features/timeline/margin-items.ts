import type { Timeline } from 'vis-timeline/peer';
import { type VisRange, visInternalsOf } from './vis-internals';

export type { VisRange };

/**
 * Keeps the items in vis-timeline's margins on the page between redraws.
 *
 * vis-timeline draws the items within a quarter of the window either side of it, so that
 * a short pan finds them drawn. But each redraw first checks the items drawn last time
 * against the window alone, takes those in the margins off the page, and then finds them
 * in the margins and puts them back: every redraw of a pan or zoom detached and re-attached
 * every item in the margins, and the page laid them out again (at 100,000 events, 1,857
 * items attached during four 300 px drags, of which 275 were new). Here that check is
 * given the window with its margins, the same span the next step uses; items leaving the
 * margins are still taken off.
 *
 * No public option changes that check; vis-internals.ts reaches it (shared by all
 * timelines on the page, so it is changed once) and throws when it is missing.
 */
export function keepMarginItemsDrawn(timeline: Timeline): void {
  visInternalsOf(timeline).widenRedrawVisibilityCheck(withMargins);
}

let last: { range: VisRange; start: number; end: number; widened: VisRange } | null = null;

/** The window widened by a quarter either side, as vis-timeline's item search has it. */
export function withMargins(range: VisRange): VisRange {
  if (last && last.range === range && last.start === range.start && last.end === range.end) {
    return last.widened;
  }
  const margin = (range.end - range.start) / 4;
  const widened: VisRange = {
    start: range.start - margin,
    end: range.end + margin,
    // Items convert their width in pixels with the real window's scale.
    getMillisecondsPerPixel: () => range.getMillisecondsPerPixel(),
  };
  last = { range, start: range.start, end: range.end, widened };
  return widened;
}
