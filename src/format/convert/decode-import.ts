/**
 * The text of a file to import. UTF-8, as nearly every file is. An XML file that is not valid
 * UTF-8 and declares a legacy single-byte encoding (`<?xml … encoding="ISO-8859-1"?>`, as
 * SIMILE data written by older PHP and Java tools does) is read in that encoding, so that its
 * accented letters are not all turned into "�". A valid UTF-8 file is never read otherwise.
 * A file that starts with UTF-16's byte-order mark is read as UTF-16.
 */
const LEGACY_DECLARATION =
  /^<\?xml[^>]*?\bencoding\s*=\s*["'](iso-8859-1|iso-8859-15|latin1|windows-1252|cp1252|us-ascii)["']/i;

/** The UTF-16 encoding a byte-order mark says, or null. */
export function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

export function decodeImportBytes(bytes: Uint8Array): string {
  // Excel's "Unicode Text" (a TSV) and some Windows tools write UTF-16 with its byte-order mark.
  const utf16 = utf16Of(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // The declaration is ASCII in every one of these encodings.
    const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 256)).trimStart();
    const label = LEGACY_DECLARATION.exec(head)?.[1];
    return new TextDecoder(label ?? 'utf-8').decode(bytes);
  }
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
