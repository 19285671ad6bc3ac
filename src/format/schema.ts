import { z } from 'zod';
import { SLUG_RE, isSlug } from './slug';
import { DATE_EXPECTED, DATE_PATTERN, parseStoreDate } from './dates';
import { FORMAT } from './format-name';
import {
  ACTOR_KINDS,
  COLOR_RE,
  LANGUAGE_TAG_RE,
  RELATIONS,
  RELIABILITY_GRADES,
  STANCES,
  STATUSES,
  isHttpUrl,
} from './vocabulary';

// Jitless: zod otherwise probes `new Function`, which a strict CSP (script-src 'self') reports.
z.config({ jitless: true });

export { FORMAT, isSlug, isHttpUrl, ACTOR_KINDS, RELATIONS, RELIABILITY_GRADES, STANCES, STATUSES };
export { KNOWN_FIELDS } from './vocabulary';
export type { ActorKind, EventStatus, Reliability, Relation, Stance } from './vocabulary';

export const SLUG_EXPECTED =
  'a slug: lowercase letters and digits in words joined by single hyphens, at most 80 characters';

// `abort: true` stops at the first failed check, so one bad value is one problem, not two
// identical lines (zod 4 otherwise runs every check and refinement).
const slug = z
  .string({ error: SLUG_EXPECTED })
  .max(80, { error: SLUG_EXPECTED, abort: true })
  .regex(SLUG_RE, { error: SLUG_EXPECTED });

const storeDate = z
  .string({ error: DATE_EXPECTED })
  .regex(new RegExp(DATE_PATTERN), { error: DATE_EXPECTED, abort: true })
  .refine((value) => parseStoreDate(value) !== null, {
    error: `${DATE_EXPECTED}, on the calendar`,
  });

const LANGUAGE_EXPECTED = 'a BCP 47 language tag, such as "en", "es" or "pt-BR"';
const languageTag = z
  .string({ error: LANGUAGE_EXPECTED })
  .regex(LANGUAGE_TAG_RE, { error: LANGUAGE_EXPECTED });

const HTTP_URL_EXPECTED = 'an absolute http:// or https:// URL';
const httpUrl = z
  .string({ error: HTTP_URL_EXPECTED })
  .regex(/^https?:\/\//i, { error: HTTP_URL_EXPECTED, abort: true })
  .refine(isHttpUrl, { error: HTTP_URL_EXPECTED });

const text = (what: string) => z.string({ error: `${what} as a string` });
const requiredText = (what: string) =>
  z
    .string({ error: `${what} as a non-empty string` })
    .min(1, { error: `${what} as a non-empty string` });

// Evidence fields. A bad value in one of them costs that field (or that related entry, or
// that excerpt for a bad stance), not the item, so the checker tries each one on its own
// with these schemas before it parses the rest; the item schemas carry them for the
// JSON Schema, the types and the list of known fields.

export const RELIABILITY_EXPECTED = 'one of "A", "B", "C", "D", "E", "F" (the Admiralty scale)';
export const STANCE_EXPECTED = 'one of "supports", "disputes"';
export const STATUS_EXPECTED = 'one of "confirmed", "reported", "disputed", "refuted"';
export const RELATION_EXPECTED = 'one of "causes", "responds-to", "part-of", "see-also"';

export const sourceEvidenceFields = {
  archiveUrl: httpUrl,
  accessed: storeDate,
  reliability: z.enum(RELIABILITY_GRADES, { error: RELIABILITY_EXPECTED }),
  locatorLabel: text('what a locator counts, such as "page",'),
};
export const excerptEvidenceFields = {
  locator: text('where the passage is, such as "320",'),
};
export const stanceSchema = z.enum(STANCES, { error: STANCE_EXPECTED });
export const eventEvidenceFields = {
  status: z.enum(STATUSES, { error: STATUS_EXPECTED }),
  statusNote: text('a note on the status'),
};
export const relatedEntrySchema = z.object({
  event: slug,
  relation: z.enum(RELATIONS, { error: RELATION_EXPECTED }),
});

export const sourceSchema = z.object({
  id: slug,
  title: requiredText('a title'),
  language: languageTag,
  publisher: text('the publisher').optional(),
  published: storeDate.optional(),
  url: httpUrl.optional(),
  text: text('the full text').optional(),
  archiveUrl: sourceEvidenceFields.archiveUrl.optional(),
  accessed: sourceEvidenceFields.accessed.optional(),
  reliability: sourceEvidenceFields.reliability.optional(),
  locatorLabel: sourceEvidenceFields.locatorLabel.optional(),
});

export const actorSchema = z.object({
  id: slug,
  name: requiredText('a name'),
  kind: z.enum(ACTOR_KINDS, { error: 'one of "state", "person", "organization", "other"' }),
  memberOf: slug.optional(),
  color: z
    .string({ error: 'a colour as #rrggbb' })
    .regex(COLOR_RE, { error: 'a colour as #rrggbb' })
    .optional(),
});

export const placeSchema = z.object({
  name: requiredText('a place name'),
  lat: z.number({ error: 'a latitude, a number from -90 to 90' }).min(-90).max(90).optional(),
  lon: z.number({ error: 'a longitude, a number from -180 to 180' }).min(-180).max(180).optional(),
});

export const excerptSchema = z.object({
  source: slug,
  quote: requiredText('the quote'),
  translation: text('the translation').optional(),
  stance: stanceSchema.optional(),
  locator: excerptEvidenceFields.locator.optional(),
});

export const eventSchema = z.object({
  id: slug,
  title: requiredText('a title').max(200, { error: 'a title of at most 200 characters' }),
  start: storeDate,
  end: storeDate.optional(),
  approximate: z.boolean({ error: 'true or false' }).optional(),
  dateNote: text('a note on the date').optional(),
  actors: z
    .array(slug, { error: 'a list of actor ids' })
    .min(1, { error: 'at least one actor id' }),
  summary: text('the summary').optional(),
  tags: z.array(text('a tag'), { error: 'a list of tags' }).optional(),
  place: placeSchema.optional(),
  excerpts: z.array(excerptSchema, { error: 'a list of excerpts' }).optional(),
  status: eventEvidenceFields.status.optional(),
  statusNote: eventEvidenceFields.statusNote.optional(),
  related: z.array(relatedEntrySchema, { error: 'a list of { event, relation }' }).optional(),
});

/** The whole document, as the published JSON Schema describes it. */
export const storeSchema = z.object({
  $schema: z.string().optional(),
  format: z.literal(FORMAT),
  title: requiredText('a title'),
  description: text('a description').optional(),
  language: languageTag,
  sources: z.array(sourceSchema),
  actors: z.array(actorSchema),
  events: z.array(eventSchema),
});

export type SourceInput = z.infer<typeof sourceSchema>;
export type ActorInput = z.infer<typeof actorSchema>;
export type EventInput = z.infer<typeof eventSchema>;
export type ExcerptInput = z.infer<typeof excerptSchema>;
export type RelatedEntry = z.infer<typeof relatedEntrySchema>;
