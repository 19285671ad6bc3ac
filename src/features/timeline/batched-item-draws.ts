import type { Timeline } from 'vis-timeline/peer';
import { type Restore, type VisInternals, type VisItem, visInternalsOf } from './vis-internals';
import { withMargins } from './margin-items';

/**
 * Runs `mutate` (DataSet adds and removes) so that vis-timeline draws the result once.
 *
 * vis-timeline draws an item the moment it is added to a group and measures it straight
 * away, so adding n visible items forces n layouts of the whole page; and it redraws all
 * its items after every DataSet call. 200 items took ~300 ms at 100,000 events, the bulk
 * of a filter change (upstream: visjs/vis-timeline#379, yotamberk/timeline-plus#21, #22).
 * Its own redraw, which it also queues for the next frame after every DataSet change,
 * draws the items that came into view in phases (all DOM writes, then all reads): one
 * layout. So while `mutate` runs, a new item is only filed in its group and the
 * item set does not redraw; the queued redraw draws everything together.
 *
 * An update to an item on screen (DataSet.update) is drawn and measured at once too, one
 * layout per item; those updates are drawn together when `mutate` is done, step by step
 * across the items as vis-timeline does for new ones: all writes, then all reads.
 *
 * No public option does any of this; the internals it needs are reached through
 * vis-internals.ts, which throws when one is missing.
 */
export function withBatchedItemDraws(timeline: Timeline, mutate: () => void): void {
  const internals = visInternalsOf(timeline);
  const updated = new Set<VisItem>();
  const restores: Restore[] = [];
  try {
    restores.push(internals.fileNewItemsWithoutDrawing());
    // Before the first draw, the redraw a DataSet change asks for is not queued but
    // immediate, and needed: only afterwards can the item set's own redraws wait.
    const held = internals.holdItemSetRedraws();
    if (held) restores.push(held);
    restores.push(internals.deferItemRedraws((item) => updated.add(item)));
    mutate();
  } finally {
    for (const restore of restores.reverse()) restore();
    drawTogether(internals, [...updated]);
  }
}

function drawTogether(internals: VisInternals, items: readonly VisItem[]) {
  const queues = items.filter((item) => item.displayed).map((item) => internals.redrawSteps(item));
  const steps = Math.max(0, ...queues.map((queue) => queue.length));
  for (let step = 0; step < steps; step++) for (const queue of queues) queue[step]?.();
}

/**
 * Makes each of vis-timeline's redraws draw the items new on the page in all lanes together.
 *
 * vis-timeline's redraw draws the new items of one lane in phases (DOM writes, then reads),
 * but lane after lane, so the page is laid out once per lane with new items: a window
 * moved to (a zoom into a month of a large store, a pan) whose items spread over fourteen
 * lanes laid the page out fourteen times in one frame, 235 ms on this machine where one
 * layout takes under 20. Drawn across lanes, their writes come first and their reads after,
 * one layout. The window's margins are those the redraw's own check is given
 * (margin-items.ts). vis-internals.ts reaches the internals this needs.
 */
export function drawNewItemsAcrossLanes(timeline: Timeline): void {
  visInternalsOf(timeline).drawNewItemsAcrossLanes(withMargins);
}

/**
 * Redraws per frame. A redraw that resizes the lanes is followed by another in the next
 * frame, where vis-timeline ran it at once, and that one by another while lanes come into
 * view and restack: at 20,000 events a pan's frame ran up to five of them, 60–100 ms; one a
 * frame, the frames of the bench's zoom and pan stay under 50 ms (two a frame still left
 * some over). The lanes settle a frame or two later, each frame drawn consistently.
 */
export const REDRAW_PASSES_PER_FRAME = 1;

/**
 * Makes `timeline` run at most `REDRAW_PASSES_PER_FRAME` redraws in one frame; `drawn` runs
 * after a redraw whose follow-up waits for the next frame, as after vis-timeline's `changed`.
 */
export function spreadRedrawsOverFrames(timeline: Timeline, drawn: () => void): void {
  visInternalsOf(timeline).spreadRedrawsOverFrames(REDRAW_PASSES_PER_FRAME, drawn);
}
