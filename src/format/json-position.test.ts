import { describe, expect, it } from 'vitest';
import { locateJsonError } from './json-position';

/** Where the error is, as line:column plus what was found there. */
function at(text: string) {
  // Only meaningful for text JSON.parse rejects; make sure the fixture really is broken.
  expect(() => JSON.parse(text), text).toThrow();
  const { line, column, found } = locateJsonError(text);
  return `${line}:${column} ${found}`;
}

describe('locateJsonError', () => {
  it('points at a missing value on a later line', () => {
    const text = '{\n  "format": "sourceline/1",\n  "title": }';
    expect(at(text)).toBe('3:12 "}"');
    expect(locateJsonError(text).offset).toBe(text.indexOf('}', 20));
  });

  it('points at a trailing comma’s closing bracket', () => {
    expect(at('[1, 2,]')).toBe('1:7 "]"');
    expect(at('{"a": 1,}')).toBe('1:9 "}"');
  });

  it('points at a missing comma', () => {
    expect(at('{"a": 1\n "b": 2}')).toBe('2:2 "\\"b\\": 2}"');
  });

  it('reports the end of the text when the document is cut short', () => {
    expect(at('{"events": [')).toBe('1:13 the end of the text');
    expect(at('"unterminated')).toBe('1:14 the end of the text');
    expect(at('')).toBe('1:1 the end of the text');
  });

  it('points at single quotes, comments and bare words', () => {
    expect(at("{'a': 1}")).toBe(`1:2 "'a': 1}"`);
    expect(at('{"a": 1 // note\n}')).toBe('1:9 "// note\\n}"');
    expect(at('{"a": True}')).toBe('1:7 "True}"');
    expect(at('{"a": nul}')).toBe('1:10 "}"');
  });

  it('points at bad numbers', () => {
    expect(at('[01]')).toBe('1:3 "1]"');
    expect(at('[-]')).toBe('1:2 "-]"');
    expect(at('[.5]')).toBe('1:2 ".5]"');
  });

  it('points at bad string contents', () => {
    expect(at('["a\tb"]')).toBe('1:4 "\\tb\\"]"'); // raw control character
    expect(at('["\\x41"]')).toBe('1:4 "x41\\"]"'); // unknown escape
    expect(at('["\\u12G4"]')).toBe('1:7 "G4\\"]"'); // bad \u escape
  });

  it('points at text after the document', () => {
    expect(at('{} {}')).toBe('1:4 "{}"');
  });

  it('shortens what was found to a few characters', () => {
    expect(at(`[${'x'.repeat(100)}]`)).toBe(`1:2 "${'x'.repeat(12)}"`);
  });

  it('counts columns from the last newline, in a file with CRLF line ends too', () => {
    expect(at('{\r\n  "a": 1,\r\n  "b": ?\r\n}').startsWith('3:8 ')).toBe(true);
  });

  it('survives absurd nesting instead of overflowing the stack', () => {
    const text = '['.repeat(200_000);
    expect(() => locateJsonError(text)).not.toThrow();
  });

  it('finds no error in valid JSON (offset at the end)', () => {
    for (const text of [
      '{}',
      ' [1, -2.5e3, "a\\u00e9\\n", true, false, null, {"k": []}] ',
      '"x"',
    ]) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(locateJsonError(text).offset, text).toBe(text.length);
    }
  });
});
