import { Parser } from 'htmlparser2';
import { DATE_REFUSALS, listRows, readDate, settleDateOrder } from './import-dates';
import { type ImportReport, ReportBuilder } from './import-report';
import { htmlToText } from './html-text';
import type { ConvertOutcome } from './outcome';
import { type EventDraft, StoreBuilder, titleFromText } from './store-builder';

/**
 * SIMILE Timeline event sources, XML (`<data><event start end isDuration title link>text
 * </event></data>`) and JSON (`{ events: [{ start, end, durationEvent, title, description,
 * link }] }`). Dates are ISO or as JavaScript writes them ("Sat May 20 1961 00:00:00
 * GMT-0600"). The text is HTML, usually escaped inside the XML.
 */
export interface SimileEvent {
  where: string;
  start: string;
  end?: string;
  latestStart?: string;
  earliestEnd?: string;
  title: string;
  description: string;
  link?: string;
  image?: string;
}

const ATTRIBUTES_KEPT = new Set([
  'start',
  'end',
  'latestStart',
  'earliestEnd',
  'isDuration',
  'durationEvent',
  'title',
  'link',
  'description',
  'image',
  'caption',
]);

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

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Reads the `<event>` elements of a SIMILE XML file; the inner text keeps its HTML for later. */
export function readSimileXml(xml: string, report: ReportBuilder): SimileEvent[] {
  const events: SimileEvent[] = [];
  let current: { attributes: Record<string, string>; html: string } | null = null;
  let count = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name.toLowerCase() === 'event') {
          current = { attributes, html: '' };
          return;
        }
        if (!current) return;
        // Markup inside an event (unescaped HTML) is passed on as markup for htmlToText.
        const href =
          attributes.href === undefined ? '' : ` href="${escapeAttribute(attributes.href)}"`;
        current.html += `<${name}${href}>`;
      },
      ontext(text) {
        if (current) current.html += text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      },
      onclosetag(name) {
        if (name.toLowerCase() !== 'event') {
          if (current) current.html += `</${name}>`;
          return;
        }
        if (!current) return;
        const { attributes: a, html } = current;
        const where = `event ${++count}`;
        current = null;
        for (const key of Object.keys(a)) {
          if (!ATTRIBUTES_KEPT.has(key)) report.dropped(where, `attribute ${key} not imported`);
        }
        // Escaped HTML (&lt;p&gt;) is the usual form: decoded once by the XML parser, it is
        // markup again, read as such.
        events.push({
          where,
          start: a.start ?? '',
          ...(a.end ? { end: a.end } : {}),
          ...(a.latestStart ? { latestStart: a.latestStart } : {}),
          ...(a.earliestEnd ? { earliestEnd: a.earliestEnd } : {}),
          title: a.title ?? '',
          description: htmlToText(decodeOnce(html)),
          ...(a.link ? { link: a.link } : {}),
          ...(a.image ? { image: a.image } : {}),
        });
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return events;
}

/** The text of `html` with its markup kept and its entities decoded once. */
function decodeOnce(html: string): string {
  let out = '';
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const href =
          attributes.href === undefined ? '' : ` href="${escapeAttribute(attributes.href)}"`;
        out += `<${name}${href}>`;
      },
      ontext(text) {
        out += text;
      },
      onclosetag(name) {
        out += `</${name}>`;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return out;
}

export function readSimileJson(data: unknown, report: ReportBuilder): SimileEvent[] {
  const events = (data as { events: unknown[] }).events;
  const out: SimileEvent[] = [];
  events.forEach((e, i) => {
    const where = `events[${i}]`;
    if (typeof e !== 'object' || e === null) {
      report.dropped(where, 'not an event object');
      return;
    }
    const o = e as Record<string, unknown>;
    const s = (key: string) => (typeof o[key] === 'string' ? (o[key] as string) : undefined);
    for (const key of Object.keys(o)) {
      if (!ATTRIBUTES_KEPT.has(key)) report.dropped(`${where}.${key}`, 'not imported');
    }
    out.push({
      where,
      start: s('start') ?? '',
      ...(s('end') ? { end: s('end') } : {}),
      ...(s('latestStart') ? { latestStart: s('latestStart') } : {}),
      ...(s('earliestEnd') ? { earliestEnd: s('earliestEnd') } : {}),
      title: s('title') ?? '',
      description: htmlToText(s('description') ?? ''),
      ...(s('link') ? { link: s('link') } : {}),
      ...(s('image') ? { image: s('image') } : {}),
    });
  });
  return out;
}

export function convertSimile(
  events: readonly SimileEvent[],
  report: ReportBuilder,
  options: { title: string; dateOrder?: 'dmy' | 'mdy' },
): ConvertOutcome {
  const whereNumber = new Map(events.map((e, i) => [e.where, i + 1]));
  const settled = settleDateOrder(
    events.flatMap((e) =>
      [e.start, e.end ?? '']
        .filter(Boolean)
        .map((text) => ({ where: whereNumber.get(e.where)!, text })),
    ),
    options.dateOrder,
  );
  if (settled.ask.length > 0)
    return { kind: 'ask-date-order', format: 'simile', rows: settled.ask, unit: 'event' };
  if (settled.shownBy.length > 0) {
    report.guessed(
      '',
      `day/month order read as ${settled.order} from ${listRows(settled.shownBy, 'event')}`,
    );
  }
  const builder = new StoreBuilder(report);
  for (const e of events) {
    const start = readDate(e.start, settled.order);
    if (!start.ok) {
      report.dropped(e.where, `start ${JSON.stringify(e.start)}: ${DATE_REFUSALS[start.reason]}`);
      continue;
    }
    let end: string | undefined;
    if (e.end) {
      const read = readDate(e.end, settled.order);
      if (read.ok) end = read.date;
      else
        report.dropped(
          e.where,
          `end ${JSON.stringify(e.end)} left out: ${DATE_REFUSALS[read.reason]}`,
        );
    }
    let title = htmlToText(e.title);
    if (title === '') {
      if (e.description === '') {
        report.dropped(e.where, 'no title and no text');
        continue;
      }
      title = titleFromText(e.description);
      report.guessed(e.where, 'title taken from the text');
    }
    const draft: EventDraft = { title, start: start.date, ...(end ? { end } : {}), actors: [] };
    if (e.latestStart || e.earliestEnd) {
      draft.approximate = true;
      draft.dateNote = [
        e.latestStart ? `latest start: ${e.latestStart}` : '',
        e.earliestEnd ? `earliest end: ${e.earliestEnd}` : '',
      ]
        .filter(Boolean)
        .join('; ');
      report.mapped(e.where, 'latestStart/earliestEnd → approximate, with a date note');
    }
    const links = [e.link, e.image].filter((u): u is string => !!u && /^https?:\/\//i.test(u));
    const summary = [e.description, ...links.map((u) => `Link: ${u}`)].filter(Boolean).join('\n\n');
    if (summary) draft.summary = summary;
    builder.event(draft, e.where);
  }
  if (builder.events.length === 0) {
    return {
      kind: 'refused',
      format: 'simile',
      message: 'no event could be imported',
      notes: report.notes,
    };
  }
  const report_: ImportReport = { format: 'simile', items: events.length, notes: report.notes };
  return { kind: 'store', store: builder.build(options.title), report: report_ };
}
