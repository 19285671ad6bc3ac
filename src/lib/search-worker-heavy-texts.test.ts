import { describe, expect, it } from 'vitest';
import type { HeavySearchText, readHeavySearchTexts } from './packed-search-texts';
import type { SearchReply } from './search-protocol';
import { FIELD_NAMES, type SearchDoc } from './search-text';
import { SearchWorkerCore } from './search-worker-core';

/*
 * A packed store shown whole: its documents come without summaries and excerpts, which the
 * worker reads from the details file (here a stand-in) and indexes after them.
 */

const doc = (title: string): SearchDoc => ({
  ...(Object.fromEntries(FIELD_NAMES.map((field) => [field, ''])) as SearchDoc),
  title,
});

const IDS = Array.from({ length: 300 }, (_, i) => `event-${i}`);
const DOCS = IDS.map((_, i) => doc(`Talks ${i}`));
// Event 7's summary names a lighthouse; event 250's quote is in Spanish, cited from Yonhap.
const heavyOf = (i: number): HeavySearchText => ({
  summary: i === 7 ? 'Filed from the lighthouse at the harbour mouth.' : 'Nothing of note.',
  quotes: i === 250 ? 'Este miércoles firmaron el tratado.' : '',
  translations: i === 250 ? 'This Wednesday they signed the treaty.' : '',
  sources: i === 250 ? ['yonhap-report'] : [],
});

/** The details file as two row groups, the second in reverse order: rows are matched by id. */
function standInReader(fails?: string) {
  let finish: () => void = () => {};
  const read: typeof readHeavySearchTexts = async (_url, io) => {
    io.onRows(IDS.slice(0, 150).map((id, i) => [id, heavyOf(i)] as const));
    await new Promise<void>((resolve) => (finish = resolve));
    if (fails) throw new Error(fails);
    io.onRows(
      IDS.slice(150)
        .map((id, i) => [id, heavyOf(150 + i)] as const)
        .reverse(),
    );
  };
  return { read, finish: () => finish() };
}

function core(read: typeof readHeavySearchTexts) {
  const replies: SearchReply[] = [];
  const tasks: (() => void)[] = [];
  const worker = new SearchWorkerCore(
    { reply: (m) => replies.push(m), later: (t) => tasks.push(t), readHeavyTexts: read },
    0,
  );
  const runAll = () => {
    while (tasks.length > 0) tasks.shift()!();
  };
  const lastHits = (query: string) => {
    worker.handle({ type: 'search', query });
    const reply = replies.findLast((r) => r.type === 'hits');
    return reply?.type === 'hits' ? [...reply.ranked].sort((a, b) => a - b) : null;
  };
  const heavy = () => replies.filter((reply) => reply.type === 'heavy-texts');
  return { worker, replies, runAll, lastHits, heavy };
}

const start = (worker: SearchWorkerCore) => {
  worker.handle({
    type: 'heavy-texts',
    detailsUrl: 'http://pack.test/p/details.parquet',
    ids: IDS,
    publishers: [['yonhap-report', 'Yonhap']],
  });
  worker.handle({ type: 'add', docs: DOCS, first: 0 });
  worker.handle({ type: 'complete', total: DOCS.length });
};

// Settles the stand-in's promise chain: the read's continuation, then the core's.
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SearchWorkerCore with a packed store’s summaries and excerpts', () => {
  it('answers without them until they are read and indexed, then with them', async () => {
    const reader = standInReader();
    const { worker, runAll, lastHits, heavy } = core(reader.read);
    start(worker);
    runAll();
    // The light index is complete; half the details file is read, none of it indexed.
    expect(lastHits('talks')).toHaveLength(300);
    expect(lastHits('lighthouse')).toEqual([]);
    expect(heavy().at(-1)).toMatchObject({ state: 'adding' });
    // The first index built, half the rows read: half of the three parts.
    const share = (heavy().at(-1) as { share: number }).share;
    expect(share).toBeCloseTo(0.5);

    reader.finish();
    await settle();
    runAll();
    expect(heavy().at(-1)).toEqual({ type: 'heavy-texts', state: 'done' });
    expect(lastHits('lighthouse')).toEqual([7]);
    // A quote, its translation, its source's publisher; with a typo, as anywhere else.
    expect(lastHits('miércoles')).toEqual([250]);
    expect(lastHits('wednesday')).toEqual([250]);
    expect(lastHits('yonhap')).toEqual([250]);
    expect(lastHits('lighthose')).toEqual([7]);
    // The light fields are still there.
    expect(lastHits('talks 250')).toEqual([250]);
    // Told at each whole percent, not at each slice, from the first index's build on.
    const shares = heavy().flatMap((reply) => ('share' in reply ? [reply.share] : []));
    expect(new Set(shares.map((s) => Math.floor(s * 100))).size).toBe(shares.length);
    expect(shares.filter((s) => s < 1 / 3).length).toBeGreaterThan(1);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
  });

  it('says why when the details file cannot be read, and keeps answering without it', async () => {
    const reader = standInReader('details.parquet is not on the server (404).');
    const { worker, runAll, lastHits, heavy } = core(reader.read);
    start(worker);
    runAll();
    reader.finish();
    await settle();
    runAll();
    expect(heavy().at(-1)).toEqual({
      type: 'heavy-texts',
      state: 'failed',
      reason: 'details.parquet is not on the server (404).',
    });
    expect(lastHits('talks')).toHaveLength(300);
    expect(lastHits('lighthouse')).toEqual([]);
  });

  it('refuses to be asked after documents, whose terms it would not have kept', () => {
    const { worker } = core(standInReader().read);
    worker.handle({ type: 'add', docs: DOCS.slice(0, 10), first: 0 });
    expect(() =>
      worker.handle({ type: 'heavy-texts', detailsUrl: 'x', ids: IDS, publishers: [] }),
    ).toThrow(/after documents/);
  });
});
