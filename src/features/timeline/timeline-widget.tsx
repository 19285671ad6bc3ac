import moment from 'moment';
import { useEffect, useRef } from 'react';
import { DataSet } from 'vis-data/peer';
import { Timeline, type TimelineOptions } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import {
  MAX_SPAN,
  MIN_SPAN,
  type TimeWindow,
  center,
  sameWindow,
  span,
} from '../../lib/time-window';
import { aggregateContent, groupContent, itemContent } from './item-content';
import {
  type AggregateItemSpec,
  type AnyItemSpec,
  type ItemTarget,
  type TimelineGroupSpec,
  itemIdFor,
  targetOfItem,
} from './timeline-items';

interface WidgetItem {
  id: string;
  group?: string;
  start: number;
  end?: number;
  type: 'point' | 'range';
  className: string;
  content: HTMLElement;
  signature: string;
}

interface WidgetGroup {
  id: string;
  content: HTMLElement;
  signature: string;
}

export interface TimelineWidgetProps {
  items: readonly AnyItemSpec[];
  /** Null shows every item in one lane. */
  groups: readonly TimelineGroupSpec[] | null;
  window: TimeWindow;
  selectedEventId: string | null;
  reducedMotion: boolean;
  describeAggregate: (item: AggregateItemSpec) => string;
  onSelect: (target: ItemTarget | null) => void;
  onWindowChange: (window: TimeWindow) => void;
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
  verticalScroll: true,
  horizontalScroll: false,
  zoomKey: '',
  height: '100%',
  groupHeightMode: 'auto',
};

function toWidgetItem(
  spec: AnyItemSpec,
  describe: (item: AggregateItemSpec) => string,
): WidgetItem {
  if (spec.kind === 'aggregate') {
    return {
      id: spec.id,
      ...(spec.group === null ? {} : { group: spec.group }),
      start: spec.start,
      end: spec.end,
      type: 'range',
      className: 'is-aggregate',
      content: aggregateContent(spec, describe),
      signature: spec.signature,
    };
  }
  return {
    id: spec.id,
    ...(spec.group === null ? {} : { group: spec.group }),
    start: spec.start,
    ...(spec.end === null ? {} : { end: spec.end }),
    type: spec.type,
    className: spec.imprecise ? 'is-imprecise' : '',
    content: itemContent(spec),
    signature: spec.signature,
  };
}

function toWidgetGroup(spec: TimelineGroupSpec): WidgetGroup {
  return { id: spec.id, content: groupContent(spec), signature: spec.signature };
}

/**
 * Brings a DataSet in line with `specs`, touching only what changed; DOM content is built
 * only for entries that are new or whose signature changed.
 */
function diffInto<
  S extends { id: string; signature: string },
  T extends { id: string; signature: string },
>(set: DataSet<T, 'id'>, specs: readonly S[], convert: (spec: S) => T) {
  const nextIds = new Set(specs.map((spec) => spec.id));
  const stale = set.getIds().filter((id) => !nextIds.has(String(id)));
  if (stale.length > 0) set.remove(stale);
  const changed = specs.filter((spec) => set.get(spec.id)?.signature !== spec.signature);
  if (changed.length === 0) return;
  // update() would merge into the old item and keep fields the new one lacks (an `end`).
  const replaced = changed.filter((spec) => set.get(spec.id) !== null).map((spec) => spec.id);
  if (replaced.length > 0) set.remove(replaced);
  set.add(changed.map(convert));
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
  const handlers = useRef(props);
  useEffect(() => {
    handlers.current = props;
  });

  useEffect(() => {
    const container = containerRef.current!;
    const items = itemsRef.current;
    const timeline = new Timeline(container, items as never, {
      ...OPTIONS,
      start: handlers.current.window.start,
      end: handlers.current.window.end,
    });
    timelineRef.current = timeline;
    groupedRef.current = null;
    timeline.on('select', (properties?: { items: string[] }) => {
      const first = properties?.items[0];
      handlers.current.onSelect(first === undefined ? null : targetOfItem(String(first)));
    });
    timeline.on('rangechanged', (properties?: { start: Date; end: Date; byUser: boolean }) => {
      if (properties?.byUser) {
        handlers.current.onWindowChange({
          start: properties.start.getTime(),
          end: properties.end.getTime(),
        });
      }
    });
    return () => {
      timeline.destroy();
      timelineRef.current = null;
    };
  }, []);

  useEffect(() => {
    const timeline = timelineRef.current!;
    if (groupedRef.current !== grouped) {
      // Item ids differ between the two modes, so switching starts from empty.
      itemsRef.current.clear();
      timeline.setGroups(grouped ? (groupsRef.current as never) : (null as never));
      groupedRef.current = grouped;
    }
    if (props.groups) diffInto(groupsRef.current, props.groups, toWidgetGroup);
    diffInto(itemsRef.current, props.items, (spec) =>
      toWidgetItem(spec, handlers.current.describeAggregate),
    );
  }, [props.items, props.groups, grouped]);

  useEffect(() => {
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
          ? (props.groups ?? []).map((group) => itemIdFor(id, group.id))
          : [itemIdFor(id, null)];
    timeline.setSelection(selection.filter((itemId) => itemsRef.current.get(itemId) !== null));
  }, [props.selectedEventId, props.items, props.groups, grouped]);

  return <div ref={containerRef} className="timeline-widget" />;
}
