/**
 * The cast: about thirty fictional states, each with its cities and a few people and
 * bodies that are members of it, and two international bodies of their own.
 */
import type { ActorInput } from '../../../src/format/schema.ts';
import { Rng } from './random';
import type { Slots } from './sentences';
import { slugify } from './slugify';
import {
  CITY_PREFIXES,
  CITY_SUFFIXES,
  FIRST_NAMES,
  LAST_NAMES,
  ORGANIZATIONS,
  STATE_PREFIXES,
  STATE_SUFFIXES,
} from './vocabulary';

export interface StateInfo {
  actor: ActorInput;
  members: ActorInput[];
  people: string[];
  cities: Place[];
}

export interface Place {
  name: string;
  lat?: number;
  lon?: number;
}
/** Hue spread by the golden angle, so neighbouring lanes get distinct colours. */
function color(index: number, rng: Rng): string {
  const h = (index * 137.508) % 360;
  const s = 0.5 + rng.next() * 0.2;
  const l = 0.38 + rng.next() * 0.14;
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  const hex = (x: number) =>
    Math.round(x * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${hex(f(0))}${hex(f(8))}${hex(f(4))}`;
}

function uniqueName(used: Set<string>, make: () => string): string {
  for (let attempt = 0; ; attempt++) {
    const base = make();
    const name = attempt < 50 ? base : `${base} ${attempt}`;
    if (!used.has(name) && !used.has(slugify(name))) {
      used.add(name);
      used.add(slugify(name));
      return name;
    }
  }
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The states (28 to 32, each with 1 to 4 members) and the bodies, from the seed alone. */
export function makeActors(seed: number) {
  const rng = new Rng(seed, 'actors');
  const used = new Set<string>();
  const cityNames = new Set<string>();
  const stateCount = rng.int(28, 32);
  const states: StateInfo[] = [];
  for (let i = 0; i < stateCount; i++) {
    const name = uniqueName(used, () => rng.pick(STATE_PREFIXES) + rng.pick(STATE_SUFFIXES));
    const actor: ActorInput = { id: slugify(name), name, kind: 'state', color: color(i, rng) };
    const lat = -40 + rng.next() * 100;
    const lon = -170 + rng.next() * 340;
    const cities: Place[] = [];
    for (let c = rng.int(2, 5); c > 0; c--) {
      const city = uniqueName(cityNames, () => rng.pick(CITY_PREFIXES) + rng.pick(CITY_SUFFIXES));
      cities.push(
        rng.chance(0.85)
          ? {
              name: city,
              lat: round2(Math.max(-90, Math.min(90, lat + rng.normal() * 3))),
              lon: round2(Math.max(-180, Math.min(180, lon + rng.normal() * 3))),
            }
          : { name: city },
      );
    }
    const members: ActorInput[] = [];
    const people: string[] = [];
    const orgs = rng.sample(ORGANIZATIONS, ORGANIZATIONS.length);
    for (let m = rng.int(1, 4); m > 0; m--) {
      if (rng.chance(0.6)) {
        const person = uniqueName(used, () => `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`);
        people.push(person);
        members.push({ id: slugify(person), name: person, kind: 'person', memberOf: actor.id });
      } else {
        const org = `${orgs.pop()!} ${name}`;
        used.add(org);
        members.push({ id: slugify(org), name: org, kind: 'organization', memberOf: actor.id });
      }
    }
    // Sentences quote someone: a state without a person member still has a spokesperson.
    if (people.length === 0) {
      people.push(uniqueName(used, () => `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`));
    }
    states.push({ actor, members, people, cities });
  }
  // Two international bodies with no memberOf: lanes of their own.
  const bodies: ActorInput[] = ['Council of Northern States', 'Continental Security Pact'].map(
    (name, i) => ({
      id: slugify(name),
      name,
      kind: 'organization',
      color: color(stateCount + i, rng),
    }),
  );
  return { states, bodies };
}

/** Names for a sentence: two states, a city of one of them, a person of the first. */
export function slotsFor(rng: Rng, states: readonly StateInfo[]): Slots {
  const [a, b] = rng.sample(states, 2) as [StateInfo, StateInfo];
  return {
    state: a.actor.name,
    other: b.actor.name,
    place: rng.pick(rng.chance(0.5) ? a.cities : b.cities).name,
    person: rng.pick(a.people),
  };
}
