-- A packed store (sourceline/1+parquet) written by DuckDB, from tables an analyst already
-- has. docs/store-format.md ("Packed stores") explains each column; scripts/lib/pack/
-- duckdb-recipe.test.ts runs this file and checks the result with `npm run validate`.
--
-- Input (rename to yours): events with day-precision DATE columns, one row per event:
--   src_events(id, title, start DATE, "end" DATE, approximate BOOLEAN, actors VARCHAR[],
--              tags VARCHAR[], status, place_name, lat DOUBLE, lon DOUBLE,
--              summary, date_note, status_note, excerpts JSON, related JSON)
--   src_actors(id, name, kind, member_of, color)
--   src_sources(id, title, language, publisher, published, url, text,
--               archive_url, accessed, reliability, locator_label)
-- Output: the folder `pack` (create it first). Set the title and language at the end.

COPY (
  SELECT id, title,
         strftime(start, '%Y-%m-%d') AS start,
         epoch_ms(start::TIMESTAMP) AS start_ms,
         strftime("end", '%Y-%m-%d') AS "end",
         -- the first instant after the event: the day after its end (or its start)
         epoch_ms((coalesce("end", start) + INTERVAL 1 DAY)::TIMESTAMP) AS end_ms,
         approximate, coalesce(actors, []) AS actors, coalesce(tags, []) AS tags,
         status, place_name, lat, lon
  FROM src_events ORDER BY start_ms, id
) TO 'pack/events.parquet' (FORMAT parquet, ROW_GROUP_SIZE 8192);

-- Heavy columns, row for row in the same order as events.parquet.
COPY (
  SELECT id, summary, date_note, status_note, excerpts, related
  FROM src_events ORDER BY epoch_ms(start::TIMESTAMP), id
) TO 'pack/details.parquet' (FORMAT parquet, ROW_GROUP_SIZE 8192);

COPY (SELECT id, name, kind, member_of, color FROM src_actors)
  TO 'pack/actors.parquet' (FORMAT parquet);

COPY (
  SELECT id, title, language, publisher, published, url, text,
         archive_url, accessed, reliability, locator_label
  FROM src_sources
) TO 'pack/sources.parquet' (FORMAT parquet);

-- The density pyramid: events by the year, month and day their start falls in; in all,
-- per status ('none' when unstated) and per top-level actor (the end of its member_of chain).
CREATE TEMP TABLE actor_roots AS
  WITH RECURSIVE up(id, root) AS (
    SELECT id, id FROM src_actors WHERE member_of IS NULL
    UNION ALL
    SELECT a.id, up.root FROM src_actors a JOIN up ON a.member_of = up.id
  ) SELECT * FROM up;

COPY (
  WITH levels AS (SELECT unnest(['year', 'month', 'day']) AS level),
  bucketed AS (
    SELECT level, epoch_ms(date_trunc(level, start)::TIMESTAMP) AS bucket_ms, e.*
    FROM src_events e, levels
  )
  SELECT level, bucket_ms, 'all' AS dimension, NULL::VARCHAR AS key, count(*)::INTEGER AS count
    FROM bucketed GROUP BY level, bucket_ms
  UNION ALL
  SELECT level, bucket_ms, 'status', coalesce(status, 'none'), count(*)::INTEGER
    FROM bucketed GROUP BY level, bucket_ms, coalesce(status, 'none')
  UNION ALL
  SELECT level, bucket_ms, 'actor', root, count(DISTINCT id)::INTEGER
    FROM (SELECT b.level, b.bucket_ms, b.id, r.root
          FROM bucketed b, unnest(b.actors) AS t(actor) JOIN actor_roots r ON r.id = t.actor)
    GROUP BY level, bucket_ms, root
  ORDER BY level, dimension, key, bucket_ms
) TO 'pack/density.parquet' (FORMAT parquet);

-- The manifest: header fields, counts, extent, and each file's size and rows.
CREATE TEMP MACRO pack_file(name, n) AS
  {path: name, bytes: (SELECT size FROM read_blob('pack/' || name)), rows: n};

COPY (
  SELECT 'sourceline/1+parquet' AS format,
         'My store' AS title,
         'en' AS language,
         {events: (SELECT count(*) FROM src_events),
          actors: (SELECT count(*) FROM src_actors),
          sources: (SELECT count(*) FROM src_sources)} AS counts,
         (SELECT {start: min(epoch_ms(start::TIMESTAMP)),
                  "end": max(epoch_ms((coalesce("end", start) + INTERVAL 1 DAY)::TIMESTAMP))}
            FROM src_events) AS extent,
         {events: pack_file('events.parquet', (SELECT count(*) FROM src_events)),
          details: pack_file('details.parquet', (SELECT count(*) FROM src_events)),
          actors: pack_file('actors.parquet', (SELECT count(*) FROM src_actors)),
          sources: pack_file('sources.parquet', (SELECT count(*) FROM src_sources)),
          density: pack_file('density.parquet', (SELECT count(*) FROM 'pack/density.parquet'))
         } AS files
) TO 'pack/manifest.json' (FORMAT json);
