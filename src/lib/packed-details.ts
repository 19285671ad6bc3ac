/**
 * The heavy columns of a packed store's events (summary, notes, excerpts, related events),
 * fetched by range requests when an event is selected, from the details file whose row i is
 * the event of row i. The store worker loaded only the light columns; what it learnt (each
 * event's row, where the file is) is registered here against the index it built.
 */
import type { FileMetaData, AsyncBuffer } from 'hyparquet';
import type { EventInput, Relation, Stance } from '../format/schema';
import { eventFromRows } from '../format/packed/rows';
import { RemoteFileError, openRemoteFile } from './remote-file';
import type { PackedDetailsSource } from './packed-details-registry';

export type EventDetailsFields = Pick<
  EventInput,
  'summary' | 'dateNote' | 'statusNote' | 'excerpts' | 'related'
> & {
  /**
   * The relations other events state about this one (the pack's `related_in` column):
   * absent from packs written before it, which show only the event's own.
   */
  readonly relatedIn?: EventInput['related'];
};

/** Read whole only when the server has no range support, and the file is this small. */
export const WHOLE_DETAILS_FILE_LIMIT = 50 * 1024 * 1024;

const opened = new Map<string, Promise<{ file: AsyncBuffer; metadata: FileMetaData }>>();

function openDetails(url: string) {
  let file = opened.get(url);
  if (!file) {
    file = (async () => {
      const { cachedAsyncBuffer, parquetMetadataAsync } = await import('hyparquet');
      const remote = cachedAsyncBuffer(
        await openRemoteFile(url, { wholeFileLimit: WHOLE_DETAILS_FILE_LIMIT }),
      );
      return { file: remote, metadata: await parquetMetadataAsync(remote) };
    })();
    // A failure is not kept: selecting the event again tries again.
    file.catch(() => opened.delete(url));
    opened.set(url, file);
  }
  return file;
}

const STANCES: readonly Stance[] = ['supports', 'disputes'];
const RELATIONS: readonly Relation[] = ['causes', 'responds-to', 'part-of', 'see-also'];
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const optionalString = (value: unknown) => value === undefined || typeof value === 'string';

/**
 * The validator stays off the page (the pack was checked when it was packed, and by `npm run
 * validate`): these shape checks keep a tampered file from reaching the views as anything
 * but plain strings in the expected places. Entries that fail are left out.
 */
function excerptsOf(value: unknown): EventInput['excerpts'] {
  if (!Array.isArray(value)) return undefined;
  return value.filter(
    (excerpt): excerpt is NonNullable<EventInput['excerpts']>[number] =>
      isObject(excerpt) &&
      typeof excerpt.source === 'string' &&
      typeof excerpt.quote === 'string' &&
      optionalString(excerpt.translation) &&
      optionalString(excerpt.locator) &&
      (excerpt.stance === undefined || STANCES.includes(excerpt.stance as Stance)),
  );
}

function relatedOf(value: unknown): EventInput['related'] {
  if (!Array.isArray(value)) return undefined;
  return value.filter(
    (entry): entry is NonNullable<EventInput['related']>[number] =>
      isObject(entry) &&
      typeof entry.event === 'string' &&
      RELATIONS.includes(entry.relation as Relation),
  );
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** A file's name in its address, as a person reads it in a message. */
export const fileNameOf = (url: string) =>
  decodeURIComponent(new URL(url).pathname.split('/').pop() ?? url);

export async function fetchEventDetails(
  source: PackedDetailsSource,
  id: string,
): Promise<EventDetailsFields> {
  const row = source.rowOf.get(id);
  if (row === undefined) throw new Error(`No row for event ${id} in the pack.`);
  const { file, metadata } = await openDetails(source.detailsUrl);
  const { parquetReadObjects } = await import('hyparquet');
  let rows: Record<string, unknown>[];
  try {
    rows = (await parquetReadObjects({
      file,
      metadata,
      rowStart: row,
      rowEnd: row + 1,
      useOffsetIndex: true,
    })) as Record<string, unknown>[];
  } catch (error) {
    // A network failure is said as one; anything else is the reader's, about the file's bytes
    // ("cannot copy from before start of buffer"), which a person reads as: it is damaged.
    if (error instanceof RemoteFileError || (error as Error).name === 'AbortError') throw error;
    throw new Error(
      `The details file (${fileNameOf(source.detailsUrl)}) is damaged: its row for this event cannot be read (${(error as Error).message}).`,
      { cause: error },
    );
  }
  const [heavy] = rows;
  if (!heavy || heavy.id !== id) {
    throw new Error(`Row ${row} of the details file is not event ${id}: the pack is inconsistent.`);
  }
  const fields = eventFromRows({}, heavy);
  const details: EventDetailsFields = {
    summary: text(fields.summary),
    dateNote: text(fields.dateNote),
    statusNote: text(fields.statusNote),
    excerpts: excerptsOf(fields.excerpts),
    related: relatedOf(fields.related),
    relatedIn: relatedOf(heavy.related_in),
  };
  return Object.fromEntries(
    Object.entries(details).filter(([, value]) => value !== undefined),
  ) as EventDetailsFields;
}
