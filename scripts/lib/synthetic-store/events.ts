/**
 * One event at a time: when (mostly within a crisis), who, where, a title, excerpts quoted
 * verbatim from the sources, tags, notes and a summary. Then the finishing touches over all
 * of them: every actor in some event, chronological order, ids.
 */
import type { ActorInput, EventInput, ExcerptInput } from '../../../src/format/schema.ts';
import { type StateInfo, slotsFor } from './actors';
import type { Crisis } from './crises';
import { DAY, type Precision, makeDates } from './dates';
import type { Rng } from './random';
import { sentence } from './sentences';
import { slugify } from './slugify';
import type { SourceInfo } from './sources';
import { TAGS } from './vocabulary';

const TITLES: readonly ((a: string, b: string, place: string) => string)[] = [
  (a, b) => `${a} and ${b} hold talks`,
  (a, b, p) => `${a} accuses ${b} of provocations near ${p}`,
  (a, b) => `${a} announces sanctions against ${b}`,
  (a, b) => `${a} recalls its ambassador from ${b}`,
  (a, _b, p) => `${a} reports troop movements near ${p}`,
  (a, b, p) => `${a} and ${b} sign an agreement in ${p}`,
  (a, b) => `${a} suspends gas deliveries to ${b}`,
  (_a, _b, p) => `Ceasefire announced in ${p}`,
  (a, _b, p) => `${a} visits ${p}`,
  (a, b) => `${a} expels two diplomats of ${b}`,
  (a, b) => `Talks between ${a} and ${b} break down`,
  (a, _b, p) => `${a} pledges humanitarian aid for ${p}`,
];

const CRISIS_TITLES: readonly ((a: string, place: string, crisis: string) => string)[] = [
  (_a, p, c) => `Protests in ${p} as the ${c} deepens`,
  (a, _p, c) => `${a} calls for an emergency meeting on the ${c}`,
  (a, _p, c) => `${a} proposes a mediator in the ${c}`,
  (_a, _p, c) => `First casualties reported in the ${c}`,
];

/** Mostly days, some months and years, a few date-times. */
const PRECISION_WEIGHTS = [80, 10, 5, 5];
/** 1 to 4 actors per event. */
const ACTOR_COUNT_WEIGHTS = [35, 40, 15, 10];
/** 1 to 3 excerpts per event. */
const EXCERPT_COUNT_WEIGHTS = [55, 35, 10];

const DATE_NOTES = [
  'The source gives only the weekday; the date follows from its publication date.',
  'Reported two days later; the first reports disagree on the day.',
  'The date is that of the official announcement, not of the meeting itself.',
];

/** What every event is drawn from. */
export interface EventWorld {
  states: readonly StateInfo[];
  bodies: readonly ActorInput[];
  sources: readonly SourceInfo[];
  pickCrisis: () => Crisis;
  /** The actors an event of each crisis may involve. */
  actorsOf: ReadonlyMap<Crisis, ActorInput[]>;
  spanStart: number;
  spanDays: number;
}

/**
 * One event, without its id (given once all are sorted), and `key`: the first instant its
 * start covers, to sort by.
 */
export function draftEvent(rng: Rng, world: EventWorld): { event: EventInput; key: number } {
  const { states, bodies, sources, spanStart, spanDays } = world;
  const crisis = rng.chance(0.7) ? world.pickCrisis() : null;
  let ms: number;
  let pool: StateInfo[];
  let candidates: ActorInput[];
  if (crisis) {
    // Front-loaded: most of a crisis happens in its first days.
    ms = crisis.start + Math.floor(crisis.length * rng.next() ** 1.6) * DAY;
    pool = crisis.states;
    candidates = world.actorsOf.get(crisis)!;
  } else {
    ms = spanStart + rng.int(0, spanDays - 1) * DAY;
    pool = rng.sample(states, 2);
    candidates = pool.flatMap((state) => [state.actor, ...state.members]);
  }
  const precision: Precision = (['day', 'month', 'year', 'datetime'] as const)[
    rng.weighted(PRECISION_WEIGHTS)
  ]!;
  const { dates, key } = makeDates(rng, ms, precision, rng.chance(0.15));

  const actors = rng.sample(candidates, 1 + rng.weighted(ACTOR_COUNT_WEIGHTS));
  if (rng.chance(0.05)) actors[actors.length - 1] = rng.pick(bodies);

  const [first, second] = actors as [ActorInput, ActorInput | undefined];
  const own = first.memberOf ?? first.id;
  const other = second ?? rng.pick(pool.filter((state) => state.actor.id !== own)).actor;
  const place = crisis && rng.chance(0.6) ? crisis.place : rng.pick(pool[0]!.cities);
  const title = (
    crisis && rng.chance(0.3)
      ? rng.pick(CRISIS_TITLES)(first.name, place.name, crisis.name)
      : rng.pick(TITLES)(first.name, other.name, place.name)
  ).slice(0, 200);

  const excerpts: ExcerptInput[] = [];
  for (const info of rng.sample(sources, 1 + rng.weighted(EXCERPT_COUNT_WEIGHTS))) {
    const at = rng.int(0, info.sentences.length - 1);
    const one = info.sentences[at]!;
    const next = rng.chance(0.2) ? info.sentences[at + 1] : undefined;
    const quote = next ? `${one.text} ${next.text}` : one.text;
    const translation = next ? `${one.en} ${next.en}` : one.en;
    excerpts.push(
      info.lang === 'en'
        ? { source: info.source.id, quote }
        : { source: info.source.id, quote, translation },
    );
  }

  const tags = rng.sample(TAGS, rng.int(1, 3));
  if (crisis && rng.chance(0.7)) tags.unshift(crisis.tag);

  let dateNote: string | undefined;
  const approximate = rng.chance(0.03);
  if (approximate) dateNote = 'The sources give the date only approximately.';
  else if (rng.chance(0.04)) dateNote = rng.pick(DATE_NOTES);
  let summary: string | undefined;
  if (rng.chance(0.5)) {
    const slots = slotsFor(rng, pool);
    const lines = [sentence(rng, 'en', slots).en];
    if (rng.chance(0.4)) lines.push(sentence(rng, 'en', slots).en);
    summary = lines.join(rng.chance(0.3) ? '\n\n' : ' ');
  }
  const withPlace = rng.chance(0.4);

  const event: EventInput = {
    id: '',
    title,
    start: dates.start,
    ...(dates.end === undefined ? {} : { end: dates.end }),
    ...(approximate ? { approximate } : {}),
    ...(dateNote === undefined ? {} : { dateNote }),
    actors: actors.map((actor) => actor.id),
    ...(summary === undefined ? {} : { summary }),
    tags,
    ...(withPlace ? { place: { ...place } } : {}),
    excerpts,
  };
  return { event, key };
}

/**
 * Adds each actor that no event names to the next event with room for one (at most four
 * actors), so the store has no "actor with no events" warnings, as long as there are
 * enough events to go round.
 */
export function involveEveryActor(drafts: readonly EventInput[], actors: readonly ActorInput[]) {
  const used = new Set(drafts.flatMap((draft) => draft.actors));
  let cursor = 0;
  for (const actor of actors) {
    if (used.has(actor.id)) continue;
    for (let tries = 0; tries < drafts.length; tries++) {
      const draft = drafts[cursor++ % drafts.length]!;
      if (draft.actors.length < 4) {
        draft.actors.push(actor.id);
        used.add(actor.id);
        break;
      }
    }
  }
}

/** The events sorted by `keys` (ties in drafting order), with ids in that order. */
export function inChronologicalOrder(
  drafts: readonly EventInput[],
  keys: ArrayLike<number>,
): EventInput[] {
  const order = Array.from({ length: drafts.length }, (_, i) => i).sort(
    (a, b) => keys[a]! - keys[b]! || a - b,
  );
  return order.map((at, i) => {
    const event = drafts[at]!;
    event.id = `${slugify(event.title, 60)}-${i.toString(36)}`;
    return event;
  });
}
