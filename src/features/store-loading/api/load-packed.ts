/**
 * Loading a packed store (`…/manifest.json`, docs/store-format.md "Packed stores") in the
 * store worker, behind the same seam as a JSON store: the header, then the events in
 * batches (checked by the store validator, as rows arrive), then the report. Only the light
 * columns are read here, by range requests; each event's heavy columns (summary, excerpts,
 * notes) are fetched on the page when it is selected (lib/packed-details.ts).
 */
import { parquetReadObjects } from 'hyparquet';
import {
  type DensityStrip,
  densityLevelFor,
  readDensityStrip,
} from '../../../format/packed/density-strip';
import { EVENT_COLUMNS, type PackedManifest } from '../../../format/packed/packed-format';
import { rowGroupSpans } from '../../../format/packed/row-groups';
import { RowGroupSchedule } from '../../../format/packed/row-group-schedule';
import { eventTime } from '../../../lib/store-index';
import type { TimeWindow } from '../../../lib/time-window';
import { openPack, type PackIo } from '../../../format/packed/check-pack';
import { actorFromRow, eventFromRows, sourceFromRow, toNumber } from '../../../format/packed/rows';
import { FORMAT } from '../../../format/format-name';
import { MAX_STORE_BYTES } from '../../../format/limits';
import type { Problem } from '../../../format/problems';
import { moveProblem } from '../../../format/event-check';
import type { EventsValidation, StoreEvent } from '../../../format/validate-store';
import { type RemoteFile, RemoteFileError, openRemoteFile } from '../../../lib/remote-file';
import type { LoadProgress, ValidatedStore } from './load-store';
import { StoreLoadError } from './store-load-error';
import { noEvents } from './load-details';
import type { EventSink } from './stream-validation';
import { openingWindowOfLastGroups } from './packed-opening';
import { linkedEventWindow } from './packed-linked-event';
import { WHOLE_SEARCH_COLUMNS, searchWholeStore } from './packed-whole-search';
import { detailsTextReader } from './packed-details-texts';
import { searchesOf } from './store-searches';
import type { PackedRequests } from './packed-requests';
import type { StoreSearchReply } from '../../../lib/whole-store-search';
import { ScheduledReads } from './scheduled-reads';
import { windowsOf } from './shown-windows';
import {
  type HeldWindow,
  WHOLE_STORE_ROWS,
  WINDOW_READ_ROWS,
  followHeldWindows,
} from './held-windows';
import { tooWideToRead } from '../../../format/packed/window-reach';

export type { HeldWindow } from './held-windows';

/** Where the page fetches heavy columns from, once the store is shown. */
export interface PackedReport {
  readonly manifestUrl: string;
  readonly detailsUrl: string;
  readonly detailsBytes: number;
  /** Bytes fetched to load the store (manifest, footers, light columns). */
  readonly fetchedBytes: number;
  /** What the packer dropped and warned about, from the manifest; absent when nothing. */
  readonly packer?: PackerReport;
}

/**
 * The packer's report, as the manifest keeps it: the rows it dropped never reach the pack,
 * so the loader's own checks cannot find them. Paths are those of the store it packed.
 */
export interface PackerReport {
  /** Items dropped (events, actors and sources). */
  readonly dropped: number;
  /** Warnings, or null for a manifest that gives only the dropped counts (older packs). */
  readonly warnings: number | null;
  /** Problems found in all, or null as for `warnings`. */
  readonly total: number | null;
  /** The first of them (MANIFEST_PROBLEMS_LISTED at most); none for older packs. */
  readonly problems: readonly Problem[];
}

export function packerReportOf(manifest: PackedManifest): PackerReport | undefined {
  const { dropped: counts, problems } = manifest;
  const dropped = counts ? counts.events + counts.actors + counts.sources : 0;
  if (dropped === 0 && (problems === undefined || problems.total === 0)) return undefined;
  return {
    dropped,
    warnings: problems?.warnings ?? null,
    total: problems?.total ?? null,
    problems: problems?.listed ?? [],
  };
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

/** A problem found at `events[i]` of a stretch of a group's rows, said at its row in the file. */
function atRow(problem: Problem, positions: readonly number[], rowStart: number): Problem {
  const match = /^events\[(\d+)\]/.exec(problem.path);
  const position = match ? positions[Number(match[1])] : undefined;
  return position === undefined
    ? problem
    : moveProblem(problem, Number(match![1]), rowStart + position);
}

/** What the page needs to draw a store whose rows are still arriving, window first. */
export interface PackedOpening {
  /** The window whose events were read first: the link's, or the store's opening window. */
  readonly window: TimeWindow;
  readonly extent: TimeWindow;
  /** Events in the store (rows of its events file). */
  readonly total: number;
  readonly density: DensityStrip | null;
  /** False while events begun before the window (and running into it) are still read. */
  readonly complete: boolean;
  /**
   * A store too large to hold whole (only the windows shown are read): the groups that make
   * up the opening window's look, or null for a window too wide to read row by row. Absent
   * for a store read whole.
   */
  readonly held?: HeldWindow | null;
  /** A store read only window by window is shown at its opening: where its details are. */
  readonly report?: PackedReport;
  /**
   * The event a link named without a window, looked for in every row's id: whether the store
   * has it (the opening window is then around it).
   */
  readonly linkedEvent?: { readonly id: string; readonly found: boolean };
}

export interface PackedSink extends EventSink {
  rows?: (rows: readonly number[]) => void;
  /** A store read only window by window: the row group the next events come from. */
  group?: (group: number) => void;
  /** A store read only window by window: these groups were put out of memory; drop their events. */
  evict?: (groups: readonly number[]) => void;
  /** A store read only window by window: how far a search of all its events has gone, or why it failed. */
  storeSearch?: (id: number, report: StoreSearchReply) => void;
  /** The opening window's events have all been handed out; the rest follow. */
  opening?: (opening: PackedOpening) => void;
  /**
   * Every event of a window from the page's requests (`show-window`) has been handed out. For a store read only
   * window by window, `held` says which groups make up its look (null: too wide to read).
   */
  windowIn?: (window: TimeWindow, held?: HeldWindow | null) => void;
  /**
   * A store read only window by window: what the checks of rows just read found (the same
   * rows read again, after they were put out, are found again: the page keeps each once).
   */
  checked?: (problems: readonly Problem[]) => void;
}

export async function loadPackedStore(
  manifestUrl: string,
  onProgress: (progress: LoadProgress) => void,
  output: PackedSink,
  options: {
    readonly window?: TimeWindow;
    /** The event a link names without a window: the store opens around it. */
    readonly event?: string;
    /** The page's requests (in the worker): the windows it moves to and, for a store read window by window, searches of all its events. */
    readonly requests?: PackedRequests;
    /** Above this many events the store is read window by window (tests: a small store so read). */
    readonly wholeStoreRows?: number;
  } = {},
): Promise<ValidatedStore & { packed: PackedReport }> {
  let fetched = 0;
  const onBytes = (bytes: number) => (fetched += bytes);
  const at = (path: string) => new URL(path, manifestUrl).href;
  // By path as the manifest gives it: the events file's reads are aborted through it.
  const remoteFiles = new Map<string, RemoteFile>();
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
        const file = await openRemoteFile(at(path), { wholeFileLimit: MAX_STORE_BYTES, onBytes });
        remoteFiles.set(path, file);
        return file;
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
    const packer = packerReportOf(manifest);
    const packedReport = (): PackedReport => ({
      manifestUrl,
      detailsUrl: at(manifest.files.details.path),
      detailsBytes: manifest.files.details.bytes,
      fetchedBytes: fetched,
      ...(packer ? { packer } : {}),
    });
    const read = (
      role: 'events' | 'actors' | 'sources',
      rowStart?: number,
      rowEnd?: number,
      signal?: AbortSignal,
      columns: readonly string[] = EVENT_READ,
    ) =>
      parquetReadObjects({
        file:
          signal === undefined
            ? pack.files[role].buffer
            : (remoteFiles.get(manifest.files[role].path)?.withSignal(signal) ??
              pack.files[role].buffer),
        metadata: pack.files[role].metadata ?? undefined,
        ...(role === 'events' ? { columns: [...columns] } : {}),
        rowStart,
        rowEnd,
      }) as Promise<Row[]>;
    // Loaded on demand, as for a JSON store (the rule on the validator's imports says why).
    const { startValidation } = await import('../../../format/validate-store');
    const headerDocument = {
      format: FORMAT,
      title: manifest.title,
      ...(manifest.description === undefined ? {} : { description: manifest.description }),
      language: manifest.language,
      sources: (await read('sources')).map(sourceFromRow),
      actors: (await read('actors')).map(actorFromRow),
      events: [],
    };
    const started = startValidation(headerDocument);
    if (!started.ok) {
      throw new StoreLoadError({
        kind: 'refused',
        message: 'The packed store was refused.',
        problems: started.problems,
      });
    }
    const validation: EventsValidation = started;
    output.header(validation.header);
    const total = manifest.files.events.rows;
    const spans = rowGroupSpans(pack.files.events.metadata!);
    const shownWindows = options.requests && windowsOf(options.requests);
    const heldOnly =
      total > (options.wholeStoreRows ?? WHOLE_STORE_ROWS) &&
      spans.length > 1 &&
      manifest.extent !== null;
    const readable = (window: TimeWindow) => !tooWideToRead(spans, window, WINDOW_READ_ROWS);
    // A store of one row group is read whole at once: its window needs no search.
    const linked =
      options.window === undefined && options.event !== undefined && spans.length > 1
        ? await linkedEventWindow(options.event, {
            ...(heldOnly ? { readable } : {}),
            spans,
            total,
            readIds: async (group) => {
              const { rowStart, rowEnd } = spans[group]!;
              return (await read('events', rowStart, rowEnd, undefined, ['id'])).map(
                (row) => row.id,
              );
            },
            readRow: async (row) => (await read('events', row, row + 1))[0]!,
            check: (light) => {
              const checked = startValidation(headerDocument);
              return checked.ok ? (checked.addEvents([eventFromRows(light)])[0] ?? null) : null;
            },
            onProgress,
          })
        : null;
    const linkedEvent = linked && { id: linked.id, found: linked.found };
    const sink: PackedSink = linkedEvent
      ? { ...output, opening: (said) => output.opening?.({ ...said, linkedEvent }) }
      : output;
    const window = options.window ?? linked?.window ?? null;
    if (heldOnly && manifest.extent !== null) {
      const actorNames = new Map(validation.header.actors.map((actor) => [actor.id, actor.name]));
      const details = pack.files.details.buffer;
      const readDetailsTexts = detailsTextReader(
        details,
        (signal) => remoteFiles.get(manifest.files.details.path)?.withSignal(signal) ?? details,
      );
      if (options.requests)
        searchesOf(options.requests).follow((search, signal) => {
          searchWholeStore(search.query, {
            spans,
            total,
            signal,
            readGroup: async (group, stop) => {
              const { rowStart, rowEnd } = spans[group]!;
              const [rows, texts] = await Promise.all([
                read('events', rowStart, rowEnd, stop, WHOLE_SEARCH_COLUMNS),
                readDetailsTexts(rowStart, rowEnd, stop, search.excerpts === true),
              ]);
              rows.forEach((row, i) => Object.assign(row, texts[i]));
              return rows;
            },
            actorName: (id) => actorNames.get(id) ?? id,
            readable,
            onReport: (report) => sink.storeSearch?.(search.id, report),
          }).catch((error: unknown) => {
            if (!signal.aborted)
              sink.storeSearch?.(search.id, { failed: loadError(error).message });
          });
        });
      // Too large to hold whole: each stretch of rows is checked on its own (a group put out
      // of memory and read again must not be taken for duplicates of itself).
      const extent = manifest.extent;
      await followHeldWindows({
        spans,
        total,
        extent,
        // Read beside the opening's first rows, not before them.
        density: readDensityStrip(
          pack.files.density.buffer,
          pack.files.density.metadata,
          densityLevelFor(extent),
        ).catch(() => null),
        async readGroup(group, signal) {
          const { rowStart, rowEnd } = spans[group]!;
          const lights = await read('events', rowStart, rowEnd, signal, HELD_READ);
          return {
            count: lights.length,
            // A row without it sorts first: it is checked with the rows before the window.
            startMs: (i) => toNumber(lights[i]!.start_ms) ?? -Infinity,
            // A row without it is taken to run on: it is checked with any window's rows.
            endMs: (i) => toNumber(lights[i]!.end_ms) ?? Infinity,
            check(positions) {
              const checked = startValidation(headerDocument);
              if (!checked.ok) throw new Error('the store’s header was refused on a second look');
              const stretch = positions.map((i) => lights[i]!);
              const events = checked.addEvents(stretch.map((light) => eventFromRows(light)));
              const rowOf = new Map(
                stretch.map((light, i) => [light.id, rowStart + positions[i]!]),
              );
              return {
                events,
                rows: events.map((event) => rowOf.get(event.id)!),
                // Checked at their places in the stretch: said at their rows in the file.
                problems: checked.problems
                  .filter((problem) => !aboutUnreadColumns(problem))
                  .map((problem) => atRow(problem, positions, rowStart)),
              };
            },
          };
        },
        sink,
        onProgress,
        report: packedReport,
        window,
        shownWindows,
      });
    }
    const schedule = new RowGroupSchedule(spans);
    let kept = 0;
    let rowsRead = 0;
    // Events read before the opening window is drawn but not in it: handed out after it,
    // so that the first look is built from the window's events alone.
    const later: { events: StoreEvent[]; rows: number[] } = { events: [], rows: [] };
    const handOut = (events: readonly StoreEvent[], rows: readonly number[]) => {
      for (let from = 0; from < events.length; from += HANDED_AT_ONCE) {
        sink.rows?.(rows.slice(from, from + HANDED_AT_ONCE));
        sink.events(events.slice(from, from + HANDED_AT_ONCE));
      }
    };
    const handOutNow = (
      events: readonly StoreEvent[],
      rows: readonly number[],
      now: (event: StoreEvent) => boolean,
    ) => {
      const shown: StoreEvent[] = [];
      const shownRows: number[] = [];
      events.forEach((event, i) => {
        const [toEvents, toRows] = now(event) ? [shown, shownRows] : [later.events, later.rows];
        toEvents.push(event);
        toRows.push(rows[i]!);
      });
      handOut(shown, shownRows);
    };
    /** The opening window while its events are still being read: others wait in `later`. */
    let opening: Omit<PackedOpening, 'complete'> | null = null;
    /** `now`: which events go out at once (all when not given); the others wait in `later`. */
    const readGroup = async (
      at: number,
      now?: (event: StoreEvent) => boolean,
      signal?: AbortSignal,
    ): Promise<readonly StoreEvent[]> => {
      const { rowStart, rowEnd } = spans[at]!;
      const lights = await read('events', rowStart, rowEnd, signal);
      // Problems name the file's rows (`events[12]` is row 12): groups come out of order.
      const events = validation.addEvents(
        lights.map((light) => eventFromRows(light)),
        rowStart,
      );
      const rowOf = new Map(lights.map((light, i) => [light.id, rowStart + i]));
      const rows = events.map((event) => rowOf.get(event.id)!);
      if (now === undefined) handOut(events, rows);
      else handOutNow(events, rows, now);
      kept += events.length;
      rowsRead += rowEnd - rowStart;
      onProgress({ phase: 'download', loaded: rowsRead, total, unit: 'events' });
      return events;
    };
    const reads = new ScheduledReads(
      schedule,
      async ({ group }, signal) => {
        // Decided as the events are handed out: the opening may have been drawn meanwhile.
        await readGroup(
          group,
          (event) => opening === null || overlaps(event, opening.window),
          signal,
        );
      },
      () => announce(),
    );
    // The window the page asked for last, until its events are all out; one asked for while
    // the opening window is read waits for it (the first look is the opening window's).
    let asked: TimeWindow | null = null;
    let saidStartsIn = false;
    const announce = () => {
      if (opening !== null) {
        if (schedule.windowComplete()) {
          sink.opening?.({ ...opening, complete: true });
          opening = null;
          handOut(later.events, later.rows);
          later.events = [];
          later.rows = [];
          if (asked !== null) reads.showWindow(asked);
        } else if (schedule.windowStartsIn() && !saidStartsIn) {
          // The events that start in the window are drawn; those of groups that reach into
          // it only by a long event begun earlier are still on their way.
          saidStartsIn = true;
          sink.opening?.({ ...opening, complete: false });
        }
      }
      if (opening === null && asked !== null && schedule.windowComplete()) {
        sink.windowIn?.(asked);
        asked = null;
      }
    };
    const showWindow = (window: TimeWindow) => {
      asked = window;
      if (opening !== null) return;
      reads.showWindow(window);
      announce();
    };
    if (spans.length > 1 && manifest.extent !== null) {
      // Window first: the groups the opening window needs, drawn before the others are
      // fetched; the pyramid meanwhile shows where the rest of the events are.
      const density = readDensityStrip(
        pack.files.density.buffer,
        pack.files.density.metadata,
        densityLevelFor(manifest.extent),
      ).catch(() => null);
      let opened = window;
      if (opened === null) {
        opened = await openingWindowOfLastGroups(spans, manifest.extent, async (at) => {
          const events = await readGroup(at, () => false);
          schedule.markRead(at);
          return events;
        });
        const held = { ...later };
        later.events = [];
        later.rows = [];
        const shown = opened;
        handOutNow(held.events, held.rows, (event) => overlaps(event, shown));
      }
      // First the groups of events that start in the window (most of them), drawn at once;
      // then those that reach into it only by a long event begun earlier: the window is
      // complete, and said so, after them. Then the rest, nearest to the window shown first,
      // and any window the person moves to before the others.
      opening = { window: opened, extent: manifest.extent, total, density: await density };
      schedule.showWindow(opened);
      announce();
    }
    const stopFollowing = shownWindows?.follow(showWindow);
    try {
      await reads.run();
    } finally {
      stopFollowing?.();
    }
    const { header: _header, ...totals } = validation.finish();
    const problems = totals.problems.filter((problem) => !aboutUnreadColumns(problem));
    // As for a JSON store: a store with no events at all is a timeline begun, shown empty;
    // one whose every event was dropped (here, or by the packer before) is refused with why.
    const droppedByPacker = manifest.dropped?.events ?? 0;
    if (kept === 0 && total + droppedByPacker > 0) {
      throw noEvents(total + droppedByPacker, problems);
    }
    return {
      store: { ...validation.header, events: [] },
      problems,
      dropped: totals.dropped,
      warnings: problems.filter((problem) => problem.severity === 'warning').length,
      byteLength: fetched,
      packed: packedReport(),
    };
  } catch (error) {
    throw loadError(error);
  }
}

/** Events per hand-over to the page: the worker posts each as one message. */
const HANDED_AT_ONCE = 5_000;

function overlaps(event: StoreEvent, window: TimeWindow): boolean {
  const time = eventTime(event);
  return time.start < window.end && time.end > window.start;
}

/** The light columns the app reads: all of them but the instants it derives from the dates. */
const EVENT_READ = EVENT_COLUMNS.filter((column) => column !== 'start_ms' && column !== 'end_ms');

/**
 * A store read window by window also reads `start_ms` and `end_ms`: the rows of a group that
 * start in the window are checked first, and of a group that only reaches into it, only the
 * rows that do.
 */
const HELD_READ = [...EVENT_READ, 'start_ms', 'end_ms'];
