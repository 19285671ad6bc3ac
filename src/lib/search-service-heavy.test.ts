import { afterAll, describe, expect, it, vi } from 'vitest';
import { generateStoreJson } from '../../scripts/lib/gen-store';
import { validateStoreText } from '../format/validate-store';
import { registerPackedDetails } from './packed-details-registry';
import type { readHeavySearchTexts } from './packed-search-texts';
import type { SearchReply, SearchRequest } from './search-protocol';
import { closeSearch, heavyTextsState, openSearch, searchHits } from './search-service';
import { SearchWorkerCore } from './search-worker-core';
import { buildStoreIndex } from './store-index';

/*
 * A packed store shown whole, through the page's search service: small, yet searched in a
 * worker, which reads its summaries (a stand-in details file) once its search starts.
 */

const WORD = 'zanzibarian';
/** The details file, read when the test lets it. */
let release: () => void = () => {};
const read: typeof readHeavySearchTexts = async (_url, io) => {
  await new Promise<void>((resolve) => (release = resolve));
  io.onRows(
    index.events.map((event, i) => [
      event.id,
      {
        summary: i % 50 === 0 ? `A ${WORD} envoy.` : '',
        quotes: '',
        translations: '',
        sources: [],
      },
    ]),
  );
};

/** The search worker in this thread: its core, with messages and slices as tasks. */
class TaskWorker {
  onmessage: ((message: { data: SearchReply }) => void) | null = null;
  private readonly core = new SearchWorkerCore({
    reply: (data) => setTimeout(() => this.onmessage?.({ data })),
    later: (task) => setTimeout(task),
    readHeavyTexts: read,
  });
  postMessage(request: SearchRequest) {
    const copy = structuredClone(request);
    setTimeout(() => this.core.handle(copy));
  }
  terminate() {}
}
vi.stubGlobal('Worker', TaskWorker);

const result = validateStoreText(generateStoreJson({ events: 300, seed: 4 }));
if (!result.ok) throw new Error('the generated store was refused');
const index = buildStoreIndex(result.store);
registerPackedDetails(index, {
  detailsUrl: 'http://pack.test/p/details.parquet',
  detailsBytes: 1,
  rowOf: new Map(),
  shownWhole: true,
});
const withWord = index.events.flatMap((_, i) => (i % 50 === 0 ? [i] : []));

afterAll(() => closeSearch(index));

const answered = () =>
  vi.waitFor(
    () => {
      const hits = searchHits(index, WORD);
      expect(hits?.covered).toBeUndefined();
      expect(hits).not.toBeNull();
      return hits!;
    },
    { timeout: 20_000, interval: 10 },
  );

describe('the search of a packed store shown whole', () => {
  it('answers from the light fields, then with the summaries once they are in', async () => {
    openSearch(index);
    expect(heavyTextsState(index)).toBe('not-started');
    // Small as it is, its answer is not given on the spot: the worker has the summaries.
    expect(searchHits(index, WORD)).toBeNull();
    const light = await answered();
    expect(light.ranked).toEqual([]);
    expect(heavyTextsState(index)).toMatchObject({ state: 'adding' });

    release();
    await vi.waitFor(() => expect(heavyTextsState(index)).toEqual({ state: 'done' }), {
      timeout: 20_000,
    });
    // The answer without them stands until the new one comes: the list does not blank out.
    expect(searchHits(index, WORD)).toBe(light);
    await vi.waitFor(
      () => expect([...searchHits(index, WORD)!.ranked].sort((a, b) => a - b)).toEqual(withWord),
      {
        timeout: 20_000,
      },
    );
  }, 60_000);
});
