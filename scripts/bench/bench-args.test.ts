import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZES, parseBenchArgs } from './bench-args.ts';

const wrong = (...argv: string[]) => {
  try {
    parseBenchArgs(argv);
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
};

describe('bench arguments', () => {
  it('defaults: the default store, 1k, 20k and 100k events, 5 runs, build, baseline', () => {
    expect(DEFAULT_SIZES).toEqual([18, 1000, 20_000, 100_000]);
    expect(parseBenchArgs([])).toEqual({
      sizes: [18, 1000, 20_000, 100_000],
      packed: [],
      runs: 5,
      build: true,
      baseline: true,
      seed: 1,
      capSeconds: 60,
      against: 'vis-timeline',
      againstDist: null,
      mapSizes: [100_000],
      window: null,
    });
  });

  it('a window both pages open at, as a link gives it', () => {
    expect(parseBenchArgs(['--window', '2025-04-01,2025-05-01T12:00Z']).window).toEqual({
      from: '2025-04-01',
      to: '2025-05-01T12:00Z',
    });
    expect(wrong('--window', '2025-04-01')).toMatch(/^--window: two dates FROM,TO/);
    expect(wrong('--window', '2025-04-01,next&event=x')).toMatch(/^--window: two dates FROM,TO/);
  });

  it('the map case: its own sizes, or none', () => {
    expect(parseBenchArgs(['--map-sizes', '18,20k']).mapSizes).toEqual([18, 20_000]);
    expect(parseBenchArgs(['--no-map']).mapSizes).toEqual([]);
    expect(wrong('--map-sizes', '0')).toMatch(/--map-sizes/);
  });

  it('reads every flag, in both spellings, with _ and k in numbers', () => {
    expect(
      parseBenchArgs([
        '--sizes=18, 10k,100_000',
        '--packed=none',
        '--runs',
        '1',
        '--no-build',
        '--no-baseline',
        '--seed=2',
        '--cap',
        '1',
        '--against=no-evidence',
        '--map-sizes=1k',
      ]),
    ).toEqual({
      sizes: [18, 10_000, 100_000],
      packed: [],
      runs: 1,
      build: false,
      baseline: false,
      seed: 2,
      capSeconds: 5,
      against: 'no-evidence',
      againstDist: null,
      mapSizes: [1000],
      window: null,
    });
    expect(parseBenchArgs(['--against-dist', '/tmp/dist-before']).againstDist).toBe(
      '/tmp/dist-before',
    );
    expect(parseBenchArgs(['--sizes', '10000', '--runs', '0']).runs).toBe(1);
    expect(parseBenchArgs(['--packed', '1000k']).packed).toEqual([1_000_000]);
  });

  it('explains what is wrong', () => {
    expect(wrong('--bogus')).toBe('unknown argument "--bogus"');
    expect(wrong('1000')).toBe('unknown argument "1000"');
    expect(wrong('--no-build=1')).toBe('unknown argument "--no-build=1"');
    expect(wrong('--runs')).toBe('--runs needs a value');
    expect(wrong('--runs', 'x')).toBe('--runs: not a whole number: x');
    expect(wrong('--seed', '-1')).toBe('--seed: not a whole number: -1');
    expect(wrong('--sizes', '0')).toBe('--sizes needs positive numbers of events');
    expect(wrong('--sizes=')).toBe('--sizes needs positive numbers of events');
    expect(wrong('--against', 'd3')).toBe('--against: one of vis-timeline, no-evidence, not d3');
    expect(wrong('--against-dist', 'x', '--against', 'no-evidence')).toBe(
      '--against-dist names the other page itself: leave out --against',
    );
  });
});
