/**
 * The text of a file to import, or of a source the editor opens. UTF-8, as nearly every file
 * is. A file that is not valid UTF-8 and declares a legacy encoding in its first bytes (an XML
 * file's `<?xml … encoding="ISO-8859-1"?>`, as SIMILE data written by older PHP and Java tools
 * does; an HTML page's `<meta charset>`) is read in that encoding, so that its accented letters
 * are not all turned into "�". A valid UTF-8 file is never read otherwise: a page saved in
 * UTF-8 often keeps the `<meta charset="iso-8859-1">` its server's header overrode, and text
 * in a legacy encoding is almost never valid UTF-8 by chance. A file that starts with UTF-16's
 * byte-order mark is read as UTF-16.
 */
const LEGACY_DECLARATION =
  /^<\?xml[^>]*?\bencoding\s*=\s*["'](iso-8859-1|iso-8859-15|latin1|windows-1252|cp1252|us-ascii)["']/i;

/** The single-byte encoding an XML declaration names, or undefined. */
export const xmlEncodingDeclared = (head: string): string | undefined =>
  LEGACY_DECLARATION.exec(head.trimStart())?.[1];

/**
 * The encoding an HTML page's `<meta charset="…">` or `<meta http-equiv="Content-Type"
 * content="text/html; charset=…">` names, looked for in its first 1,024 bytes as browsers do.
 */
export const htmlEncodingDeclared = (head: string): string | undefined =>
  /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head.slice(0, 1024))?.[1];

/** The UTF-16 encoding a byte-order mark says, or null. */
export function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding read, e.g. `utf-8`, `windows-1252`, `iso-8859-2`. */
  encoding: string;
  /** Why: a byte-order mark, valid UTF-8, the file's own declaration, or the fallback. */
  by: 'bom' | 'utf-8' | 'declared' | 'fallback';
  /** The label the file declares, as it wrote it (lower-cased), when it was read by it. */
  declared?: string;
}

/** A decoder for a declared label, unless it names no legacy encoding TextDecoder knows. */
function legacyDecoder(label: string | undefined): TextDecoder | null {
  if (!label) return null;
  try {
    const decoder = new TextDecoder(label);
    // UTF-8 failed already; a page cannot be UTF-16 without a byte-order mark (the HTML
    // standard reads such a declaration as UTF-8); "replacement" decodes nothing.
    return /^(utf-8|utf-16le|utf-16be|replacement)$/.test(decoder.encoding) ? null : decoder;
  } catch {
    return null;
  }
}

/**
 * The text of a file's bytes: a byte-order mark first, then UTF-8 if the bytes are valid
 * UTF-8, then the encoding the file declares (`declared` reads it from the file's start,
 * decoded as windows-1252: a declaration is ASCII in every encoding it can name), then
 * `fallback`: UTF-8 with "�" for the bytes it cannot read (the importers, which say so in the
 * data they show), or windows-1252, which reads every byte as a letter (the editor's sources,
 * whose reader is told).
 */
export function decodeTextBytes(
  bytes: Uint8Array,
  declared: (head: string) => string | undefined,
  fallback: 'utf-8' | 'windows-1252',
): DecodedText {
  // Excel's "Unicode Text" (a TSV) and some Windows tools write UTF-16 with its byte-order mark.
  const utf16 = utf16Of(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, by: 'bom' };
  const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    // A UTF-8 byte-order mark is dropped by the decoder.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: 'utf-8', by: utf8Bom ? 'bom' : 'utf-8' };
  } catch {
    // After a UTF-8 byte-order mark, bytes that are not UTF-8 are still read as UTF-8.
    const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
    const label = utf8Bom ? undefined : declared(head);
    const decoder = legacyDecoder(label);
    if (decoder && label) {
      const text = decoder.decode(bytes);
      return { text, encoding: decoder.encoding, by: 'declared', declared: label.toLowerCase() };
    }
    const chosen = utf8Bom ? 'utf-8' : fallback;
    return { text: new TextDecoder(chosen).decode(bytes), encoding: chosen, by: 'fallback' };
  }
}

export function decodeImportBytes(bytes: Uint8Array): string {
  return decodeTextBytes(bytes, xmlEncodingDeclared, 'utf-8').text;
}

/** The bytes read in chunks (a stream), as one array. */
export function joinChunks(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const all = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return all;
}
