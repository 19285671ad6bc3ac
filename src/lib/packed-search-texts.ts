/**
 * The searchable text of a packed store's heavy columns (summaries and excerpts), read for the
 * search index of a store shown whole: its events came without them (they load per event
 * for the details), so without this a word of a summary or a quote found nothing. Read in
 * the search worker, a row group of the details file at a time, at the first search: the
 * bytes are paid by whoever searches, not by everyone who opens the store.
 */
import type { AsyncBuffer, FileMetaData } from 'hyparquet';
import { RemoteFileError, openRemoteFile } from './remote-file';
import { WHOLE_DETAILS_FILE_LIMIT, fileNameOf, isObject } from './packed-details';

/** What the index adds to an event's light fields, as the fields of a search document. */
export interface HeavySearchText {
  readonly summary: string;
  readonly quotes: string;
  readonly translations: string;
  /** The ids of the sources its excerpts cite (their publishers are searched). */
  readonly sources: readonly string[];
}

/**
 * A details row's searchable text. The pack was checked when it was packed; these shape
 * checks keep a tampered file's cells out of the index as anything but strings.
 */
export function heavySearchTextOf(row: Record<string, unknown>): HeavySearchText {
  const excerpts = Array.isArray(row.excerpts) ? row.excerpts.filter(isObject) : [];
  const strings = (field: string) =>
    excerpts.flatMap((excerpt) => (typeof excerpt[field] === 'string' ? [excerpt[field]] : []));
  return {
    summary: typeof row.summary === 'string' ? row.summary : '',
    quotes: strings('quote').join('\n'),
    translations: strings('translation').join('\n'),
    sources: [...new Set(strings('source'))],
  };
}

/**
 * Reads every row's summary and excerpts from the details file at `url`, row group by row
 * group, telling `onRows` each group's texts by event id (rows are matched to events by their
 * `id` cell, not by position, so that a pack whose files disagree cannot put one event's
 * words on another). Throws with a sentence a person can act
 * on: the file missing or unreachable (RemoteFileError's own), or damaged.
 */
export async function readHeavySearchTexts(
  url: string,
  io: {
    readonly signal: AbortSignal;
    readonly onRows: (rows: readonly (readonly [string, HeavySearchText])[]) => void;
  },
): Promise<void> {
  const { parquetMetadataAsync, parquetReadObjects } = await import('hyparquet');
  const file: AsyncBuffer = await openRemoteFile(url, {
    wholeFileLimit: WHOLE_DETAILS_FILE_LIMIT,
    signal: io.signal,
  });
  let metadata: FileMetaData;
  let rowStart = 0;
  try {
    metadata = await parquetMetadataAsync(file);
    for (const group of metadata.row_groups) {
      const rowEnd = rowStart + Number(group.num_rows);
      const rows = (await parquetReadObjects({
        file,
        metadata,
        columns: ['id', 'summary', 'excerpts'],
        rowStart,
        rowEnd,
      })) as Record<string, unknown>[];
      if (io.signal.aborted) return;
      io.onRows(
        rows.flatMap((row) =>
          typeof row.id === 'string' ? [[row.id, heavySearchTextOf(row)] as const] : [],
        ),
      );
      rowStart = rowEnd;
    }
  } catch (error) {
    if (error instanceof RemoteFileError || io.signal.aborted) throw error;
    throw new Error(
      `The details file (${fileNameOf(url)}) is damaged: its rows from ${rowStart} on cannot be read (${(error as Error).message}).`,
      { cause: error },
    );
  }
}
