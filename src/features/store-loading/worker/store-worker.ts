/// <reference lib="webworker" />
import { type LoadRequest, loadStore } from '../api/load-store';
import { StoreLoadError } from '../api/store-load-error';
import type { StoreEvent } from '../../../format/validate-store';
import { packedRequestRelay } from '../api/packed-requests';
import {
  EVENTS_PER_CHUNK,
  type WorkerReply,
  type WorkerRequest,
  type WorkerStarted,
} from './protocol';
import { requestInName } from './request-in-name';

// Parsing and validating a 100 MB store takes seconds: off the main thread, the page
// stays responsive, and cancelling is as simple as terminating the worker.
declare const self: DedicatedWorkerGlobalScope;

const withoutDates = (events: readonly StoreEvent[]) =>
  events.map(({ when: _when, ...event }) => event);

// The windows the timeline moves to while a packed store loads: its rows are read next.
// The windows the timeline moves to and the searches of all its events: for a packed store.
const packedRequests = packedRequestRelay();

self.onmessage = (message: MessageEvent<WorkerRequest>) => {
  const request = message.data;
  if (request.type === 'load') void load(request.request);
  else packedRequests.tell(request);
};

// A URL load comes in the worker's name: it starts now, not when the page hands a message over.
const named = requestInName(self.name);
if (named !== null) void load(named);
self.postMessage({ type: 'started' } satisfies WorkerStarted);

async function load(request: LoadRequest) {
  const post = (reply: WorkerReply) => self.postMessage(reply);
  let rows: readonly number[] | undefined;
  let group: number | undefined;
  try {
    const { store, ...report } = await loadStore(
      request,
      (progress) => post({ type: 'progress', progress }),
      {
        header: (header) => post({ type: 'header', header }),
        rows: (next) => (rows = next),
        group: (next) => (group = next),
        events: (events) => {
          post({
            type: 'events',
            events: withoutDates(events),
            ...(rows ? { rows } : {}),
            ...(group === undefined ? {} : { group }),
          });
          rows = undefined;
          group = undefined;
        },
        evict: (groups) => post({ type: 'evict', groups }),
        checked: (problems) => post({ type: 'checked', problems }),
        storeSearch: (id, report) => post({ type: 'store-search', id, report }),
        restart: () => post({ type: 'restart' }),
        opening: (opening) => post({ type: 'opening', opening }),
        windowIn: (window, held) =>
          post({ type: 'window-in', window, ...(held === undefined ? {} : { held }) }),
      },
      packedRequests,
    );
    // Events not handed out while downloading (the store was checked as a whole).
    const { events, ...rest } = store;
    for (let from = 0; from < events.length; from += EVENTS_PER_CHUNK) {
      post({ type: 'events', events: withoutDates(events.slice(from, from + EVENTS_PER_CHUNK)) });
    }
    post({ type: 'done', store: rest, report });
  } catch (error) {
    const data =
      error instanceof StoreLoadError
        ? error.data
        : {
            kind: 'refused' as const,
            message: `The store could not be processed: ${String(error)}`,
          };
    post({ type: 'error', error: data });
  }
}
