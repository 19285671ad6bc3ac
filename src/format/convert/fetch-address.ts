/**
 * Where a document given by its address is fetched from: a Google Sheet's published CSV for
 * a Google Sheet's address (google-sheet-address.ts, loaded only for such an address, as
 * the store's worker asks this of every address), else the address itself.
 */
export async function fetchAddress(address: string): Promise<{ url: string; sheet: boolean }> {
  if (!address.includes('docs.google.com')) return { url: address, sheet: false };
  const { googleSheetCsv } = await import('./google-sheet-address');
  const csv = googleSheetCsv(address);
  return csv === null ? { url: address, sheet: false } : { url: csv, sheet: true };
}
