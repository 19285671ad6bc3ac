import { describe, expect, it } from 'vitest';
import { FIELD_NAMES, type SearchDoc } from './search-text';
import type { SearchReply } from './search-protocol';
import { SearchWorkerCore } from './search-worker-core';

const doc = (title: string, summary = ''): SearchDoc => ({
  ...(Object.fromEntries(FIELD_NAMES.map((field) => [field, ''])) as SearchDoc),
  title,
  summary,
});

/** A worker core whose slices run only when the test says, as queued tasks. */
function core() {
  const replies: SearchReply[] = [];
  const tasks: (() => void)[] = [];
  // Slices of one step (100 documents): the clock is always past a 0 ms budget.
  const worker = new SearchWorkerCore(
    { reply: (m) => replies.push(m), later: (t) => tasks.push(t) },
    0,
  );
  const runTask = () => tasks.shift()!();
  const runAll = () => {
    while (tasks.length > 0) runTask();
  };
  const hits = () =>
    replies
      .filter((reply) => reply.type === 'hits')
      .map((reply) => ({ ranked: [...reply.ranked], covered: reply.covered, terms: reply.terms }));
  return { worker, replies, tasks, runTask, runAll, hits };
}

// 1,000 events; every 10th has "treaty" in its title, every 7th "treaties" in its summary.
const DOCS = Array.from({ length: 1_000 }, (_, i) =>
  doc(i % 10 === 0 ? `Treaty ${i}` : `Talks ${i}`, i % 7 === 0 ? 'Two treaties.' : ''),
);
const matching = DOCS.flatMap((d, i) => (/trea/i.test(d.title + d.summary) ? [i] : []));

describe('SearchWorkerCore', () => {
  it('answers a query while indexing from a scan, then from the index once complete', () => {
    const { worker, tasks, runTask, runAll, hits, replies } = core();
    worker.handle({ type: 'add', docs: DOCS.slice(0, 500), first: 0 });
    worker.handle({ type: 'add', docs: DOCS.slice(500), first: 500 });
    worker.handle({ type: 'complete', total: DOCS.length });
    runTask(); // one slice: 100 documents indexed of 1,000
    expect(tasks).toHaveLength(1);

    worker.handle({ type: 'search', query: 'trea' });
    const [partial] = hits();
    expect(partial!.covered).toBe(1_000);
    expect([...partial!.ranked].sort((a, b) => a - b)).toEqual(matching);
    // Titles first: every 10th event, in time order, then the summaries' matches.
    expect(partial!.ranked.slice(0, 3)).toEqual([0, 10, 20]);
    expect(new Set(partial!.terms)).toEqual(new Set(['treaty', 'treaties']));
    expect(replies.some((reply) => reply.type === 'progress' && reply.done)).toBe(false);

    runAll();
    expect(replies.at(-1)).toEqual({ type: 'progress', added: 1_000, done: true });
    worker.handle({ type: 'search', query: 'trea' });
    const full = hits()[1]!;
    expect(full.covered).toBeUndefined();
    expect([...full.ranked].sort((a, b) => a - b)).toEqual(matching);
  });

  it('forgives a typo while indexing, finding what the index will', () => {
    const { worker, hits, runAll } = core();
    worker.handle({ type: 'add', docs: DOCS, first: 0 });
    worker.handle({ type: 'complete', total: DOCS.length });
    // "treatu" is one letter from "treaty" (every 10th title), three from "treaties".
    worker.handle({ type: 'search', query: 'treatu' });
    runAll();
    worker.handle({ type: 'search', query: 'treatu' });
    const [partial, full] = hits();
    expect(partial!.covered).toBe(1_000);
    expect(partial!.ranked).toHaveLength(100);
    expect(full!.covered).toBeUndefined();
    expect([...partial!.ranked].sort((a, b) => a - b)).toEqual(
      [...full!.ranked].sort((a, b) => a - b),
    );
    expect(partial!.terms).toEqual(full!.terms);
  });

  it('covers only the documents received so far', () => {
    const { worker, hits } = core();
    worker.handle({ type: 'add', docs: DOCS.slice(0, 500), first: 0 });
    worker.handle({ type: 'search', query: 'treaty' });
    expect(hits()[0]).toMatchObject({ covered: 500 });
    expect(hits()[0]!.ranked.every((position) => position < 500)).toBe(true);
  });

  it('holds a query that comes before any document until the first ones', () => {
    const { worker, hits } = core();
    worker.handle({ type: 'search', query: 'talks' });
    expect(hits()).toEqual([]);
    worker.handle({ type: 'add', docs: DOCS.slice(0, 100), first: 0 });
    expect(hits()[0]).toMatchObject({ covered: 100 });
    expect(hits()[0]!.ranked).toHaveLength(90);
  });

  it('reports progress every 5,000 documents indexed', () => {
    const { worker, replies, runAll } = core();
    const many = Array.from({ length: 12_000 }, (_, i) => doc(`Event ${i}`));
    worker.handle({ type: 'add', docs: many, first: 0 });
    worker.handle({ type: 'complete', total: many.length });
    runAll();
    expect(replies).toEqual([
      { type: 'progress', added: 5_000 },
      { type: 'progress', added: 10_000 },
      { type: 'progress', added: 12_000, done: true },
    ]);
  });
});
