// The format's closed lists and field names, kept apart from the zod schemas (schema.ts)
// so that the store worker can check a valid store without loading zod at all
// (fast-items.ts); schema.test.ts holds the field lists to the schemas' shapes.
export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const STANCES = ['supports', 'disputes'] as const;
export const STATUSES = ['confirmed', 'reported', 'disputed', 'refuted'] as const;
export const RELATIONS = ['causes', 'responds-to', 'part-of', 'see-also'] as const;
// `other`: a group or category of unknown kind, as imports produce (a TimelineJS group).
export const ACTOR_KINDS = ['state', 'person', 'organization', 'other'] as const;

export type ActorKind = (typeof ACTOR_KINDS)[number];
export type Reliability = (typeof RELIABILITY_GRADES)[number];
export type Stance = (typeof STANCES)[number];
export type EventStatus = (typeof STATUSES)[number];
export type Relation = (typeof RELATIONS)[number];

/** Field names the format knows, so anything else can be flagged as a likely typo. */
export const KNOWN_FIELDS = {
  store: ['$schema', 'format', 'title', 'description', 'language', 'sources', 'actors', 'events'],
  source: [
    'id',
    'title',
    'language',
    'publisher',
    'published',
    'url',
    'text',
    'archiveUrl',
    'accessed',
    'reliability',
    'locatorLabel',
  ],
  actor: ['id', 'name', 'kind', 'memberOf', 'color'],
  event: [
    'id',
    'title',
    'start',
    'end',
    'approximate',
    'dateNote',
    'actors',
    'summary',
    'tags',
    'place',
    'excerpts',
    'status',
    'statusNote',
    'related',
  ],
  excerpt: ['source', 'quote', 'translation', 'stance', 'locator'],
  place: ['name', 'lat', 'lon'],
  related: ['event', 'relation'],
} as const satisfies Record<string, readonly string[]>;

/**
 * A BCP 47 tag, by its shape: a language of 2 or 3 letters and its subtags ("en", "pt-BR",
 * "zh-Hant-TW"), or a private-use tag ("x-klingon") or an irregular grandfathered one
 * ("i-klingon"), which are tags too. The longer primary subtags the grammar reserves are
 * registered for no language, and a word typed for one ("english") is refused, not taken
 * for a tag. Subtags are not checked against the registry.
 */
export const LANGUAGE_TAG_RE =
  /^(?:[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*|[xXiI](?:-[A-Za-z0-9]{1,8})+)$/;
export const COLOR_RE = /^#[0-9a-fA-F]{6}$/;

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
