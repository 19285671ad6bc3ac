import { type AsyncBuffer, type FileMetaData, parquetReadObjects } from 'hyparquet';
import { readFooter } from '../../../format/packed/footer';

/**
 * Reads the `summary` column of a packed store's details file by rows, for a search of the
 * whole store: its footer once, at the first read (an event's details read it on the page,
 * not here), then each stretch of rows alone. Row i is the event of row i of the events
 * file (docs/store-format.md), so the summaries join the light columns by position. A footer
 * that failed is read again by the next search, not refused for good.
 */
export function summaryReader(
  buffer: AsyncBuffer,
  withSignal: (signal: AbortSignal) => AsyncBuffer,
): (rowStart: number, rowEnd: number, signal: AbortSignal) => Promise<(string | null)[]> {
  let footer: Promise<FileMetaData> | null = null;
  return async (rowStart, rowEnd, signal) => {
    footer ??= readFooter(buffer).catch((error: unknown) => {
      footer = null;
      throw error;
    });
    const rows = (await parquetReadObjects({
      file: withSignal(signal),
      metadata: await footer,
      columns: ['summary'],
      rowStart,
      rowEnd,
    })) as Record<string, unknown>[];
    if (rows.length !== rowEnd - rowStart) {
      throw new Error(
        `the details file has ${rows.length} rows where the events file has ${rowEnd - rowStart}`,
      );
    }
    return rows.map((row) => (typeof row.summary === 'string' ? row.summary : null));
  };
}
