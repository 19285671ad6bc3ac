/**
 * Crises: bursts of events over days to months among two to four states, heavy-tailed in
 * size, on top of which most events fall.
 */
import type { ActorInput } from '../../../src/format/schema.ts';
import type { Place, StateInfo } from './actors';
import { DAY } from './dates';
import type { Rng } from './random';
import { slugify } from './slugify';

export interface Crisis {
  name: string;
  tag: string;
  start: number;
  length: number;
  states: StateInfo[];
  place: Place;
}

const CRISIS_NAMES: readonly ((a: string, b: string, place: string) => string)[] = [
  (_a, _b, place) => `${place} crisis`,
  (a, b) => `${a}–${b} border dispute`,
  (a) => `${a} gas dispute`,
  (_a, _b, place) => `${place} standoff`,
  (a) => `${a} election crisis`,
  (a, b) => `${a}–${b} trade war`,
  (_a, _b, place) => `siege of ${place}`,
];

/** About one crisis per 150 events, at least 3 and at most 600, over the span. */
export function makeCrises(
  rng: Rng,
  states: readonly StateInfo[],
  events: number,
  spanStart: number,
  spanDays: number,
): Crisis[] {
  const crisisCount = Math.max(3, Math.min(600, Math.round(events / 150)));
  const crises: Crisis[] = [];
  for (let i = 0; i < crisisCount; i++) {
    const involved = rng.sample(states, rng.int(2, 4));
    const [a, b] = involved as [StateInfo, StateInfo];
    const place = rng.pick(a.cities);
    const name = rng.pick(CRISIS_NAMES)(a.actor.name, b.actor.name, place.name);
    const kind = rng.weighted([4, 4, 2]);
    const length = kind === 0 ? rng.int(3, 14) : kind === 1 ? rng.int(15, 60) : rng.int(61, 200);
    crises.push({
      name,
      tag: slugify(name),
      start: spanStart + rng.int(0, spanDays - 1) * DAY,
      length,
      states: involved,
      place,
    });
  }
  return crises;
}

/**
 * A function that picks a crisis at random, a few of them far more often than the rest:
 * cumulative log-normal weights (drawn now, from `rng`), searched by bisection.
 */
export function crisisPicker(rng: Rng, crises: readonly Crisis[]): () => Crisis {
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < crises.length; i++) cumulative.push((total += Math.exp(rng.normal())));
  return () => {
    const r = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return crises[lo]!;
  };
}

/** The actors an event of the crisis may involve: its states and their members. */
export const actorsOfCrises = (crises: readonly Crisis[]): Map<Crisis, ActorInput[]> =>
  new Map(
    crises.map((crisis) => [
      crisis,
      crisis.states.flatMap((state) => [state.actor, ...state.members]),
    ]),
  );
