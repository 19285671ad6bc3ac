import { parseStoreDate } from './dates';
import {
  type EventInput,
  type EventStatus,
  type RelatedEntry,
  type Relation,
  type Stance,
  RELATIONS,
  STANCES,
  STATUSES,
} from './schema';
import { isSlug } from './slug';

/**
 * A fast path for the common case, an event that is entirely valid: plain checks instead
 * of zod, which costs seconds on 100,000 events. It returns exactly what eventSchema would
 * (known fields only) or null, in which case the zod schema runs and explains what is wrong.
 * fast-event.test.ts holds the two to the same verdicts.
 */
const isString = (value: unknown): value is string => typeof value === 'string';
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isSlugValue = (value: unknown): value is string => isString(value) && isSlug(value);
const isDate = (value: unknown): value is string =>
  isString(value) && parseStoreDate(value) !== null;
const inRange = (value: unknown, limit: number) =>
  typeof value === 'number' && Number.isFinite(value) && value >= -limit && value <= limit;

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  (values as readonly unknown[]).includes(value);

export function fastParseEvent(item: Record<string, unknown>): EventInput | null {
  const { id, title, start, end, approximate, dateNote, actors, summary, tags, place, excerpts } =
    item;
  const { status, statusNote, related } = item;
  if (!isSlugValue(id) || !isString(title) || title.length < 1 || title.length > 200) return null;
  if (!isDate(start) || (end !== undefined && !isDate(end))) return null;
  if (approximate !== undefined && typeof approximate !== 'boolean') return null;
  if (dateNote !== undefined && !isString(dateNote)) return null;
  if (summary !== undefined && !isString(summary)) return null;
  if (!Array.isArray(actors) || actors.length === 0 || !actors.every(isSlugValue)) return null;
  if (tags !== undefined && (!Array.isArray(tags) || !tags.every(isString))) return null;
  if (status !== undefined && !isOneOf<EventStatus>(STATUSES, status)) return null;
  if (statusNote !== undefined && !isString(statusNote)) return null;

  let parsedRelated: RelatedEntry[] | undefined;
  if (related !== undefined) {
    if (!Array.isArray(related)) return null;
    parsedRelated = [];
    for (const entry of related) {
      if (!isRecord(entry) || !isSlugValue(entry.event)) return null;
      if (!isOneOf<Relation>(RELATIONS, entry.relation)) return null;
      parsedRelated.push({ event: entry.event, relation: entry.relation });
    }
  }

  let parsedPlace: EventInput['place'];
  if (place !== undefined) {
    if (!isRecord(place) || !isString(place.name) || place.name.length === 0) return null;
    if (place.lat !== undefined && !inRange(place.lat, 90)) return null;
    if (place.lon !== undefined && !inRange(place.lon, 180)) return null;
    parsedPlace = {
      name: place.name,
      ...(place.lat === undefined ? {} : { lat: place.lat as number }),
      ...(place.lon === undefined ? {} : { lon: place.lon as number }),
    };
  }

  let parsedExcerpts: EventInput['excerpts'];
  if (excerpts !== undefined) {
    if (!Array.isArray(excerpts)) return null;
    parsedExcerpts = [];
    for (const excerpt of excerpts) {
      if (!isRecord(excerpt) || !isSlugValue(excerpt.source)) return null;
      const { quote, translation, stance, locator } = excerpt;
      if (!isString(quote) || quote.length === 0) return null;
      if (translation !== undefined && !isString(translation)) return null;
      if (stance !== undefined && !isOneOf<Stance>(STANCES, stance)) return null;
      if (locator !== undefined && !isString(locator)) return null;
      parsedExcerpts.push({
        source: excerpt.source,
        quote,
        ...(translation === undefined ? {} : { translation }),
        ...(stance === undefined ? {} : { stance }),
        ...(locator === undefined ? {} : { locator }),
      });
    }
  }

  return {
    id,
    title,
    start,
    ...(end === undefined ? {} : { end }),
    ...(approximate === undefined ? {} : { approximate }),
    ...(dateNote === undefined ? {} : { dateNote }),
    actors: [...actors],
    ...(summary === undefined ? {} : { summary }),
    ...(tags === undefined ? {} : { tags: [...tags] }),
    ...(parsedPlace === undefined ? {} : { place: parsedPlace }),
    ...(parsedExcerpts === undefined ? {} : { excerpts: parsedExcerpts }),
    ...(status === undefined ? {} : { status }),
    ...(statusNote === undefined ? {} : { statusNote }),
    ...(parsedRelated === undefined ? {} : { related: parsedRelated }),
  };
}
