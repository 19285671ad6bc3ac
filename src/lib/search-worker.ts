/// <reference lib="webworker" />
import { EventSearchIndex } from './event-search';
import type { SearchReply, SearchRequest } from './search-protocol';

/*
 * Builds a large store's search index and answers its queries off the page's thread:
 * indexing 100,000 events takes seconds, and a query over them tens of milliseconds,
 * neither of which may hold up scrolling, panning or typing.
 */
declare const self: DedicatedWorkerGlobalScope;

const search = new EventSearchIndex();
let complete = false;
const waiting: string[] = [];
const PROGRESS_EVERY = 5_000;

function reply(message: SearchReply, transfer: Transferable[] = []) {
  self.postMessage(message, transfer);
}

function answer(query: string) {
  const hits = search.search(query);
  const ranked = Int32Array.from(hits.ranked);
  reply({ type: 'hits', query, ranked, terms: [...hits.terms] }, [ranked.buffer]);
}

self.onmessage = (message: MessageEvent<SearchRequest>) => {
  const request = message.data;
  if (request.type === 'add') {
    const before = search.size;
    search.add(request.docs, request.first);
    if (Math.floor(search.size / PROGRESS_EVERY) > Math.floor(before / PROGRESS_EVERY))
      reply({ type: 'progress', added: search.size });
  } else if (request.type === 'complete') {
    complete = true;
    reply({ type: 'progress', added: request.total });
    for (const query of waiting.splice(0)) answer(query);
  } else if (complete) {
    answer(request.query);
  } else {
    waiting.push(request.query);
  }
};
