import type { TimelineItemSpec } from './timeline-items';

/**
 * Labels that never break. The timeline draws a label only where at least its first two
 * words fit (the whole title when shorter); a period too narrow for that is drawn as a
 * compact mark, its title in its tooltip and accessible name. And it estimates how many
 * rows a lane's labels stack into, so that a lane too crowded to fit its share of the
 * height is collapsed into counts (aggregates) instead of pushing the other lanes away.
 *
 * Widths are estimated from the number of characters, not measured: this runs on every
 * zoom, for every item, before anything is drawn. The estimates are deliberately generous
 * (wide characters), so a label judged to fit does fit.
 */
// Constants rather than fields of an object: a field's name stays whole in the first
// screen's script. LABEL_METRICS names them for tests.

/**
 * Average advance of a character of the item font (0.82rem of 15 px), rounded up: capitals
 * run wider (“The US” is 44 px), so 7.5, not the 7 of lower-case text.
 */
const CHAR_PX = 7.5;
/** A period's padding and borders, left (its 4 px actor bar) and right, as drawn. */
const PADDING_PX = 18;
/** A point's dot and the gap after it. */
const DOT_PX = 14;
/** The status mark beside the title (✓, ?, ✕, ◌: 1em) and the gap between them. */
const STATUS_PX = 22;
/** The ellipsis that follows the first words when the rest of a title is cut. */
const ELLIPSIS_PX = 10;
/** A point's label is cut (with an ellipsis) after this width: CSS .tl-item max-width. */
const POINT_MAX_PX = 195;

export const LABEL_METRICS = {
  charPx: CHAR_PX,
  paddingPx: PADDING_PX,
  dotPx: DOT_PX,
  statusPx: STATUS_PX,
  ellipsisPx: ELLIPSIS_PX,
  pointMaxPx: POINT_MAX_PX,
};

/*
 * The height vis-timeline gives a lane, as measured at 768×1024 and 390×844 (a lane of 1,
 * 2, 6 and 14 rows: 29, 60, 192 and 431 px): each row is an item (a period's 25.4 px, a
 * point's 23.4) and the widget's `margin.item.vertical` (6 px), with no margin of the lane's
 * own; and never less than its label, which with the count/show-each button is 38 px.
 */
/** One row: the taller items (a period 25.4 px, a mark 30.9) and the vertical margin. */
export const ROW_PX = 32;
/** A lane's label alone (its name in one line). */
const LABEL_PX = 29;
/** A lane's label with its button (a crowded lane, counted or opened). */
const TOGGLE_LABEL_PX = 38;

/** The height of a lane of `rows` rows; `toggled` when its label carries the count button. */
export function laneHeightPx(rows: number, toggled: boolean): number {
  return Math.max(Math.max(1, rows) * ROW_PX, toggled ? TOGGLE_LABEL_PX : LABEL_PX);
}

/** The first `count` words of a title: what a label must show at least. */
export function firstWords(title: string, count = 2): string {
  return title.trim().split(/\s+/).slice(0, count).join(' ');
}

export function textWidthPx(text: string): number {
  return text.length * CHAR_PX;
}

/** The narrowest width at which an item's label still shows its first two words. */
export function shortestLabelPx(title: string): number {
  const words = firstWords(title);
  const cut = words.length < title.trim().length ? ELLIPSIS_PX : 0;
  return textWidthPx(words) + cut + PADDING_PX + STATUS_PX;
}

/** The width a point's label takes: its whole title, up to the cut-off. */
function pointWidthPx(title: string): number {
  const full = textWidthPx(title) + PADDING_PX + STATUS_PX + DOT_PX;
  // The cut-off never takes the label below its first two words (CSS min-width does the same).
  return Math.max(Math.min(full, POINT_MAX_PX), shortestLabelPx(title) + DOT_PX);
}

/** Whether a period is wide enough, at this scale, to carry its label without breaking it. */
export function rangeHoldsLabel(item: TimelineItemSpec, pixelsPerMs: number): boolean {
  if (item.type !== 'range' || item.end === null) return true;
  return (item.end - item.start) * pixelsPerMs >= shortestLabelPx(item.title);
}

/**
 * Whether an item in view still has room for its first two words before the window's right
 * edge; one that has not (a point just inside the edge, a period that ends there) would show
 * a fragment, so it is drawn as a mark until the person pans it further in. Items wholly
 * outside the window are not drawn on screen and keep their label.
 */
export function labelFitsInWindow(
  item: TimelineItemSpec,
  windowStart: number,
  pixelsPerMs: number,
  widthPx: number,
): boolean {
  const left = (item.start - windowStart) * pixelsPerMs;
  if (left >= widthPx) return true;
  if (item.type === 'range' && item.end !== null) {
    const right = (item.end - windowStart) * pixelsPerMs;
    if (right <= 0) return true;
    return Math.min(right, widthPx) - Math.max(left, 0) >= shortestLabelPx(item.title);
  }
  if (left < 0) return true;
  return left + DOT_PX + shortestLabelPx(item.title) <= widthPx;
}

/** Horizontal extent on screen, in pixels from the window's start. */
function extentPx(item: TimelineItemSpec, windowStart: number, pixelsPerMs: number) {
  const left = (item.start - windowStart) * pixelsPerMs;
  if (item.type === 'range' && item.end !== null)
    return { left, right: left + (item.end - item.start) * pixelsPerMs };
  return { left, right: left + pointWidthPx(item.title) };
}

/**
 * How many rows a lane's items stack into in a window `widthPx` wide, placing each item
 * (in time order) on the first row where it overlaps nothing, as the widget's stacking does.
 * Items entirely outside the window are not counted.
 */
export function stackedRows(
  items: readonly TimelineItemSpec[],
  windowStart: number,
  pixelsPerMs: number,
  widthPx: number,
): number {
  const placed = items
    .map((item) => extentPx(item, windowStart, pixelsPerMs))
    .filter((box) => box.right >= 0 && box.left <= widthPx)
    .sort((a, b) => a.left - b.left);
  const rowEnds: number[] = [];
  for (const box of placed) {
    const row = rowEnds.findIndex((end) => end <= box.left);
    if (row === -1) rowEnds.push(box.right);
    else rowEnds[row] = box.right;
  }
  return rowEnds.length;
}

/**
 * The lanes to collapse (draw as counts, one row) so that all lanes fit `heightPx`: the most
 * crowded first, until all fit; then any collapsed lane that the room left can hold after
 * all is opened again (collapsing a big lane can free more than was needed), so a lane is
 * counted only when it really does not fit. Lanes in `expanded` (opened by the person) are
 * never collapsed. When even every crowded lane collapsed would not fit, the lanes scroll
 * however they are drawn, and none is collapsed: counting them would only hide the events.
 */
export function lanesToCollapse(
  rowsByLane: ReadonlyMap<string, number>,
  heightPx: number,
  expanded: ReadonlySet<string> = new Set(),
): Set<string> {
  const crowdedLane = (lane: string, rows: number) => rows > 1 && !expanded.has(lane);
  const openPx = (lane: string, rows: number) => laneHeightPx(rows, rows > 1 || expanded.has(lane));
  const countedPx = laneHeightPx(1, true);
  let total = 0;
  let leastTotal = 0;
  for (const [lane, rows] of rowsByLane) {
    total += openPx(lane, rows);
    leastTotal += crowdedLane(lane, rows) ? countedPx : openPx(lane, rows);
  }
  const collapsed = new Set<string>();
  if (total <= heightPx || leastTotal > heightPx) return collapsed;
  const crowded = [...rowsByLane]
    .filter(([lane, rows]) => crowdedLane(lane, rows))
    .sort((a, b) => b[1] - a[1]);
  for (const [lane, rows] of crowded) {
    if (total <= heightPx) break;
    collapsed.add(lane);
    total -= openPx(lane, rows) - countedPx;
  }
  for (const [lane, rows] of crowded) {
    if (!collapsed.has(lane)) continue;
    const grows = openPx(lane, rows) - countedPx;
    if (total + grows > heightPx) continue;
    collapsed.delete(lane);
    total += grows;
  }
  return collapsed;
}
