import type { Timeline } from 'vis-timeline/peer';
import { type Restore, type VisInternals, type VisItem, visInternalsOf } from './vis-internals';

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
