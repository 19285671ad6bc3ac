/** A link to a packed store names its manifest (kept apart so the JSON path loads no Parquet reader). */
export function isPackedStoreUrl(url: string): boolean {
  try {
    return new URL(url).pathname.endsWith('/manifest.json');
  } catch {
    return false;
  }
}
