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
}

const sources = new WeakMap<StoreIndex, PackedDetailsSource>();

export function registerPackedDetails(index: StoreIndex, source: PackedDetailsSource): void {
  sources.set(index, source);
}

export function packedDetailsOf(index: StoreIndex): PackedDetailsSource | undefined {
  return sources.get(index);
}
