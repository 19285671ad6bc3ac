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
  chunks: readonly Uint8Array[],
): Promise<ImportFormat | undefined> {
  // A store that says it is one is a broken store, not a file to import: no second parse.
  if (byteLength > MAX_IMPORT_BYTES || isSourcelineStart(text.slice(0, 65_536))) return undefined;
  const [{ detectFormat }, archive] = await Promise.all([
    import('../../../format/convert/convert'),
    // A KMZ or an Excel workbook is a ZIP archive, whose decoded "text" begins with its
    // signature.
    text.startsWith('PK\u0003\u0004')
      ? Promise.all([
          import('../../../format/convert/read-import-bytes'),
          import('../../../format/convert/decode-import'),
        ])
      : null,
  ]);
  let readable = text;
  if (archive) {
    const [{ readImportBytes }, { joinChunks }] = archive;
    try {
      readable = (await readImportBytes(joinChunks(chunks, byteLength))).text;
    } catch {
      return undefined;
    }
  }
  const format = detectFormat(readable);
  return format === null || format === 'sourceline' ? undefined : format;
}
