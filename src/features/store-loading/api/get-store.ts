import { queryOptions } from '@tanstack/react-query';
import { create } from 'zustand';
import {
  DEFAULT_STORE_URL,
  type StoreSource,
  isLocalSource,
  sameSource,
  sourceFromLink,
  sourceKey,
} from '../../../lib/store-source';
import { parseLink } from '../../../lib/url-codec';
import { type TimeWindow, sameWindow } from '../../../lib/time-window';
import { useViewStore } from '../../../lib/view-store';
import type { EventInput } from '../../../format/schema';
import { parseStoreDate } from '../../../format/dates';
import type { StoreEvent, StoreHeader } from '../../../format/validate-store';
import {
  type StoreIndex,
  buildStoreIndex,
  storeIndexSteps,
  timeOrder,
} from '../../../lib/store-index';
import { wholeTimeIndexSteps } from '../../../lib/time-index';
import { indexEvidence } from '../../../lib/event-evidence';
import { registerPackedDetails } from '../../../lib/packed-details-registry';
import type { HeldStore, LoadProgress, LoadRequest, LoadedStore } from './load-store';
import { PartialStoreSchedule } from './partial-store';
import { dispatchStoreOnScreen } from './store-on-screen';
import { StoreLoadError } from './store-load-error';
import { takeEarlyStoreLoad } from './early-store-load';
import { spawnStoreWorker, urlRequest } from './store-worker-client';
import type { WorkerReply } from '../worker/protocol';
import type { HeldWindow, PackedOpening } from './load-packed';
import { HeldEvents } from './held-events';
import { createHeldChecks } from './held-checks';
import { isPackedStoreUrl } from './packed-url';
import { afterNextPaint, inPaintedSteps } from '../../../lib/after-next-paint';

export type { LoadedStore } from './load-store';

/** From this many events a store (or a look at one still loading) is indexed in tasks of its own. */
const INDEX_IN_TASKS_FROM = 10_000;

/** The load progress of a store whose load has just started (and before any). */
const LOAD_STARTING = {
  progress: null,
  checked: 0,
  opening: null,
  movedWindow: null,
  lookTooWide: false,
  heldFailure: null,
} as const;

/** Progress of the load in flight, for the progress bar. */
export const useLoadProgress = create<{
  key: string | null;
  progress: LoadProgress | null;
  /** Events checked so far (they arrive while the store downloads). */
  checked: number;
  /**
   * A packed store read window first: its opening window and the whole store's shape,
   * drawn while the rest of its rows arrive. Kept after the load until the next one starts,
   * so that the timeline does not fall back to another window while it hands over.
   */
  opening: PackedOpening | null;
  /**
   * A packed store still loading, moved away from its opening window: the window shown, and
   * whether its events are all in (its rows are read before the rest).
   */
  movedWindow: {
    readonly window: TimeWindow;
    readonly complete: boolean;
    /** A store read only window by window: this window holds too many events to read. */
    readonly tooWide?: boolean;
  } | null;
  /**
   * A store shown window by window: the look on screen was taken at a window too wide to
   * read, so it holds no events and its lanes are drawn from the density pyramid. It stays
   * so until the next look comes, not when a window is asked for: a window moved to keeps
   * the lanes (their counts) while its rows load, instead of dropping them all for a look
   * that has none, and bringing them back from nothing once the rows are in.
   */
  lookTooWide: boolean;
  /**
   * A store shown window by window whose later read failed (a window moved to, or its
   * margin): why. It stays on screen as it was, no longer following the window.
   */
  heldFailure: string | null;
}>(() => ({ key: null, ...LOAD_STARTING }));

// Files and drafts cannot go in a query key (nor in a link): they are kept here under a number.
const openedFiles = new Map<number, Blob>();
let nextFileId = 1;

/** Whether a file's or a draft's bytes are still held in this tab (not after a reload). */
export const isOpenInThisTab = (source: StoreSource) =>
  isLocalSource(source) && openedFiles.has(source.id);

export function registerFile(file: File, name = file.name, address?: string): StoreSource {
  const id = nextFileId++;
  openedFiles.set(id, file);
  return address === undefined ? { kind: 'file', id, name } : { kind: 'file', id, name, address };
}

/**
 * The editor's way in: a draft's `sourceline/1` document, named as the person named the
 * draft, so the page says "Draft: <name>". Open the result with `storeScreen.open`.
 */
export function registerDraft(document: Blob, name: string): StoreSource {
  const id = nextFileId++;
  openedFiles.set(id, document);
  return { kind: 'draft', id, name };
}

function requestFor(source: StoreSource): LoadRequest {
  if (isLocalSource(source)) {
    const file = openedFiles.get(source.id);
    if (!file) {
      throw new StoreLoadError({
        kind: 'file',
        message: 'The file is no longer open here: open it again.',
      });
    }
    return { kind: 'file', file };
  }
  // The window a link opens at (or else the event it names), when the link names this store:
  // a packed store reads that window's events first.
  const { link } = parseLink(window.location.search);
  const linked = sameSource(sourceFromLink(link.store), source) ? link : null;
  return urlRequest(
    source.kind === 'url' ? source.url : DEFAULT_STORE_URL,
    window.location.href,
    linked?.window,
    linked?.event,
  );
}

/** Dates were checked in the worker; only their parsed form is rebuilt here. */
function withDates(event: EventInput): StoreEvent {
  const start = parseStoreDate(event.start)!;
  const end = event.end === undefined ? undefined : parseStoreDate(event.end)!;
  return { ...event, when: end === undefined ? { start } : { start, end } };
}

/**
 * `events` indexed for the page. A large set's time order, its index and the timeline's lanes
 * of it (kept with the index, time-index.ts), two steps each, and its statuses' counts
 * (event-evidence.ts) each come in a task of their own, the page painting between them, and
 * the render with them in another: at 100,000 events the whole store was one frame of
 * ~450 ms, in which the look on screen stood still, and a look at 16,000 events one of
 * ~160 ms (its index, then the timeline's, built in the render).
 */
async function indexForScreen(header: StoreHeader, events: StoreEvent[]): Promise<StoreIndex> {
  if (events.length < INDEX_IN_TASKS_FROM) return buildStoreIndex({ ...header, events });
  await afterNextPaint();
  const order = timeOrder(events);
  await afterNextPaint();
  const index = await inPaintedSteps(storeIndexSteps({ ...header, events }, order));
  await inPaintedSteps(wholeTimeIndexSteps(index, useViewStore.getState().laneMode));
  indexEvidence(index);
  await afterNextPaint();
  return index;
}

/** Loads a store in a Web Worker; aborting the signal terminates the worker at once. */
export function getStore(source: StoreSource, signal: AbortSignal): Promise<LoadedStore> {
  const key = sourceKey(source);
  return new Promise((resolve, reject) => {
    const worker = takeEarlyStoreLoad(key) ?? spawnStoreWorker(requestFor(source));
    const finish = () => {
      stopFollowingWindow();
      worker.terminate();
      signal.removeEventListener('abort', onAbort);
      if (useLoadProgress.getState().key === key)
        useLoadProgress.setState({ key: null, progress: null, checked: 0 });
    };
    const onAbort = () => {
      finish();
      // An AbortError, set by every browser the build targets (Vite's baseline-widely-available).
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort);
    let events: StoreEvent[] = [];
    // A packed store: each event's row, to fetch its heavy columns when it is selected.
    const rowOf = new Map<string, number>();
    let header: StoreHeader | null = null;
    const schedule = new PartialStoreSchedule();
    // A packed store of several row groups reads its opening window first: nothing is
    // shown before that window's events are all in (a look at fewer would show a wrong one).
    const packed =
      source.kind === 'url' && isPackedStoreUrl(new URL(source.url, window.location.href).href);
    let awaitingOpening = packed;
    let shownCount = 0;
    // Each look, and the whole store, supersedes a look still being indexed.
    let looks = 0;
    const dispatchPartial = async (shownHeader: StoreHeader) => {
      shownCount = events.length;
      const look = ++looks;
      const preview = await indexForScreen(shownHeader, events.slice());
      if (look === looks && !signal.aborted)
        dispatchStoreOnScreen({ type: 'partial', source, preview });
    };
    /** A look out of the schedule's turn: the opening window, or a window moved to. */
    const showPartial = () => {
      if (header === null) return;
      schedule.shown(events.length);
      void dispatchPartial(header);
    };
    // A packed store too large to hold whole is read window by window: the events of the row
    // groups the worker holds, each look built from the groups of its window alone. It is
    // shown at its opening, and each window moved to replaces the look (its worker stays).
    const held = new HeldEvents();
    const heldChecks = createHeldChecks();
    let heldStore: HeldStore | null = null;
    const lookIndex = (look: HeldWindow | null, opening: PackedOpening): StoreIndex => {
      const index = buildStoreIndex({ ...header!, events: look === null ? [] : held.look(look) });
      // The whole store's extent, not the look's: Fit all and the overview band span it.
      const shaped = { ...index, extent: opening.extent };
      if (opening.report) registerPackedDetails(shaped, { ...opening.report, rowOf });
      return shaped;
    };
    // Who hears of the searches of all its events (whole-store-search.ts).
    let hearSearch: Parameters<HeldStore['hear']>[0] = null;
    // Its opening, kept here: the load progress is another store's once one is requested.
    let heldOpening: PackedOpening | null = null;
    const showHeld = (look: HeldWindow | null) => {
      const opening = heldOpening;
      if (header === null || opening === null) return;
      useLoadProgress.setState({ lookTooWide: look === null });
      if (heldStore !== null) {
        dispatchStoreOnScreen({ type: 'look', source, index: lookIndex(look, opening) });
        return;
      }
      let stopped = false;
      heldStore = {
        total: opening.total,
        ...(opening.report ? { detailsBytes: opening.report.detailsBytes } : {}),
        get stopped() {
          return stopped;
        },
        stop() {
          stopped = true;
          finish();
        },
        checks: heldChecks,
        tell: worker.tell,
        hear: (listener) => (hearSearch = listener),
        ...(opening.linkedEvent
          ? { linkedEvent: { ...opening.linkedEvent, window: opening.window } }
          : {}),
      };
      const { report } = opening;
      // Each row group is checked on its own as it is read, and only some are: what the checks
      // find is gathered as they go (`held.checks`), not here.
      resolve({
        index: lookIndex(look, opening),
        problems: [],
        dropped: { sources: 0, actors: 0, events: 0 },
        warnings: 0,
        byteLength: report?.fetchedBytes ?? 0,
        ...(report ? { packed: report } : {}),
        held: heldStore,
      });
    };
    // A packed store still loading reads the rows of the window the person moves to next.
    // From its opening on (nothing is drawn before, and the link's window is read first).
    let opened: TimeWindow | null = null;
    let asked: TimeWindow | null = null;
    const followWindow = (shown: TimeWindow | null) => {
      const current = asked ?? opened;
      if (shown === null || current === null || sameWindow(shown, current)) return;
      asked = shown;
      worker.tell({ type: 'show-window', window: shown });
      useLoadProgress.setState({ key, movedWindow: { window: shown, complete: false } });
    };
    const stopFollowingWindow = packed
      ? useViewStore.subscribe((state) => followWindow(state.window))
      : () => {};
    const publishPartial = () => {
      const progress = useLoadProgress.getState().progress;
      const share = progress?.total ? progress.loaded / progress.total : null;
      if (header === null || awaitingOpening || !schedule.due(events.length, share)) return;
      // A first look at a large store before it has all arrived.
      void dispatchPartial(header);
    };
    /** The whole store, indexed and handed to the page (a large one in tasks of its own). */
    const settle = async ({ store, report }: Extract<WorkerReply, { type: 'done' }>) => {
      looks++;
      const index = await indexForScreen(store, events);
      if (report.packed)
        registerPackedDetails(index, { ...report.packed, rowOf, shownWhole: true });
      // Another store asked for meanwhile: the worker, done, no longer says so.
      if (signal.aborted) reject(signal.reason);
      else resolve({ ...report, index });
    };
    const onReply = (reply: WorkerReply) => {
      if (reply.type === 'progress') {
        useLoadProgress.setState({ key, progress: reply.progress });
      } else if (reply.type === 'header') {
        header = reply.header;
      } else if (reply.type === 'events') {
        reply.rows?.forEach((row, i) => rowOf.set(reply.events[i]!.id, row));
        if (reply.group !== undefined) {
          held.add(reply.group, reply.events.map(withDates));
          return;
        }
        for (const event of reply.events) events.push(withDates(event));
        useLoadProgress.setState({ key, checked: events.length });
        publishPartial();
      } else if (reply.type === 'checked') {
        heldChecks.add(reply.problems);
      } else if (reply.type === 'store-search') {
        hearSearch?.(reply.id, reply.report);
      } else if (reply.type === 'evict') {
        for (const event of held.evict(reply.groups)) rowOf.delete(event.id);
      } else if (reply.type === 'opening') {
        awaitingOpening = false;
        useLoadProgress.setState({ key, opening: reply.opening });
        if (reply.opening.held === undefined) showPartial();
        else {
          heldOpening = reply.opening;
          showHeld(reply.opening.held);
        }
        if (opened === null) {
          opened = reply.opening.window;
          // The person may have moved on while the opening window was read.
          followWindow(useViewStore.getState().window);
        }
      } else if (reply.type === 'window-in') {
        if (asked === null || !sameWindow(asked, reply.window)) return;
        if (reply.held !== undefined) {
          useLoadProgress.setState({
            key,
            movedWindow: {
              window: asked,
              complete: reply.held?.complete ?? true,
              tooWide: reply.held === null,
            },
          });
          // Too wide to read: no events drawn, and the band shows where they are.
          showHeld(reply.held);
          return;
        }
        useLoadProgress.setState({ key, movedWindow: { window: asked, complete: true } });
        // Drawn at once, out of the partial schedule's turn: the person is looking there.
        if (events.length > shownCount) showPartial();
      } else if (reply.type === 'restart') {
        events = [];
        looks++;
        held.clear();
        rowOf.clear();
        header = null;
        schedule.reset();
        useLoadProgress.setState({ key, checked: 0 });
      } else if (reply.type === 'done') {
        finish();
        void settle(reply);
      } else if (heldStore !== null) {
        failHeld(reply.error.message);
      } else {
        finish();
        reject(new StoreLoadError(reply.error));
      }
    };
    // Shown already, a store read window by window cannot fail its load: it keeps what it
    // shows, stops (so that Retry, or opening it again, loads it anew at the window shown),
    // and the page says why the window shown is not in.
    const failHeld = (message: string) => {
      if (heldStore?.stopped !== false) return;
      heldStore.stop();
      useLoadProgress.setState({ heldFailure: message });
    };
    const onError = (message: string) => {
      const failure = `The store loader failed: ${message}`;
      if (heldStore !== null) return failHeld(failure);
      finish();
      reject(new StoreLoadError({ kind: 'refused', message: failure }));
    };
    useLoadProgress.setState({ key, ...LOAD_STARTING });
    worker.listen(onReply, onError);
  });
}

export const storeQueryOptions = (source: StoreSource) =>
  queryOptions({
    queryKey: ['store', sourceKey(source)],
    queryFn: ({ signal }) => getStore(source, signal),
    // A store is a static document: no refetching, and no retry when the answer itself is
    // the problem (4xx, invalid store), only when the network or the server failed.
    staleTime: Infinity,
    gcTime: 10 * 60_000,
    retry: (failureCount, error) =>
      error instanceof StoreLoadError && error.retryable && failureCount < 2,
    // The load starts before the page does; a failure already in when the page first asks
    // is shown as it is (with Retry), not fetched again.
    retryOnMount: false,
  });
