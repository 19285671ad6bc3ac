/**
 * Rows of a packed store back into the shapes of a `sourceline/1` document, so that the
 * validator checks them with the same code and messages as a JSON store. A null cell is an
 * absent field; `events[i]` is row i of events.parquet and of details.parquet.
 */

type Row = Record<string, unknown>;

const present = (value: unknown) => value !== null && value !== undefined;

function copy(target: Row, row: Row, from: string, to = from) {
  if (present(row[from])) target[to] = row[from];
}

/** INT64 columns come back as bigint; the store's instants are numbers. */
export const toNumber = (value: unknown): number | null =>
  typeof value === 'bigint' ? Number(value) : typeof value === 'number' ? value : null;

/** The event as a document would hold it, from its light row and (when read) its heavy row. */
export function eventFromRows(light: Row, heavy?: Row): Row {
  const event: Row = {};
  for (const field of ['id', 'title', 'start', 'end', 'approximate', 'actors', 'status']) {
    copy(event, light, field);
  }
  if (Array.isArray(light.tags) && light.tags.length > 0) event.tags = light.tags;
  if (present(light.place_name) || present(light.lat) || present(light.lon)) {
    const place: Row = {};
    copy(place, light, 'place_name', 'name');
    copy(place, light, 'lat');
    copy(place, light, 'lon');
    event.place = place;
  }
  if (heavy) {
    copy(event, heavy, 'summary');
    copy(event, heavy, 'date_note', 'dateNote');
    copy(event, heavy, 'status_note', 'statusNote');
    copy(event, heavy, 'excerpts');
    copy(event, heavy, 'related');
  }
  return event;
}

export function actorFromRow(row: Row): Row {
  const actor: Row = {};
  copy(actor, row, 'id');
  copy(actor, row, 'name');
  copy(actor, row, 'kind');
  copy(actor, row, 'member_of', 'memberOf');
  copy(actor, row, 'color');
  return actor;
}

export function sourceFromRow(row: Row): Row {
  const source: Row = {};
  for (const field of ['id', 'title', 'language', 'publisher', 'published', 'url', 'text']) {
    copy(source, row, field);
  }
  copy(source, row, 'archive_url', 'archiveUrl');
  copy(source, row, 'accessed');
  copy(source, row, 'reliability');
  copy(source, row, 'locator_label', 'locatorLabel');
  return source;
}
