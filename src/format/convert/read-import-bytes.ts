import { type UnzipFileInfo, unzipSync } from 'fflate';
import { decodeImportBytes, utf16Of } from './decode-import';
import { listWithMore } from '../list-more';
import type { ImportNote } from './import-report';
import { MAX_IMPORT_BYTES } from './import-limits';
import { ImportReadError, type ImportText } from './import-text';
import { ODS_MIME_TYPES } from './ods-types';

export { ImportReadError, type ImportText } from './import-text';

/**
 * From a file's bytes to the text the converters read. Most files are text and are decoded
 * (decode-import.ts). A ZIP archive is opened: a KMZ, which is how Google Earth saves and
 * Google My Maps exports by default, is its first KML file; an Excel workbook (.xlsx) is its
 * first sheet with data, as CSV (read-workbook.ts, loaded only for a workbook), and so is an
 * OpenDocument spreadsheet (.ods, read-ods.ts). What was taken from the archive, and what was
 * left in it, goes first in the report.
 */

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

export const isZip = (bytes: Uint8Array) => ZIP_SIGNATURE.every((byte, i) => bytes[i] === byte);

const MB = 1024 * 1024;

/** The archive's entries in its own order, read from its directory; nothing is unpacked. */
export function entriesOf(bytes: Uint8Array): UnzipFileInfo[] {
  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        entries.push(entry);
        return false;
      },
    });
  } catch {
    throw new ImportReadError('a ZIP archive that cannot be read (damaged, or cut short)');
  }
  return entries;
}

const isKml = (name: string) => /\.kml$/i.test(name) && !name.startsWith('__MACOSX/');

/**
 * An OpenDocument file's type, from the `mimetype` file it starts with (stored, not
 * compressed, and a few dozen bytes), or null for any other archive.
 */
function openDocumentType(bytes: Uint8Array, entries: readonly UnzipFileInfo[]): string | null {
  const entry = entries.find((candidate) => candidate.name === 'mimetype');
  if (!entry || entry.originalSize > 100) return null;
  try {
    const file = unzipSync(bytes, {
      filter: (candidate) => candidate.name === 'mimetype',
    }).mimetype;
    return file ? new TextDecoder().decode(file).trim() : null;
  } catch {
    return null;
  }
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((byte, i) => bytes[i] === byte);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/**
 * What a file that is neither text nor an archive Sourceline opens is, said so that a person
 * knows what to do with it, rather than read as text: an old .xls would otherwise be a "CSV"
 * whose column names are its binary bytes.
 */
function notText(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    return 'an Excel 97–2003 workbook (.xls) or another Office file of that age: save the sheet as .xlsx, .ods or CSV, and import that';
  if (startsWith(bytes, ascii('%PDF-')))
    return 'a PDF document: Sourceline imports timelines and tables, not documents; export the table in it as CSV, and import that';
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, ascii('GIF8'))
  )
    return 'an image, not a timeline or a table';
  if (utf16Of(bytes)) return null;
  // Text has no NUL byte; nearly every binary format has many near its start.
  if (bytes.subarray(0, 8192).includes(0))
    return 'a binary file, not text: Sourceline imports text files (JSON, XML, CSV) and the spreadsheets and archives it names';
  return null;
}

/** What an archive that holds no KML is, when it is something a person would recognise. */
function whatElse(entries: readonly UnzipFileInfo[], openDocument: string | null): string {
  if (openDocument !== null)
    return `an OpenDocument file that is not a spreadsheet (${openDocument}): save the table in it as CSV, and import that`;
  const has = (prefix: string) => entries.some((entry) => entry.name.startsWith(prefix));
  if (has('word/')) return 'a Word document (.docx): save the table in it as CSV, and import that';
  if (has('ppt/')) return 'a PowerPoint presentation (.pptx), not a timeline or a table';
  if (has('Index/Document.iwa'))
    return 'an Apple Numbers spreadsheet: export it as Excel or CSV (File → Export To), and import that';
  return 'a ZIP archive with no KML file in it (a KMZ holds one)';
}

/**
 * Google Earth reads the first KML at the archive's top level (doc.kml, by convention), and
 * the files beside it are what its descriptions show (images, models): they are not imported.
 */
function readKmz(
  bytes: Uint8Array,
  entries: readonly UnzipFileInfo[],
  openDocument: string | null,
): ImportText {
  const kmls = entries.filter((entry) => isKml(entry.name));
  const chosen = kmls.find((entry) => !entry.name.includes('/')) ?? kmls[0];
  if (!chosen) throw new ImportReadError(whatElse(entries, openDocument));
  // The size is the archive's word for it; inflating stops there whatever the data says.
  if (chosen.originalSize > MAX_IMPORT_BYTES) {
    throw new ImportReadError(
      `the KML in this archive (${chosen.name}) is ${Math.ceil(chosen.originalSize / MB)} MB unpacked, more than the ${MAX_IMPORT_BYTES / MB} MB an import may be`,
    );
  }
  let kml: Uint8Array | undefined;
  try {
    kml = unzipSync(bytes, { filter: (entry) => entry.name === chosen.name })[chosen.name];
  } catch {
    kml = undefined;
  }
  if (!kml)
    throw new ImportReadError(`the KML in this archive (${chosen.name}) cannot be unpacked`);
  const others = entries.filter((entry) => entry !== chosen && !entry.name.endsWith('/'));
  const notes: ImportNote[] = [
    { kind: 'mapped', where: '', message: `a KMZ archive: its KML, ${chosen.name}, read` },
  ];
  if (others.length > 0) {
    const shown = others.slice(0, 3).map((entry) => entry.name);
    const listed = listWithMore(shown, others.length - shown.length);
    notes.push({
      kind: 'dropped',
      where: '',
      message: `${others.length === 1 ? 'the other file' : `the ${others.length} other files`} in the archive (${listed}) not imported: links to them cannot be followed`,
    });
  }
  return { text: decodeImportBytes(kml), notes, container: 'kmz' };
}

const isWorkbook = (entries: readonly UnzipFileInfo[]) =>
  entries.some((entry) => entry.name === 'xl/workbook.xml');

export async function readImportBytes(bytes: Uint8Array): Promise<ImportText> {
  if (!isZip(bytes)) {
    const what = notText(bytes);
    if (what !== null) throw new ImportReadError(what);
    return { text: decodeImportBytes(bytes), notes: [] };
  }
  const entries = entriesOf(bytes);
  if (isWorkbook(entries)) {
    const { readWorkbook } = await import('./read-workbook');
    return readWorkbook(bytes, entries);
  }
  const openDocument = openDocumentType(bytes, entries);
  if (openDocument !== null && ODS_MIME_TYPES.has(openDocument)) {
    const { readOds } = await import('./read-ods');
    return readOds(bytes, entries);
  }
  return readKmz(bytes, entries, openDocument);
}
