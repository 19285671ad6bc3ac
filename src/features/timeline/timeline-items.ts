import type { EventStatus } from '../../format/schema';
import type { StoreEvent } from '../../format/validate-store';
import type { Locale } from '../../lib/date-format';
import { formatEventDate } from '../../lib/date-format';
import { type StoreIndex, eventTime, laneColorOf, lanesOfEvent } from '../../lib/store-index';
import { type TimeIndex, isDatedToMonthOrYear } from '../../lib/time-index';
import { type TimeWindow, span } from '../../lib/time-window';
import type { LaneMode } from '../../lib/view-store';
import { statusSuffix } from './item-status';

/**
 * What the timeline draws, as plain data: the widget wrapper turns these into DOM nodes and
 * diffs them into its DataSets by `signature`, so unchanged items are never rebuilt.
 */
export interface TimelineItemSpec {
  readonly kind: 'event';
  readonly id: string;
  readonly eventId: string;
  readonly group: string | null;
  readonly start: number;
  readonly end: number | null;
  readonly type: 'point' | 'range';
  /** A point event dated only to a month or a year is drawn across that month or year. */
  readonly imprecise: boolean;
  readonly title: string;
  readonly dateLabel: string;
  readonly color: string;
  /** The event's status and the words its accessible name ends with (item-status.ts). */
  readonly status?: EventStatus;
  readonly statusSuffix?: string;
  /** Too narrow at this zoom for its label: a compact mark, titled by tooltip and name. */
  readonly mark?: boolean;
  readonly signature: string;
}

/** Events counted in one calendar bin of a lane: a month, a year, a decade. */
export interface AggregateBin {
  readonly start: number;
  readonly end: number;
  readonly count: number;
  /** 0..1, the count relative to the densest bin of the lane in view, for the fill. */
  readonly density: number;
  readonly label: string;
  /** How many of them are disputed or refuted. */
  readonly contested?: number;
}

/**
 * A lane too dense to draw event by event, as counts per bin over the range drawn: one item
 * per lane, painted on a canvas, so that zooming (which changes every bin) costs one repaint
 * and not hundreds of DOM items for vis-timeline to draw and measure. Clicking a bin zooms in.
 */
export interface AggregateItemSpec {
  readonly kind: 'aggregate';
  readonly id: string;
  readonly group: string | null;
  /** The range the bins were counted over. */
  readonly start: number;
  readonly end: number;
  /** In time order, only bins with events. */
  readonly bins: readonly AggregateBin[];
  /** Events in all its bins. */
  readonly count: number;
  /** How many of them are disputed or refuted. */
  readonly contested?: number;
  readonly color: string;
  readonly signature: string;
}

export type AnyItemSpec = TimelineItemSpec | AggregateItemSpec;

export interface TimelineGroupSpec {
  readonly id: string;
  readonly name: string;
  readonly color: string;
  readonly count: number;
  /**
   * A lane too crowded for its share of the height is counted; its label then offers to
   * draw it event by event ('expand'), and an expanded one to count it again ('collapse').
   */
  readonly toggle?: { readonly action: 'expand' | 'collapse'; readonly label: string };
  readonly signature: string;
}

export const DEFAULT_ACTOR_COLOR = '#4a5568';
const ITEM_SEPARATOR = '@';

export function itemIdFor(eventId: string, lane: string | null): string {
  return lane === null ? eventId : `${eventId}${ITEM_SEPARATOR}${lane}`;
}

/** Ids are slugs, so '@' cannot occur in them and splits unambiguously. */
export function eventIdOfItem(itemId: string): string {
  const at = itemId.indexOf(ITEM_SEPARATOR);
  return at === -1 ? itemId : itemId.slice(0, at);
}

// Slugs cannot contain ':', so aggregate ids never collide with event item ids.
const AGGREGATE_PREFIX = 'agg:';

/** A lane has at most one aggregate at a time. */
export function aggregateIdFor(lane: string | null): string {
  return `${AGGREGATE_PREFIX}${lane ?? ''}`;
}

/** An event, or a lane's aggregate (which bin was clicked is the widget's to find). */
export type ItemTarget =
  { readonly kind: 'event'; readonly eventId: string } | { readonly kind: 'aggregate' };

/** Where a click on an item leads: an event to select, or a span to zoom to. */
export type SelectTarget =
  | { readonly kind: 'event'; readonly eventId: string }
  | { readonly kind: 'span'; readonly start: number; readonly end: number };

export function targetOfItem(itemId: string): ItemTarget {
  return itemId.startsWith(AGGREGATE_PREFIX)
    ? { kind: 'aggregate' }
    : { kind: 'event', eventId: eventIdOfItem(itemId) };
}

/** The bin that holds `time`, if any (bins are in time order and do not overlap). */
export function binAt(item: AggregateItemSpec, time: number): AggregateBin | null {
  let low = 0;
  let high = item.bins.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (item.bins[middle]!.end <= time) low = middle + 1;
    else high = middle;
  }
  const bin = item.bins[low];
  return bin !== undefined && bin.start <= time ? bin : null;
}

/**
 * Whether zooming to `bin` (with the 15% margin either side the view adds) narrows `window`.
 * Just after a zoom in, a strip is still the one drawn for the wider window until its new
 * items come (a render later): its bin under the pointer may be the very period zoomed into,
 * and a click that zoomed to it would change nothing. Such a click zooms in around the pointer.
 */
export function zoomsIn(bin: TimeWindow, window: TimeWindow): boolean {
  return span(bin) * 1.3 < span(window) * 0.9;
}

// Items are rebuilt on every zoom, pan and filter change, and formatting a date is the
// costly part (Intl): each event's label is formatted once per language.
const dateLabels = new Map<Locale, WeakMap<StoreEvent, string>>();

function dateLabelOf(event: StoreEvent, locale: Locale): string {
  let labels = dateLabels.get(locale);
  if (!labels) dateLabels.set(locale, (labels = new WeakMap()));
  let label = labels.get(event);
  if (label === undefined) {
    label = formatEventDate(event.when, event.approximate, locale);
    labels.set(event, label);
  }
  return label;
}

/**
 * `shortestRange` (ms): a period or a month shorter than this is drawn as a point, which
 * stays visible and labelled where a range would be a sliver (a two-day visit seen across
 * 30 years is a fraction of a pixel wide).
 */
export function itemFor(
  index: StoreIndex,
  event: StoreEvent,
  lane: string | null,
  locale: Locale,
  shortestRange = 0,
): TimelineItemSpec {
  const time = eventTime(event);
  const isPeriod = event.when.end !== undefined;
  const coarse = isDatedToMonthOrYear(event);
  const type = (isPeriod || coarse) && time.end - time.start >= shortestRange ? 'range' : 'point';
  const color = laneColorOf(index, lane ?? index.laneOf.get(event.actors[0]!));
  const dateLabel = dateLabelOf(event, locale);
  const start = time.start;
  const end = type === 'range' ? time.end : null;
  return {
    kind: 'event',
    id: itemIdFor(event.id, lane),
    eventId: event.id,
    group: lane,
    start,
    end,
    type,
    imprecise: type === 'range' && !isPeriod,
    title: event.title,
    dateLabel,
    color,
    ...(event.status
      ? { status: event.status, statusSuffix: statusSuffix(event.status, locale) }
      : {}),
    signature: [lane, start, end, type, event.title, dateLabel, color, event.status].join('|'),
  };
}

/** An event shared by several states appears once in each of their lanes. */
export function buildTimelineItems(
  index: StoreIndex,
  events: readonly StoreEvent[],
  laneMode: LaneMode,
  locale: Locale,
): TimelineItemSpec[] {
  const items: TimelineItemSpec[] = [];
  for (const event of events) {
    if (laneMode === 'single') {
      items.push(itemFor(index, event, null, locale));
    } else {
      for (const lane of lanesOfEvent(index, event))
        items.push(itemFor(index, event, lane, locale));
    }
  }
  return items;
}

/**
 * Lanes that hold at least one of the events shown, in the store's order. The count is
 * left out of the signature: the widget writes a new count into the lane's label in place,
 * because replacing a lane in vis-timeline redraws every item in it.
 */
export function buildTimelineGroups(index: StoreIndex, time: TimeIndex): TimelineGroupSpec[] {
  return time.laneIds.map((id) => {
    const name = index.actorById.get(id)?.name ?? id;
    const color = laneColorOf(index, id);
    const count = time.lanes.get(id)!.positions.length;
    return { id, name, color, count, signature: `${name}|${color}` };
  });
}
