import {
  DATE_REFUSALS,
  type DateOrder,
  describeAmbiguous,
  listRows,
  readDate,
  settleDateOrder,
} from './import-dates';
import { type ImportReport, ReportBuilder, quotedValue, withValues } from './import-report';
import { htmlToText } from './html-text';
import type { ConvertOutcome } from './outcome';
import { isSlug } from '../slug';
import { type EventDraft, StoreBuilder, titleFromText } from './store-builder';
import { type Json, isObject, str } from './json-values';
import {
  associationIndex,
  groupingOf,
  readCoordinates,
  readSource,
  sourceIndex,
  sourceLine,
} from './timemap-fields';

/**
 * Forensic Architecture's timemap exports: `events` with `description`, `date`, `time`,
 * `time_precision`, `location`, `latitude`/`longitude`, `category`, `associations`, and
 * `sources` by id; `sources` as a list or an object by id, each with `title`, `url` or
 * `paths`; `associations` with a `mode`. The events export alone is a bare list (what
 * datasheet-server serves, and Bellingcat's download, whose sources are inline). An event has
 * no title in timemap: its description's first sentence is the title (reported as guessed).
 */
const looksLikeEvent = (e: unknown) =>
  isObject(e) && 'date' in e && ('description' in e || 'latitude' in e || 'associations' in e);

/** The events list: the file itself, or its `events`. */
const eventsOf = (data: unknown): unknown[] | null =>
  Array.isArray(data) ? data : isObject(data) && Array.isArray(data.events) ? data.events : null;

export function looksLikeTimemap(data: unknown): boolean {
  return eventsOf(data)?.some(looksLikeEvent) ?? false;
}

/** A row of a sheet left empty: every field blank (datasheet-server still exports it). */
const isBlank = (e: Json) =>
  Object.values(e).every((v) => (Array.isArray(v) ? v.length === 0 : str(v) === ''));

/**
 * Timemap reads a missing time as 00:00, and the sheets behind it fill the column so: in
 * Bellingcat's export every event is at "00:00". Without a `time_precision` saying otherwise,
 * midnight is no time of day.
 */
const isMidnight = (time: string) => /^0?0:00(:00)?$/.test(time);

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

interface SourceContext {
  /** The sources export, or null when the file has none. */
  sources: Map<string, Json> | null;
  order: DateOrder | undefined;
  /** Ids that could not be looked up for want of a sources export: reported once. */
  unlisted: Set<string>;
  builder: StoreBuilder;
  report: ReportBuilder;
}

/** An event's sources into the store's list; their lines for the event's summary. */
function readEventSources(event: Json, where: string, ctx: SourceContext): string[] {
  const lines: string[] = [];
  const given = Array.isArray(event.sources) ? event.sources : [];
  given.forEach((item, n) => {
    const inline = isObject(item);
    const id = inline ? str(item.id) || `${where}.sources[${n}]` : str(item);
    if (!id) return;
    if (!inline && !ctx.sources) {
      ctx.unlisted.add(id);
      return;
    }
    const source = inline ? item : ctx.sources?.get(id);
    if (!source) {
      ctx.report.dropped(`${where}.sources`, withValues`unknown source ${quotedValue(id)}`);
      return;
    }
    const read = readSource(source, id);
    const published = read.date ? readDate(read.date, ctx.order) : null;
    ctx.builder.source({
      id,
      title: read.title,
      ...(read.urls[0] ? { url: read.urls[0] } : {}),
      ...(published?.ok ? { published: published.date } : {}),
    });
    lines.push(sourceLine(read));
  });
  return lines;
}

export function convertTimemap(
  data: unknown,
  options: { title: string; dateOrder?: 'dmy' | 'mdy' },
): ConvertOutcome {
  const listed = eventsOf(data);
  if (!listed) return { kind: 'refused', format: 'timemap', message: 'no events list' };
  const report = new ReportBuilder();
  const blank = listed.flatMap((e, i) => (isObject(e) && isBlank(e) ? [i + 1] : []));
  const skipped = new Set(blank);
  const events = listed.map((e, i) => (skipped.has(i + 1) ? null : e));
  if (blank.length > 0) report.droppedItem('', `empty: ${listRows(blank, 'event')}`);
  const settled = settleDateOrder(
    events.flatMap((e, i) =>
      isObject(e) && str(e.date) ? [{ where: i + 1, text: str(e.date) }] : [],
    ),
    options.dateOrder,
  );
  const ambiguousDates = describeAmbiguous(settled.ambiguous, 'event', (number) => {
    const e = events[number - 1];
    if (!isObject(e)) return '';
    return htmlToText(str(e.title) || str(e.name)) || titleFromText(htmlToText(str(e.description)));
  });
  if (settled.ask.length > 0)
    return {
      kind: 'ask-date-order',
      format: 'timemap',
      rows: settled.ask,
      unit: 'event',
      ambiguousDates,
    };
  if (settled.shownBy.length > 0) {
    report.guessed(
      '',
      `day/month order read as ${settled.order} from ${listRows(settled.shownBy, 'event')}`,
    );
  }
  const sources = sourceIndex(data);
  const associations = associationIndex(data);
  const unlisted = new Set<string>();
  const midnight: number[] = [];
  const lowered: string[] = [];
  const builder = new StoreBuilder(report);
  events.forEach((e, i) => {
    const where = `events[${i}]`;
    if (e === null) return;
    if (!isObject(e)) {
      report.droppedItem(where, 'not an event object');
      return;
    }
    const precision = str(e.time_precision);
    let time = str(e.time);
    if (isMidnight(time) && !precision) {
      midnight.push(i + 1);
      time = '';
    }
    const raw = time ? `${str(e.date)} ${time}` : str(e.date);
    let start = readDate(raw, settled.order);
    if (!start.ok && time) start = readDate(str(e.date), settled.order);
    if (raw === '') {
      report.droppedItem(where, 'no date');
      return;
    }
    if (!start.ok) {
      report.droppedItem(
        `${where}.date`,
        withValues`${quotedValue(raw)}: ${DATE_REFUSALS[start.reason]}`,
      );
      return;
    }
    const date = precision ? atPrecision(start.date, precision) : start.date;
    const description = htmlToText(str(e.description));
    const named = htmlToText(str(e.title) || str(e.name));
    if (!named && !description) {
      report.droppedItem(where, 'no description');
      return;
    }
    const title = named || titleFromText(description);
    if (!named) report.guessed(`${where}.description`, 'title taken from the description');
    const { actors, tags } = groupingOf(e, associations);
    const draft: EventDraft = { title, start: date, actors };
    const id = str(e.id);
    // Timemap ids are often upper case ("CIV0001"); their lower case is the slug, said once.
    if (id && !isSlug(id) && isSlug(id.toLowerCase())) lowered.push(id);
    if (id) draft.id = isSlug(id.toLowerCase()) ? id.toLowerCase() : id;
    if (tags.length > 0) draft.tags = tags;
    const coords = readCoordinates(e, where, report);
    const location = htmlToText(str(e.location));
    if (location || coords) {
      draft.place = { name: location || `${coords!.lat}, ${coords!.lon}`, ...coords };
    }
    const references = readEventSources(e, where, {
      sources,
      order: settled.order,
      unlisted,
      builder,
      report,
    });
    const summary = [description, ...references].filter(Boolean).join('\n\n');
    if (summary) draft.summary = summary;
    builder.event(draft, where);
  });
  if (midnight.length > 0) {
    report.guessed('', `time 00:00 read as no time of day: ${listRows(midnight, 'event')}`);
  }
  if (lowered.length > 0) {
    report.guessed(
      '',
      `${lowered.length} ids written in lower case to be slugs (${lowered[0]} → ${lowered[0]!.toLowerCase()})`,
    );
  }
  if (unlisted.size > 0) {
    report.dropped(
      '',
      `${unlisted.size} source ids (${[...unlisted].slice(0, 3).join(', ')}${unlisted.size > 3 ? ', …' : ''}) not resolved: the file has no sources list (timemap serves it as a separate export)`,
    );
  }
  if (builder.events.length === 0) {
    return {
      kind: 'refused',
      format: 'timemap',
      message: 'no event could be imported',
      notes: report.notes,
    };
  }
  const result: ImportReport = { format: 'timemap', items: listed.length, notes: report.notes };
  const storeTitle = isObject(data) ? str(data.title) : '';
  return {
    kind: 'store',
    store: builder.build(storeTitle || options.title),
    report: result,
    ...(ambiguousDates.length > 0 ? { ambiguousDates } : {}),
  };
}
