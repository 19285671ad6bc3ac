import { EventSearchIndex } from './event-search';
import type { HeavySearchText } from './packed-search-texts';
import type { SearchRequest } from './search-protocol';
import { type TermsDoc, termsOfField } from './search-scan';
import { indexTerms } from './search-words';

type HeavyTextsRequest = Extract<SearchRequest, { type: 'heavy-texts' }>;

/** Documents indexed between looks at the clock. */
const DOCS_PER_STEP = 100;

const termsOf = (text: string) => (text === '' ? '' : indexTerms(text).join(' '));

/**
 * The second index of a packed store shown whole (search-worker-core.ts): the same documents
 * as the first, each with its summary, quotes, translations and publishers, read from the
 * details file (packed-search-texts.ts). It is built once every row is read and the first
 * index is complete, and then takes that index's place: until then queries are answered
 * without those fields, and the page says so.
 */
export class HeavyTexts {
  /** The light documents as the first index got them, in position order. */
  readonly lightDocs: TermsDoc[] = [];
  private readonly positionOf: Map<string, number>;
  private readonly publisherOf: ReadonlyMap<string, string>;
  private readonly texts: (HeavySearchText | undefined)[];
  private readonly full = new EventSearchIndex(termsOfField);
  private rowsRead = 0;
  /** Every row of the details file is in. */
  read = false;
  readonly detailsUrl: string;

  constructor(request: HeavyTextsRequest) {
    this.detailsUrl = request.detailsUrl;
    this.positionOf = new Map(request.ids.map((id, position) => [id, position]));
    this.publisherOf = new Map(request.publishers);
    this.texts = new Array<HeavySearchText | undefined>(request.ids.length);
  }

  get total(): number {
    return this.texts.length;
  }

  /** A row group's texts; a row whose id is no event's is left out. */
  take(rows: readonly (readonly [string, HeavySearchText])[]) {
    for (const [id, text] of rows) {
      const position = this.positionOf.get(id);
      if (position !== undefined) this.texts[position] = text;
    }
    this.rowsRead += rows.length;
  }

  /**
   * How far the search is from covering them, 0 to 1, with `lightIndexed` documents in the
   * first index: building that index, reading the rows and indexing them again are a third
   * each (so that the share moves from the search's start, not only once the reading does).
   */
  share(lightIndexed: number): number {
    if (this.total === 0) return this.read ? 1 : 0;
    const light = Math.min(lightIndexed / this.total, 1);
    const read = this.read ? 1 : Math.min(this.rowsRead / this.total, 1);
    return (light + read + this.full.size / this.total) / 3;
  }

  /** Indexes documents with their heavy text until `deadline` (ms); true once all are. */
  indexUntil(deadline: number): boolean {
    while (this.full.size < this.lightDocs.length) {
      const first = this.full.size;
      const docs = this.lightDocs
        .slice(first, first + DOCS_PER_STEP)
        .map((doc, i) => this.withHeavy(doc, first + i));
      this.full.add(docs, first);
      if (performance.now() >= deadline) break;
    }
    return this.full.size === this.lightDocs.length;
  }

  /** The index with every field, once `indexUntil` said it is complete. */
  get index(): EventSearchIndex {
    return this.full;
  }

  private withHeavy(doc: TermsDoc, position: number): TermsDoc {
    const text = this.texts[position];
    if (text === undefined) return doc;
    const publishers = new Set<string>();
    for (const source of text.sources) {
      const publisher = this.publisherOf.get(source);
      if (publisher) publishers.add(publisher);
    }
    return {
      ...doc,
      summary: termsOf(text.summary),
      quotes: termsOf(text.quotes),
      translations: termsOf(text.translations),
      publishers: termsOf([...publishers].join('\n')),
    };
  }
}
