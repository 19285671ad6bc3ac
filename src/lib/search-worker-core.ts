import { EventSearchIndex } from './event-search';
import type { SearchDoc } from './search-text';
import { type ScanText, scanSearch, scanTextOf } from './search-scan';
import type { SearchReply, SearchRequest } from './search-protocol';

/*
 * What the search worker does (search-worker.ts is its shell): documents are kept as they
 * arrive and indexed in slices of a few tens of milliseconds, between which the worker reads
 * its messages, so that a query typed while the index is being built (about 13 s of CPU for
 * 100,000 events) is answered at once, from a plain scan of the documents received so far
 * (search-scan.ts), marked `partial`. Once the index is complete, queries are answered from
 * it, ranked, and the page asks again for those it holds partial answers to.
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
  private readonly search = new EventSearchIndex();
  /** Documents received and not yet indexed, from `pendingFrom` on. */
  private pending: SearchDoc[] = [];
  private pendingFrom = 0;
  /** Every document received, folded for the scan; dropped once the index is complete. */
  private scanTexts: ScanText[] | null = [];
  private allReceived = false;
  private indexed = false;
  private sliceScheduled = false;
  /** Queries that came before any document. */
  private readonly waiting: string[] = [];

  constructor(
    private readonly host: SearchWorkerHost,
    private readonly sliceMs = SLICE_MS,
  ) {}

  handle(request: SearchRequest) {
    if (request.type === 'add') {
      for (const doc of request.docs) {
        this.pending.push(doc);
        this.scanTexts?.push(scanTextOf(doc));
      }
      this.scheduleSlice();
      for (const query of this.waiting.splice(0)) this.answer(query);
    } else if (request.type === 'complete') {
      this.allReceived = true;
      this.scheduleSlice();
    } else if (!this.indexed && (this.scanTexts?.length ?? 0) === 0) {
      this.waiting.push(request.query);
    } else {
      this.answer(request.query);
    }
  }

  private answer(query: string) {
    let ranked: Int32Array;
    let terms: Iterable<string>;
    let covered: number | undefined;
    if (this.indexed || this.scanTexts === null) {
      const hits = this.search.search(query);
      ranked = Int32Array.from(hits.ranked);
      terms = hits.terms;
    } else {
      const hits = scanSearch(this.scanTexts, 0, query);
      ranked = Int32Array.from(hits.ranked);
      terms = hits.terms;
      covered = this.scanTexts.length;
    }
    this.host.reply(
      {
        type: 'hits',
        query,
        ranked,
        terms: [...terms],
        ...(covered === undefined ? {} : { covered }),
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
      this.indexed = true;
      this.scanTexts = null;
      this.host.reply({ type: 'progress', added: size, done: true });
      for (const query of this.waiting.splice(0)) this.answer(query);
      return;
    }
    if (Math.floor(size / PROGRESS_EVERY) > Math.floor(before / PROGRESS_EVERY))
      this.host.reply({ type: 'progress', added: size });
    if (this.pending.length > 0) this.scheduleSlice();
  }
}
