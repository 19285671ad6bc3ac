/// <reference lib="webworker" />
import { type LoadRequest, loadStore } from '../api/load-store';
import { StoreLoadError } from '../api/store-load-error';
import type { WorkerReply } from './protocol';

// Parsing and validating a 100 MB store takes seconds: off the main thread, the page
// stays responsive, and cancelling is as simple as terminating the worker.
declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (message: MessageEvent<LoadRequest>) => {
  const post = (reply: WorkerReply) => self.postMessage(reply);
  try {
    const loaded = await loadStore(message.data, (progress) => post({ type: 'progress', progress }));
    post({ type: 'done', loaded });
  } catch (error) {
    const data =
      error instanceof StoreLoadError
        ? error.data
        : { kind: 'refused' as const, message: `The store could not be processed: ${String(error)}` };
    post({ type: 'error', error: data });
  }
};
