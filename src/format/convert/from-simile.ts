import {
  DATE_REFUSALS,
  type DateOrder,
  endsBeforeStart,
  describeAmbiguous,
  listRows,
  settleDateOrder,
} from './import-dates';
import {
  type ImportReport,
  ReportBuilder,
  plainValue,
  quotedValue,
  titledPlace,
  withValues,
} from './import-report';
import { htmlToText } from './html-text';
import { readLink, relativeRead } from './links';
import type { ConvertOutcome } from './outcome';
import { readSimileDate } from './simile-dates';
import { type SimileEvent, readSimileJson, readSimileXml } from './simile-read';
import { type EventDraft, StoreBuilder, titleFromText } from './store-builder';

/**
 * SIMILE Timeline event sources, XML and JSON (read in simile-read.ts), to a store. Dates are
 * ISO or as JavaScript writes them ("Sat May 20 1961 00:00:00 GMT-0600"), see simile-dates.ts.
 */
export { type SimileEvent, readSimileJson, readSimileXml };

export const looksLikeSimileXml = (text: string) => /<event[\s>]/i.test(text.slice(0, 65_536));

export function looksLikeSimileJson(data: unknown): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const events = (data as { events?: unknown }).events;
  return (
    Array.isArray(events) &&
    events.some(
      (e) => typeof e === 'object' && e !== null && typeof e.start === 'string' && 'title' in e,
    )
  );
}

interface Dated {
  event: SimileEvent;
  start: string;
  end?: string;
  /** Dates written with a question mark ("107?"), as written. */
  uncertain: string[];
  /** A date's 00:00:00 was read as its day: the start's, or the end's while it is kept. */
  midnightAsDay: boolean;
  /** The start's alone, for when the end is left out. */
  startMidnightAsDay: boolean;
}

/** The event's start and end as store dates; null (and reported) when the start is unreadable. */
function readDates(e: SimileEvent, order: DateOrder | undefined, report: ReportBuilder) {
  const start = readSimileDate(e.start, order);
  if (!start.ok) {
    report.droppedItem(
      titledPlace(e.where, htmlToText(e.title)),
      withValues`start ${quotedValue(e.start)}: ${DATE_REFUSALS[start.reason]}`,
    );
    return null;
  }
  const dated: Dated = {
    event: e,
    start: start.date,
    uncertain: start.uncertain ? [e.start] : [],
    midnightAsDay: start.midnightAsDay,
    startMidnightAsDay: start.midnightAsDay,
  };
  if (e.end) {
    const end = readSimileDate(e.end, order);
    if (!end.ok) {
      report.dropped(
        e.where,
        withValues`end ${quotedValue(e.end)} left out: ${DATE_REFUSALS[end.reason]}`,
      );
    } else if (end.date !== start.date) {
      dated.end = end.date;
      if (end.uncertain) dated.uncertain.push(e.end);
      dated.midnightAsDay ||= end.midnightAsDay;
    }
  }
  return dated;
}

/** A `latestStart`/`earliestEnd` for the date note: the store date when it reads as one. */
function noteDate(text: string, order: DateOrder | undefined): string {
  const read = readSimileDate(text, order);
  return read.ok ? read.date : text;
}

/**
 * Most periods ending before they start means the numbers count backwards: years (or
 * millions of years) before present, as SIMILE's dinosaurs example writes them with its
 * geochronology unit. Read as calendar years, every date of such a file would be wrong.
 */
function countsBackwards(dated: readonly Dated[]) {
  const ranged = dated.filter((d) => d.end !== undefined);
  const backwards = ranged.filter((d) => endsBeforeStart(d.start, d.end!));
  return {
    backwards,
    ranged: ranged.length,
    most: backwards.length >= 2 && backwards.length * 2 >= ranged.length,
  };
}

/** " (https://…)" after a link's words, which htmlToText adds: no place in a title. */
const withoutLinkTargets = (text: string) =>
  text.replace(/ \((?:https?|mailto):[^\s]*\)(?=[\s.,;:!?]|$)/gi, '');

export function convertSimile(
  events: readonly SimileEvent[],
  report: ReportBuilder,
  options: {
    title: string;
    dateOrder?: DateOrder;
    format?: 'simile' | 'timemapjs' | 'kml' | 'feed' | 'geojson';
    /** The file's own address, when it came from one: relative links are read against it. */
    baseUrl?: string | undefined;
  },
): ConvertOutcome {
  const format = options.format ?? 'simile';
  const whereNumber = new Map(events.map((e, i) => [e.where, i + 1]));
  const settled = settleDateOrder(
    events.flatMap((e) =>
      [e.start, e.end ?? '']
        .filter(Boolean)
        .map((text) => ({ where: whereNumber.get(e.where)!, text })),
    ),
    options.dateOrder,
  );
  const ambiguousDates = describeAmbiguous(settled.ambiguous, 'event', (number) => {
    const e = events[number - 1];
    if (!e) return '';
    return htmlToText(e.title) || titleFromText(withoutLinkTargets(e.description));
  });
  if (settled.ask.length > 0)
    return { kind: 'ask-date-order', format, rows: settled.ask, unit: 'event', ambiguousDates };
  if (settled.shownBy.length > 0) {
    report.guessed(
      '',
      `day/month order read as ${settled.order} from ${listRows(settled.shownBy, 'event')}`,
    );
  }
  const order = settled.order;
  const dated = events.flatMap((e) => readDates(e, order, report) ?? []);
  const numbers = (list: readonly Dated[]) => list.map((d) => whereNumber.get(d.event.where)!);

  const { backwards, ranged, most } = countsBackwards(dated);
  if (most) {
    return {
      kind: 'refused',
      format,
      message:
        `its dates run backwards: ${backwards.length} of ${ranged} periods end before they ` +
        `start (${listRows(numbers(backwards), 'event')}), as when they count years before ` +
        'present (SIMILE’s geological timelines, in millions of years); they are not calendar years',
      notes: report.notes,
    };
  }
  const builder = new StoreBuilder(report);
  // Settled once a backwards file is ruled out (that test needs every end), and before the
  // ends are read: an end not kept must not make an instant approximate, with a range noted.
  for (const d of dated) {
    if (d.end === undefined || builder.keptEnd(d.start, d.end, d.event.where) !== undefined)
      continue;
    delete d.end;
    d.uncertain = d.uncertain.filter((text) => text !== d.event.end);
    d.midnightAsDay = d.startMidnightAsDay;
  }
  const midnight = dated.filter((d) => d.midnightAsDay);
  if (midnight.length > 0) {
    report.guessed(
      '',
      `a time of 00:00:00 read as the whole day, as JavaScript writes one with every date (${listRows(numbers(midnight), 'event')})`,
    );
  }
  const imprecise = dated.filter((d) => d.end !== undefined && !d.event.period);
  if (imprecise.length > 0) {
    report.mapped(
      '',
      `an instant with an end (no isDuration) → its start, approximate, the range in the date note (${listRows(numbers(imprecise), 'event')})`,
    );
  }

  for (const d of dated) {
    const e = d.event;
    let title = htmlToText(e.title);
    if (title === '') {
      if (e.description === '') {
        report.droppedItem(e.where, 'no title and no text');
        continue;
      }
      title = titleFromText(withoutLinkTargets(e.description));
      report.guessed(e.where, 'title taken from the text');
    }
    const notes: string[] = [];
    const draft: EventDraft = {
      title,
      start: d.start,
      actors: e.lane ? [e.lane] : [],
      ...(e.place ? { place: e.place } : {}),
    };
    if (d.end !== undefined && e.period) draft.end = d.end;
    if (d.end !== undefined && !e.period) {
      // An "imprecise instant": it happened once, some time in the range.
      draft.approximate = true;
      notes.push(`some time between ${d.start} and ${d.end}`);
    }
    if (e.latestStart || e.earliestEnd) {
      draft.approximate = true;
      if (e.latestStart) notes.push(`latest start: ${noteDate(e.latestStart, order)}`);
      if (e.earliestEnd) notes.push(`earliest end: ${noteDate(e.earliestEnd, order)}`);
      report.mapped(e.where, 'latestStart/earliestEnd → approximate, with a date note');
    }
    if (d.uncertain.length > 0) {
      draft.approximate = true;
      notes.push(`written ${d.uncertain.map((t) => JSON.stringify(t)).join(', ')}`);
      report.guessed(
        e.where,
        withValues`${plainValue(d.uncertain.join(', '))}: the question mark read as approximate`,
      );
    }
    if (notes.length > 0) draft.dateNote = notes.join('; ');
    // Each address under what it is: an image is not a page about the event.
    const links: string[] = [];
    for (const [name, label, url] of [
      ['link', 'Link', e.link],
      ['image', 'Image', e.image],
    ] as const) {
      if (url === undefined) continue;
      const read = readLink(url, options.baseUrl);
      if (read.ok) {
        links.push(`${label}: ${read.url}`);
        if (read.relative !== undefined)
          report.guessed(e.where, withValues`${name}: ${relativeRead(read.relative, read.url)}`);
      } else
        report.dropped(
          e.where,
          withValues`${name} ${quotedValue(url)} not imported: not a full http(s) address`,
        );
    }
    const summary = [e.description, ...links].filter(Boolean).join('\n\n');
    if (summary) draft.summary = summary;
    builder.event(draft, e.where);
  }
  if (builder.events.length === 0) {
    return {
      kind: 'refused',
      format,
      message: 'no event could be imported',
      notes: report.notes,
    };
  }
  const report_: ImportReport = { format, items: events.length, notes: report.notes };
  return {
    kind: 'store',
    store: builder.build(options.title),
    report: report_,
    ...(ambiguousDates.length > 0 ? { ambiguousDates } : {}),
  };
}
