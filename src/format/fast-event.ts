import { parseStoreDate } from './dates';
import type { EventInput } from './schema';
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

export function fastParseEvent(item: Record<string, unknown>): EventInput | null {
  const { id, title, start, end, approximate, dateNote, actors, summary, tags, place, excerpts } =
    item;
  if (!isSlugValue(id) || !isString(title) || title.length < 1 || title.length > 200) return null;
  if (!isDate(start) || (end !== undefined && !isDate(end))) return null;
  if (approximate !== undefined && typeof approximate !== 'boolean') return null;
  if (dateNote !== undefined && !isString(dateNote)) return null;
  if (summary !== undefined && !isString(summary)) return null;
  if (!Array.isArray(actors) || actors.length === 0 || !actors.every(isSlugValue)) return null;
  if (tags !== undefined && (!Array.isArray(tags) || !tags.every(isString))) return null;

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
      const { quote, translation } = excerpt;
      if (!isString(quote) || quote.length === 0) return null;
      if (translation !== undefined && !isString(translation)) return null;
      parsedExcerpts.push({
        source: excerpt.source,
        quote,
        ...(translation === undefined ? {} : { translation }),
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
  };
}
