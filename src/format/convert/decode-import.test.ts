import { describe, expect, it } from 'vitest';
import { decodeImportBytes } from './decode-import';

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
