import type { RowGroupSpan } from '../../../format/packed/row-groups';
import type { StoreEvent } from '../../../format/validate-store';
import { eventTime } from '../../../lib/store-index';
import { type TimeWindow, focusWindow, roundWindow, span } from '../../../lib/time-window';
import type { LoadProgress } from './load-store';

/** Where a packed store's event is: its row group and its row in the events file. */
export interface FoundRow {
  readonly group: number;
  readonly row: number;
}

const DAY = 86_400_000;

/** Row groups whose ids are read at once: as many as a window's reads (held-windows.ts). */
const GROUPS_AT_ONCE = 2;

/**
 * Finds the row of the event a link names without a window (`?event=…`). Rows are in time
 * order and an id says nothing of when its event is, so nothing short of the `id` column
 * tells where it is: that column alone is read, a row group at a time (two in flight), until
 * the id turns up. The groups are read from the last, as the store's opening window is: a
 * link is likelier to name a recent event, and those groups' ids are the cheapest to reach.
 * `onSearched` is told the rows searched so far (for the progress bar).
 */
export async function findEventRow(
  id: string,
  spans: readonly RowGroupSpan[],
  readIds: (group: number) => Promise<readonly unknown[]>,
  onSearched: (rows: number) => void,
): Promise<FoundRow | null> {
  const order = spans.map((_, group) => group).reverse();
  let searched = 0;
  for (let next = 0; next < order.length; next += GROUPS_AT_ONCE) {
    const groups = order.slice(next, next + GROUPS_AT_ONCE);
    const read = await Promise.all(groups.map(readIds));
    for (const [i, ids] of read.entries()) {
      const group = groups[i]!;
      const at = ids.indexOf(id);
      if (at >= 0) return { group, row: spans[group]!.rowStart + at };
      searched += spans[group]!.rowEnd - spans[group]!.rowStart;
    }
    onSearched(searched);
  }
  return null;
}

/** What the search of a link's event found: the window to open at, when it has one. */
export interface LinkedEvent {
  readonly id: string;
  /** Whether a row has its id (it may still break the format, and open nothing). */
  readonly found: boolean;
  /** Around the event (as for any store, focusWindow), or null: not found, or not valid. */
  readonly window: TimeWindow | null;
}

/**
 * The window a packed store opens at for a link that names an event but no window: around
 * that event, as a JSON store would open, so that the first look is the event's and the page
 * finds it among the events read. Its row is checked like any other (`check`): a row that
 * breaks the format is no window to open at.
 */
export async function linkedEventWindow(
  id: string,
  io: {
    readonly spans: readonly RowGroupSpan[];
    readonly total: number;
    readonly readIds: (group: number) => Promise<readonly unknown[]>;
    readonly readRow: (row: number) => Promise<Record<string, unknown>>;
    readonly check: (row: Record<string, unknown>) => StoreEvent | null;
    /** A store read window by window: whether a window's rows are few enough to read. */
    readonly readable?: (window: TimeWindow) => boolean;
    readonly onProgress: (progress: LoadProgress) => void;
  },
): Promise<LinkedEvent> {
  const { spans, total, onProgress } = io;
  onProgress({ phase: 'find-event', loaded: 0, total, unit: 'events' });
  const found = await findEventRow(id, spans, io.readIds, (searched) =>
    onProgress({ phase: 'find-event', loaded: searched, total, unit: 'events' }),
  );
  if (found === null) return { id, found: false, window: null };
  const event = io.check(await io.readRow(found.row));
  return { id, found: true, window: event && readableFocus(eventTime(event), io.readable) };
}

/**
 * The window around an event, as any store opens at (focusWindow), unless a store read
 * window by window holds too many rows in it to read (a year-long event of a million-event
 * store): then around the event's start, narrower until it can be read, so that the event
 * is drawn and selected rather than counted.
 */
export function readableFocus(
  time: TimeWindow,
  readable: ((window: TimeWindow) => boolean) | undefined,
): TimeWindow {
  let window = focusWindow(time);
  for (let width = span(window) / 2; readable && !readable(window) && width >= DAY; width /= 2) {
    window = roundWindow({ start: time.start - width / 2, end: time.start + width / 2 });
  }
  return window;
}
