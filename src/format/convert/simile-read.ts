import { Parser } from 'htmlparser2';
import { escapeAttribute, htmlToText } from './html-text';
import { type ReportBuilder, listPlaces } from './import-report';

/**
 * The events of a SIMILE Timeline file, XML (`<data><event start end isDuration title link>
 * text</event></data>`) or JSON (`{ events: [{ start, end, durationEvent, title, description,
 * link }] }`), as SIMILE's own loaders (`sources.js`, Timeline 2.3) read them.
 */
export interface SimileEvent {
  where: string;
  start: string;
  end?: string;
  latestStart?: string;
  earliestEnd?: string;
  /**
   * A period. Otherwise an instant: its `end`, if any, only bounds when it happened (SIMILE
   * draws it as an "imprecise instant").
   */
  period: boolean;
  title: string;
  description: string;
  link?: string;
  image?: string;
  /** The lane, where the file groups its events (timemap.js datasets). */
  lane?: string;
  place?: { name: string; lat?: number; lon?: number };
}

const ATTRIBUTES_READ = new Set([
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
]);
/** Attributes of `<data>` / top-level keys of the JSON that change nothing here. */
const FILE_KEYS_READ = new Set(['events', 'date-time-format', 'dateTimeFormat']);

/** Where each attribute that is not imported was found, reported once per attribute. */
class LeftOut {
  private readonly byName = new Map<string, string[]>();
  add(name: string, where: string) {
    const list = this.byName.get(name) ?? [];
    list.push(where);
    this.byName.set(name, list);
  }
  report(report: ReportBuilder) {
    for (const [name, wheres] of this.byName) {
      report.dropped('', `${name} not imported (${listPlaces(wheres)})`);
    }
  }
}

/**
 * SIMILE's event text is HTML, so a line break in it is a space: files wrap their text at
 * 70-odd columns. A blank line is kept as a paragraph break.
 */
function simileText(html: string): string {
  const unwrapped = html
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/[ \t]*\n[ \t]*/g, ' '))
    .join('\n\n');
  return htmlToText(unwrapped);
}

/** Elements without content: `<br/>` closed again as `</br>` would read as a second break. */
const VOID = new Set(['br', 'hr', 'img', 'wbr']);

/** Reads the `<event>` elements of a SIMILE XML file; the inner text keeps its HTML for later. */
export function readSimileXml(xml: string, report: ReportBuilder): SimileEvent[] {
  const events: SimileEvent[] = [];
  const leftOut = new LeftOut();
  let current: { attributes: Record<string, string>; html: string } | null = null;
  let count = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name.toLowerCase() === 'data' && !current) {
          for (const key of Object.keys(attributes))
            if (!FILE_KEYS_READ.has(key)) leftOut.add(`<data ${key}>`, 'the file');
          return;
        }
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
          if (current && !VOID.has(name.toLowerCase())) current.html += `</${name}>`;
          return;
        }
        if (!current) return;
        const { attributes: a, html } = current;
        const where = `event ${++count}`;
        current = null;
        for (const key of Object.keys(a)) {
          if (!ATTRIBUTES_READ.has(key)) leftOut.add(`attribute ${key}`, where);
        }
        // SIMILE's XML loader: an instant unless isDuration (or durationEvent) is "true". An
        // event with latestStart or earliestEnd has fuzzy edges, which only a period has.
        const period =
          a.isDuration === 'true' ||
          a.durationEvent === 'true' ||
          !!a.latestStart ||
          !!a.earliestEnd;
        // Escaped HTML (&lt;p&gt;) is the usual form: decoded once by the XML parser, it is
        // markup again, read as such.
        events.push({
          where,
          start: a.start ?? '',
          ...(a.end ? { end: a.end } : {}),
          ...(a.latestStart ? { latestStart: a.latestStart } : {}),
          ...(a.earliestEnd ? { earliestEnd: a.earliestEnd } : {}),
          period,
          title: a.title ?? '',
          description: simileText(decodeOnce(html)),
          ...(a.link ? { link: a.link } : {}),
          ...(a.image ? { image: a.image } : {}),
        });
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  leftOut.report(report);
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
        if (!VOID.has(name)) out += `</${name}>`;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return out;
}

const isFalse = (value: unknown) => value === false || value === 'false';

export function readSimileJson(data: unknown, report: ReportBuilder): SimileEvent[] {
  const file = data as Record<string, unknown> & { events: unknown[] };
  const leftOut = new LeftOut();
  for (const key of Object.keys(file)) if (!FILE_KEYS_READ.has(key)) leftOut.add(key, 'the file');
  const out: SimileEvent[] = [];
  file.events.forEach((e, i) => {
    const where = `events[${i}]`;
    if (typeof e !== 'object' || e === null) {
      report.droppedItem(where, 'not an event object');
      return;
    }
    const o = e as Record<string, unknown>;
    const s = (key: string) => (typeof o[key] === 'string' ? (o[key] as string) : undefined);
    for (const key of Object.keys(o)) {
      if (!ATTRIBUTES_READ.has(key)) leftOut.add(key, where);
    }
    // SIMILE's JSON loader makes an event with an end a period unless durationEvent is false.
    // It reads `isDuration: true` backwards (its issue 33), where the files that use it mean
    // a period (SIMILE's cubism example, react-simile-timeline's demos): it is read as meant.
    const period = !isFalse(o.durationEvent) && !isFalse(o.isDuration);
    out.push({
      where,
      start: s('start') ?? '',
      ...(s('end') ? { end: s('end') } : {}),
      ...(s('latestStart') ? { latestStart: s('latestStart') } : {}),
      ...(s('earliestEnd') ? { earliestEnd: s('earliestEnd') } : {}),
      period,
      title: s('title') ?? '',
      description: simileText(s('description') ?? ''),
      ...(s('link') ? { link: s('link') } : {}),
      ...(s('image') ? { image: s('image') } : {}),
    });
  });
  leftOut.report(report);
  return out;
}
