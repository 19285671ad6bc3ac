import { describe, expect, it } from 'vitest';
import { parseStoreDate } from '../../src/format/dates.ts';
import { validateStore } from '../../src/format/validate-store.ts';
import {
  Rng,
  generateStore,
  generateStoreJson,
  mulberry32,
  slugify,
  storeJsonChunks,
} from './gen-store.ts';
import { parseGenArgs } from './gen-store-args.ts';

const EVENTS = 2000;

describe('generateStore', () => {
  const json = generateStoreJson({ events: EVENTS, seed: 7 });
  const store = JSON.parse(json) as ReturnType<typeof generateStore>;

  it('is deterministic for a seed', () => {
    expect(generateStoreJson({ events: EVENTS, seed: 7 })).toBe(json);
  });

  it('streams the same text as JSON.stringify', () => {
    const small = generateStore({ events: 25, seed: 3 });
    const chunks = [...storeJsonChunks(small, 10)];
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.join('')).toBe(JSON.stringify(small) + '\n');
    const empty = generateStore({ events: 0, seed: 3 });
    expect([...storeJsonChunks(empty)].join('')).toBe(JSON.stringify(empty) + '\n');
  });

  it('differs from one seed to another', () => {
    const other = generateStoreJson({ events: EVENTS, seed: 8 });
    expect(other).not.toBe(json);
    expect(JSON.parse(other).events[0].id).not.toBe(store.events[0]!.id);
  });

  it('validates with nothing dropped and no problems at all, with the requested count', () => {
    const result = validateStore(store);
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
    expect(result.dropped).toEqual({ sources: 0, actors: 0, events: 0 });
    expect(result.problems.slice(0, 5)).toEqual([]);
    expect(result.store.events).toHaveLength(EVENTS);
    expect(store.events).toHaveLength(EVENTS);
  });

  it('has a realistic shape', () => {
    const states = store.actors.filter((actor) => actor.kind === 'state');
    expect(states.length).toBeGreaterThanOrEqual(28);
    expect(states.length).toBeLessThanOrEqual(32);
    for (const state of states) {
      const members = store.actors.filter((actor) => actor.memberOf === state.id);
      expect(members.length).toBeGreaterThanOrEqual(1);
      expect(members.length).toBeLessThanOrEqual(4);
      expect(state.color).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(store.sources.length).toBeGreaterThanOrEqual(5);
    expect(store.sources.length).toBeLessThanOrEqual(20);
    for (const source of store.sources) expect(source.text!.length).toBeGreaterThan(1000);

    const periods = store.events.filter((event) => event.end !== undefined).length / EVENTS;
    expect(periods).toBeGreaterThan(0.1);
    expect(periods).toBeLessThan(0.2);
    const precisions = new Map<string, number>();
    for (const event of store.events) {
      const precision = parseStoreDate(event.start)!.precision;
      precisions.set(precision, (precisions.get(precision) ?? 0) + 1);
    }
    expect(precisions.get('day')! / EVENTS).toBeGreaterThan(0.7);
    expect(precisions.get('month')).toBeGreaterThan(0);
    expect(precisions.get('year')).toBeGreaterThan(0);
    expect((precisions.get('minute') ?? 0) + (precisions.get('second') ?? 0)).toBeGreaterThan(0);

    for (const event of store.events) {
      expect(event.actors.length).toBeGreaterThanOrEqual(1);
      expect(event.actors.length).toBeLessThanOrEqual(4);
      expect(event.excerpts!.length).toBeGreaterThanOrEqual(1);
      expect(event.excerpts!.length).toBeLessThanOrEqual(3);
    }
    const foreign = store.events
      .flatMap((event) => event.excerpts!)
      .filter((excerpt) => {
        const source = store.sources.find((s) => s.id === excerpt.source)!;
        return source.language !== 'en';
      });
    expect(foreign.length).toBeGreaterThan(0);
    expect(foreign.every((excerpt) => typeof excerpt.translation === 'string')).toBe(true);
    expect(store.events.some((event) => event.place !== undefined)).toBe(true);

    // Bursts: the busiest 5% of days hold far more than 5% of the events.
    const perDay = new Map<string, number>();
    for (const event of store.events) {
      const day = event.start.slice(0, 10);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    const counts = [...perDay.values()].sort((a, b) => b - a);
    const top = counts.slice(0, Math.ceil(counts.length * 0.05)).reduce((a, b) => a + b, 0);
    expect(top / EVENTS).toBeGreaterThan(0.15);
  });

  it('keeps events in chronological order', () => {
    const starts = store.events.map((event) => parseStoreDate(event.start)!.start);
    for (let i = 1; i < starts.length; i++)
      expect(starts[i]!).toBeGreaterThanOrEqual(starts[i - 1]!);
  });
});

describe('helpers', () => {
  it('mulberry32 gives floats in [0, 1), repeatably', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    for (let i = 0; i < 100; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    const rng = new Rng(1, 'x');
    for (let i = 0; i < 100; i++) expect(rng.int(1, 4)).toBeGreaterThanOrEqual(1);
  });

  it('slugify', () => {
    expect(slugify('Jovanović & Yılmaz — Talks!')).toBe('jovanovic-yilmaz-talks');
    expect(slugify('a'.repeat(100), 80)).toHaveLength(80);
  });

  it('parses arguments', () => {
    expect(parseGenArgs(['--events', '1000', '--seed', '3', '--out', 'x.json'])).toMatchObject({
      events: 1000,
      seed: 3,
      out: 'x.json',
      pretty: false,
    });
    expect(parseGenArgs(['--events=100_000', '--out=y.json', '--pretty'])).toMatchObject({
      events: 100000,
      seed: 1,
      pretty: true,
    });
    expect(() => parseGenArgs(['--events', 'ten', '--out', 'x'])).toThrow(/integer/);
    expect(() => parseGenArgs(['--events', '10'])).toThrow(/--out/);
    expect(() => parseGenArgs(['--bogus'])).toThrow(/unknown/);
    expect(
      parseGenArgs(['--events', '5', '--out', 'x', '--seed', '-3', '--title=', '--years', '2']),
    ).toMatchObject({ events: 5, seed: -3, title: '', years: 2, startYear: 2000 });
    const wrong = (...argv: string[]) => {
      try {
        parseGenArgs(argv);
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    };
    expect(wrong('--events', '10', '--out')).toBe('--out needs a value');
    expect(wrong('--pretty=x')).toBe('unknown argument "--pretty=x"');
    expect(wrong('x.json')).toBe('unknown argument "x.json"');
    expect(wrong('--events', '-5', '--out', 'x')).toBe('--events must not be negative');
    expect(wrong('--out', 'x', '--events', '--pretty')).toBe(
      '--events must be an integer, not --pretty',
    );
    expect(wrong('--events', '1', '--out', 'x', '--start-year', '0')).toBe(
      '--start-year and --years must stay within years 0001 to 9999',
    );
  });
});
