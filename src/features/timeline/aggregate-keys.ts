/**
 * The keyboard on a lane's counts (an aggregate strip): the arrows, Home and End choose a
 * period among those in view, Enter or Space zooms into it as a click on it does. Loaded on
 * a strip's first focus, off the first screen's script (timeline-widget.tsx).
 *
 * The strip is a slider (item-content.ts): screen readers pass a slider's arrow keys to the
 * page even in their browse mode, and say its aria-valuetext again whenever it changes,
 * which they do not do for a changed name of an image or a button.
 */
import type { Timeline } from 'vis-timeline/esnext';
import { focusTimeline } from '../../lib/focus-timeline';
import type { TimeWindow } from '../../lib/time-window';
import type { paintedItem as PaintedItem } from './aggregate-strip';
import type { AggregateBin, AggregateItemSpec } from './timeline-items';
import type { TimelineWidgetProps } from './timeline-widget';

const MOVES: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1 };
/** How long after a zoom by a key, or a redraw that took the strip off the page, its focus is brought back. */
const REFOCUS_MS = 3000;

/**
 * The bin a key moves the current bin to, among the bins in `window` (those a pointer can
 * reach); null for a key that moves nothing, or when no bin is in view.
 */
export function nextBinIndex(
  bins: readonly AggregateBin[],
  current: number,
  key: string,
  window: TimeWindow,
): number | null {
  const first = bins.findIndex((bin) => bin.end > window.start);
  const last = bins.findLastIndex((bin) => bin.start < window.end);
  if (first < 0 || last < first) return null;
  const step = MOVES[key];
  const wanted =
    key === 'Home' ? first : key === 'End' ? last : step === undefined ? null : current + step;
  return wanted === null ? null : Math.min(last, Math.max(first, wanted));
}

/**
 * The bin from `time` on: the first that ends after it, else the last. A time, not an
 * index, is kept for the current bin, so that a strip rebuilt with other bins (after a zoom
 * into the period) starts from the same moment.
 */
export const binIndexFrom = (bins: readonly AggregateBin[], time: number): number => {
  const index = bins.findIndex((bin) => bin.end > time);
  return index < 0 ? bins.length - 1 : index;
};

const isStrip = (target: unknown): target is HTMLCanvasElement =>
  target instanceof HTMLCanvasElement && target.classList.contains('tl-aggregate');

function setAttribute(element: Element, name: string, value: string) {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/**
 * Listens on the widget's `container` for the strips' focus and keys, until the function
 * returned is called (the widget destroyed).
 * `focused` is the strip whose focus loaded this module. What it needs of the widget's
 * modules is given, not imported: a module shared with this chunk would be a chunk of its
 * own, one more request before the first paint.
 */
export function attachStripKeys(
  container: HTMLElement,
  timeline: Timeline,
  handlers: { readonly current: TimelineWidgetProps },
  zoomAt: (item: AggregateItemSpec, time: number) => void,
  paintedItem: typeof PaintedItem,
  focused: HTMLCanvasElement,
): () => void {
  // The strip the keyboard is on; the period last chosen (kept for the lane's strip after a
  // zoom rebuilt or replaced it); a zoom by a key whose focus is to be kept.
  let current: { canvas: HTMLCanvasElement; time: number } | null = null;
  let last: { itemId: string; time: number } | null = null;
  let refocus: { itemId: string; until: number } | null = null;
  // The current bin's outline: an element over the strip, not painted on it, so that the
  // strips' painting (the hot path of a zoom) does nothing more for it.
  const outline = document.createElement('span');
  outline.className = 'tl-aggregate__current';

  /** Writes bin `index` into the strip's value, for screen readers, and outlines it. */
  const show = (canvas: HTMLCanvasElement, item: AggregateItemSpec, index: number) => {
    const bin = item.bins[index]!;
    current = { canvas, time: bin.start };
    last = { itemId: item.id, time: bin.start };
    setAttribute(canvas, 'aria-valuemin', '1');
    setAttribute(canvas, 'aria-valuemax', String(item.bins.length));
    setAttribute(canvas, 'aria-valuenow', String(index + 1));
    setAttribute(canvas, 'aria-valuetext', handlers.current.describeBin(bin));
    const range = item.end - item.start;
    // Over the gaps beside the bin too: a bin one pixel wide still shows its outline.
    outline.style.left = `calc(${((bin.start - item.start) / range) * 100}% - 2px)`;
    outline.style.width = `calc(${((bin.end - bin.start) / range) * 100}% + 4px)`;
    if (outline.parentElement !== canvas.parentElement) canvas.parentElement?.append(outline);
  };

  /** Makes `canvas` the strip the keyboard is on, at the period last chosen there or the first in view. */
  const begin = (canvas: HTMLCanvasElement): AggregateItemSpec | null => {
    const item = paintedItem(canvas);
    if (!item || item.bins.length === 0) return null;
    const index =
      last?.itemId === item.id
        ? binIndexFrom(item.bins, last.time)
        : (nextBinIndex(item.bins, 0, 'Home', handlers.current.window) ?? 0);
    show(canvas, item, index);
    return item;
  };

  const end = () => {
    if (!current) return;
    // Back to the first bin, its period said again at the next focus; the range stays.
    current.canvas.removeAttribute('aria-valuetext');
    current.canvas.setAttribute('aria-valuenow', '1');
    current = null;
    outline.remove();
  };

  // Only a keyboard's focus shows a current bin; a click's focus shows one at the first key.
  const onFocusIn = ({ target }: FocusEvent) => {
    if (isStrip(target) && target.matches(':focus-visible')) begin(target);
  };
  const onFocusOut = ({ target, relatedTarget }: FocusEvent) => {
    if (target !== current?.canvas) return;
    // The focus going nowhere: vis-timeline took the strip off the page, or moved its lane
    // (it appends the lanes again in their order), and the focus with it. A press of the
    // pointer elsewhere does the same, and is no reason to bring it back (below).
    if (!relatedTarget && last)
      refocus = { itemId: last.itemId, until: performance.now() + REFOCUS_MS };
    end();
  };
  const forgetRefocus = () => {
    refocus = null;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const canvas = event.target;
    const { key } = event;
    if (!isStrip(canvas) || event.ctrlKey || event.metaKey || event.altKey) return;
    const zoom = key === 'Enter' || key === ' ';
    if (!zoom && MOVES[key] === undefined && key !== 'Home' && key !== 'End') return;
    // Handled here, so not by the page's shortcuts (there the arrows step through events).
    event.preventDefault();
    const item = current?.canvas === canvas ? paintedItem(canvas) : begin(canvas);
    if (!item || !current) return;
    const index = binIndexFrom(item.bins, current.time);
    if (zoom) {
      refocus = { itemId: item.id, until: performance.now() + REFOCUS_MS };
      zoomAt(item, item.bins[index]!.start);
    } else {
      const next = nextBinIndex(item.bins, index, key, handlers.current.window);
      if (next !== null) show(canvas, item, next);
    }
  };

  /**
   * After each redraw (the widget has painted the strips by then): the focused strip's bins
   * may be new, and are said and outlined again. After a zoom by a key, or a redraw that
   * moved the strip, the focus may have left with it: it goes to the lane's strip, or to the
   * timeline when the lane now shows its events one by one.
   */
  const afterDraw = () => {
    const canvas = current?.canvas;
    if (canvas && document.activeElement === canvas) begin(canvas);
    else end();
    const lost = !document.activeElement || document.activeElement === document.body;
    if (refocus && performance.now() > refocus.until) refocus = null;
    if (!refocus || !lost) return;
    const itemId = refocus.itemId;
    const strip = [...container.querySelectorAll('canvas.tl-aggregate')].find(
      (element) => element.isConnected && paintedItem(element as HTMLCanvasElement)?.id === itemId,
    );
    if (strip instanceof HTMLElement) strip.focus({ preventScroll: true });
    else focusTimeline();
  };

  container.addEventListener('focusin', onFocusIn);
  container.addEventListener('focusout', onFocusOut);
  container.addEventListener('keydown', onKeyDown);
  document.addEventListener('pointerdown', forgetRefocus, { capture: true, passive: true });
  timeline.on('changed', afterDraw);
  if (document.activeElement === focused) {
    if (focused.matches(':focus-visible')) begin(focused);
  } else if (document.activeElement === document.body) {
    // A redraw took the strip away while this module loaded (a store still coming in).
    const item = paintedItem(focused);
    if (item) refocus = { itemId: item.id, until: performance.now() + REFOCUS_MS };
  }
  return () => {
    container.removeEventListener('focusin', onFocusIn);
    container.removeEventListener('focusout', onFocusOut);
    container.removeEventListener('keydown', onKeyDown);
    document.removeEventListener('pointerdown', forgetRefocus, { capture: true });
    timeline.off('changed', afterDraw);
    outline.remove();
  };
}
