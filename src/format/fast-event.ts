import { parseStoreDate } from './dates';
import type { ActorInput, EventInput, RelatedEntry, SourceInput } from './schema';
import {
  type ActorKind,
  type EventStatus,
  type Relation,
  type Reliability,
  type Stance,
  ACTOR_KINDS,
  COLOR_RE,
  LANGUAGE_TAG_RE,
  RELATIONS,
  RELIABILITY_GRADES,
  STANCES,
  STATUSES,
  isHttpUrl,
} from './vocabulary';
import { isSlug } from './slug';

/**
 * A fast path for the common case, an item that is entirely valid: plain checks instead
 * of zod, which costs seconds on 100,000 events and, for a small store, is most of the
 * code the store worker would load before the first events could be shown. Each function
 * returns exactly what its zod schema would (known fields only) or null, in which case the
 * zod schema runs and explains what is wrong. fast-event.test.ts holds the two to the same
 * verdicts.
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

const isText = (value: unknown, { required }: { required: boolean }) =>
  isString(value) && (!required || value.length > 0);
const isHttpUrlValue = (value: unknown): value is string =>
  isString(value) && /^https?:\/\//i.test(value) && isHttpUrl(value);

/** A source, as sourceSchema would return it, or null. */
export function fastParseSource(item: Record<string, unknown>): SourceInput | null {
  const { id, title, language, publisher, published, url, text } = item;
  const { archiveUrl, accessed, reliability, locatorLabel } = item;
  if (!isSlugValue(id) || !isText(title, { required: true })) return null;
  if (!isString(language) || !LANGUAGE_TAG_RE.test(language)) return null;
  if (publisher !== undefined && !isString(publisher)) return null;
  if (published !== undefined && !isDate(published)) return null;
  if (url !== undefined && !isHttpUrlValue(url)) return null;
  if (text !== undefined && !isString(text)) return null;
  if (archiveUrl !== undefined && !isHttpUrlValue(archiveUrl)) return null;
  if (accessed !== undefined && !isDate(accessed)) return null;
  if (reliability !== undefined && !isOneOf<Reliability>(RELIABILITY_GRADES, reliability))
    return null;
  if (locatorLabel !== undefined && !isString(locatorLabel)) return null;
  return {
    id,
    title: title as string,
    language,
    ...(publisher === undefined ? {} : { publisher }),
    ...(published === undefined ? {} : { published }),
    ...(url === undefined ? {} : { url }),
    ...(text === undefined ? {} : { text }),
    ...(archiveUrl === undefined ? {} : { archiveUrl }),
    ...(accessed === undefined ? {} : { accessed }),
    ...(reliability === undefined ? {} : { reliability }),
    ...(locatorLabel === undefined ? {} : { locatorLabel }),
  };
}

/** An actor, as actorSchema would return it, or null. */
export function fastParseActor(item: Record<string, unknown>): ActorInput | null {
  const { id, name, kind, memberOf, color } = item;
  if (!isSlugValue(id) || !isText(name, { required: true })) return null;
  if (!isOneOf<ActorKind>(ACTOR_KINDS, kind)) return null;
  if (memberOf !== undefined && !isSlugValue(memberOf)) return null;
  if (color !== undefined && !(isString(color) && COLOR_RE.test(color))) return null;
  return {
    id,
    name: name as string,
    kind,
    ...(memberOf === undefined ? {} : { memberOf }),
    ...(color === undefined ? {} : { color }),
  };
}
