/**
 * Which loaded indexes come from a packed store, and where their heavy columns are. Apart from
 * the code that fetches them (packed-details.ts, with the Parquet reader behind it), so that
 * the first screen can ask "is this store packed?" without loading that code.
 */
import type { StoreIndex } from './store-index';

export interface PackedDetailsSource {
  readonly detailsUrl: string;
  readonly detailsBytes: number;
  readonly rowOf: ReadonlyMap<string, number>;
  /**
   * The index holds every event of the store, not those around a window: its search reads
   * the summaries and excerpts of all of them (search-service.ts). A store too large to be
   * shown whole would read the whole details file for one search.
   */
  readonly shownWhole?: true;
}

const sources = new WeakMap<StoreIndex, PackedDetailsSource>();

export function registerPackedDetails(index: StoreIndex, source: PackedDetailsSource): void {
  sources.set(index, source);
}

export function packedDetailsOf(index: StoreIndex): PackedDetailsSource | undefined {
  return sources.get(index);
}

/** Whether the search of `index` reads its summaries and excerpts from the details file. */
export function searchReadsDetails(index: StoreIndex): boolean {
  return sources.get(index)?.shownWhole === true;
}
