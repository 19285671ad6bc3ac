/** A generated store as text: compact JSON in chunks, or indented. */
import type { GeneratedStore } from './generate';

/**
 * The store as compact JSON, in chunks: the same text as JSON.stringify, without building
 * one string of tens of megabytes.
 */
export function* storeJsonChunks(store: GeneratedStore, eventsPerChunk = 1000): Generator<string> {
  const head = JSON.stringify({ ...store, events: [] });
  // `events` is the last field, so the head ends with `[]}`: keep its `[`.
  yield head.slice(0, -2);
  for (let i = 0; i < store.events.length; i += eventsPerChunk) {
    const parts: string[] = [];
    const end = Math.min(store.events.length, i + eventsPerChunk);
    for (let k = i; k < end; k++) parts.push(JSON.stringify(store.events[k]));
    yield (i > 0 ? ',' : '') + parts.join(',');
  }
  yield ']}\n';
}

/** The whole text: compact, or indented by two spaces. Both end with a newline. */
export function storeJson(store: GeneratedStore, pretty = false): string {
  if (pretty) return JSON.stringify(store, null, 2) + '\n';
  return [...storeJsonChunks(store)].join('');
}
