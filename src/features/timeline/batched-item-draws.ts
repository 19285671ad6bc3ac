import type { Timeline } from 'vis-timeline/peer';
import { prototypeDefining } from './vis-prototype';

/** The parts of vis-timeline's internals this workaround touches (pinned version, see below). */
interface VisGroup {
  _checkIfVisible?: (this: VisGroup, item: VisItem, visible: VisItem[], range: unknown) => void;
}
interface VisItem {
  displayed: boolean;
  /** With `returnQueue`, the steps of the draw (DOM writes, then reads, then writes). */
  redraw?: (this: VisItem, returnQueue?: boolean) => unknown;
}
interface VisItemSet {
  groups?: Record<string, VisGroup | undefined>;
  items?: Record<string, VisItem | undefined>;
  initialItemSetDrawn?: boolean;
  redraw?: () => boolean;
}
interface TimelineInternals {
  itemSet?: VisItemSet;
}

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
 * This reaches into `Group#_checkIfVisible`, `ItemSet#redraw` and the items' `redraw` of
 * vis-timeline 8; where they are not found (another version), that part is skipped and
 * `mutate` runs as is.
 */
export function withBatchedItemDraws(timeline: Timeline, mutate: () => void): void {
  const itemSet = (timeline as unknown as TimelineInternals).itemSet;
  const groups = itemSet?.groups ?? {};
  // Lanes and the background group are different classes sharing Group's method.
  const owners = new Set<VisGroup>();
  for (const group of Object.values(groups)) {
    const owner = group && prototypeDefining(group, '_checkIfVisible');
    if (owner) owners.add(owner);
  }
  const restore = [...owners].map((owner) => {
    const original = owner._checkIfVisible!;
    owner._checkIfVisible = function (item, visible, range) {
      if (item.displayed) original.call(this, item, visible, range);
    };
    return () => {
      owner._checkIfVisible = original;
    };
  });
  // Before the first draw, the redraw a DataSet change asks for is not queued but immediate,
  // and needed: only afterwards can the item set's own redraws wait for the next frame.
  if (itemSet?.initialItemSetDrawn === true && typeof itemSet.redraw === 'function') {
    const set = itemSet;
    const own = Object.hasOwn(set, 'redraw') ? set.redraw : undefined;
    set.redraw = () => false;
    restore.push(() => {
      if (own) set.redraw = own;
      else delete set.redraw;
    });
  }
  const updated = new Set<VisItem>();
  const itemOwners = new Set<VisItem>();
  for (const item of Object.values(itemSet?.items ?? {})) {
    const owner = item && prototypeDefining(item, 'redraw');
    if (owner) itemOwners.add(owner);
  }
  for (const owner of itemOwners) {
    const original = owner.redraw!;
    owner.redraw = function (returnQueue) {
      if (!this.displayed || returnQueue === true) return original.call(this, returnQueue);
      updated.add(this);
      return undefined;
    };
    restore.push(() => {
      owner.redraw = original;
    });
  }
  try {
    mutate();
  } finally {
    for (const undo of restore) undo();
    drawTogether([...updated]);
  }
}

function drawTogether(items: readonly VisItem[]) {
  const queues = items
    .filter((item) => item.displayed)
    .map((item) => item.redraw?.(true))
    .filter((queue): queue is (() => unknown)[] => Array.isArray(queue));
  const steps = Math.max(0, ...queues.map((queue) => queue.length));
  for (let step = 0; step < steps; step++) for (const queue of queues) queue[step]?.();
}
