import { EventSearchIndex } from './event-search';
import type { readHeavySearchTexts } from './packed-search-texts';
import { HeavyTexts } from './search-heavy-texts';
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
 *
 * A packed store shown whole sends its documents without summaries and excerpts (its events
 * came without them): once the first index is complete, the worker reads those from the
 * details file and builds a second index with them (search-heavy-texts.ts) that takes the
 * first's place, telling the page how far it has got.
 */

export interface SearchWorkerHost {
  reply(message: SearchReply, transfer?: Transferable[]): void;
  /** Runs `task` once the messages already waiting have been handled. */
  later(task: () => void): void;
  /** Reads a packed store's summaries and excerpts (packed-search-texts.ts). */
  readHeavyTexts?: typeof readHeavySearchTexts;
}

/** How long one slice of indexing may hold the worker before it reads its messages. */
const SLICE_MS = 30;
/** Documents indexed between looks at the clock. */
const DOCS_PER_STEP = 100;
const PROGRESS_EVERY = 5_000;

export class SearchWorkerCore {
  /** Fed documents already split into their terms (by the scan store). */
  private search = new EventSearchIndex(termsOfField);
  /** Documents received and not yet indexed, from `pendingFrom` on. */
  private pending: TermsDoc[] = [];
  private pendingFrom = 0;
  /** Every document received, for the scan; dropped once the index is complete. */
  private scan: ScanStore | null = new ScanStore();
  private allReceived = false;
  private sliceScheduled = false;
  /** Queries that came before any document. */
  private readonly waiting: string[] = [];
  /** A packed store's summaries and excerpts, being read and then indexed. */
  private heavy: HeavyTexts | null = null;
  /** The last share of them told to the page, in whole percent. */
  private heavyPercent = -1;

  constructor(
    private readonly host: SearchWorkerHost,
    private readonly sliceMs = SLICE_MS,
  ) {}

  /** The index is complete: the scan's documents were dropped then. */
  private get indexed(): boolean {
    return this.scan === null;
  }

  handle(request: SearchRequest) {
    if (request.type === 'heavy-texts') {
      this.expectHeavy(request);
    } else if (request.type === 'add') {
      // The page sends every document before 'complete', so the scan store is still there.
      const scan = this.scan;
      if (!scan) throw new Error('documents came after the index was complete');
      for (const doc of request.docs) {
        const terms = scan.add(doc);
        this.pending.push(terms);
        this.heavy?.lightDocs.push(terms);
      }
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

  /** Kept until the first index is complete: the reading's parsing would slow its build. */
  private expectHeavy(request: Extract<SearchRequest, { type: 'heavy-texts' }>) {
    // Its documents are kept as they come, for the second index: none may come before it.
    if (this.scan?.size !== 0) throw new Error('the heavy texts were asked for after documents');
    this.heavy = new HeavyTexts(request);
    if (this.host.readHeavyTexts) this.tellHeavy();
    else this.failHeavy(this.heavy, 'This search cannot read packed stores.');
  }

  private failHeavy(heavy: HeavyTexts, reason: string) {
    if (this.heavy !== heavy) return;
    this.heavy = null;
    this.host.reply({ type: 'heavy-texts', state: 'failed', reason });
  }

  private readHeavy() {
    const heavy = this.heavy;
    const read = this.host.readHeavyTexts;
    if (!heavy || !read) return;
    // The worker is terminated with its store: nothing else stops the read.
    read(heavy.detailsUrl, {
      signal: new AbortController().signal,
      onRows: (rows) => {
        heavy.take(rows);
        this.tellHeavy();
      },
    }).then(
      () => {
        heavy.read = true;
        this.tellHeavy();
        this.scheduleSlice();
      },
      (error: unknown) =>
        this.failHeavy(heavy, error instanceof Error ? error.message : String(error)),
    );
  }

  /** Tells the page how far the summaries and excerpts are, at each whole percent. */
  private tellHeavy() {
    const heavy = this.heavy;
    if (!heavy) return;
    const share = heavy.share(this.indexed ? heavy.total : this.search.size);
    const percent = Math.floor(share * 100);
    if (percent === this.heavyPercent) return;
    this.heavyPercent = percent;
    this.host.reply({ type: 'heavy-texts', state: 'adding', share });
  }

  /** Light indexing left to do, or the heavy texts all read and waiting for their index. */
  private get hasWork(): boolean {
    return !this.indexed || this.heavy?.read === true;
  }

  private scheduleSlice() {
    if (this.sliceScheduled || !this.hasWork) return;
    this.sliceScheduled = true;
    this.host.later(() => {
      this.sliceScheduled = false;
      this.indexSlice();
    });
  }

  private indexSlice() {
    if (this.indexed) {
      this.heavySlice();
      return;
    }
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
      this.readHeavy();
      return;
    }
    if (Math.floor(size / PROGRESS_EVERY) > Math.floor(before / PROGRESS_EVERY))
      this.host.reply({ type: 'progress', added: size });
    this.tellHeavy();
    if (this.pending.length > 0) this.scheduleSlice();
  }

  /** A slice of the second index, with the heavy texts; it takes the first's place when done. */
  private heavySlice() {
    const heavy = this.heavy;
    if (!heavy?.read) return;
    if (heavy.indexUntil(performance.now() + this.sliceMs)) {
      this.search = heavy.index;
      this.heavy = null;
      this.host.reply({ type: 'heavy-texts', state: 'done' });
      return;
    }
    this.tellHeavy();
    this.scheduleSlice();
  }
}
