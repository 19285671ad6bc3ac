/**
 * The packed store (`sourceline/1+parquet`): a folder with `manifest.json` beside Parquet
 * files, so that a store of a million events can be read from any static host by range
 * requests, a view at a time. docs/store-format.md ("Packed stores") is the contract; this
 * module is its single source in code, shared by the packer, the validator and the app.
 */
import { z } from 'zod';
import { LANGUAGE_TAG_RE } from '../vocabulary';

export const PACKED_FORMAT = 'sourceline/1+parquet';
export const MANIFEST_NAME = 'manifest.json';

/** The files of a pack, by role. Paths in a manifest are relative to the manifest. */
export const PACKED_FILES = ['events', 'details', 'actors', 'sources', 'density'] as const;
export type PackedFileRole = (typeof PACKED_FILES)[number];

export const DEFAULT_FILE_NAMES: Record<PackedFileRole, string> = {
  events: 'events.parquet',
  details: 'details.parquet',
  actors: 'actors.parquet',
  sources: 'sources.parquet',
  density: 'density.parquet',
};

/**
 * Light columns: everything the timeline needs to draw and filter an event. Rows are
 * sorted by `start_ms`, then `id`.
 */
export const EVENT_COLUMNS = [
  'id',
  'title',
  'start',
  'start_ms',
  'end',
  'end_ms',
  'approximate',
  'actors',
  'tags',
  'status',
  'place_name',
  'lat',
  'lon',
] as const;

/** Heavy columns, one row per event in the same order as the events file. */
export const DETAIL_COLUMNS = [
  'id',
  'summary',
  'date_note',
  'status_note',
  'excerpts',
  'related',
] as const;

/**
 * Optional column of the details file, written by the packer since it was added (older
 * packs lack it, and are read as before): the relations other events state about this one,
 * `[{ "event": other, "relation": … }]` in the store's time order, so that an event's
 * "caused by", "responded to by", "includes" come with its own row, without reading every
 * event's details.
 */
export const RELATED_IN_COLUMN = 'related_in';

export const ACTOR_COLUMNS = ['id', 'name', 'kind', 'member_of', 'color'] as const;

export const SOURCE_COLUMNS = [
  'id',
  'title',
  'language',
  'publisher',
  'published',
  'url',
  'text',
  'archive_url',
  'accessed',
  'reliability',
  'locator_label',
] as const;

export const DENSITY_COLUMNS = ['level', 'bucket_ms', 'dimension', 'key', 'count'] as const;

/** Pyramid levels, coarse to fine; each is a calendar unit in UTC. */
export const DENSITY_LEVELS = ['year', 'month', 'day'] as const;
export type DensityLevel = (typeof DENSITY_LEVELS)[number];

/** What a density row counts: all events, those of one top-level actor, or of one status. */
export const DENSITY_DIMENSIONS = ['all', 'actor', 'status'] as const;
export type DensityDimension = (typeof DENSITY_DIMENSIONS)[number];

/** The first instant of the bucket of `level` that holds `time` (UTC). */
export function bucketStart(time: number, level: DensityLevel): number {
  const date = new Date(time);
  const year = date.getUTCFullYear();
  const at = new Date(0);
  if (level === 'year') at.setUTCFullYear(year, 0, 1);
  else if (level === 'month') at.setUTCFullYear(year, date.getUTCMonth(), 1);
  else at.setUTCFullYear(year, date.getUTCMonth(), date.getUTCDate());
  at.setUTCHours(0, 0, 0, 0);
  return at.getTime();
}

const relativePath = z
  .string()
  .min(1)
  .refine((path) => !/^[a-z][a-z0-9+.-]*:/i.test(path) && !path.startsWith('/'), {
    error: 'a path relative to the manifest (no scheme, no leading /)',
  })
  .refine((path) => !path.split('/').includes('..'), { error: 'a path without ".."' });

const fileEntry = z.object({
  path: relativePath,
  bytes: z.number().int().positive(),
  rows: z.number().int().nonnegative(),
});

export const manifestSchema = z.object({
  format: z.literal(PACKED_FORMAT, { error: `"${PACKED_FORMAT}"` }),
  title: z.string().min(1),
  description: z.string().optional(),
  language: z.string().regex(LANGUAGE_TAG_RE, { error: 'a language tag' }),
  counts: z.object({
    events: z.number().int().nonnegative(),
    actors: z.number().int().nonnegative(),
    sources: z.number().int().nonnegative(),
  }),
  /** First instant any event covers, and the first instant after the last one (ms, UTC). */
  extent: z
    .object({ start: z.number().int(), end: z.number().int() })
    .refine((extent) => extent.end >= extent.start, { error: 'end not before start' })
    .nullable(),
  files: z.object({
    events: fileEntry,
    details: fileEntry,
    actors: fileEntry,
    sources: fileEntry,
    density: fileEntry,
  }),
  /** Rows of events the packer dropped as invalid (their problems are in the packer's report). */
  dropped: z
    .object({
      events: z.number().int().nonnegative(),
      actors: z.number().int().nonnegative(),
      sources: z.number().int().nonnegative(),
    })
    .optional(),
  /**
   * What the packer's checks found in the store it packed (paths are that store's), the first
   * MANIFEST_PROBLEMS_LISTED of them: optional (older packs lack it), and one that does not
   * have this shape is taken as absent rather than refusing the pack.
   */
  problems: z
    .object({
      total: z.number().int().nonnegative(),
      warnings: z.number().int().nonnegative(),
      listed: z.array(
        z.object({
          severity: z.enum(['refused', 'dropped', 'warning']),
          path: z.string(),
          value: z.string().optional(),
          expected: z.string(),
          message: z.string(),
        }),
      ),
    })
    .optional()
    .catch(undefined),
});

/** Problems a manifest lists at most (the rest are counted in `problems.total`). */
export const MANIFEST_PROBLEMS_LISTED = 200;

export type PackedManifest = z.infer<typeof manifestSchema>;
