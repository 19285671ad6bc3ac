import { DATE_REFUSALS, listRows, readDate, settleDateOrder } from './import-dates';
import { type ImportReport, ReportBuilder } from './import-report';
import { htmlToText } from './html-text';
import type { ConvertOutcome } from './outcome';
import { type EventDraft, StoreBuilder, titleFromText } from './store-builder';

/**
 * Forensic Architecture's timemap exports: `events` with `description`, `date`, `time`,
 * `time_precision`, `location`, `latitude`/`longitude`, `category`, `associations`, and
 * `sources` by id; `sources` as a list or an object by id, each with `title`, `url` or
 * `paths`. Categories become actors (lanes), associations tags. An event has no title in
 * timemap: its description's first sentence is the title (reported as guessed).
 */
type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown) =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';

export function looksLikeTimemap(data: unknown): boolean {
  if (!isObject(data) || !Array.isArray(data.events)) return false;
  return data.events.some(
    (e) =>
      isObject(e) && 'date' in e && ('description' in e || 'latitude' in e || 'associations' in e),
  );
}

const PRECISIONS = ['year', 'month', 'day', 'hour', 'minute', 'second'];

/** Cuts a store date to a timemap `time_precision`. */
function atPrecision(date: string, precision: string): string {
  const rank = PRECISIONS.indexOf(precision.toLowerCase());
  if (rank < 0) return date;
  const lengths = [4, 7, 10, 16, 16, 19];
  if (date.length <= lengths[rank]!) return date;
  const offset = /(Z|[+-]\d{2}:\d{2})$/.exec(date)?.[0] ?? '';
  return rank >= 3 ? date.slice(0, lengths[rank]) + offset : date.slice(0, lengths[rank]);
}

function sourceList(data: Json): Map<string, Json> {
  const map = new Map<string, Json>();
  if (Array.isArray(data.sources)) {
    for (const s of data.sources) if (isObject(s) && str(s.id)) map.set(str(s.id), s);
  } else if (isObject(data.sources)) {
    for (const [id, s] of Object.entries(data.sources))
      if (isObject(s)) map.set(str(s.id) || id, s);
  }
  return map;
}

export function convertTimemap(
  data: unknown,
  options: { title: string; dateOrder?: 'dmy' | 'mdy' },
): ConvertOutcome {
  if (!isObject(data) || !Array.isArray(data.events)) {
    return { kind: 'refused', format: 'timemap', message: 'no events list' };
  }
  const report = new ReportBuilder();
  const events = data.events;
  const settled = settleDateOrder(
    events.flatMap((e, i) =>
      isObject(e) && str(e.date) ? [{ where: i + 1, text: str(e.date) }] : [],
    ),
    options.dateOrder,
  );
  if (settled.ask.length > 0)
    return { kind: 'ask-date-order', format: 'timemap', rows: settled.ask, unit: 'event' };
  if (settled.shownBy.length > 0) {
    report.guessed(
      '',
      `day/month order read as ${settled.order} from ${listRows(settled.shownBy, 'event')}`,
    );
  }
  const sources = sourceList(data);
  const builder = new StoreBuilder(report);
  events.forEach((e, i) => {
    const where = `events[${i}]`;
    if (!isObject(e)) {
      report.dropped(where, 'not an event object');
      return;
    }
    const time = str(e.time);
    const raw = time ? `${str(e.date)} ${time}` : str(e.date);
    let start = readDate(raw, settled.order);
    if (!start.ok && time) start = readDate(str(e.date), settled.order);
    if (!start.ok) {
      report.dropped(`${where}.date`, `${JSON.stringify(raw)}: ${DATE_REFUSALS[start.reason]}`);
      return;
    }
    const date = str(e.time_precision)
      ? atPrecision(start.date, str(e.time_precision))
      : start.date;
    const description = htmlToText(str(e.description));
    const named = htmlToText(str(e.title) || str(e.name));
    if (!named && !description) {
      report.dropped(where, 'no description');
      return;
    }
    const title = named || titleFromText(description);
    if (!named) report.guessed(`${where}.description`, 'title taken from the description');
    const draft: EventDraft = { title, start: date, actors: [] };
    if (str(e.id)) draft.id = str(e.id);
    const category = htmlToText(str(e.category));
    if (category) draft.actors = [category];
    const associations = Array.isArray(e.associations)
      ? e.associations
          .map((a) => htmlToText(isObject(a) ? str(a.title) || str(a.id) : str(a)))
          .filter(Boolean)
      : [];
    if (associations.length > 0) draft.tags = associations;
    const lat = Number(str(e.latitude));
    const lon = Number(str(e.longitude));
    const hasCoords =
      str(e.latitude) !== '' &&
      str(e.longitude) !== '' &&
      Math.abs(lat) <= 90 &&
      Math.abs(lon) <= 180;
    const location = htmlToText(str(e.location));
    if (location || hasCoords) {
      draft.place = { name: location || `${lat}, ${lon}`, ...(hasCoords ? { lat, lon } : {}) };
    }
    const references: string[] = [];
    const ids = Array.isArray(e.sources) ? e.sources.map(str).filter(Boolean) : [];
    for (const id of ids) {
      const s = sources.get(id);
      if (!s) {
        report.dropped(`${where}.sources`, `unknown source ${JSON.stringify(id)}`);
        continue;
      }
      const paths = Array.isArray(s.paths) ? s.paths.map(str) : [];
      const url = [str(s.url), ...paths].find((u) => /^https?:\/\//i.test(u));
      const sourceTitle = htmlToText(str(s.title)) || url || id;
      builder.source({ id, title: sourceTitle, ...(url ? { url } : {}) });
      references.push(url ? `Source: ${sourceTitle} (${url})` : `Source: ${sourceTitle}`);
    }
    const summary = [description, ...references].filter(Boolean).join('\n\n');
    if (summary) draft.summary = summary;
    builder.event(draft, where);
  });
  if (builder.events.length === 0) {
    return {
      kind: 'refused',
      format: 'timemap',
      message: 'no event could be imported',
      notes: report.notes,
    };
  }
  const result: ImportReport = { format: 'timemap', items: events.length, notes: report.notes };
  return { kind: 'store', store: builder.build(str(data.title) || options.title), report: result };
}
