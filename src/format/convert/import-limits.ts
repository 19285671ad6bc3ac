import { MAX_STORE_BYTES } from '../limits';

/**
 * What the page needs to decide between opening a file as a store and importing it, without
 * loading the converters (Papa Parse, htmlparser2), which only the import worker needs.
 */

/**
 * Largest file accepted for import. The document made from it must stay under the store
 * limit (200 MB), and JSON with ids and field names runs to about twice a CSV's size.
 */
export const MAX_IMPORT_BYTES = Math.floor(MAX_STORE_BYTES / 4);

/** A quick look at a file's start: does it say it is a sourceline store? */
export function isSourcelineStart(head: string): boolean {
  return /"format"\s*:\s*"sourceline\//.test(head);
}

/** What the file pickers offer: stores, and every format the converters read. */
export const OPENABLE_FILES = [
  '.json,application/json',
  '.js,text/javascript',
  '.kml,application/vnd.google-earth.kml+xml',
  '.kmz,application/vnd.google-earth.kmz',
  '.csv,text/csv',
  '.tsv,text/tab-separated-values',
  '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.ods,application/vnd.oasis.opendocument.spreadsheet',
  '.txt',
  '.xml,text/xml,application/xml',
  '.rss,application/rss+xml,.atom,application/atom+xml',
  '.geojson,application/geo+json',
].join(',');
