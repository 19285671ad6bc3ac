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
        columns: ['bucket_ms', 'dimension', 'count'],
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
      return { level, starts: all.map((row) => row.start), counts: all.map((row) => row.count) };
    }
    rowStart = rowEnd;
  }
  // A pack written elsewhere may put levels together: the overview then waits for the rows.
  return null;
}
