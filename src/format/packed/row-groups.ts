/**
 * Which row groups of a packed store's events file to read first. Rows are sorted by
 * `start_ms`, so each group covers a stretch of time; its column statistics (min and max
 * of `start_ms` and `end_ms`) tell whether it holds an event that overlaps a window,
 * without reading a row. A group without statistics is taken to overlap every window.
 */
import type { FileMetaData } from 'hyparquet';
import type { TimeWindow } from '../../lib/time-window';
import { toNumber } from './rows';

export interface RowGroupSpan {
  readonly rowStart: number;
  readonly rowEnd: number;
  /** Earliest start and latest end of its events (ms), null when the file does not say. */
  readonly firstStart: number | null;
  readonly lastStart: number | null;
  readonly lastEnd: number | null;
}

function statistic(
  group: FileMetaData['row_groups'][number],
  column: string,
  which: 'min_value' | 'max_value',
): number | null {
  const chunk = group.columns.find((c) => c.meta_data?.path_in_schema.join('.') === column);
  return toNumber(chunk?.meta_data?.statistics?.[which]);
}

export function rowGroupSpans(metadata: FileMetaData): RowGroupSpan[] {
  let rowStart = 0;
  return metadata.row_groups.map((group) => {
    const rowEnd = rowStart + Number(group.num_rows);
    const span = {
      rowStart,
      rowEnd,
      firstStart: statistic(group, 'start_ms', 'min_value'),
      lastStart: statistic(group, 'start_ms', 'max_value'),
      lastEnd: statistic(group, 'end_ms', 'max_value'),
    };
    rowStart = rowEnd;
    return span;
  });
}

/** The positions of the groups that may hold an event overlapping `window`. */
export function groupsOverlapping(spans: readonly RowGroupSpan[], window: TimeWindow): number[] {
  const overlapping: number[] = [];
  spans.forEach((span, i) => {
    const startsBeforeEnd = span.firstStart === null || span.firstStart < window.end;
    const endsAfterStart = span.lastEnd === null || span.lastEnd > window.start;
    if (startsBeforeEnd && endsAfterStart) overlapping.push(i);
  });
  return overlapping;
}

/**
 * Of `overlapping`, the groups with an event that starts in `window`: most of a window's
 * events. The others reach into it only by events that began before it (a long war, say).
 */
export function groupsStartingIn(
  spans: readonly RowGroupSpan[],
  overlapping: readonly number[],
  window: TimeWindow,
): number[] {
  return overlapping.filter((i) => {
    const { lastStart } = spans[i]!;
    return lastStart === null || lastStart >= window.start;
  });
}

/**
 * About how many of a group's rows start in `window`, its starts taken to be spread evenly
 * between its first and last (all of them when the file does not say).
 */
export function rowsStartingInEstimate(span: RowGroupSpan, window: TimeWindow): number {
  const rows = span.rowEnd - span.rowStart;
  const { firstStart, lastStart } = span;
  if (firstStart === null || lastStart === null) return rows;
  const from = Math.max(firstStart, window.start);
  const to = Math.min(lastStart, window.end);
  if (to < from) return 0;
  return lastStart === firstStart ? rows : (rows * (to - from)) / (lastStart - firstStart);
}

/**
 * The last groups, back from the end, until they hold more than `rows` rows: where the
 * store's most recent events (those its opening window is built around) are.
 */
export function lastGroupsHolding(spans: readonly RowGroupSpan[], rows: number): number[] {
  const last: number[] = [];
  let held = 0;
  for (let i = spans.length - 1; i >= 0 && held <= rows; i--) {
    last.unshift(i);
    held += spans[i]!.rowEnd - spans[i]!.rowStart;
  }
  return last;
}
