import { describe, expect, it } from 'vitest';
import { decodeImportBytes, decodeTextBytes, htmlEncodingDeclared } from './decode-import';

// Latin-1 bytes as an XML file that declares them; "à" is 0xE0, "é" 0xE9.
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('decodeImportBytes', () => {
  it('reads an XML file in the single-byte encoding it declares when it is not UTF-8', () => {
    const xml =
      '<?xml version="1.0" encoding="ISO-8859-1"?>\n<data><event start="1889" title="Exposition à Paris">Tour achevée.</event></data>';
    expect(decodeImportBytes(latin1(xml))).toBe(xml);
  });

  it('reads UTF-8 as UTF-8, whatever the declaration says', () => {
    const xml = '<?xml version="1.0" encoding="ISO-8859-1"?><data><event title="à"/></data>';
    expect(decodeImportBytes(new TextEncoder().encode(xml))).toBe(xml);
  });

  it('keeps the replacement character for bytes no declaration explains', () => {
    expect(decodeImportBytes(latin1('date,title\n1889,Exposition à Paris'))).toBe(
      'date,title\n1889,Exposition \ufffd Paris',
    );
  });
});

describe('decodeTextBytes', () => {
  const none = () => undefined;

  it('reads a page in the charset its <meta> declares when it is not UTF-8', () => {
    const html =
      '<html><head><meta charset="iso-8859-1"><title>Pionyang</title></head><body><p>Vladímir Putin llegó en 24 años</p></body></html>';
    expect(decodeTextBytes(latin1(html), htmlEncodingDeclared, 'windows-1252')).toEqual({
      text: html,
      encoding: 'windows-1252',
      by: 'declared',
      declared: 'iso-8859-1',
    });
  });

  it('reads the charset of an http-equiv Content-Type, beyond Latin-1 too', () => {
    // "Łódź" in ISO-8859-2: Ł is 0xA3, ó 0xF3, ź 0xBC.
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode(
        '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2"><p>',
      ),
      0xa3,
      0xf3,
      0x64,
      0xbc,
    ]);
    expect(decodeTextBytes(bytes, htmlEncodingDeclared, 'windows-1252')).toMatchObject({
      text: '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2"><p>Łódź',
      encoding: 'iso-8859-2',
      by: 'declared',
    });
  });

  it('reads valid UTF-8 as UTF-8 whatever the page declares, without its byte-order mark', () => {
    const html = '<meta charset="windows-1252"><p>llegó</p>';
    expect(
      decodeTextBytes(new TextEncoder().encode(html), htmlEncodingDeclared, 'windows-1252'),
    ).toEqual({ text: html, encoding: 'utf-8', by: 'utf-8' });
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('llegó')]);
    expect(decodeTextBytes(bom, none, 'windows-1252')).toEqual({
      text: 'llegó',
      encoding: 'utf-8',
      by: 'bom',
    });
  });

  it('falls back to windows-1252 for bytes that are not UTF-8 and declare nothing', () => {
    // Only Latin-1's letters: Node's windows-1252 decoder (unlike browsers') reads 0x80–0x9F
    // as control characters; e2e/editor-source-files.spec.ts reads them in Chromium.
    expect(decodeTextBytes(latin1('El portavoz dijo: «No habrá»'), none, 'windows-1252')).toEqual({
      text: 'El portavoz dijo: «No habrá»',
      encoding: 'windows-1252',
      by: 'fallback',
    });
  });

  it('ignores a declaration of UTF-8, UTF-16 or an unknown encoding for bytes that are not UTF-8', () => {
    for (const label of ['utf-8', 'utf-16', 'no-such-encoding']) {
      expect(
        decodeTextBytes(
          latin1(`<meta charset="${label}">años`),
          htmlEncodingDeclared,
          'windows-1252',
        ),
      ).toMatchObject({
        text: `<meta charset="${label}">años`,
        encoding: 'windows-1252',
        by: 'fallback',
      });
    }
  });

  it('reads UTF-16 by its byte-order mark', () => {
    const bytes = Uint8Array.from([0xff, 0xfe, 0x61, 0x00, 0xf1, 0x00, 0x6f, 0x00]);
    expect(decodeTextBytes(bytes, none, 'windows-1252')).toEqual({
      text: 'año',
      encoding: 'utf-16le',
      by: 'bom',
    });
  });
});
