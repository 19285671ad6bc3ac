import { EventSearchIndex } from './event-search';
import { ScanStore, type TermsDoc, scanSearch, termsOfField } from './search-scan';
import type { SearchReply, SearchRequest } from './search-protocol';

/*
 * What the search worker does (search-worker.ts is its shell): documents are kept as they
 * arrive and indexed in slices of a few tens of milliseconds, between which the worker reads
 * its messages, so that a query typed while the index is being built (about 13 s of CPU for
 * 100,000 events) is answered at once, from a plain scan of the documents received so far
 * (search-scan.ts: the same matches, typos forgiven alike), saying how many documents it
 * `covered`. Each document is split into its terms once, as it arrives, for the scan and
 * then for the index. Once the index is complete, queries are answered from it, ranked,
 * and the page asks again for those it holds partial answers to.
 */

export interface SearchWorkerHost {
  reply(message: SearchReply, transfer?: Transferable[]): void;
  /** Runs `task` once the messages already waiting have been handled. */
  later(task: () => void): void;
}

/** How long one slice of indexing may hold the worker before it reads its messages. */
const SLICE_MS = 30;
/** Documents indexed between looks at the clock. */
const DOCS_PER_STEP = 100;
const PROGRESS_EVERY = 5_000;

export class SearchWorkerCore {
  /** Fed documents already split into their terms (by the scan store). */
  private readonly search = new EventSearchIndex(termsOfField);
  /** Documents received and not yet indexed, from `pendingFrom` on. */
  private pending: TermsDoc[] = [];
  private pendingFrom = 0;
  /** Every document received, for the scan; dropped once the index is complete. */
  private scan: ScanStore | null = new ScanStore();
  private allReceived = false;
  private sliceScheduled = false;
  /** Queries that came before any document. */
  private readonly waiting: string[] = [];

  constructor(
    private readonly host: SearchWorkerHost,
    private readonly sliceMs = SLICE_MS,
  ) {}

  /** The index is complete: the scan's documents were dropped then. */
  private get indexed(): boolean {
    return this.scan === null;
  }

  handle(request: SearchRequest) {
    if (request.type === 'add') {
      // The page sends every document before 'complete', so the scan store is still there.
      const scan = this.scan;
      if (!scan) throw new Error('documents came after the index was complete');
      for (const doc of request.docs) this.pending.push(scan.add(doc));
      this.scheduleSlice();
      for (const query of this.waiting.splice(0)) this.answer(query);
    } else if (request.type === 'complete') {
      this.allReceived = true;
      this.scheduleSlice();
    } else if (this.scan?.size === 0) {
      this.waiting.push(request.query);
    } else {
      this.answer(request.query);
    }
  }

  private answer(query: string) {
    const scan = this.scan;
    const hits = scan ? scanSearch(scan, query) : this.search.search(query);
    const ranked = Int32Array.from(hits.ranked);
    this.host.reply(
      {
        type: 'hits',
        query,
        ranked,
        terms: [...hits.terms],
        ...(scan ? { covered: scan.size } : {}),
      },
      [ranked.buffer],
    );
  }

  private scheduleSlice() {
    if (this.sliceScheduled || this.indexed) return;
    this.sliceScheduled = true;
    this.host.later(() => {
      this.sliceScheduled = false;
      this.indexSlice();
    });
  }

  private indexSlice() {
    const began = performance.now();
    const before = this.search.size;
    // At least one step per slice, however short the slice.
    while (this.pendingFrom < this.pending.length) {
      const docs = this.pending.slice(this.pendingFrom, this.pendingFrom + DOCS_PER_STEP);
      // Documents come in order, from position 0: the next one's position is the size.
      this.search.add(docs, this.search.size);
      this.pendingFrom += docs.length;
      if (performance.now() - began >= this.sliceMs) break;
    }
    if (this.pendingFrom === this.pending.length) {
      this.pending = [];
      this.pendingFrom = 0;
    }
    const size = this.search.size;
    if (this.allReceived && this.pending.length === 0) {
      this.scan = null;
      this.host.reply({ type: 'progress', added: size, done: true });
      for (const query of this.waiting.splice(0)) this.answer(query);
      return;
    }
    if (Math.floor(size / PROGRESS_EVERY) > Math.floor(before / PROGRESS_EVERY))
      this.host.reply({ type: 'progress', added: size });
    if (this.pending.length > 0) this.scheduleSlice();
  }
}
