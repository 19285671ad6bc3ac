import { type Json, isObject } from './json-values';
import { type DateParts, DATE_REFUSALS, type ImportedDate, dateFromParts } from './import-dates';
import { type ImportReport, ReportBuilder, quotedValue, withValues } from './import-report';
import { htmlToText } from './html-text';
import type { ConvertOutcome } from './outcome';
import { type EventDraft, StoreBuilder, titleFromText } from './store-builder';
import { addMedia, mediaName, type SlideMedia } from './timelinejs-media';
import {
  looksLikeTimelineJs2,
  timelineJs2AsTimelineJs3,
  timelineJs2Path,
} from './from-timelinejs2';

/**
 * TimelineJS3 JSON: `title` (a slide), `events` (slides), `eras`. A slide's dates are
 * objects of `year`…`millisecond` (numbers or strings); its precision is the finest field
 * given. Groups become actors of kind `other`, so each group is a lane; eras become periods
 * in a lane "Eras"; media as `timelinejs-media.ts` reads it; `display_date` becomes the date
 * note. A TimelineJS2 file is read as the TimelineJS3 object it stands for
 * (`from-timelinejs2.ts`), its report paths its own.
 */
const str = (value: unknown) =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

export const ERAS_ACTOR = 'Eras';
/** A store has no place for it: its sources back events. Said, rather than lost silently. */
export const TITLE_MEDIA_DROPPED =
  "the title slide's media is not imported (it belongs to no event)";

/** A TimelineJS date object, at its precision. `millisecond` is finer than a store date. */
export function timelineJsDate(value: unknown): ImportedDate {
  if (!isObject(value)) return { ok: false, reason: 'unreadable' };
  const field = (name: string) => {
    const raw = str(value[name]).trim();
    if (raw === '') return undefined;
    const n = Number(raw);
    return Number.isFinite(n) ? n : NaN;
  };
  const year = field('year');
  if (year === undefined || Number.isNaN(year)) return { ok: false, reason: 'unreadable' };
  const parts: DateParts = { year };
  const month = field('month');
  if (month !== undefined) {
    parts.month = month;
    const day = field('day');
    if (day !== undefined) {
      parts.day = day;
      const hour = field('hour');
      if (hour !== undefined) {
        parts.hour = hour;
        parts.minute = field('minute') ?? 0;
        const second = field('second');
        if (second !== undefined) parts.second = second;
      }
    }
  }
  for (const key of Object.keys(parts) as (keyof DateParts)[]) {
    if (Number.isNaN(parts[key])) return { ok: false, reason: 'unreadable' };
  }
  return dateFromParts(parts);
}

/** TimelineJS3 JSON, or the TimelineJS2 JSON read as it. */
export function looksLikeTimelineJs(data: unknown): boolean {
  if (!isObject(data)) return false;
  if (looksLikeTimelineJs2(data)) return true;
  const events = data.events;
  if (!Array.isArray(events)) return isObject(data.title) && isObject(data.title.text);
  return events.some((slide) => isObject(slide) && isObject(slide.start_date));
}

const mediaOf = (media: Json): SlideMedia => ({
  url: str(media.url),
  caption: str(media.caption),
  credit: str(media.credit),
  link: str(media.link),
});

/**
 * The dates' own `display_date`s ("c. 1900 – 1910"); a slide's `display_date` overrides them,
 * as in TimelineJS.
 */
function datesDisplay(slide: Json): string {
  return [slide.start_date, slide.end_date]
    .map((date) => (isObject(date) ? htmlToText(str(date.display_date)) : ''))
    .filter(Boolean)
    .join(' – ');
}

function slideText(slide: Json) {
  const text = isObject(slide.text) ? slide.text : {};
  return { headline: htmlToText(str(text.headline)), body: htmlToText(str(text.text)) };
}

export function convertTimelineJs(
  input: unknown,
  fallbackTitle: string,
  baseUrl?: string,
): ConvertOutcome {
  const version2 = looksLikeTimelineJs2(input);
  const data = version2 ? timelineJs2AsTimelineJs3(input as { timeline: Json }) : input;
  if (!isObject(data))
    return { kind: 'refused', format: 'timelinejs', message: 'not a TimelineJS object' };
  const report = new ReportBuilder();
  if (version2) {
    report.mapped(
      'timeline',
      'TimelineJS2: date[] → slides, era[] → eras, asset → media, tag → group; read as below',
    );
  }
  const builder = new StoreBuilder(report);
  const slides = Array.isArray(data.events) ? data.events : [];
  const titleSlide = isObject(data.title) ? slideText(data.title) : null;
  if (isObject(data.title)) {
    report.mapped('title', 'title slide → store title and description');
    if (isObject(data.title.media) && str(data.title.media.url).trim() !== '')
      report.dropped('title.media', TITLE_MEDIA_DROPPED);
  }
  if (data.scale === 'cosmological') {
    report.dropped('scale', 'a cosmological timeline: its years are outside 0001–9999');
  }
  /** `whole`: an unread date drops the slide (a start, an era's dates), not just the date. */
  const readSlideDate = (value: unknown, path: string, whole: boolean): ImportedDate => {
    const date = timelineJsDate(value);
    if (!date.ok) {
      report[whole ? 'droppedItem' : 'dropped'](
        path,
        value === undefined
          ? 'missing'
          : withValues`${quotedValue(value)}: ${DATE_REFUSALS[date.reason]}`,
      );
    } else if (isObject(value) && str(value.millisecond) !== '') {
      report.guessed(path, 'milliseconds left out (a store date stops at seconds)');
    }
    return date;
  };
  const seen = new Set<string>();
  slides.forEach((slide, i) => {
    const path = `events[${i}]`;
    if (!isObject(slide)) {
      report.droppedItem(path, 'not a slide object');
      return;
    }
    const start = readSlideDate(slide.start_date, `${path}.start_date`, true);
    if (!start.ok) return;
    let end: string | undefined;
    if (slide.end_date !== undefined) {
      const read = readSlideDate(slide.end_date, `${path}.end_date`, false);
      if (read.ok) end = read.date;
    }
    const { headline, body } = slideText(slide);
    const media =
      isObject(slide.media) && str(slide.media.url).trim() !== '' ? mediaOf(slide.media) : null;
    let title = headline;
    if (title === '') {
      const from = body || (media ? mediaName(media) : '');
      if (from === '') {
        report.droppedItem(path, 'a slide with neither headline, text nor media caption');
        return;
      }
      title = titleFromText(from);
      report.guessed(
        `${path}.text.headline`,
        `no headline: title taken from the ${body ? 'text' : 'media'}`,
      );
    }
    const summary = media ? addMedia(media, body, `${path}.media`, builder, report, baseUrl) : body;
    const draft: EventDraft = { title, start: start.date, ...(end ? { end } : {}), actors: [] };
    const group = htmlToText(str(slide.group));
    if (group) draft.actors = [group];
    const uniqueId = str(slide.unique_id).trim();
    if (uniqueId) draft.id = uniqueId;
    const display = htmlToText(str(slide.display_date)) || datesDisplay(slide);
    if (display) draft.dateNote = display;
    if (summary) draft.summary = summary;
    if (isObject(slide.background))
      report.dropped(`${path}.background`, 'backgrounds are not imported');
    seen.add(`${title}|${start.date}|${end ?? ''}`);
    builder.event(draft, path);
  });
  const eras = Array.isArray(data.eras) ? data.eras : [];
  eras.forEach((era, i) => {
    const path = `eras[${i}]`;
    if (!isObject(era)) {
      report.droppedItem(path, 'not an era object');
      return;
    }
    const start = readSlideDate(era.start_date, `${path}.start_date`, true);
    const end = readSlideDate(era.end_date, `${path}.end_date`, true);
    if (!start.ok || !end.ok) return;
    const { headline, body } = slideText(era);
    const title = headline || body || 'Era';
    // Sourceline's own TimelineJS export writes each period as a slide and an era: one event.
    if (seen.has(`${title}|${start.date}|${end.date}`)) return;
    builder.event(
      {
        title,
        start: start.date,
        end: end.date,
        actors: [ERAS_ACTOR],
        ...(body && headline ? { summary: body } : {}),
      },
      path,
    );
  });
  if (eras.length > 0) report.mapped('eras', `eras → periods in the lane "${ERAS_ACTOR}"`);
  // The paths of a TimelineJS2 file are its own, not those of the TimelineJS3 reading.
  const notes = version2
    ? report.notes.map((note) => ({ ...note, where: timelineJs2Path(note.where) }))
    : report.notes;
  if (builder.events.length === 0) {
    return {
      kind: 'refused',
      format: 'timelinejs',
      message: 'no slide or era could be imported',
      notes,
    };
  }
  const result: ImportReport = { format: 'timelinejs', items: slides.length + eras.length, notes };
  const store = builder.build(titleSlide?.headline || fallbackTitle, titleSlide?.body || undefined);
  return { kind: 'store', store, report: result };
}
