/**
 * `npm run measure:search -- FILE [--runs N]` (tsx with --expose-gc, for heap sizes): how
 * long the app's search index (src/lib/event-search.ts) takes to build for a store, what
 * the page pays to hand the events to the search worker, and how long typical queries take. Make a large store
 * first: `npx tsx scripts/gen-store.ts --events 100000 --seed 1 --out /tmp/100k.json`.
 * Times are wall-clock and CPU: on a shared, busy machine the CPU time is the fairer one.
 * Then the worker as it runs (src/lib/search-worker-core.ts, its slices run as Node tasks):
 * a query sent a second in, while the index is being built, and a query with a typo half a
 * second later, and how long each waits for its first (partial, scanned) answer and for the
 * ranked one; and what the scan costs, with the heap its texts (and vocabulary) take.
 */
import { readFileSync } from 'node:fs';
import { validateStoreText } from '../src/format/validate-store.ts';
import { buildStoreIndex } from '../src/lib/store-index.ts';
import { EventSearchIndex, searchDocOf } from '../src/lib/event-search.ts';
import { ScanStore, scanSearch } from '../src/lib/search-scan.ts';
import type { SearchRequest } from '../src/lib/search-protocol.ts';
import { SearchWorkerCore } from '../src/lib/search-worker-core.ts';
import { UsageError } from './lib/cli-args.ts';
import { MEASURE_SEARCH_USAGE, parseMeasureSearchArgs } from './lib/measure-args.ts';

let args: { file: string; runs: number };
try {
  args = parseMeasureSearchArgs(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  // No file at all: the usage line alone, as before; anything else wrong: what, then usage.
  if (error.message !== 'no store given') console.error(`measure:search: ${error.message}`);
  console.error(MEASURE_SEARCH_USAGE);
  process.exit(2);
}
const { file, runs } = args;
/** Queries sent while indexing, and when: a word, then a typo of "sanctions". */
const QUERIES_WHILE_INDEXING = [
  { query: 'treaty', afterMs: 1_000 },
  { query: 'sanctons', afterMs: 1_500 },
];
const QUERY_WHILE_INDEXING = QUERIES_WHILE_INDEXING[0]!.query;
const QUERY_AFTER_MS = QUERIES_WHILE_INDEXING[0]!.afterMs;
const PAGE_MS_PER_MESSAGE = 3;
const DOCS_PER_MESSAGE = 500; // as in src/lib/search-service.ts

const result = validateStoreText(readFileSync(file, 'utf8'));
if (!result.ok) throw new Error('the store was refused');
const index = buildStoreIndex(result.store);
const ms = (value: number) => `${value.toFixed(0)} ms`;
const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
console.log(`${index.events.length.toLocaleString('en-US')} events`);

for (let run = 1; run <= runs; run++) {
  // The page's share: building each message's documents and cloning them (postMessage).
  let pageLongest = 0;
  let pageTotal = 0;
  const messages: { docs: ReturnType<typeof searchDocOf>[]; first: number }[] = [];
  for (let first = 0; first < index.events.length; first += DOCS_PER_MESSAGE) {
    const start = performance.now();
    const docs = index.events
      .slice(first, first + DOCS_PER_MESSAGE)
      .map((event) => searchDocOf(index, event));
    messages.push(structuredClone({ docs, first }));
    const took = performance.now() - start;
    pageLongest = Math.max(pageLongest, took);
    pageTotal += took;
  }

  // The worker's share: indexing.
  const search = new EventSearchIndex();
  const began = performance.now();
  const cpuBefore = process.cpuUsage();
  for (const message of messages) search.add(message.docs, message.first);
  const total = performance.now() - began;
  const cpu = cpuMs(process.cpuUsage(cpuBefore));
  console.log(
    `run ${run}: page ${ms(pageTotal)} in ${messages.length} messages (longest ${ms(pageLongest)}); ` +
      `worker indexed in ${ms(total)} wall, ${ms(cpu)} CPU`,
  );
  if (run === runs) {
    for (const query of ['treaty', 'sanctions gas', 'sanctons', 'talonia', 'negociaciones', 'a']) {
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      const hits = search.search(query);
      console.log(
        `  "${query}": ${hits.ranked.length.toLocaleString('en-US')} matches in ` +
          `${ms(performance.now() - start)} wall, ${ms(cpuMs(process.cpuUsage(cpuStart)))} CPU`,
      );
    }
  }
}

/** MB of heap in use after a collection, when Node runs with --expose-gc (as npm's script does). */
function heapMb(): string {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) return 'n/a (run with --expose-gc)';
  collect();
  return `${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`;
}

/**
 * The worker's core fed the same messages, with queries sent while it indexes (as
 * QUERIES_WHILE_INDEXING says); resolves when done.
 */
function measureWorker(messages: readonly SearchRequest[]): Promise<void> {
  return new Promise((resolve) => {
    const began = performance.now();
    const cpuBefore = process.cpuUsage();
    const askedAt = new Map<string, number>();
    const partial = new Set<string>();
    const ranked = new Set<string>();
    const core = new SearchWorkerCore({
      reply: (reply) => {
        const at = performance.now();
        if (reply.type === 'progress' && reply.done) {
          const cpu = cpuMs(process.cpuUsage(cpuBefore));
          console.log(
            `  worker indexed in ${ms(at - began)} wall, ${ms(cpu)} CPU (slices between messages)`,
          );
          // The page asks again for the queries it holds partial answers to.
          for (const { query } of QUERIES_WHILE_INDEXING) {
            askedAt.set(query, performance.now());
            core.handle({ type: 'search', query });
          }
        } else if (reply.type === 'hits' && reply.covered !== undefined) {
          partial.add(reply.query);
          console.log(
            `  "${reply.query}" sent ${ms(askedAt.get(reply.query)! - began)} in, while indexing: first ` +
              `answer in ${ms(at - askedAt.get(reply.query)!)} (partial: ${reply.ranked.length.toLocaleString('en-US')} ` +
              `matches over ${reply.covered.toLocaleString('en-US')} events)`,
          );
        } else if (reply.type === 'hits' && !ranked.has(reply.query)) {
          ranked.add(reply.query);
          console.log(
            `  "${reply.query}" ranked after the index: ${reply.ranked.length.toLocaleString('en-US')} matches` +
              `${partial.has(reply.query) ? '' : ' (no partial answer came: indexing ended first)'}`,
          );
          if (ranked.size === QUERIES_WHILE_INDEXING.length) resolve();
        }
      },
      later: (task) => setImmediate(task),
    });
    // The page's messages, each handled between slices once the page would have sent it:
    // one every PAGE_MS_PER_MESSAGE (about what the page's share above takes).
    const queue = [...messages];
    let sent = 0;
    const deliver = () => {
      const due = Math.floor((performance.now() - began) / PAGE_MS_PER_MESSAGE) + 1;
      for (; sent < Math.min(due, messages.length); sent++) core.handle(queue[sent]!);
      if (sent < messages.length) setImmediate(deliver);
    };
    setImmediate(deliver);
    for (const { query, afterMs } of QUERIES_WHILE_INDEXING)
      setTimeout(() => {
        askedAt.set(query, performance.now());
        core.handle({ type: 'search', query });
      }, afterMs);
  });
}

/**
 * The worker as it was until 7 December, for comparison: each message of documents indexed
 * as it came, and a query held until the index was complete.
 */
function measureHeldWorker(messages: readonly SearchRequest[]): Promise<void> {
  return new Promise((resolve) => {
    const search = new EventSearchIndex();
    const began = performance.now();
    const cpuBefore = process.cpuUsage();
    let askedAt: number | null = null;
    let sent = 0;
    const deliver = () => {
      const due = Math.floor((performance.now() - began) / PAGE_MS_PER_MESSAGE) + 1;
      // One message per task, as the worker read them: a query came between two of them.
      if (sent < Math.min(due, messages.length)) {
        const message = messages[sent++]!;
        if (message.type === 'add') search.add(message.docs, message.first);
      }
      if (sent < messages.length) {
        setImmediate(deliver);
        return;
      }
      const at = performance.now();
      console.log(
        `  worker indexed in ${ms(at - began)} wall, ${ms(cpuMs(process.cpuUsage(cpuBefore)))} CPU`,
      );
      if (askedAt !== null) {
        const hits = search.search(QUERY_WHILE_INDEXING);
        console.log(
          `  "${QUERY_WHILE_INDEXING}" sent ${ms(askedAt - began)} in, while indexing: first ` +
            `answer in ${ms(performance.now() - askedAt)} (ranked: ` +
            `${hits.ranked.length.toLocaleString('en-US')} matches, after the whole index)`,
        );
      }
      resolve();
    };
    setImmediate(deliver);
    setTimeout(() => (askedAt = performance.now()), QUERY_AFTER_MS);
  });
}

/** The scan alone, in a function of its own so that its texts are not kept for what follows. */
function measureScan(messages: readonly SearchRequest[]) {
  const heapBefore = heapMb();
  // Splitting every document into its terms once as it arrives (the vocabulary filled in
  // the same pass), and queries over them all.
  const foldStart = performance.now();
  const store = new ScanStore();
  for (const message of messages)
    if (message.type === 'add') for (const doc of message.docs) store.add(doc);
  console.log(
    `scan: splitting ${store.size.toLocaleString('en-US')} documents as they arrive: ` +
      `${ms(performance.now() - foldStart)} in all (${store.vocabularySize.toLocaleString('en-US')} distinct words of 5+ letters); heap ${heapBefore} before, ${heapMb()} with them`,
  );
  for (const query of ['treaty', 'sanctions gas', 'sanctons', 'talonia', 'negociaciones', 'a']) {
    const start = performance.now();
    const hits = scanSearch(store, query);
    console.log(
      `  scan "${query}": ${hits.ranked.length.toLocaleString('en-US')} matches in ` +
        `${ms(performance.now() - start)}`,
    );
  }
}

{
  const messages: SearchRequest[] = [];
  for (let first = 0; first < index.events.length; first += DOCS_PER_MESSAGE) {
    const docs = index.events
      .slice(first, first + DOCS_PER_MESSAGE)
      .map((event) => searchDocOf(index, event));
    messages.push({ type: 'add', docs, first });
  }
  messages.push({ type: 'complete', total: index.events.length });

  measureScan(messages);
  console.log('worker, before 7 December (each message indexed as it came, queries held):');
  await measureHeldWorker(messages);
  console.log('worker:');
  await measureWorker(messages);
}
