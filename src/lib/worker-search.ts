import { packedDetailsOf, searchReadsDetails } from './packed-details-registry';
import { type SearchHits, makeHits, searchDocOf } from './search-text';
import type { HeavyTextsState, SearchReply, SearchRequest } from './search-protocol';
import type { StoreIndex } from './store-index';

/** Events sent to the worker per message; the page yields between messages. */
const DOCS_PER_MESSAGE = 500;
/** Answers kept per store, so that Back/Forward and retyping find them again. */
const CACHED_ANSWERS = 24;

/**
 * The page's side of a store's search worker (search-worker.ts): sends it the store's
 * documents a slice at a time, keeps its answers, and asks again for those it holds partial
 * answers to. Only large and packed stores need it: it loads after the first paint, or at
 * their first query (search-service.ts).
 */
export class WorkerSearch {
  private readonly worker: Worker;
  private answers = new Map<string, SearchHits>();
  /** Answers given before the summaries and excerpts were in, until the new ones come. */
  private stale = new Map<string, SearchHits>();
  private readonly asked = new Set<string>();
  /** Queries whose partial answer covers what the worker had at the last progress. */
  private readonly fresh = new Set<string>();
  private indexed = false;
  private cancelled = false;
  /** Share indexed, 0 to 1. */
  progress = 0;
  /** A packed store's summaries and excerpts (null for any other store). */
  heavy: HeavyTextsState | null = null;

  constructor(
    private readonly index: StoreIndex,
    /** Tells the views that answers changed, or how far the heavy texts are. */
    private readonly notify: { readonly answers: () => void; readonly heavy: () => void },
  ) {
    this.worker = new Worker(new URL('./search-worker.ts', import.meta.url), {
      type: 'module',
      name: 'search-index',
    });
    this.worker.onmessage = (message: MessageEvent<SearchReply>) => this.receive(message.data);
    const details = packedDetailsOf(index);
    if (details && searchReadsDetails(index)) {
      // Before the documents: the worker keeps them for the index with the heavy texts.
      this.heavy = { state: 'adding', share: 0 };
      this.post({
        type: 'heavy-texts',
        detailsUrl: details.detailsUrl,
        ids: index.events.map((event) => event.id),
        publishers: [...index.sourceById.values()].flatMap((source) =>
          source.publisher ? [[source.id, source.publisher] as const] : [],
        ),
      });
    }
    void this.sendDocuments();
  }

  private post(request: SearchRequest) {
    this.worker.postMessage(request);
  }

  private async sendDocuments() {
    const { events } = this.index;
    for (let first = 0; first < events.length; first += DOCS_PER_MESSAGE) {
      if (this.cancelled) return;
      const docs = events
        .slice(first, first + DOCS_PER_MESSAGE)
        .map((event) => searchDocOf(this.index, event));
      this.post({ type: 'add', docs, first });
      // Let the page paint and respond between messages.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    if (!this.cancelled) this.post({ type: 'complete', total: events.length });
  }

  private receive(reply: SearchReply) {
    if (reply.type === 'heavy-texts') {
      const { type: _, ...state } = reply;
      this.heavy = state;
      if (state.state === 'done') {
        // Every answer so far was without them: asked again, shown until the new one comes.
        this.stale = this.answers;
        this.answers = new Map();
        this.fresh.clear();
        this.notify.answers();
      } else {
        this.notify.heavy();
      }
      return;
    }
    if (reply.type === 'progress') {
      this.progress = reply.added / Math.max(1, this.index.events.length);
      this.indexed = !!reply.done;
      this.fresh.clear();
      this.notify.answers();
      return;
    }
    this.asked.delete(reply.query);
    const hits = makeHits(Array.from(reply.ranked), reply.terms);
    // A full answer replaces a partial one under the same key.
    this.answers.set(
      reply.query,
      reply.covered === undefined ? hits : { ...hits, covered: reply.covered },
    );
    this.fresh.add(reply.query);
    while (this.answers.size > CACHED_ANSWERS) {
      this.answers.delete(this.answers.keys().next().value!);
    }
    this.notify.answers();
  }

  hits(query: string): SearchHits | null {
    const known = this.answers.get(query);
    if (known?.covered === undefined && known) return known;
    // A partial answer stands while a better one is asked for: the ranked one once the
    // index is complete, or one covering the events sent to the worker since.
    const better =
      !known ||
      (!this.fresh.has(query) && (this.indexed || known.covered! < this.index.events.length));
    if (better && !this.asked.has(query)) {
      this.asked.add(query);
      this.post({ type: 'search', query });
    }
    return known ?? this.stale.get(query) ?? null;
  }

  stop() {
    this.cancelled = true;
    this.worker.terminate();
  }
}
