import { describe, expect, it } from 'vitest';
import { textLines } from './text-lines';

const TEXT = 'قال الوزير إن الاتفاق سيدخل حيز التنفيذ.\n\nThe minister said the deal takes effect.';

describe('textLines', () => {
  it('gives every line of the text, blank ones too, joined back to the text', () => {
    const lines = textLines(TEXT, null);
    expect(lines.map((line) => line.pieces.map((piece) => piece.text).join(''))).toEqual(
      TEXT.split('\n'),
    );
    expect(lines.map((line) => line.start)).toEqual([0, 41, 42]);
    expect(lines.flatMap((line) => line.pieces).some((piece) => piece.marked)).toBe(false);
  });

  it('marks a span within a line', () => {
    const start = TEXT.indexOf('the deal');
    const lines = textLines(TEXT, { start, end: start + 'the deal'.length });
    expect(lines[2]!.pieces).toEqual([
      { text: 'The minister said ', marked: false },
      { text: 'the deal', marked: true },
      { text: ' takes effect.', marked: false },
    ]);
    expect(lines[0]!.pieces).toEqual([{ text: TEXT.split('\n')[0], marked: false }]);
  });

  it('marks each line’s part of a span that runs over lines', () => {
    const start = TEXT.indexOf('التنفيذ');
    const end = TEXT.indexOf(' said');
    const lines = textLines(TEXT, { start, end });
    expect(lines.map((line) => line.pieces.filter((p) => p.marked).map((p) => p.text))).toEqual([
      ['التنفيذ.'],
      [],
      ['The minister'],
    ]);
  });
});
