import { type AsyncBuffer, type FileMetaData, parquetReadObjects } from 'hyparquet';
import { readFooter } from '../../../format/packed/footer';
import { heavySearchTextOf } from '../../../lib/packed-search-texts';

/** What a search of the whole store reads of a row of the details file. */
export interface DetailsSearchText {
  readonly summary: string | null;
  /** The excerpts' quotes and translations, when they were asked for (most of the file). */
  readonly quotes?: string;
  readonly translations?: string;
}

/**
 * Reads the `summary` column of a packed store's details file by rows, for a search of the
 * whole store, and its `excerpts` too when asked (they are most of the file's bytes): its
 * footer once, at the first read (an event's details read it on the page, not here), then
 * each stretch of rows alone. Row i is the event of row i of the events file
 * (docs/store-format.md), so the texts join the light columns by position. A footer that
 * failed is read again by the next search, not refused for good.
 */
export function detailsTextReader(
  buffer: AsyncBuffer,
  withSignal: (signal: AbortSignal) => AsyncBuffer,
): (
  rowStart: number,
  rowEnd: number,
  signal: AbortSignal,
  excerpts?: boolean,
) => Promise<DetailsSearchText[]> {
  let footer: Promise<FileMetaData> | null = null;
  return async (rowStart, rowEnd, signal, excerpts = false) => {
    footer ??= readFooter(buffer).catch((error: unknown) => {
      footer = null;
      throw error;
    });
    const rows = (await parquetReadObjects({
      file: withSignal(signal),
      metadata: await footer,
      columns: excerpts ? ['summary', 'excerpts'] : ['summary'],
      rowStart,
      rowEnd,
    })) as Record<string, unknown>[];
    if (rows.length !== rowEnd - rowStart) {
      throw new Error(
        `the details file has ${rows.length} rows where the events file has ${rowEnd - rowStart}`,
      );
    }
    return rows.map((row) => {
      const summary = typeof row.summary === 'string' ? row.summary : null;
      if (!excerpts) return { summary };
      const { quotes, translations } = heavySearchTextOf(row);
      return { summary, quotes, translations };
    });
  };
}
