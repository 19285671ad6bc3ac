import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateStore } from '../../scripts/lib/gen-store';
import { validateStore } from '../format/validate-store';
import { filterEvents } from './event-filter';
import { buildStoreIndex } from './store-index';
import { runningSpans } from './running-spans';
import {
  buildTimeIndex,
  buildTimeIndexDirectly,
  contestedBetween,
  isSpan,
  wholeTimeIndexSteps,
} from './time-index';
import type { LaneMode } from './view-store';

const generated = validateStore(generateStore({ events: 3_000, seed: 5 }));
if (!generated.ok) throw new Error('generated store refused');
const index = buildStoreIndex(generated.store);
const modes: LaneMode[] = ['actors', 'single'];

describe('buildTimeIndex', () => {
  it('gives the whole store the index built directly, and the same object each time', () => {
    for (const mode of modes) {
      const time = buildTimeIndex(index, index.events, mode);
      expect(time).toEqual(buildTimeIndexDirectly(index, index.events, mode));
      expect(buildTimeIndex(index, index.events, mode)).toBe(time);
    }
  });

  it('counts the disputed and refuted events of any stretch of a lane', () => {
    const time = buildTimeIndex(index, index.events, 'actors');
    let seen = 0;
    for (const lane of time.laneIds) {
      const times = time.lanes.get(lane)!;
      const statuses = Array.from(times.positions, (p) => time.events[p]!.status);
      const from = Math.floor(statuses.length / 3);
      const to = statuses.length - 1;
      const expected = statuses
        .slice(from, to)
        .filter((status) => status === 'disputed' || status === 'refuted').length;
      expect(contestedBetween(times, from, to)).toBe(expected);
      seen += expected;
    }
    // The generated store has such events: the counts were not all zero by chance.
    expect(seen).toBeGreaterThan(0);
  });

  it('builds the index of the whole store in steps, the same index as in one go', () => {
    for (const mode of modes) {
      const fresh = buildStoreIndex(generated.store);
      const steps = wholeTimeIndexSteps(fresh, mode);
      expect(steps.next().done).toBe(false);
      const last = steps.next();
      expect(last.done).toBe(true);
      expect(last.value).toEqual(buildTimeIndexDirectly(fresh, fresh.events, mode));
      // Kept with the store's index: what the timeline then asks for is that one.
      expect(buildTimeIndex(fresh, fresh.events, mode)).toBe(last.value);
    }
  });

  it('picks any selection in store order exactly as building it directly would', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: index.events.length, maxLength: index.events.length }),
        fc.constantFrom(...modes),
        (keep, mode) => {
          const events = index.events.filter((_, i) => keep[i]);
          expect(buildTimeIndex(index, events, mode)).toEqual(
            buildTimeIndexDirectly(index, events, mode),
          );
        },
      ),
      { numRuns: 40 },
    );
  });

  it('matches building directly for actor filters, in both match modes', () => {
    const actors = [...index.positionsByActor.keys()];
    fc.assert(
      fc.property(
        fc.subarray(actors, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('any' as const, 'all' as const),
        fc.constantFrom(...modes),
        (actorIds, match, mode) => {
          const events = filterEvents(index, { actorIds, match, query: '' });
          const time = buildTimeIndex(index, events, mode);
          expect(time).toEqual(buildTimeIndexDirectly(index, events, mode));
          expect(time.events).toBe(events);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('builds directly from events that are not in store order', () => {
    const events = index.events.slice(0, 50).reverse();
    expect(buildTimeIndex(index, events, 'actors')).toEqual(
      buildTimeIndexDirectly(index, events, 'actors'),
    );
    expect(buildTimeIndex(index, [], 'actors')).toEqual(
      buildTimeIndexDirectly(index, [], 'actors'),
    );
  });
});

describe('spans running at an instant', () => {
  it('are the spans begun before it that end after it, by their own dates, in each lane', () => {
    const events = filterEvents(index, { actorIds: [], match: 'any', query: '' }).filter(
      (_, i) => i % 3 !== 0,
    );
    const time = buildTimeIndex(index, events, 'actors');
    const { start, end } = index.extent;
    for (let step = 0; step <= 10; step++) {
      const instant = start + ((end - start) * step) / 10;
      const running = (positions: Iterable<number>) =>
        [...positions].filter((position) => {
          const event = time.events[position]!;
          return (
            isSpan(event) &&
            event.when.start.start < instant &&
            (event.when.end ?? event.when.start).end > instant
          );
        });
      const all = runningSpans(time.events, time.periods);
      expect(all.listAt(instant)).toEqual(running(time.events.keys()));
      expect(all.countAt(instant)).toBe(running(time.events.keys()).length);
      for (const lane of time.laneIds) {
        const times = time.lanes.get(lane)!;
        const inLane = runningSpans(time.events, times.periods);
        expect(inLane.listAt(instant), `${lane} at ${instant}`).toEqual(running(times.positions));
        expect(inLane.countAt(instant)).toBe(running(times.positions).length);
      }
    }
  });
});
