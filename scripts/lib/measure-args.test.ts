import { describe, expect, it } from 'vitest';
import { parseMeasureLoadArgs, parseMeasureSearchArgs } from './measure-args.ts';

const wrong = (parse: (argv: string[]) => unknown, ...argv: string[]) => {
  try {
    parse(argv);
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
};

describe('measure:load arguments', () => {
  it('--runs N, 5 by default', () => {
    expect(parseMeasureLoadArgs([])).toEqual({ runs: 5 });
    expect(parseMeasureLoadArgs(['--runs', '2'])).toEqual({ runs: 2 });
    expect(parseMeasureLoadArgs(['--runs=3'])).toEqual({ runs: 3 });
  });

  it('refuses a bad count, a missing one and unknown arguments', () => {
    expect(wrong(parseMeasureLoadArgs, '--runs', '0')).toBe(
      '--runs needs a positive integer, not 0',
    );
    expect(wrong(parseMeasureLoadArgs, '--runs', 'x')).toBe(
      '--runs needs a positive integer, not x',
    );
    expect(wrong(parseMeasureLoadArgs, '--runs')).toBe('--runs needs a value');
    expect(wrong(parseMeasureLoadArgs, '--sizes', '10')).toBe('unknown argument "--sizes"');
  });
});

describe('measure:search arguments', () => {
  it('FILE [--runs N], 3 by default, the file before or after the flag', () => {
    expect(parseMeasureSearchArgs(['a.json'])).toEqual({ file: 'a.json', runs: 3 });
    expect(parseMeasureSearchArgs(['--runs', '1', 'a.json'])).toEqual({ file: 'a.json', runs: 1 });
  });

  it('refuses no file, two files and a bad count', () => {
    expect(wrong(parseMeasureSearchArgs)).toBe('no store given');
    expect(wrong(parseMeasureSearchArgs, 'a', 'b')).toBe('one store at a time (got 2)');
    expect(wrong(parseMeasureSearchArgs, 'a', '--runs', 'x')).toBe(
      '--runs needs a positive integer, not x',
    );
  });
});
