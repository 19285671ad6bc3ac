import type { ActorInput, EventInput, SourceInput } from '../schema';
import { parseStoreDate } from '../dates';

/**
 * A store as a TimelineJS3 JSON file: one slide per event (a period has an end date), each
 * event's lane (its first actor's top-level actor) as the slide's group, and every period
 * also as an era, so TimelineJS draws it as a band. TimelineJS renders `text` as HTML, so
 * all store text is escaped here: it stays plain text there too. Excerpts are in the slide
 * text, quoted, with their source's title.
 */
interface Document {
  readonly title: string;
  readonly description?: string;
  readonly sources: readonly SourceInput[];
  readonly actors: readonly ActorInput[];
  readonly events: readonly EventInput[];
}

export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
}

export interface TimelineJsSlide {
  unique_id?: string;
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date?: string;
  text: { headline: string; text?: string };
  group?: string;
  media?: { url: string; caption?: string; credit?: string };
}

export interface TimelineJsDocument {
  title: { text: { headline: string; text?: string } };
  events: TimelineJsSlide[];
  eras?: { start_date: TimelineJsDate; end_date: TimelineJsDate; text: { headline: string } }[];
}

export const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** Plain text as HTML paragraphs, line breaks kept. */
export const htmlParagraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .filter((p) => p.trim() !== '')
    .map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');

/** An excerpt as HTML: its quote, its translation, and its source (`source`, already HTML). */
export const excerptHtml = (quote: string, translation: string | undefined, source: string) =>
  `<blockquote>${escapeHtml(`“${quote}”`)}</blockquote>` +
  (translation ? `<p>${escapeHtml(`(${translation})`)}</p>` : '') +
  `<p>— ${source}</p>`;

interface EvidenceOf {
  readonly status?: string;
  readonly statusNote?: string;
  readonly excerpts?: readonly {
    readonly source: string;
    readonly quote: string;
    readonly translation?: string;
    readonly stance?: string;
  }[];
}

/**
 * An event's evidence as HTML for a format with no field for it (TimelineJS, KML): its
 * status first, with its note, then the excerpts that back it and, apart, under "Disputed
 * by", those that dispute it. Republished without them, a refuted claim and the quote that
 * refutes it read as two quotes for one fact. `sourceHtml` names a source, as HTML.
 */
export function evidenceHtml(
  event: EvidenceOf,
  sourceHtml: (sourceId: string) => string,
): string[] {
  const parts: string[] = [];
  if (event.status) {
    const note = event.statusNote ? ` — ${escapeHtml(event.statusNote)}` : '';
    parts.push(`<p><strong>Status: ${escapeHtml(event.status)}</strong>${note}</p>`);
  }
  const excerpts = event.excerpts ?? [];
  const html = (excerpt: (typeof excerpts)[number]) =>
    excerptHtml(excerpt.quote, excerpt.translation, sourceHtml(excerpt.source));
  parts.push(...excerpts.filter((excerpt) => excerpt.stance !== 'disputes').map(html));
  const disputing = excerpts.filter((excerpt) => excerpt.stance === 'disputes');
  if (disputing.length > 0)
    parts.push('<p><strong>Disputed by</strong></p>', ...disputing.map(html));
  return parts;
}

/** A store date as TimelineJS date fields, at its precision (wall-clock time as written). */
export function timelineJsDateOf(raw: string): TimelineJsDate {
  const date = parseStoreDate(raw);
  if (!date) throw new Error(`not a store date: ${raw}`);
  const { year, month, day, hour, minute, second } = date.fields;
  return {
    year,
    ...(month === undefined ? {} : { month }),
    ...(day === undefined ? {} : { day }),
    ...(hour === undefined ? {} : { hour, minute: minute ?? 0 }),
    ...(second === undefined ? {} : { second }),
  };
}

export function toTimelineJs(doc: Document): TimelineJsDocument {
  const actorById = new Map(doc.actors.map((actor) => [actor.id, actor]));
  const sourceById = new Map(doc.sources.map((source) => [source.id, source]));
  const laneName = (id: string) => {
    let actor = actorById.get(id);
    const seen = new Set<string>();
    while (actor?.memberOf !== undefined && !seen.has(actor.id)) {
      seen.add(actor.id);
      actor = actorById.get(actor.memberOf);
    }
    return actor?.name ?? id;
  };
  const events = doc.events.map((event): TimelineJsSlide => {
    const parts: string[] = [];
    if (event.summary) parts.push(htmlParagraphs(event.summary));
    parts.push(...evidenceHtml(event, (id) => escapeHtml(sourceById.get(id)?.title ?? id)));
    const firstUrl = (event.excerpts ?? [])
      .map((excerpt) => sourceById.get(excerpt.source))
      .find((source) => source?.url !== undefined);
    return {
      unique_id: event.id,
      start_date: timelineJsDateOf(event.start),
      ...(event.end ? { end_date: timelineJsDateOf(event.end) } : {}),
      text: {
        headline: escapeHtml(event.title),
        ...(parts.length > 0 ? { text: parts.join('') } : {}),
      },
      group: escapeHtml(laneName(event.actors[0]!)),
      ...(firstUrl?.url
        ? { media: { url: firstUrl.url, caption: escapeHtml(firstUrl.title) } }
        : {}),
    };
  });
  const eras = doc.events
    .filter((event) => event.end !== undefined)
    .map((event) => ({
      start_date: timelineJsDateOf(event.start),
      end_date: timelineJsDateOf(event.end!),
      text: { headline: escapeHtml(event.title) },
    }));
  return {
    title: {
      text: {
        headline: escapeHtml(doc.title),
        ...(doc.description ? { text: htmlParagraphs(doc.description) } : {}),
      },
    },
    events,
    ...(eras.length > 0 ? { eras } : {}),
  };
}
