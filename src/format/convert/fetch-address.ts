/** Where a document given by its address is fetched from, and the name it is then known by. */
export interface FetchedAddress {
  readonly url: string;
  /** The file's name, when it is not the address's own (a sheet's CSV, an embed's data). */
  readonly name: string | null;
  /** A Google Sheet's published CSV, which Google serves only once the sheet is published. */
  readonly sheet: boolean;
}

/**
 * A Google Sheet's address is fetched from its published CSV, and a TimelineJS embed
 * address from the data it shows (google-sheet-address.ts, loaded only for such an address,
 * as the store's worker asks this of every address); any other address is itself.
 */
export async function fetchAddress(address: string): Promise<FetchedAddress> {
  if (!address.includes('docs.google.com') && !address.includes('knightlab.com'))
    return { url: address, name: null, sheet: false };
  const { dataAddress } = await import('./google-sheet-address');
  return dataAddress(address);
}
