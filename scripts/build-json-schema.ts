/**
 * The published JSON Schema of `sourceline/1`, generated from the zod schema the app
 * validates with, so the two cannot drift apart. It is never committed: the Vite plugin
 * (vite-plugin-json-schema.ts) serves it in dev and preview and emits it into the build.
 */
import { z } from 'zod';
import { storeSchema } from '../src/format/schema.ts';

export const JSON_SCHEMA_ID = '/schema/sourceline-1.schema.json';

type JsonSchema = {
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  [key: string]: unknown;
};

const DATE =
  'A date whose granularity is its precision: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM], ' +
  'years 0001 to 9999. The pattern checks the shape only; dates off the calendar (2023-02-30) are dropped on load.';
const SLUG =
  'A slug: lowercase letters and digits in words joined by single hyphens, at most 80 characters.';

/** Descriptions, by object and field, from the format document (docs: event-store-format). */
const DESCRIPTIONS = {
  store: {
    $schema: 'Allowed and ignored; editors use it to find this schema.',
    format: 'Format and version. Anything other than "sourceline/1" is refused.',
    title: 'Shown as the timeline’s title.',
    description: 'Plain text about the store.',
    language: 'BCP 47 tag of the language of titles, summaries and translations.',
    sources: 'The sources every event is grounded in. May be empty.',
    actors: 'The states, people, organizations and other groups that take part in events.',
    events: 'The events shown on the timeline.',
  },
  source: {
    id: `Unique among sources. ${SLUG}`,
    title: 'The source’s title.',
    language: 'BCP 47 tag of the source’s language, the language of its quotes.',
    publisher: 'Who published the source.',
    published: `When the source was published. ${DATE}`,
    url: 'Where the source can be read: http or https only.',
    text: 'The full text. When present, every quote from this source must be found in it.',
    archiveUrl:
      'A preserved copy (a web archive’s capture) of the page at url: http or https only. A bad value is left out.',
    accessed: `When url was read. ${DATE}`,
    reliability:
      'The source’s record on the Admiralty scale: A completely reliable, B usually reliable, C fairly reliable, ' +
      'D not usually reliable, E unreliable, F cannot be judged.',
    locatorLabel: 'What an excerpt’s locator counts in this source, e.g. "page", "minute".',
  },
  actor: {
    id: `Unique among actors. ${SLUG}`,
    name: 'The actor’s name.',
    kind: 'What the actor is; "other" for a group or category of unknown kind, as imports produce.',
    memberOf:
      'The id of another actor this one belongs to (a person or body to a state). No cycles.',
    color: 'The actor’s colour, as #rrggbb.',
  },
  event: {
    id: `Unique among events and stable: deep links use it. ${SLUG}`,
    title: 'At most 200 characters.',
    start: DATE,
    end: `Makes the event a period; not before start. A coarse end covers its whole period. ${DATE}`,
    approximate: 'The date is approximate (shown as "c.").',
    dateNote: 'How the date was established.',
    actors: 'Ids of the actors taking part; at least one.',
    summary: 'Plain text. Paragraphs are separated by a blank line.',
    tags: 'Free-form tags.',
    place: 'Where the event took place.',
    excerpts: 'The evidence: quotes from the sources. An event without excerpts is warned about.',
    status:
      'How far the event is established: confirmed, reported, disputed or refuted. Absent means not stated.',
    statusNote: 'Why the event has its status, in a sentence.',
    related:
      'Links to other events of this store. A link to an unknown event, to the event itself, or one that ' +
      'closes a cycle of part-of is left out.',
  },
  related: {
    event: 'The id of another event in this store.',
    relation: 'This event causes, responds to, is part of, or is to be seen beside that event.',
  },
  excerpt: {
    source: 'The id of a source in this store.',
    quote: 'Verbatim from the source, in its language. Only runs of white space may differ.',
    translation: 'The quote translated into the store’s language.',
    stance:
      'Whether the passage backs the event as stated (supports, the default) or contradicts it (disputes). ' +
      'An excerpt with any other stance is left out.',
    locator: 'Where the passage is in a source without text: a page, a timestamp.',
  },
  place: {
    name: 'The place’s name.',
    lat: 'Latitude, -90 to 90.',
    lon: 'Longitude, -180 to 180.',
  },
} as const;

function addDescriptions(schema: JsonSchema | undefined, descriptions: Record<string, string>) {
  for (const [field, description] of Object.entries(descriptions)) {
    const property = schema?.properties?.[field];
    // A description for a field the zod schema lacks means this table is out of date.
    if (!property) throw new Error(`build-json-schema: no field "${field}" to describe`);
    property.description = description;
  }
}

export function buildJsonSchema(): JsonSchema {
  // io "input": the schema describes what an author writes. Unknown fields are allowed
  // (the app only warns about them), which "output" would forbid with additionalProperties.
  const generated = z.toJSONSchema(storeSchema, { io: 'input' }) as JsonSchema;
  // A deep copy, so that adding descriptions cannot touch a sub-schema shared by two fields.
  const schema = structuredClone(generated);
  const item = (list: string) => schema.properties?.[list]?.items;
  addDescriptions(schema, DESCRIPTIONS.store);
  addDescriptions(item('sources'), DESCRIPTIONS.source);
  addDescriptions(item('actors'), DESCRIPTIONS.actor);
  addDescriptions(item('events'), DESCRIPTIONS.event);
  addDescriptions(item('events')?.properties?.excerpts?.items, DESCRIPTIONS.excerpt);
  addDescriptions(item('events')?.properties?.place, DESCRIPTIONS.place);
  addDescriptions(item('events')?.properties?.related?.items, DESCRIPTIONS.related);
  const { $schema, ...rest } = schema;
  return {
    $schema,
    $id: JSON_SCHEMA_ID,
    title: 'Sourceline event store, format sourceline/1',
    description:
      'An event store: the events, actors and sources of one timeline. Beyond this schema, ' +
      'the app checks ids are unique, references resolve, dates are on the calendar, end is not ' +
      'before start and quotes are found in their source text; items that fail are dropped.',
    ...rest,
  };
}

/** The schema as the file served at JSON_SCHEMA_ID. */
export const buildJsonSchemaText = (): string => `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
