import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateStore } from '../../scripts/lib/gen-store';
import { validateStore } from '../format/validate-store';
import type { StoreEvent } from '../format/validate-store';
import { runningSpans } from './running-spans';
import { buildStoreIndex } from './store-index';
import { buildTimeIndex, countInWindow } from './time-index';
import { lowerBound } from './time-bins';

const generated = validateStore(generateStore({ events: 3_000, seed: 11 }));
if (!generated.ok) throw new Error('generated store refused');
const index = buildStoreIndex(generated.store);

/** What the timeline did before: a walk over the spans from the first one. */
function walk(events: readonly StoreEvent[], spans: Int32Array, t: number): number[] {
  const running: number[] = [];
  for (const position of spans) {
    const event = events[position]!;
    if (event.when.start.start >= t) break;
    if ((event.when.end ?? event.when.start).end > t) running.push(position);
  }
  return running;
}

describe('runningSpans', () => {
  const time = buildTimeIndex(index, index.events, 'actors');
  const lists = [time.periods, ...[...time.lanes.values()].map((lane) => lane.periods)];
  // Instants that matter most: each span's own start and end (the edges of "running").
  const edges = [...time.periods].flatMap((position) => {
    const event = time.events[position]!;
    return [event.when.start.start, (event.when.end ?? event.when.start).end];
  });

  it('counts and lists what a walk from the first span finds, at every span edge', () => {
    expect(time.periods.length).toBeGreaterThan(100);
    for (const spans of lists) {
      const running = runningSpans(time.events, spans);
      for (const t of edges) {
        const expected = walk(time.events, spans, t);
        expect(running.countAt(t)).toBe(expected.length);
        expect(running.listAt(t)).toEqual(expected);
      }
    }
  });

  it('agrees with the walk at any instant, before, inside and after the store', () => {
    const { start, end } = index.extent;
    const reach = end - start;
    fc.assert(
      fc.property(fc.double({ min: start - reach, max: end + reach, noNaN: true }), (t) => {
        for (const spans of lists) {
          const running = runningSpans(time.events, spans);
          const expected = walk(time.events, spans, t);
          expect(running.countAt(t)).toBe(expected.length);
          expect(running.listAt(t)).toEqual(expected);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is built once per list of spans', () => {
    expect(runningSpans(time.events, time.periods)).toBe(runningSpans(time.events, time.periods));
  });
});

describe('countInWindow', () => {
  it('counts those starting in the window and the spans running into it, as the walk did', () => {
    const time = buildTimeIndex(index, index.events, 'single');
    const { start, end } = index.extent;
    fc.assert(
      fc.property(
        fc.double({ min: start, max: end, noNaN: true }),
        fc.double({ min: 1, max: end - start, noNaN: true }),
        (from, length) => {
          const window = { start: from, end: from + length };
          expect(countInWindow(time, window)).toBe(
            lowerBound(time.starts, window.end) -
              lowerBound(time.starts, window.start) +
              walk(time.events, time.periods, window.start).length,
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
