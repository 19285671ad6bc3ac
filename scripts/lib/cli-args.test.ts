import { describe, expect, it } from 'vitest';
import { UsageError, readCommandLine, wholeNumber } from './cli-args.ts';

const OPTIONS = {
  out: { type: 'string' },
  seed: { type: 'string' },
  pretty: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const read = (...argv: string[]) => readCommandLine(argv, OPTIONS);
const message = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('no UsageError');
};

describe('readCommandLine', () => {
  it('reads --name value, --name=value and flags; the last one wins', () => {
    expect(read('--out', 'a.json', '--seed=3', '--pretty', '--out=b.json')).toEqual({
      values: { out: 'b.json', seed: '3', pretty: true },
      positionals: [],
    });
    expect(read('--out=')).toEqual({ values: { out: '' }, positionals: [] });
  });

  it('gives a string option the next argument whatever it looks like', () => {
    expect(read('--seed', '-3').values).toEqual({ seed: '-3' });
    expect(read('--seed', '--out').values).toEqual({ seed: '--out' });
  });

  it('refuses what the script does not know, as typed, in the order typed', () => {
    expect(message(() => read('--bogus'))).toBe('unknown argument "--bogus"');
    expect(message(() => read('file.json'))).toBe('unknown argument "file.json"');
    expect(message(() => read('--pretty=yes'))).toBe('unknown argument "--pretty=yes"');
    expect(message(() => read('-hx'))).toBe('unknown argument "-hx"');
    expect(message(() => read('--seed', 'x', '--bogus', '--nope'))).toBe(
      'unknown argument "--bogus"',
    );
    expect(message(() => read('--out'))).toBe('--out needs a value');
  });

  it('allows positionals when asked, with -- before one that starts with a dash', () => {
    expect(readCommandLine(['a', '--pretty', '--', '--b'], OPTIONS, { positionals: true })).toEqual(
      { values: { pretty: true }, positionals: ['a', '--b'] },
    );
  });

  it('uses the script’s own message, and stops at help only if nothing came wrong first', () => {
    const unknown = (argument: string) => `unknown option ${argument}`;
    const options = { positionals: true, unknown, stopAt: 'help' };
    expect(readCommandLine(['x', '-h', '--bogus'], OPTIONS, options)).toBe('stopped');
    expect(readCommandLine(['--help'], OPTIONS, options)).toBe('stopped');
    expect(message(() => readCommandLine(['--bogus', '-h'], OPTIONS, options))).toBe(
      'unknown option --bogus',
    );
  });
});

describe('wholeNumber', () => {
  it('accepts digits with _ separators, and k for thousands where asked', () => {
    expect(wholeNumber('100_000')).toBe(100_000);
    expect(wholeNumber('-5')).toBe(-5);
    expect(wholeNumber('1.5')).toBeNull();
    expect(wholeNumber('ten')).toBeNull();
    expect(wholeNumber('10k')).toBeNull();
    expect(wholeNumber('10k', { thousands: true })).toBe(10_000);
  });
});
