/**
 * The pack's density pyramid (density.parquet) read for an overview: the count of all
 * events per bucket at one level, so that the whole store's shape can be drawn before its
 * rows are fetched. Each level is its own row group (npm run pack writes one per level).
 */
import { type AsyncBuffer, type FileMetaData, parquetReadObjects } from 'hyparquet';
import { readFooter } from './footer';
import { span, type TimeWindow } from '../../lib/time-window';
import type { DensityLevel } from './packed-format';
import { toNumber } from './rows';

/** Events per bucket, buckets in time order (the first instant of each, ms UTC). */
export interface DensityStrip {
  readonly level: DensityLevel;
  readonly starts: readonly number[];
  readonly counts: readonly number[];
  /**
   * The same buckets' counts per top-level actor (the pyramid's `actor` dimension), so that
   * a timeline zoomed out too far to read rows can draw each lane's counts.
   */
  readonly lanes?: readonly DensityLane[];
}

export interface DensityLane {
  readonly key: string;
  /** Aligned with the strip's `starts`. */
  readonly counts: readonly number[];
}

const YEAR = 365.25 * 86_400_000;

/** Months give a few hundred buckets over decades; days are kept for short stores. */
export function densityLevelFor(extent: TimeWindow): DensityLevel {
  const years = span(extent) / YEAR;
  return years > 100 ? 'year' : years > 2 ? 'month' : 'day';
}

export async function readDensityStrip(
  file: AsyncBuffer,
  metadata: FileMetaData | null,
  level: DensityLevel,
): Promise<DensityStrip | null> {
  const footer = metadata ?? (await readFooter(file));
  let rowStart = 0;
  for (const group of footer.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    const levels = group.columns.find((c) => c.meta_data?.path_in_schema[0] === 'level')?.meta_data
      ?.statistics;
    if (levels?.min_value === level && levels.max_value === level) {
      const rows = (await parquetReadObjects({
        file,
        metadata: footer,
        columns: ['bucket_ms', 'dimension', 'key', 'count'],
        rowStart,
        rowEnd,
      })) as Record<string, unknown>[];
      const all = rows
        .filter((row) => row.dimension === 'all')
        .map((row) => ({ start: toNumber(row.bucket_ms), count: toNumber(row.count) }))
        .filter(
          (row): row is { start: number; count: number } =>
            row.start !== null && row.count !== null && row.count > 0,
        )
        .sort((a, b) => a.start - b.start);
      const starts = all.map((row) => row.start);
      return { level, starts, counts: all.map((row) => row.count), lanes: lanesOf(rows, starts) };
    }
    rowStart = rowEnd;
  }
  // A pack written elsewhere may put levels together: the overview then waits for the rows.
  return null;
}

/** The `actor` rows as one count array per top-level actor, aligned with `starts`. */
export function lanesOf(rows: readonly Record<string, unknown>[], starts: readonly number[]) {
  const at = new Map(starts.map((start, i) => [start, i]));
  const lanes = new Map<string, number[]>();
  for (const row of rows) {
    if (row.dimension !== 'actor' || typeof row.key !== 'string') continue;
    const bucket = at.get(toNumber(row.bucket_ms) ?? NaN);
    const count = toNumber(row.count);
    if (bucket === undefined || count === null || count <= 0) continue;
    let counts = lanes.get(row.key);
    if (counts === undefined) {
      counts = new Array<number>(starts.length).fill(0);
      lanes.set(row.key, counts);
    }
    counts[bucket]! += count;
  }
  return [...lanes].map(([key, counts]): DensityLane => ({ key, counts }));
}
