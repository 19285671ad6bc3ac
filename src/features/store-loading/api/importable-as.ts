import type { ImportFormat } from '../../../format/convert/import-report';
import { MAX_IMPORT_BYTES, isSourcelineStart } from '../../../format/convert/import-limits';

/**
 * The import format of a document refused as a store (a TimelineJS file, a CSV), so that the
 * error can offer to import it rather than list why it is not `sourceline/1`. Loaded only
 * when a store is refused, as are the converters' detection it loads in turn: none of it is
 * in the worker's first load.
 */
export async function importableAs(
  text: string,
  byteLength: number,
): Promise<ImportFormat | undefined> {
  // A store that says it is one is a broken store, not a file to import: no second parse.
  if (byteLength > MAX_IMPORT_BYTES || isSourcelineStart(text.slice(0, 65_536))) return undefined;
  const { detectFormat } = await import('../../../format/convert/convert');
  const format = detectFormat(text);
  return format === null || format === 'sourceline' ? undefined : format;
}
