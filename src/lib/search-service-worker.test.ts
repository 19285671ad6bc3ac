import { afterAll, describe, expect, it, vi } from 'vitest';
import { generateStoreJson } from '../../scripts/lib/gen-store';
import { validateStoreText } from '../format/validate-store';
import { buildSearchIndexNow } from './event-search';
import type { SearchReply, SearchRequest } from './search-protocol';
import { SYNC_INDEX_LIMIT, closeSearch, openSearch, searchHits } from './search-service';
import { SearchWorkerCore } from './search-worker-core';
import { buildStoreIndex } from './store-index';

/** The search worker in this thread: its core, with messages and slices as tasks. */
class TaskWorker {
  onmessage: ((message: { data: SearchReply }) => void) | null = null;
  private readonly core = new SearchWorkerCore({
    reply: (data) => setTimeout(() => this.onmessage?.({ data })),
    later: (task) => setTimeout(task),
  });
  postMessage(request: SearchRequest) {
    // Cloned, as postMessage does.
    const copy = structuredClone(request);
    setTimeout(() => this.core.handle(copy));
  }
  terminate() {}
}
vi.stubGlobal('Worker', TaskWorker);

const result = validateStoreText(generateStoreJson({ events: SYNC_INDEX_LIMIT + 3_000, seed: 5 }));
if (!result.ok) throw new Error('the generated store was refused');
const index = buildStoreIndex(result.store);
const query = /\p{L}{4,}/u.exec(index.events[0]!.title)![0].toLowerCase();
const expected = buildSearchIndexNow(index).search(query);

afterAll(() => closeSearch(index));

describe("a large store's search while its worker indexes", () => {
  it('answers with partial hits at once, then replaces them with the ranked ones', async () => {
    openSearch(index);
    expect(searchHits(index, query)).toBeNull();
    const partial = await vi.waitFor(() => {
      const hits = searchHits(index, query);
      expect(hits).not.toBeNull();
      return hits!;
    });
    expect(partial.covered).toBeGreaterThan(0);
    expect(partial.ranked.length).toBeGreaterThan(0);
    for (const position of partial.ranked) expect(expected.positions.has(position)).toBe(true);

    const full = await vi.waitFor(
      () => {
        const hits = searchHits(index, query);
        expect(hits?.covered).toBeUndefined();
        return hits!;
      },
      { timeout: 60_000, interval: 20 },
    );
    // The index's own answer, in its order: no partial answer kept beside it.
    expect(full.ranked).toEqual(expected.ranked);
    expect(searchHits(index, query)).toBe(full);
  }, 90_000);
});
