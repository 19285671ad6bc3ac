import type { Timeline } from 'vis-timeline/peer';

/**
 * Every reach into vis-timeline's private internals, in one place.
 *
 * The timeline works around three costs of vis-timeline (see batched-item-draws.ts and
 * margin-items.ts), reads one measurement it keeps and scrolls its lanes to bring the
 * selected event into view (reveal-item.ts); none of that has a public API. This
 * module is the only code that touches those internals: the rest of the app uses the typed
 * operations below. Each one checks its target first and throws a `VisInternalsError`
 * naming it when it is missing or of another kind, so that an upgrade which moves an
 * internal fails at once (the timeline part shows its error with a Try again) instead of
 * quietly bringing back the stalls these workarounds remove.
 *
 * The version is pinned exactly in package.json. `e2e/vis-internals-contract.spec.ts` runs
 * these operations against the real library in a browser and checks that the internals
 * still behave as relied on here; docs/vis-timeline-upgrade.md says what to check on an
 * upgrade.
 */

/** The vis-timeline version these internals were read from (package.json pins it). */
export const VIS_TIMELINE_VERSION = '8.5.4';

/** An internal of vis-timeline that is missing, or not what this module relies on. */
export class VisInternalsError extends Error {
  override readonly name = 'VisInternalsError';

  constructor(
    /** The internal, as `Class#member` or `object.path`. */
    readonly internal: string,
    problem: string,
  ) {
    super(
      `vis-timeline internal ${internal} ${problem} (read from vis-timeline ${VIS_TIMELINE_VERSION}; see docs/vis-timeline-upgrade.md)`,
    );
  }
}

/** One of vis-timeline's items (RangeItem, PointItem, BoxItem, BackgroundItem). */
export interface VisItem {
  /** Whether its DOM is on the page. */
  displayed: boolean;
}

/** vis-timeline's window as its item search sees it. */
export interface VisRange {
  start: number;
  end: number;
  getMillisecondsPerPixel(): number;
}

/** The steps of one item's draw: DOM writes, then reads, then writes. */
export type RedrawSteps = readonly (() => unknown)[];

/** Undoes one of the temporary changes below. */
export type Restore = () => void;

/** The typed operations on one timeline's internals. */
export interface VisInternals {
  /**
   * The width of the time area in pixels, as vis-timeline measured it on its last redraw
   * (`body.domProps.center.width`), so reading it forces no layout. 0 before the first draw.
   */
  centerWidth(): number;
  /**
   * Until restored, `Group#_checkIfVisible` (which `Group#add` calls, and which draws and
   * measures a new item in view at once) checks only items already drawn: a new item is
   * filed in its group and waits for the item set's next redraw.
   */
  fileNewItemsWithoutDrawing(): Restore;
  /**
   * Until restored, `ItemSet#redraw` of this timeline does nothing. Only once the item set
   * has been drawn (`ItemSet#initialItemSetDrawn`): before that, a DataSet change redraws at
   * once and must. Returns null when it has not been drawn yet.
   */
  holdItemSetRedraws(): Restore | null;
  /**
   * Until restored, `Item#redraw()` of an item on the page (which a DataSet update calls,
   * drawing and measuring it at once) hands the item to `deferred` instead. Draws that
   * vis-timeline asks for as steps (`redraw(true)`) and items off the page are untouched.
   */
  deferItemRedraws(deferred: (item: VisItem) => void): Restore;
  /** `Item#redraw(true)`: the item's draw as vis-timeline's own steps, not yet run. */
  redrawSteps(item: VisItem): RedrawSteps;
  /**
   * From now on, for every timeline on the page (the method is shared), the check of the
   * items drawn last time (`Group#_checkIfVisibleWithReference`) is given `widen(range)`
   * instead of the window. Done once; later calls change nothing.
   */
  widenRedrawVisibilityCheck(widen: (range: VisRange) => VisRange): void;
  /**
   * From now on, each redraw of this timeline's item set draws the items its lanes are about
   * to put on the page (not there yet, in a lane in view, within a quarter of the window
   * either side or at `widen(range)`), all lanes' together, in vis-timeline's own steps (all
   * DOM writes, then all reads), before the first lane draws its own
   * (`Group#_redrawItems`, which each lane runs in turn): one layout of the page, where
   * each lane drew and measured its new items itself and the page was laid out once per
   * lane. Those a lane then leaves out (it left them out of `Group#visibleItems`) are taken
   * off the page again. A lane found in view from where it was before the redraw, but which
   * the lanes above it (their heights at the least, from their items as measured) certainly
   * push below the time area, is set out of view first (`Group#isVisible`) and draws
   * nothing; vis-timeline's own check, at the next redraw, finds it there too. Done once per
   * timeline; later calls change nothing.
   */
  drawNewItemsAcrossLanes(widen: (range: VisRange) => VisRange): void;
  /**
   * Scrolls the lanes `deltaPx` further down (negative: up), as the wheel does: through
   * `Core#_setScrollTop` (which keeps the scroll within the lanes' height, and the label
   * column's own scroll in step) and `Core#_redraw`, whose throttled draw follows in the next
   * frame. There is no public way: `focus()` also moves the window, which the app owns, and
   * the label column's native scroll, the one public handle, is empty in a single lane.
   */
  scrollLanesBy(deltaPx: number): void;
  /**
   * From now on, at most `passesPerFrame` of this timeline's redraws run in one task; a
   * redraw asked for beyond that waits for the next frame.
   *
   * A redraw that finds the lanes resized redraws again at once (`Core#_redraw` emits
   * `_change`, whose handler calls `Core#_origRedraw`), up to five times. A lane out of view
   * keeps the height it was stacked to at an earlier window, so when a pan shrinks the lanes
   * in view and brings others in, those are restacked and resize in turn: pass after pass,
   * each laying the page out again, one frame of 60–100 ms at 20,000 events. Spread over
   * frames, each frame draws a consistent state (every pass positions everything) and the
   * lanes settle a frame or two later. `Core#_redraw` (throttled to one per frame) and
   * `Core#_origRedraw` (at once), the two ways vis-timeline asks for a redraw, both go through
   * here. A pass whose follow-up waits ends without vis-timeline's `changed` (which it emits
   * only once the lanes have settled), yet its state is painted: `drawn` is called then, for
   * what the app does after each draw (the axis labels fitted, the strips painted). Done once
   * per timeline.
   */
  spreadRedrawsOverFrames(passesPerFrame: number, drawn: () => void): void;
}

type VisibilityCheck = (this: unknown, item: VisItem, visible: VisItem[], range: unknown) => void;
type VisibilityCheckWithReference = (
  this: unknown,
  item: VisItem,
  visible: VisItem[],
  lookup: Record<string, boolean>,
  range: VisRange,
) => void;
type ItemRedraw = (this: VisItem, returnQueue?: boolean) => unknown;
type RedrawItems = (this: RawGroup, ...args: [unknown, unknown, unknown, VisRange]) => unknown;

/** vis-timeline's Group (and BackgroundGroup, which inherits these methods). */
interface RawGroup {
  _checkIfVisible: VisibilityCheck;
  _checkIfVisibleWithReference: VisibilityCheckWithReference;
  _redrawItems: RedrawItems;
  /** What a redraw across lanes reads of a lane (checked as it reads them). */
  groupId?: unknown;
  itemSet?: unknown;
  isVisible?: unknown;
  /** Where the lane was and how tall, as the redraw measured them before drawing items. */
  top?: unknown;
  height?: unknown;
  items?: Record<string, RawItem | undefined>;
  visibleItems?: unknown;
}
interface RawItem extends VisItem {
  redraw: ItemRedraw;
  hide?: () => void;
  isVisible?: (range: VisRange) => boolean;
  data?: { start?: unknown; end?: unknown; type?: unknown };
  cluster?: unknown;
  /** As measured by its last draw (a point's box; a range's height only). */
  width?: unknown;
  height?: unknown;
  props?: { dot?: { width?: unknown } };
}
interface RawItemSet {
  groups: Record<string, RawGroup | undefined>;
  /** The lanes' ids in the order they are shown, top to bottom. */
  groupIds?: unknown;
  options?: { margin?: { axis?: unknown; item?: { vertical?: unknown } } };
  items: Record<string, RawItem | undefined>;
  initialItemSetDrawn: boolean;
  redraw: () => boolean;
}
interface RawTimeline {
  itemSet: RawItemSet;
  body: { domProps: { center: { width?: number } } };
  /** How far the lanes are scrolled, as vis-timeline keeps it: 0 or less (0 at the top). */
  _getScrollTop: () => number;
  _setScrollTop: (scrollTop: number) => number;
  _redraw: () => void;
  /** The unthrottled redraw, which the `_change` handler calls for an immediate redraw. */
  _origRedraw: () => void;
}

const WIDENED = Symbol.for('sourceline.visibilityCheckWidened');
const ACROSS_LANES = Symbol.for('sourceline.newItemsDrawnAcrossLanes');
const SPREAD = Symbol.for('sourceline.redrawsSpreadOverFrames');
/** vis-timeline's group of the background items without a lane: not a lane. */
const BACKGROUND_GROUP = '__background__';

/**
 * The item sets whose new items are drawn across lanes: during a redraw (`due` until the
 * first lane's `_redrawItems`), and the items drawn for it, to take off those left out.
 */
const acrossLanes = new WeakMap<
  object,
  {
    due: boolean;
    readonly widen: (range: VisRange) => VisRange;
    drawn: readonly { item: RawItem; lane: RawGroup }[];
  }
>();
const bound = new WeakMap<Timeline, VisInternals>();

/**
 * The internals of `timeline`, checked: throws a `VisInternalsError` naming the first one
 * that is missing or of another kind. Checked once per timeline; the operations check what
 * they touch again, as their targets come and go with the items.
 */
export function visInternalsOf(timeline: Timeline): VisInternals {
  let internals = bound.get(timeline);
  if (!internals) {
    internals = bind(checkTimeline(timeline));
    bound.set(timeline, internals);
  }
  return internals;
}

function checkTimeline(timeline: Timeline): RawTimeline {
  const raw = timeline as unknown as Partial<RawTimeline>;
  const itemSet = raw.itemSet;
  if (!isObject(itemSet)) throw new VisInternalsError('Timeline#itemSet', 'is missing');
  if (!isObject(itemSet.groups)) throw new VisInternalsError('ItemSet#groups', 'is missing');
  if (!isObject(itemSet.items)) throw new VisInternalsError('ItemSet#items', 'is missing');
  if (typeof itemSet.redraw !== 'function')
    throw new VisInternalsError('ItemSet#redraw', 'is not a function');
  if (typeof itemSet.initialItemSetDrawn !== 'boolean')
    throw new VisInternalsError('ItemSet#initialItemSetDrawn', 'is not a boolean');
  if (!isObject(raw.body?.domProps?.center))
    throw new VisInternalsError('Timeline#body.domProps.center', 'is missing');
  for (const method of ['_getScrollTop', '_setScrollTop', '_redraw', '_origRedraw'] as const) {
    if (typeof raw[method] !== 'function')
      throw new VisInternalsError(`Timeline#${method}`, 'is not a function');
  }
  // The background group is there from the start, so the methods can be checked now.
  groupPrototype(raw as RawTimeline, '_checkIfVisible');
  groupPrototype(raw as RawTimeline, '_checkIfVisibleWithReference');
  groupPrototype(raw as RawTimeline, '_redrawItems');
  return raw as RawTimeline;
}

function bind(raw: RawTimeline): VisInternals {
  const itemSet = raw.itemSet;
  return {
    centerWidth() {
      const width: unknown = raw.body.domProps.center.width;
      if (typeof width === 'number') return width;
      // Measured by the first redraw; none yet is the one time it may be absent.
      if (width === undefined && !itemSet.initialItemSetDrawn) return 0;
      throw new VisInternalsError('Timeline#body.domProps.center.width', 'is not a number');
    },

    fileNewItemsWithoutDrawing() {
      const owner = groupPrototype(raw, '_checkIfVisible');
      const check = owner._checkIfVisible;
      owner._checkIfVisible = function (item, visible, range) {
        if (item.displayed) check.call(this, item, visible, range);
      };
      return () => {
        owner._checkIfVisible = check;
      };
    },

    holdItemSetRedraws() {
      if (!itemSet.initialItemSetDrawn) return null;
      const own = Object.hasOwn(itemSet, 'redraw') ? itemSet.redraw : undefined;
      itemSet.redraw = () => false;
      return () => {
        if (own) itemSet.redraw = own;
        else delete (itemSet as Partial<RawItemSet>).redraw;
      };
    },

    deferItemRedraws(deferred) {
      // Items are of several classes, each with its own redraw: each class's is changed.
      const owners = new Set<RawItem>();
      for (const item of Object.values(itemSet.items)) {
        if (item) owners.add(prototypeDefining(item, 'redraw', 'Item#redraw'));
      }
      const restores = [...owners].map((owner) => {
        const redraw = owner.redraw;
        owner.redraw = function (returnQueue) {
          if (!this.displayed || returnQueue === true) return redraw.call(this, returnQueue);
          deferred(this);
          return undefined;
        };
        return () => {
          owner.redraw = redraw;
        };
      });
      return () => {
        for (const restore of restores) restore();
      };
    },

    redrawSteps(item) {
      return itemRedrawSteps(item);
    },

    widenRedrawVisibilityCheck(widen) {
      const owner = groupPrototype(raw, '_checkIfVisibleWithReference');
      if (Object.hasOwn(owner, WIDENED)) return;
      const check = owner._checkIfVisibleWithReference;
      owner._checkIfVisibleWithReference = function (item, visible, lookup, range) {
        check.call(this, item, visible, lookup, widen(range));
      };
      Object.defineProperty(owner, WIDENED, { value: true });
    },

    drawNewItemsAcrossLanes(widen) {
      if (acrossLanes.has(itemSet)) return;
      const owner = groupPrototype(raw, '_redrawItems');
      if (!Object.hasOwn(owner, ACROSS_LANES)) {
        // Shared by every timeline on the page: only those asked for draw across lanes.
        const redrawItems = owner._redrawItems;
        owner._redrawItems = function (...args) {
          const pass = acrossLanes.get(this.itemSet as object);
          if (pass?.due && this.groupId !== BACKGROUND_GROUP) {
            // Every lane knows by now whether it is in view (an earlier step of the redraw).
            pass.due = false;
            pass.drawn = drawNewItems(this.itemSet as RawItemSet, args[3] as RawRange, pass.widen);
          }
          return redrawItems.apply(this, args);
        };
        Object.defineProperty(owner, ACROSS_LANES, { value: true });
      }
      const pass = { due: false, widen, drawn: [] as readonly { item: RawItem; lane: RawGroup }[] };
      acrossLanes.set(itemSet, pass);
      const redraw = itemSet.redraw;
      itemSet.redraw = function (this: RawItemSet) {
        pass.due = true;
        try {
          return redraw.call(this);
        } finally {
          pass.due = false;
          takeOffLeftOut(pass.drawn);
          pass.drawn = [];
        }
      };
    },

    scrollLanesBy(deltaPx) {
      if (deltaPx === 0) return;
      const current: unknown = raw._getScrollTop();
      if (typeof current !== 'number')
        throw new VisInternalsError('Timeline#_getScrollTop()', 'did not return a number');
      raw._setScrollTop(current - deltaPx);
      raw._redraw();
    },

    spreadRedrawsOverFrames(passesPerFrame, drawn) {
      if (Object.hasOwn(raw, SPREAD)) return;
      const redrawNow = raw._origRedraw;
      let running = 0;
      let scheduled = false;
      const pass = () => {
        running++;
        try {
          redrawNow();
        } finally {
          running--;
        }
      };
      raw._redraw = () => {
        if (scheduled) return;
        scheduled = true;
        requestAnimationFrame(() => {
          scheduled = false;
          pass();
        });
      };
      raw._origRedraw = () => {
        if (running < passesPerFrame) return pass();
        raw._redraw();
        drawn();
      };
      Object.defineProperty(raw, SPREAD, { value: true });
    },
  };
}

/**
 * Draws the items the lanes in view of `itemSet` are about to put on the page at `range`
 * (as `Group#_updateItemsInRange` finds them: a start within a quarter of the window either
 * side, or visible at the widened range), all in vis-timeline's own steps taken together.
 *
 * Which lanes are in view was decided from where they were before this redraw. A lane that
 * was one row of counts and now stacks a month's events grows tenfold and pushes the lanes
 * below it out of view, but they had been found in view and had all their items drawn, to
 * be taken off again a frame later (a million events, whole extent to one month: 222 drawn,
 * 58 kept). So lanes are drawn top down, and once a lower bound of where a lane will be
 * (`laneHeightAtLeast` of each lane above) is below the time area, that lane is set out of
 * view before it draws anything: vis-timeline's own check, a frame later, finds it there too.
 * The lanes are drawn in batches that end where a rough guess of their heights reaches the
 * bottom: usually one batch, one layout.
 */
function drawNewItems(
  itemSet: RawItemSet,
  range: RawRange,
  widen: (range: VisRange) => VisRange,
): { item: RawItem; lane: RawGroup }[] {
  const margin = (range.end - range.start) / 4;
  const [lower, upper] = [range.start - margin, range.end + margin];
  const widened = widen(range);
  const newItemsOf = (lane: RawGroup): RawItem[] => {
    if (!isObject(lane.items)) throw new VisInternalsError('Group#items', 'is missing');
    const found: RawItem[] = [];
    for (const item of Object.values(lane.items)) {
      if (!item || item.displayed || item.cluster) continue;
      if (typeof item.isVisible !== 'function' || typeof item.hide !== 'function')
        throw new VisInternalsError('Item#isVisible', 'or Item#hide is not a function');
      const start = Number(item.data?.start);
      if ((start >= lower && start <= upper) || item.isVisible(widened)) found.push(item);
    }
    return found;
  };
  const place = placement(itemSet, range, lower, upper);
  const lanes = lanesInOrder(itemSet);
  const drawn: { item: RawItem; lane: RawGroup }[] = [];
  // Where the next lane starts at the least (the lanes above it at their lowest heights).
  let top = place.top(lanes);
  for (let next = 0; next < lanes.length;) {
    // A batch: the lanes from `next` on while a guess of their heights stays in view.
    const batch: { lane: RawGroup; items: RawItem[] }[] = [];
    let guess = top;
    let end = next;
    for (; end < lanes.length && (end === next || guess <= place.bottom); end++) {
      const lane = lanes[end]!;
      if (lane.isVisible !== true) {
        guess += place.heightOutOfView(lane);
        continue;
      }
      const items = newItemsOf(lane);
      batch.push({ lane, items });
      guess += Math.max(place.heightOutOfView(lane), place.heightAtLeast(lane, items, true));
    }
    drawTogether(batch.flatMap(({ lane, items }) => items.map((item) => ({ item, lane }))));
    for (const { lane, items } of batch) for (const item of items) drawn.push({ item, lane });
    for (; next < end; next++) {
      const lane = lanes[next]!;
      if (lane.isVisible === true && top > place.bottom && typeof lane.height === 'number')
        lane.isVisible = false;
      top +=
        lane.isVisible === true
          ? place.heightAtLeast(lane, batchItemsOf(batch, lane), false)
          : place.heightOutOfView(lane);
    }
    if (top > place.bottom) {
      // Every lane from here on is below the time area: none draws anything.
      for (const lane of lanes.slice(next))
        if (lane.isVisible === true && typeof lane.height === 'number') lane.isVisible = false;
      break;
    }
  }
  return drawn;
}

const batchItemsOf = (batch: readonly { lane: RawGroup; items: RawItem[] }[], lane: RawGroup) =>
  batch.find((entry) => entry.lane === lane)?.items ?? [];

function drawTogether(found: readonly { item: RawItem }[]) {
  const queues = found.map(({ item }) => itemRedrawSteps(item));
  const steps = Math.max(0, ...queues.map((queue) => queue.length));
  for (let step = 0; step < steps; step++) for (const queue of queues) queue[step]?.();
}

/** The lanes (not the background group) in the order they are shown, top to bottom. */
function lanesInOrder(itemSet: RawItemSet): RawGroup[] {
  if (!Array.isArray(itemSet.groupIds))
    throw new VisInternalsError('ItemSet#groupIds', 'is not an array');
  return (itemSet.groupIds as unknown[]).flatMap((id) => {
    const lane = itemSet.groups[String(id)];
    return lane && id !== BACKGROUND_GROUP ? [lane] : [];
  });
}

/** The range as vis-timeline hands it to a lane's redraw: with the body it measured. */
type RawRange = VisRange & {
  body?: { domProps?: { centerContainer?: { height?: unknown }; scrollTop?: unknown } };
};

/** A guess of an item not drawn yet, for where a batch ends only (never to set a lane out). */
const GUESSED_ITEM = { width: 120, height: 24 };

/**
 * Where lanes end up in this redraw, at the least: the bottom of the time area as
 * `Group#_isGroupVisible` takes it, where the first lane starts, and lower bounds of the
 * lanes' heights.
 */
function placement(itemSet: RawItemSet, range: RawRange, lower: number, upper: number) {
  const domProps = range.body?.domProps;
  const height = domProps?.centerContainer?.height;
  const scrollTop = domProps?.scrollTop;
  if (typeof height !== 'number' || typeof scrollTop !== 'number')
    throw new VisInternalsError(
      'Range#body.domProps',
      'has no centerContainer.height or scrollTop',
    );
  const margin = itemSet.options?.margin;
  const axis = Number(margin?.axis);
  const vertical = Number(margin?.item?.vertical);
  if (!Number.isFinite(axis) || !Number.isFinite(vertical))
    throw new VisInternalsError('ItemSet#options.margin', 'has no axis or item.vertical');
  const msPerPx = range.getMillisecondsPerPixel();
  // A range's box is clipped to a window either side of the view (RangeItem#repositionX).
  const span = range.end - range.start;
  const x = (time: number) => (time - range.start) / msPerPx;
  return {
    /** The widest margin a lane's visibility check adds to the time area's height. */
    bottom: height - scrollTop + Math.max(axis, vertical / 2),
    top(lanes: readonly RawGroup[]): number {
      const first = lanes[0]?.top;
      return typeof first === 'number' ? first : 0;
    },
    /** A lane out of view keeps its height (`Group#_calculateHeight`), or grows to its label's. */
    heightOutOfView(lane: RawGroup): number {
      return typeof lane.height === 'number' ? lane.height : 0;
    },
    /**
     * The least height a lane in view stacks to: its items that overlap at one point of the
     * axis stack one above the other, each its height and the vertical margin apart. Only
     * items the lane's redraw certainly stacks are counted (a start within a quarter of the
     * window either side, which `Group#_updateItemsInRange` always takes), as measured (the
     * lane's `items` drawn this redraw and those already drawn), each one's box narrowed by a
     * pixel either side; with `guess`, items not drawn yet count at GUESSED_ITEM's size.
     */
    heightAtLeast(lane: RawGroup, items: readonly RawItem[], guess: boolean): number {
      const counted = new Set(items);
      for (const item of Object.values(lane.items ?? {})) if (item?.displayed) counted.add(item);
      const edges: [number, number][] = [];
      for (const item of counted) {
        const start = Number(item.data?.start);
        if (!(start >= lower && start <= upper)) continue;
        const box = boxOf(item, guess && !item.displayed);
        if (box) {
          edges.push([box.left, box.height + vertical]);
          edges.push([box.right, -(box.height + vertical)]);
        }
      }
      // Ends before starts at the same place: touching boxes do not overlap.
      edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      let depth = 0;
      let deepest = 0;
      for (const [, change] of edges) {
        depth += change;
        deepest = Math.max(deepest, depth);
      }
      return Math.max(0, deepest - vertical);
    },
  };

  function boxOf(item: RawItem, guessed: boolean) {
    const start = Number(item.data?.start);
    const end = Number(item.data?.end);
    const size = guessed ? GUESSED_ITEM : { width: item.width, height: item.height };
    if (!Number.isFinite(start) || typeof size.height !== 'number') return null;
    if (item.data?.type === 'range' && Number.isFinite(end)) {
      const left = x(Math.max(start, range.start - span));
      const right = x(Math.min(end, range.end + span));
      return right - left > 2 ? { left: left + 1, right: right - 1, height: size.height } : null;
    }
    if (item.data?.type !== 'point' || typeof size.width !== 'number') return null;
    const dot = guessed ? 0 : Number(item.props?.dot?.width);
    const left = x(start) - (Number.isFinite(dot) ? dot : 0);
    return size.width > 2
      ? { left: left + 1, right: left + size.width - 1, height: size.height }
      : null;
  }
}

/** Items drawn ahead that their lane left out of its visible items: off the page again. */
function takeOffLeftOut(drawn: readonly { item: RawItem; lane: RawGroup }[]) {
  const visible = new Map<RawGroup, ReadonlySet<unknown>>();
  for (const { item, lane } of drawn) {
    if (!item.displayed) continue;
    let shown = visible.get(lane);
    if (!shown) {
      if (!Array.isArray(lane.visibleItems))
        throw new VisInternalsError('Group#visibleItems', 'is not an array');
      visible.set(lane, (shown = new Set(lane.visibleItems)));
    }
    if (!shown.has(item)) item.hide!();
  }
}

/** `Item#redraw(true)`, checked: the item's draw as vis-timeline's own steps, not yet run. */
function itemRedrawSteps(item: VisItem): RedrawSteps {
  const redraw = (item as Partial<RawItem>).redraw;
  if (typeof redraw !== 'function') throw new VisInternalsError('Item#redraw', 'is not a function');
  const steps = redraw.call(item, true);
  if (!Array.isArray(steps) || !steps.every((step) => typeof step === 'function'))
    throw new VisInternalsError('Item#redraw(returnQueue)', 'did not return its steps');
  return steps as RedrawSteps;
}

/**
 * The prototype that defines Group's `method`, found from the groups the item set holds
 * (the background group is always one): Group is not exported, and its subclasses share it.
 */
function groupPrototype<M extends keyof RawGroup>(raw: RawTimeline, method: M): RawGroup {
  const group = Object.values(raw.itemSet.groups).find((each) => each !== undefined);
  if (!group) throw new VisInternalsError('ItemSet#groups', 'holds no group');
  return prototypeDefining(group, method, `Group#${method}`);
}

/** The prototype in `object`'s chain that defines the function `method` itself. */
function prototypeDefining<T extends object>(object: T, method: string, internal: string): T {
  for (let proto = Object.getPrototypeOf(object) as T | null; proto;) {
    if (Object.hasOwn(proto, method)) {
      if (typeof (proto as Record<string, unknown>)[method] === 'function') return proto;
      throw new VisInternalsError(internal, 'is not a function');
    }
    proto = Object.getPrototypeOf(proto) as T | null;
  }
  throw new VisInternalsError(internal, 'is missing');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
