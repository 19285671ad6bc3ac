import type { FetchedAddress } from './fetch-address';

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

const SHEET_CSV = 'https://docs.google.com/spreadsheets/d/';

/**
 * The data of a TimelineJS embed address, as a person shares their timeline
 * (`https://cdn.knightlab.com/libs/timeline3/latest/embed/index.html?source=KEY&…`): its
 * `source` is a Google Sheet's key (a published sheet's key after `v2:`), a sheet's address,
 * or a JSON file's address. Null for any other address. Read as TimelineJS reads `source`.
 */
export function timelineJsSource(address: string): { url: string; sheet: boolean } | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (!/(^|\.)knightlab\.com$/.test(url.hostname)) return null;
  const source = url.searchParams.get('source')?.trim();
  if (!source) return null;
  const published = /^v2:([-\w]+)$/.exec(source);
  if (published) return { url: `${SHEET_CSV}e/${published[1]}/pub?output=csv`, sheet: true };
  if (/^[-\w]+$/.test(source)) return { url: `${SHEET_CSV}${source}/pub?output=csv`, sheet: true };
  const sheet = googleSheetCsv(source);
  if (sheet !== null) return { url: sheet, sheet: true };
  return /^https?:\/\//i.test(source) ? { url: source, sheet: false } : null;
}

const lastSegment = (url: string) =>
  decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '') || null;

/** Where fetchAddress fetches a Google Sheet's or a TimelineJS embed's address from. */
export function dataAddress(address: string): FetchedAddress {
  const embedded = timelineJsSource(address);
  if (embedded) {
    const { url, sheet } = embedded;
    return { url, sheet, name: sheet ? 'Google Sheet.csv' : lastSegment(url) };
  }
  const csv = googleSheetCsv(address);
  return csv === null
    ? { url: address, name: null, sheet: false }
    : { url: csv, name: 'Google Sheet.csv', sheet: true };
}
