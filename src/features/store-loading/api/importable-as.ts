import type { Importable } from './store-load-error';
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
): Promise<Importable | undefined> {
  // A store that says it is one is a broken store, not a file to import: no second parse.
  if (byteLength > MAX_IMPORT_BYTES || isSourcelineStart(text.slice(0, 65_536))) return undefined;
  // A KMZ or a workbook is a ZIP archive, whose decoded "text" begins with its signature;
  // a PDF, an old .xls, an image or UTF-16 text is not UTF-8 text either. Their bytes are read
  // as an import reads them: opened, decoded, or refused for what they are.
  const notUtf8Text =
    text.startsWith('PK\u0003\u0004') ||
    text.startsWith('%PDF-') ||
    text.slice(0, 8192).includes('\u0000');
  const [{ detectFormat }, archive] = await Promise.all([
    import('../../../format/convert/convert'),
    notUtf8Text
      ? Promise.all([
          import('../../../format/convert/read-import-bytes'),
          import('../../../format/convert/decode-import'),
        ])
      : null,
  ]);
  let readable = text;
  let container: Importable['container'];
  if (archive) {
    const [{ readImportBytes }, { joinChunks }] = archive;
    try {
      ({ text: readable, container } = await readImportBytes(joinChunks(chunks, byteLength)));
    } catch {
      return undefined;
    }
  }
  const format = detectFormat(readable);
  if (format === null || format === 'sourceline') return undefined;
  return container ? { format, container } : { format };
}
