/**
 * `npx tsx scripts/measure-search.ts FILE [--runs N]`: how long the app's search index
 * (src/lib/event-search.ts) takes to build for a store, what the page pays to hand the
 * events to the search worker, and how long typical queries take. Make a large store
 * first: `npx tsx scripts/gen-store.ts --events 100000 --seed 1 --out /tmp/100k.json`.
 * Times are wall-clock and CPU: on a shared, busy machine the CPU time is the fairer one.
 */
import { readFileSync } from 'node:fs';
import { validateStoreText } from '../src/format/validate-store.ts';
import { buildStoreIndex } from '../src/lib/store-index.ts';
import { EventSearchIndex, searchDocOf } from '../src/lib/event-search.ts';
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
    for (const query of ['treaty', 'sanctions gas', 'talonia', 'talonai', 'negociaciones', 'a']) {
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
