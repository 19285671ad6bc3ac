import moment from 'moment';
import { useCallback, useEffect, useRef } from 'react';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import {
  MAX_SPAN,
  MIN_SPAN,
  type TimeWindow,
  center,
  sameWindow,
  span,
} from '../../lib/time-window';
import { type Strip, type StripTheme, paintStrips, paintedItem } from './aggregate-strip';
import {
  drawNewItemsAcrossLanes,
  spreadRedrawsOverFrames,
  withBatchedItemDraws,
} from './batched-item-draws';
import { diffInto, specId, visId } from './dataset-diff';
import { keepMarginItemsDrawn } from './margin-items';
import { visInternalsOf } from './vis-internals';
import { fitAxisLabels } from './axis-labels';
import { ROW_PX } from './label-fit';
import { type RevealCandidate, nextRevealStep } from './reveal-item';
import {
  aggregateContent,
  groupContent,
  itemContent,
  refreshItemContent,
  setLaneCount,
  setLaneToggle,
  updateAggregateContent,
} from './item-content';
import {
  type AggregateBin,
  type AggregateItemSpec,
  type AnyItemSpec,
  type SelectTarget,
  type TimelineGroupSpec,
  type TimelineItemSpec,
  binAt,
  zoomsIn,
  itemIdFor,
  targetOfItem,
} from './timeline-items';
import { statusClass } from './item-status';
import { markFirstPaint } from '../../lib/after-first-paint';
import { textScale } from '../../lib/text-scale';
import { axisLocaleReady, loadAxisLocale } from './axis-locale';
import type { Locale } from '../../lib/date-format';

/** Windows reported by the widget and not yet seen back as props, at most. */
const MAX_ECHOES = 32;
/**
 * How long a new selection keeps its item in view vertically while the timeline settles
 * (the window's 300 ms move, items drawn and stacked anew), and how many scrolls it may take.
 */
const REVEAL_FOR_MS = 3000;
const REVEAL_SCROLLS = 6;

/** A selected event whose item is to be brought into view (reveal-item.ts). */
interface RevealRequest {
  eventId: string;
  scrolls: number;
  until: number;
}

/** A language whose month names did not arrive keeps the axis in English. */
const noAxisLocale = () => {};

interface WidgetItem {
  id: string;
  group?: string;
  start: number;
  end?: number;
  type: 'point' | 'range';
  className: string;
  content: HTMLElement;
  signature: string;
  /** Aggregates: drawn at their full width, their canvas at the item's left edge. */
  limitSize?: boolean;
  align?: 'left';
}

interface WidgetGroup {
  id: string;
  content: HTMLElement;
  signature: string;
  /** What its label was built from; a new toggle alone is written into the label in place. */
  name: string;
  color: string;
  /** The lane's place in the store's order: a lane replaced (its label changed) keeps it. */
  order: number;
}

export interface TimelineWidgetProps {
  items: readonly AnyItemSpec[];
  /**
   * The window the items were built for, which can be a render behind `window` (after a pan
   * or a zoom in, timeline-panel.tsx): the strips are painted at its scale, and stretched by
   * vis-timeline until the items for the new window come, as they are between its own zoom
   * steps. Painted at the new scale, every strip was painted twice over for one zoom.
   */
  itemsWindow: TimeWindow;
  /** Null shows every item in one lane. */
  groups: readonly TimelineGroupSpec[] | null;
  window: TimeWindow;
  selectedEventId: string | null;
  reducedMotion: boolean;
  /** The interface language, for the axis labels. */
  locale: 'en' | 'es';
  /** An aggregate's accessible name, from the number of events it counts (and contested). */
  nameAggregate: (count: number, contested: number) => string;
  /** The tooltip of one bin of an aggregate. */
  describeBin: (bin: AggregateBin) => string;
  /** Light or dark: aggregates are painted, not styled, so they repaint when it changes. */
  colorScheme: 'light' | 'dark';
  /** The name of the column of lane labels, which scrolls and so takes focus. */
  lanesLabel: string;
  onSelect: (target: SelectTarget | null) => void;
  onWindowChange: (window: TimeWindow) => void;
  /** A crowded lane's label button (item-content.ts, groupContent) was pressed. */
  onLaneToggle?: (laneId: string) => void;
  /**
   * The strips' keyboard (aggregate-keys.ts), loaded at a strip's first focus. Imported by
   * the panel, whose chunk has the helper that loads a chunk with what it needs: imported
   * here, that helper and its list came onto the first screen with the widget.
   */
  loadStripKeys: () => Promise<typeof import('./aggregate-keys')>;
}

const OPTIONS: TimelineOptions = {
  // Store dates are UTC; showing them in the viewer's zone would move events across midnight.
  moment: (date: moment.MomentInput) => moment(date).utc(),
  zoomMin: MIN_SPAN,
  zoomMax: MAX_SPAN,
  stack: true,
  selectable: true,
  multiselect: false,
  showCurrentTime: false,
  orientation: { axis: 'top', item: 'top' },
  // No horizontal margin: adjacent aggregate bins must sit side by side, not stack.
  margin: { item: { horizontal: 0, vertical: 6 }, axis: 8 },
  // Without it vis-timeline orders lanes as they were added, so a lane whose label is
  // replaced would move to the bottom.
  groupOrder: 'order',
  verticalScroll: true,
  horizontalScroll: false,
  zoomKey: '',
  height: '100%',
  groupHeightMode: 'auto',
  // Its size is followed by the widget's own ResizeObserver (below). vis-timeline's watch, a
  // listener on the window's resize and a timer reading its root's size every second, drew
  // every window resize a second time and read the layout once a second, idle or not.
  autoResize: false,
};

function toWidgetItem(
  spec: AnyItemSpec,
  name: (count: number, contested: number) => string,
): WidgetItem {
  if (spec.kind === 'aggregate') {
    return {
      id: visId(spec.id),
      ...groupOf(spec),
      start: spec.start,
      end: spec.end,
      type: 'range',
      className: 'is-aggregate',
      content: aggregateContent(spec, name),
      signature: spec.signature,
      // vis-timeline would clip a range to three widths of the view, which would squeeze
      // the counts painted across its whole width.
      limitSize: false,
      align: 'left',
    };
  }
  return {
    id: visId(spec.id),
    ...groupOf(spec),
    start: spec.start,
    ...(spec.end === null ? {} : { end: spec.end }),
    type: spec.type,
    className: eventClassName(spec),
    content: itemContent(spec),
    signature: spec.signature,
  };
}

const groupOf = (spec: AnyItemSpec) => (spec.group === null ? {} : { group: visId(spec.group) });

const eventClassName = (spec: TimelineItemSpec) =>
  [spec.imprecise ? 'is-imprecise' : '', spec.mark ? 'is-mark' : '', statusClass(spec.status)]
    .join(' ')
    .trim();

/**
 * A changed item that stays the same vis-timeline item, its content rewritten in place: an
 * aggregate (its canvas painted again) or an event of the same type in the same lane (a label
 * become a mark, or the other way). Returns the fields vis-timeline must be told of, or null
 * when the item is to be replaced (a point become a range, another lane).
 */
function refreshItem(
  shown: WidgetItem,
  spec: AnyItemSpec,
  name: (count: number, contested: number) => string,
): Partial<WidgetItem> | null {
  if (spec.kind === 'aggregate') {
    // A lane's aggregate stays one item: only a new range is news to vis-timeline.
    if (shown.className !== 'is-aggregate') return null;
    updateAggregateContent(shown.content, spec, name);
    return shown.start === spec.start && shown.end === spec.end
      ? {}
      : { start: spec.start, end: spec.end };
  }
  if (shown.type !== spec.type || shown.group !== groupOf(spec).group) return null;
  refreshItemContent(shown.content, spec);
  // Its size may have changed: the update has vis-timeline measure it again (drawn together
  // with the others, batched-item-draws.ts), the same element as its content.
  return {
    start: spec.start,
    ...(spec.end === null ? {} : { end: spec.end }),
    className: eventClassName(spec),
    content: shown.content,
  };
}

function toWidgetGroup(spec: TimelineGroupSpec, order: number, locale: Locale): WidgetGroup {
  return {
    id: visId(spec.id),
    content: groupContent(spec, locale),
    signature: spec.signature,
    name: spec.name,
    color: spec.color,
    order,
  };
}

/** The page's colours and font, as the canvas needs them (it cannot use CSS variables). */
function readStripTheme(element: Element, scheme: 'light' | 'dark'): StripTheme {
  const style = getComputedStyle(element);
  // A canvas reads back any opaque CSS colour as #rrggbb, the form the colour maths takes
  // (the built CSS shortens #ffffff to #fff).
  const scratch = document.createElement('canvas').getContext('2d');
  const hex = (name: string, fallback: string) => {
    if (!scratch) return fallback;
    scratch.fillStyle = fallback;
    scratch.fillStyle = style.getPropertyValue(name).trim() || fallback;
    return /^#[0-9a-f]{6}$/i.test(String(scratch.fillStyle)) ? String(scratch.fillStyle) : fallback;
  };
  const dark = scheme === 'dark';
  return {
    scheme,
    surface: hex('--surface', dark ? '#171d24' : '#ffffff'),
    text: hex('--text', dark ? '#e6e9ee' : '#1a202c'),
    // 0.8em of the timeline's text: larger where the person's text is (text-scale.ts).
    font: `${parseFloat(style.fontSize) * 0.8 || 12}px ${style.fontFamily || 'sans-serif'}`,
  };
}

const isStrip = (target: unknown): target is HTMLCanvasElement =>
  target instanceof HTMLCanvasElement && target.classList.contains('tl-aggregate');

/** Titles a strip with the bin at `clientX`: its count and period, the pointer's tooltip. */
function titleBinAt(
  canvas: HTMLCanvasElement,
  clientX: number,
  describeBin: (bin: AggregateBin) => string,
) {
  // The strip spans its item's width; the canvas may be wider (see paintStrip).
  const width = canvas.parentElement?.clientWidth ?? 0;
  const spec = paintedItem(canvas);
  if (!spec || width === 0) return;
  const x = clientX - canvas.getBoundingClientRect().left;
  const bin = binAt(spec, spec.start + (x / width) * (spec.end - spec.start));
  const title = bin ? describeBin(bin) : '';
  if (canvas.title !== title) canvas.title = title;
}

/** vis-timeline's width of the time area, kept by its own redraws (0 before the first). */
function centerWidth(timeline: Timeline, container: HTMLElement): number {
  const width = visInternalsOf(timeline).centerWidth();
  return width > 0 ? width : container.clientWidth;
}

/**
 * vis-timeline in React: created once, destroyed on unmount, fed by diffing into DataSets.
 * The window flows one way at a time: props → widget when they differ, and widget → state
 * only for changes the person made (`byUser`), so the two never chase each other.
 */
export function TimelineWidget(props: TimelineWidgetProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  const itemsRef = useRef(new DataSet<WidgetItem, 'id'>());
  const groupsRef = useRef(new DataSet<WidgetGroup, 'id'>());
  const grouped = props.groups !== null;
  const groupedRef = useRef<boolean | null>(null);
  const localeRef = useRef<'en' | 'es' | null>(null);
  const handlers = useRef(props);
  const echoesRef = useRef<TimeWindow[]>([]);
  const themeRef = useRef<StripTheme | null>(null);
  // Where the pointer rests over the timeline, buttons up; null when it is elsewhere.
  const restingRef = useRef<{ x: number; y: number } | null>(null);
  const retitleRef = useRef<number | null>(null);
  const revealRef = useRef<RevealRequest | null>(null);
  const revealedIdRef = useRef<string | null>(null);
  useEffect(() => {
    handlers.current = props;
  });

  /**
   * Paints the aggregates for the width they have at the window they were built for: those
   * on the page. vis-timeline only puts on the page the items of lanes in view (a store can
   * have more lanes than fit), and every redraw of its ends with 'changed', which comes back
   * here, so a lane scrolled into view is painted in the frame that shows it.
   */
  const paintAggregates = useCallback(() => {
    const timeline = timelineRef.current;
    const container = containerRef.current;
    if (!timeline || !container) return;
    const { items, itemsWindow, colorScheme } = handlers.current;
    if (themeRef.current?.scheme !== colorScheme)
      themeRef.current = readStripTheme(container, colorScheme);
    const pixelsPerMs = centerWidth(timeline, container) / span(itemsWindow);
    const strips: Strip[] = [];
    for (const spec of items) {
      if (spec.kind !== 'aggregate') continue;
      const canvas = itemsRef.current.get(visId(spec.id))?.content;
      if (canvas instanceof HTMLCanvasElement && canvas.isConnected)
        strips.push({ canvas, item: spec, width: (spec.end - spec.start) * pixelsPerMs });
    }
    paintStrips(strips, themeRef.current);
    // A repaint under a resting pointer (a key's zoom, counts that changed, a strip put on
    // the page after the pointer arrived) moves the bins, not the pointer, and no
    // pointermove follows: the tooltip is worked out again for where the pointer is. In a
    // task of its own, after the frame, where finding what is under the pointer costs no
    // layout of its own (a wheel's zoom repaints under the pointer every frame).
    if (restingRef.current && retitleRef.current === null)
      retitleRef.current = window.setTimeout(() => {
        retitleRef.current = null;
        const resting = restingRef.current;
        const under = resting && document.elementFromPoint(resting.x, resting.y);
        if (resting && isStrip(under)) titleBinAt(under, resting.x, handlers.current.describeBin);
      });
  }, []);

  /**
   * Brings the selected event's item into view vertically, while a new selection asks for it
   * (revealRef): scrolls the lanes when none of its items is in view, and looks again after
   * the timeline has drawn ('changed'); done once one is in view at the window asked for.
   */
  const revealSelection = useCallback(() => {
    const request = revealRef.current;
    const timeline = timelineRef.current;
    const container = containerRef.current;
    if (!request || !timeline || !container) return;
    const { selectedEventId, groups, window } = handlers.current;
    if (selectedEventId !== request.eventId || performance.now() > request.until) {
      revealRef.current = null;
      return;
    }
    const lanes: readonly (TimelineGroupSpec | null)[] = groups ?? [null];
    const candidates: RevealCandidate[] = lanes.flatMap((group) => {
      const item = itemsRef.current.get(visId(itemIdFor(request.eventId, group?.id ?? null)));
      if (item === null) return [];
      const lane = group ? groupsRef.current.get(visId(group.id))?.content : undefined;
      return [{ item: item.content, lane }];
    });
    if (candidates.length === 0) return;
    const step = nextRevealStep(container, candidates, ROW_PX * textScale());
    if (step.kind === 'scroll') {
      if (request.scrolls >= REVEAL_SCROLLS) {
        revealRef.current = null;
        return;
      }
      request.scrolls++;
      visInternalsOf(timeline).scrollLanesBy(step.byPx);
    } else if (step.kind === 'shown') {
      const { start, end } = timeline.getWindow();
      if (sameWindow(window, { start: start.getTime(), end: end.getTime() }))
        revealRef.current = null;
    }
  }, []);

  useEffect(() => {
    const container = containerRef.current!;
    const items = itemsRef.current;
    // No `start`/`end` options: given a window up front, vis-timeline stays hidden
    // (visibility: hidden, under an empty cover that takes the pointer) until that window
    // first changes, which it need not do: a store that arrived at once left the timeline
    // drawn but deaf to the wheel and drags. Without them it shows itself on its first draw
    // (its fit to the items, done inside the constructor, finds them still empty) and the
    // window is set straight after, before anything is painted.
    // A language whose month names are still on their way starts in English (see below).
    const locale = axisLocaleReady(handlers.current.locale) ? handlers.current.locale : 'en';
    const timeline = new Timeline(container, items as never, { ...OPTIONS, locale });
    timeline.setWindow(handlers.current.window.start, handlers.current.window.end, {
      animation: false,
    });
    keepMarginItemsDrawn(timeline);
    drawNewItemsAcrossLanes(timeline);
    timelineRef.current = timeline;
    localeRef.current = locale;
    groupedRef.current = null;
    // A strip's period zoomed into, as by a click at `time` on it (or a key, aggregate-keys.ts):
    // the bin there, or around that moment between bins.
    const zoomAt = (spec: AggregateItemSpec, time: number) => {
      const bin = binAt(spec, time);
      const reach = span(handlers.current.window) / 8;
      handlers.current.onSelect(
        bin && zoomsIn(bin, handlers.current.window)
          ? { kind: 'span', start: bin.start, end: bin.end }
          : { kind: 'span', start: time - reach, end: time + reach },
      );
    };
    timeline.on('select', (properties?: { items: string[]; event?: unknown }) => {
      const first = properties?.items[0];
      if (first === undefined) return handlers.current.onSelect(null);
      const target = targetOfItem(specId(String(first)));
      if (target.kind === 'event') return handlers.current.onSelect(target);
      // An aggregate: zoom to the bin under the pointer, or around that moment between bins.
      const canvas = itemsRef.current.get(String(first))?.content;
      const spec = canvas instanceof HTMLCanvasElement ? paintedItem(canvas) : null;
      const at = properties?.event && timeline.getEventProperties(properties.event as Event).time;
      if (spec && at instanceof Date) zoomAt(spec, at.getTime());
    });
    timeline.on('rangechanged', (properties?: { start: Date; end: Date; byUser: boolean }) => {
      if (properties?.byUser) {
        const reported = { start: properties.start.getTime(), end: properties.end.getTime() };
        echoesRef.current = [...echoesRef.current.slice(-MAX_ECHOES + 1), reported];
        handlers.current.onWindowChange(reported);
      }
    });
    // Each bin's count and period as the pointer's tooltip: one canvas, many bins.
    const showBinTitle = (event: PointerEvent) => {
      restingRef.current = event.buttons === 0 ? { x: event.clientX, y: event.clientY } : null;
      if (isStrip(event.target))
        titleBinAt(event.target, event.clientX, handlers.current.describeBin);
    };
    const forgetPointer = () => {
      restingRef.current = null;
    };
    container.addEventListener('pointermove', showBinTitle);
    container.addEventListener('pointerleave', forgetPointer);
    const toggleLane = (event: MouseEvent) => {
      const button =
        event.target instanceof Element
          ? event.target.closest<HTMLElement>('.tl-lane__toggle')
          : null;
      if (button?.dataset.lane) handlers.current.onLaneToggle?.(button.dataset.lane);
    };
    container.addEventListener('click', toggleLane);
    // The strips' keys load with the first strip to take the focus, off the first screen.
    let detachStripKeys: (() => void) | null = null;
    let destroyed = false;
    const loadStripKeys = ({ target }: FocusEvent) => {
      if (!isStrip(target)) return;
      container.removeEventListener('focusin', loadStripKeys);
      void handlers.current.loadStripKeys().then((keys) => {
        // The widget may have gone (another store) while the module loaded.
        if (destroyed) return;
        detachStripKeys = keys.attachStripKeys(
          container,
          timeline,
          handlers,
          zoomAt,
          paintedItem,
          target,
        );
      });
    };
    container.addEventListener('focusin', loadStripKeys);
    // The person takes the timeline in hand (a wheel, a finger, a key): where the lanes are
    // scrolled is theirs from then on, until the next selection.
    const stopRevealing = () => {
      revealRef.current = null;
    };
    const takeOver = ['pointerdown', 'wheel', 'keydown'] as const;
    for (const type of takeOver)
      container.addEventListener(type, stopRevealing, { capture: true, passive: true });
    // After each redraw: strips it has just put on the page, those whose counts changed
    // (the effect below leaves them to this redraw) and all of them after a redraw at a new
    // size (stretched meanwhile); otherwise this finds nothing to paint. The axis labels it
    // drew, none of them cut (axis-labels.ts); and a new selection's item in view. The strips
    // first: their sizes are writes, and the labels' reads then lay the page out once for
    // both; the other way round, the labels' classes made the strips' text force it again.
    const afterDraw = () => {
      paintAggregates();
      fitAxisLabels(container);
      revealSelection();
    };
    timeline.on('changed', afterDraw);
    // A redraw whose follow-up waits for the next frame is painted as it is: it gets the same.
    spreadRedrawsOverFrames(timeline, afterDraw);
    // The one watch of the widget's size (OPTIONS.autoResize is off): a window resized, and a
    // panel resized by the page (the map's separator, a notice closed), which vis-timeline's
    // own watch saw only at its next second.
    let drawnAt = '';
    const resized = new ResizeObserver(([entry]) => {
      const { width, height } = entry!.contentRect;
      const size = `${width}x${height}`;
      if (drawnAt && size !== drawnAt) timeline.redraw();
      drawnAt = size;
    });
    resized.observe(container);
    return () => {
      resized.disconnect();
      container.removeEventListener('pointermove', showBinTitle);
      container.removeEventListener('pointerleave', forgetPointer);
      if (retitleRef.current !== null) window.clearTimeout(retitleRef.current);
      retitleRef.current = null;
      container.removeEventListener('click', toggleLane);
      container.removeEventListener('focusin', loadStripKeys);
      destroyed = true;
      detachStripKeys?.();
      for (const type of takeOver) container.removeEventListener(type, stopRevealing, true);
      timeline.destroy();
      timelineRef.current = null;
    };
  }, [paintAggregates, revealSelection]);

  useEffect(() => {
    // The widget stays; only its language changes (it redraws the axis), once moment has
    // that language's month names. Not on creation, which was given the language if it had.
    let current = true;
    void loadAxisLocale(props.locale).then(() => {
      const timeline = timelineRef.current;
      if (!current || !timeline || localeRef.current === props.locale) return;
      localeRef.current = props.locale;
      timeline.setOptions({ locale: props.locale });
    }, noAxisLocale);
    return () => {
      current = false;
    };
  }, [props.locale]);

  useEffect(() => {
    // vis-timeline scrolls the lanes through their label column: a named tab stop lets a
    // keyboard scroll it too (WCAG 2.1.1; axe: scrollable-region-focusable).
    const labels = containerRef.current!.querySelector<HTMLElement>('.vis-panel.vis-left');
    if (!labels) return;
    if (grouped) {
      labels.tabIndex = 0;
      labels.setAttribute('role', 'group');
      labels.setAttribute('aria-label', props.lanesLabel);
    } else {
      for (const name of ['tabindex', 'role', 'aria-label']) labels.removeAttribute(name);
    }
  }, [grouped, props.lanesLabel]);

  useEffect(() => {
    const timeline = timelineRef.current!;
    if (groupedRef.current !== grouped) {
      // Item ids differ between the two modes, so switching starts from empty.
      itemsRef.current.clear();
      timeline.setGroups(grouped ? (groupsRef.current as never) : (null as never));
      groupedRef.current = grouped;
    }
    // A change to the items or lanes is drawn by vis-timeline in the next frame, and its
    // 'changed' paints the strips then, once, with those it put on the page (at once before
    // its first draw). Painted here as well, the strips on the page were painted in this task
    // and again in that frame's, each time after the page had changed. Only when nothing
    // changed for vis-timeline (a new window within the items, the colour scheme) are they
    // painted here.
    let changed = false;
    withBatchedItemDraws(timeline, () => {
      if (props.groups) {
        const order = new Map(props.groups.map((spec, at) => [spec.id, at]));
        changed = diffInto(
          groupsRef.current,
          props.groups,
          (spec) => toWidgetGroup(spec, order.get(spec.id) ?? 0, props.locale),
          (shown, spec) => {
            // A lane that became crowded, or no longer is, keeps its place in vis-timeline:
            // its label's button changes in place (setLaneToggle). Nothing for vis-timeline
            // to hear of: the lane's items change with it, and its redraw measures the label.
            if (shown.name !== spec.name || shown.color !== spec.color) return null;
            setLaneToggle(shown.content, spec);
            return {};
          },
        );
        for (const spec of props.groups) {
          const label = groupsRef.current.get(visId(spec.id))?.content;
          if (label) setLaneCount(label, spec.count, props.locale);
        }
      }
      const itemsChanged = diffInto(
        itemsRef.current,
        props.items,
        (spec) => toWidgetItem(spec, handlers.current.nameAggregate),
        (shown, spec) => refreshItem(shown, spec, handlers.current.nameAggregate),
      );
      changed ||= itemsChanged;
    });
    if (!changed) paintAggregates();
  }, [
    props.items,
    props.groups,
    grouped,
    props.itemsWindow,
    props.colorScheme,
    props.locale,
    paintAggregates,
  ]);

  useEffect(() => {
    // The person's own zoom or pan coming back as a prop: the widget already showed it and
    // may have moved on since (wheel events come faster than React renders); setting it
    // again would pull the view back to where it was a moment ago.
    const echoes = echoesRef.current;
    const echo = echoes.findIndex((reported) => sameWindow(props.window, reported));
    if (echo >= 0) {
      echoesRef.current = echoes.slice(echo + 1);
      return;
    }
    echoesRef.current = [];
    const timeline = timelineRef.current!;
    const { start, end } = timeline.getWindow();
    const shown = { start: start.getTime(), end: end.getTime() };
    if (!sameWindow(props.window, shown)) {
      // Animate jumps (zoom buttons, fit, a selection far away) so the eye can follow; move
      // at once for small steps such as dragging the overview band, which would lag.
      const width = span(shown);
      const small =
        Math.abs(center(props.window) - center(shown)) < width * 0.25 &&
        Math.abs(span(props.window) - width) < width * 0.01;
      timeline.setWindow(props.window.start, props.window.end, {
        animation:
          props.reducedMotion || small ? false : { duration: 300, easingFunction: 'easeInOutQuad' },
      });
    }
  }, [props.window, props.reducedMotion]);

  useEffect(() => {
    const timeline = timelineRef.current!;
    const id = props.selectedEventId;
    const selection =
      id === null
        ? []
        : grouped
          ? (props.groups ?? []).map((group) => visId(itemIdFor(id, group.id)))
          : [visId(itemIdFor(id, null))];
    timeline.setSelection(selection.filter((itemId) => itemsRef.current.get(itemId) !== null));
    // A new selection (a link's, the list's, a step, a click) is brought into view, its lane
    // scrolled to if it is out of view; later redraws of the same one are the person's.
    if (id !== revealedIdRef.current) {
      revealedIdRef.current = id;
      revealRef.current =
        id === null ? null : { eventId: id, scrolls: 0, until: performance.now() + REVEAL_FOR_MS };
    }
    revealSelection();
  }, [props.selectedEventId, props.items, props.groups, grouped, revealSelection]);

  useEffect(() => {
    // The widget is mounted with the store's events (a large store's checked so far), and
    // its effects above have drawn them: what waited for the first paint may load now
    // (lib/after-first-paint.ts). None may pass the link's filters: nothing else to wait for.
    markFirstPaint();
  }, []);

  return <div ref={containerRef} className="timeline-widget" />;
}
