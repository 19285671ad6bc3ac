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
   * Scrolls the lanes `deltaPx` further down (negative: up), as the wheel does: through
   * `Core#_setScrollTop` (which keeps the scroll within the lanes' height, and the label
   * column's own scroll in step) and `Core#_redraw`, whose throttled draw follows in the next
   * frame. There is no public way: `focus()` also moves the window, which the app owns, and
   * the label column's native scroll, the one public handle, is empty in a single lane.
   */
  scrollLanesBy(deltaPx: number): void;
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

/** vis-timeline's Group (and BackgroundGroup, which inherits these methods). */
interface RawGroup {
  _checkIfVisible: VisibilityCheck;
  _checkIfVisibleWithReference: VisibilityCheckWithReference;
}
interface RawItem extends VisItem {
  redraw: ItemRedraw;
}
interface RawItemSet {
  groups: Record<string, RawGroup | undefined>;
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
}

const WIDENED = Symbol.for('sourceline.visibilityCheckWidened');
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
  for (const method of ['_getScrollTop', '_setScrollTop', '_redraw'] as const) {
    if (typeof raw[method] !== 'function')
      throw new VisInternalsError(`Timeline#${method}`, 'is not a function');
  }
  // The background group is there from the start, so the methods can be checked now.
  groupPrototype(raw as RawTimeline, '_checkIfVisible');
  groupPrototype(raw as RawTimeline, '_checkIfVisibleWithReference');
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
      const redraw = (item as Partial<RawItem>).redraw;
      if (typeof redraw !== 'function')
        throw new VisInternalsError('Item#redraw', 'is not a function');
      const steps = redraw.call(item, true);
      if (!Array.isArray(steps) || !steps.every((step) => typeof step === 'function'))
        throw new VisInternalsError('Item#redraw(returnQueue)', 'did not return its steps');
      return steps as RedrawSteps;
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

    scrollLanesBy(deltaPx) {
      if (deltaPx === 0) return;
      const current: unknown = raw._getScrollTop();
      if (typeof current !== 'number')
        throw new VisInternalsError('Timeline#_getScrollTop()', 'did not return a number');
      raw._setScrollTop(current - deltaPx);
      raw._redraw();
    },
  };
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
