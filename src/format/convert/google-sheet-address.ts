/**
 * A Google Sheet's address, as a person copies it from the browser or from "Publish to the
 * web", made the address of its CSV: a sheet's page is HTML for people, and a TimelineJS
 * timeline is most often kept in one. The CSV is the sheet "published to the web"
 * (File → Share → Publish to web), the way TimelineJS reads a sheet too; a sheet that is only
 * shared is not readable by other sites, and the error then says how to publish it.
 *
 *   https://docs.google.com/spreadsheets/d/KEY/edit#gid=123
 *     → https://docs.google.com/spreadsheets/d/KEY/pub?output=csv&gid=123&single=true
 *   https://docs.google.com/spreadsheets/d/e/2PACX-…/pubhtml
 *     → https://docs.google.com/spreadsheets/d/e/2PACX-…/pub?output=csv
 */

const SHEET_PATH = /^\/spreadsheets(?:\/u\/\d+)?\/d\/(e\/)?([-\w]+)(?:\/|$)/;

/** The CSV address of a Google Sheet's address, or null for any other address. */
export function googleSheetCsv(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.hostname !== 'docs.google.com') return null;
  const m = SHEET_PATH.exec(url.pathname);
  if (!m) return null;
  const [, published, key] = m;
  // Already a CSV address (a published link with "Comma-separated values" chosen).
  if (url.searchParams.get('output') === 'csv' || url.searchParams.get('format') === 'csv')
    return url.href;
  // The tab: in the query of a published link, in the fragment of an editor's.
  const gid =
    url.searchParams.get('gid') ?? new URLSearchParams(url.hash.slice(1)).get('gid') ?? null;
  const csv = new URL(`https://docs.google.com/spreadsheets/d/${published ?? ''}${key}/pub`);
  csv.searchParams.set('output', 'csv');
  if (gid !== null && /^\d+$/.test(gid)) {
    csv.searchParams.set('gid', gid);
    csv.searchParams.set('single', 'true');
  }
  return csv.href;
}
