/// <reference lib="webworker" />
import { readHeavySearchTexts } from './packed-search-texts';
import { SearchWorkerCore } from './search-worker-core';
import type { SearchRequest } from './search-protocol';

/*
 * Builds a large store's search index and answers its queries off the page's thread:
 * indexing 100,000 events takes seconds, and a query over them tens of milliseconds,
 * neither of which may hold up scrolling, panning or typing. The work is in
 * search-worker-core.ts; this is its shell.
 */
declare const self: DedicatedWorkerGlobalScope;

// A message to itself yields to the messages already waiting, without setTimeout's 4 ms
// clamp on nested calls (a hundred slices or more per store).
const channel = new MessageChannel();
const tasks: (() => void)[] = [];
channel.port1.onmessage = () => tasks.shift()?.();

const core = new SearchWorkerCore({
  reply: (message, transfer = []) => self.postMessage(message, transfer),
  later: (task) => {
    tasks.push(task);
    channel.port2.postMessage(null);
  },
  readHeavyTexts: readHeavySearchTexts,
});

self.onmessage = (message: MessageEvent<SearchRequest>) => core.handle(message.data);
