/**
 * Loading a packed store (`…/manifest.json`, docs/store-format.md "Packed stores") in the
 * store worker, behind the same seam as a JSON store: the header, then the events in
 * batches (checked by the store validator, as rows arrive), then the report. Only the light
 * columns are read here, by range requests; each event's heavy columns (summary, excerpts,
 * notes) are fetched on the page when it is selected (lib/packed-details.ts).
 */
import { parquetReadObjects } from 'hyparquet';
import { openPack, type PackIo } from '../../../format/packed/check-pack';
import { actorFromRow, eventFromRows, sourceFromRow } from '../../../format/packed/rows';
import { FORMAT } from '../../../format/format-name';
import { MAX_STORE_BYTES } from '../../../format/limits';
import type { Problem } from '../../../format/problems';
import type { EventsValidation } from '../../../format/validate-store';
import { RemoteFileError, openRemoteFile } from '../../../lib/remote-file';
import type { LoadProgress, ValidatedStore } from './load-store';
import { StoreLoadError } from './store-load-error';
import type { EventSink } from './stream-validation';

/** Where the page fetches heavy columns from, once the store is shown. */
export interface PackedReport {
  readonly manifestUrl: string;
  readonly detailsUrl: string;
  readonly detailsBytes: number;
  /** Bytes fetched to load the store (manifest, footers, light columns). */
  readonly fetchedBytes: number;
}

type Row = Record<string, unknown>;

function loadError(error: unknown): StoreLoadError {
  if (error instanceof StoreLoadError) return error;
  if (error instanceof RemoteFileError) {
    if (error.kind === 'http' || error.kind === 'network') {
      return new StoreLoadError({
        kind: error.kind,
        message: error.message,
        ...(error.status === undefined ? {} : { status: error.status }),
      });
    }
    // The page lists a refusal's problems: the reason goes there, in the loader's words.
    return new StoreLoadError({
      kind: 'refused',
      message: error.message,
      problems: [
        {
          severity: 'refused',
          path: 'manifest.json',
          message: error.message,
          expected:
            'a server that answers HTTP Range requests (or files small enough to read whole)',
        },
      ],
    });
  }
  return new StoreLoadError({
    kind: 'refused',
    message: `The packed store could not be read: ${error instanceof Error ? error.message : String(error)}`,
  });
}

/**
 * The event has no excerpts" is about heavy columns, which are not read here: the
 * validator's warning would be wrong for every event. `npm run validate -- DIR` reads them.
 */
const aboutUnreadColumns = (problem: Problem) =>
  problem.severity === 'warning' && /^events\[\d+\]\.excerpts$/.test(problem.path);

export async function loadPackedStore(
  manifestUrl: string,
  onProgress: (progress: LoadProgress) => void,
  sink: EventSink & { rows?: (rows: readonly number[]) => void },
): Promise<ValidatedStore & { packed: PackedReport }> {
  let fetched = 0;
  const onBytes = (bytes: number) => (fetched += bytes);
  const at = (path: string) => new URL(path, manifestUrl).href;
  const io: PackIo = {
    async readText(path) {
      try {
        const file = await openRemoteFile(at(path), { wholeFileLimit: 1 << 20, onBytes });
        return new TextDecoder().decode(await file.slice(0, file.byteLength));
      } catch (error) {
        if (error instanceof RemoteFileError && error.kind === 'missing') return null;
        throw error;
      }
    },
    async open(path) {
      try {
        return await openRemoteFile(at(path), { wholeFileLimit: MAX_STORE_BYTES, onBytes });
      } catch (error) {
        if (error instanceof RemoteFileError && error.kind === 'missing') return null;
        throw error;
      }
    },
  };
  try {
    const opened = await openPack(io, ['events', 'actors', 'sources']);
    if (!opened.ok) {
      throw new StoreLoadError({
        kind: 'refused',
        message: 'The packed store was refused.',
        problems: opened.problems,
      });
    }
    const { pack } = opened;
    const { manifest } = pack;
    const read = (role: 'events' | 'actors' | 'sources', rowStart?: number, rowEnd?: number) =>
      parquetReadObjects({
        file: pack.files[role].buffer,
        metadata: pack.files[role].metadata ?? undefined,
        ...(role === 'events' ? { columns: [...EVENT_READ] } : {}),
        rowStart,
        rowEnd,
      }) as Promise<Row[]>;
    // Loaded on demand, as for a JSON store (the rule on the validator's imports says why).
    const { startValidation } = await import('../../../format/validate-store');
    const started = startValidation({
      format: FORMAT,
      title: manifest.title,
      ...(manifest.description === undefined ? {} : { description: manifest.description }),
      language: manifest.language,
      sources: (await read('sources')).map(sourceFromRow),
      actors: (await read('actors')).map(actorFromRow),
      events: [],
    });
    if (!started.ok) {
      throw new StoreLoadError({
        kind: 'refused',
        message: 'The packed store was refused.',
        problems: started.problems,
      });
    }
    const validation: EventsValidation = started;
    sink.header(validation.header);
    const total = manifest.files.events.rows;
    let kept = 0;
    // One row group at a time, in order: the first events are on screen while the rest load.
    let rowStart = 0;
    for (const group of pack.files.events.metadata!.row_groups) {
      const rowEnd = rowStart + Number(group.num_rows);
      const lights = await read('events', rowStart, rowEnd);
      const events = validation.addEvents(lights.map((light) => eventFromRows(light)));
      if (events.length > 0) {
        const rowOf = new Map(lights.map((light, i) => [light.id, rowStart + i]));
        sink.rows?.(events.map((event) => rowOf.get(event.id)!));
        sink.events(events);
      }
      kept += events.length;
      rowStart = rowEnd;
      onProgress({ phase: 'download', loaded: rowStart, total });
    }
    const { header: _header, ...totals } = validation.finish();
    const problems = totals.problems.filter((problem) => !aboutUnreadColumns(problem));
    if (kept === 0) {
      throw new StoreLoadError({
        kind: 'empty',
        message:
          total > 0
            ? `The store has no valid events: all ${total} were dropped.`
            : 'The store has no events.',
        problems,
      });
    }
    return {
      store: { ...validation.header, events: [] },
      problems,
      dropped: totals.dropped,
      warnings: problems.filter((problem) => problem.severity === 'warning').length,
      byteLength: fetched,
      packed: {
        manifestUrl,
        detailsUrl: at(manifest.files.details.path),
        detailsBytes: manifest.files.details.bytes,
        fetchedBytes: fetched,
      },
    };
  } catch (error) {
    throw loadError(error);
  }
}

/** The light columns the app reads (all of them but the derived instants it re-parses). */
const EVENT_READ = [
  'id',
  'title',
  'start',
  'end',
  'approximate',
  'actors',
  'tags',
  'status',
  'place_name',
  'lat',
  'lon',
] as const;
