import { headerKey, reportEmptyRows, type Table, type TableRow } from './csv-table';
import {
  DATE_REFUSALS,
  type DateOrder,
  describeAmbiguous,
  listRows,
  readDate,
  settleDateOrder,
} from './import-dates';
import {
  type ImportReport,
  ReportBuilder,
  type ValuedMessage,
  quotedValue,
  withValues,
} from './import-report';
import { htmlToText } from './html-text';
import type { ConvertOutcome } from './outcome';
import { type EventDraft, StoreBuilder, titleFromText } from './store-builder';
import { ERAS_ACTOR, TITLE_MEDIA_DROPPED, timelineJsDate } from './from-timelinejs';
import { addMedia, mediaName } from './timelinejs-media';

/**
 * The TimelineJS Google Sheet template, exported as CSV: `Year, Month, Day, Time, End Year,
 * End Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media
 * Caption, Media Thumbnail, Type, Group, Background`, or the older `Start Date, End Date,
 * Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Tag`. A `title`
 * row names the store; `era` rows become periods.
 */
const COLUMNS = {
  year: 'year',
  month: 'month',
  day: 'day',
  time: 'time',
  endYear: 'endyear',
  endMonth: 'endmonth',
  endDay: 'endday',
  endTime: 'endtime',
  startDate: 'startdate',
  endDate: 'enddate',
  displayDate: 'displaydate',
  headline: 'headline',
  text: 'text',
  media: 'media',
  credit: 'mediacredit',
  caption: 'mediacaption',
  thumbnail: 'mediathumbnail',
  type: 'type',
  group: 'group',
  tag: 'tag',
  background: 'background',
} as const;
type Column = keyof typeof COLUMNS;

export function looksLikeTimelineJsSheet(header: readonly string[]): boolean {
  const keys = new Set(header.map(headerKey));
  return keys.has('headline') && (keys.has('year') || keys.has('startdate'));
}

/** "14:30", "2:30 PM", "14:30:05"; not "25:00" or "14:75". */
function readTime(text: string): { hour: number; minute: number; second?: number } | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([ap]\.?m\.?)?$/i.exec(text.trim());
  if (!m) return null;
  let hour = Number(m[1]);
  if (m[4]) hour = hour > 12 ? NaN : (hour % 12) + (/^p/i.test(m[4]) ? 12 : 0);
  const minute = Number(m[2]);
  const second = m[3] === undefined ? undefined : Number(m[3]);
  if (!(hour < 24) || minute > 59 || (second ?? 0) > 59) return null;
  return { hour, minute, ...(second === undefined ? {} : { second }) };
}

/** The template's names for a date's columns, as a note names them. */
const PART_COLUMNS = {
  start: ['Year', 'Month', 'Day'],
  end: ['End Year', 'End Month', 'End Day'],
} as const;
const PART_NAMES = ['year', 'month', 'day'] as const;

const WHOLE = /^[+-]?\d+$/;
const leap = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
const daysIn = (year: number, month: number) =>
  month === 2 ? (leap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/**
 * What is wrong with a date written in Year, Month and Day columns, in words that name the
 * part ("month not from 1 to 12"), or undefined when each part is one. The words hold none of
 * the file's values: the note shows the date as written beside them, so rows wrong in the
 * same way are one line of the report whatever their values (groupNotes).
 */
function partsProblem(parts: readonly string[]): string | undefined {
  for (const [i, part] of parts.entries()) {
    if (!WHOLE.test(part)) return `${PART_NAMES[i]!} is not a whole number`;
  }
  const [year, month, day] = parts.map(Number) as [number, number?, number?];
  if (year < 1 || year > 9999) return DATE_REFUSALS['out-of-range'];
  if (month === undefined) return undefined;
  if (month < 1 || month > 12) return 'month not from 1 to 12';
  if (day !== undefined && (day < 1 || day > daysIn(year, month))) return 'day not in that month';
  return undefined;
}

/** A row's date, or what the note that drops it shows of it and says is wrong. */
type SheetDate =
  | { readonly ok: true; readonly date: string }
  | { readonly ok: false; readonly shown: ValuedMessage; readonly why: string };

export function convertTimelineJsSheet(
  table: Table,
  options: { title: string; dateOrder?: DateOrder; baseUrl?: string },
): ConvertOutcome {
  const report = new ReportBuilder();
  const keys = table.header.map(headerKey);
  const index = Object.fromEntries(
    (Object.keys(COLUMNS) as Column[]).map((column) => [column, keys.indexOf(COLUMNS[column])]),
  ) as Record<Column, number>;
  const cell = (row: TableRow, column: Column) =>
    index[column] < 0 ? '' : (row.cells[index[column]]?.trim() ?? '');
  reportEmptyRows(table, report);
  const known = new Set(Object.values(COLUMNS) as string[]);
  const unknown = table.header.filter((name, i) => name !== '' && !known.has(keys[i]!));
  if (unknown.length > 0) report.dropped('', `columns not imported: ${unknown.join(', ')}`);

  const texts = table.rows.flatMap((row) =>
    [cell(row, 'startDate'), cell(row, 'endDate')]
      .filter(Boolean)
      .map((text) => ({ where: row.number, text })),
  );
  // TimelineJS reads "3/4/2012" in its Start Date column as 4 March, whatever the locale
  // (parseDate in TimelineJS3's TLDate.js): a sheet that shows no order is read that way.
  const settled = settleDateOrder(texts, options.dateOrder, 'mdy');
  const rowNumbered = new Map(table.rows.map((row) => [row.number, row]));
  const ambiguousDates = describeAmbiguous(settled.ambiguous, 'row', (number) => {
    const row = rowNumbered.get(number);
    if (!row) return '';
    return htmlToText(cell(row, 'headline')) || titleFromText(htmlToText(cell(row, 'text')));
  });
  if (settled.ask.length > 0)
    return {
      kind: 'ask-date-order',
      format: 'timelinejs-sheet',
      rows: settled.ask,
      unit: 'row',
      ambiguousDates,
    };
  if (settled.shownBy.length > 0) {
    report.guessed(
      '',
      `day/month order read as ${settled.order} from ${listRows(settled.shownBy)}`,
    );
  }
  if (settled.assumedFor) {
    report.guessed(
      '',
      `day/month order read as mdy (month first), as TimelineJS reads its Start Date column: ${listRows(settled.assumedFor)}`,
    );
  }

  // As TimelineJS reads them (clean_integer): a sheet with the year column formatted as a
  // number exports 1815 as "1,815".
  const integer = (row: TableRow, column: Column) => cell(row, column).replace(/[\s,]+/g, '');
  const dateOf = (row: TableRow, end: boolean): SheetDate | null => {
    const whole = cell(row, end ? 'endDate' : 'startDate');
    const year = integer(row, end ? 'endYear' : 'year');
    if (year === '') {
      if (whole === '') return null;
      const read = readDate(whole, settled.order);
      return read.ok
        ? read
        : { ok: false, shown: withValues`${quotedValue(whole)}`, why: DATE_REFUSALS[read.reason] };
    }
    const month = integer(row, end ? 'endMonth' : 'month');
    const day = integer(row, end ? 'endDay' : 'day');
    // As TimelineJS reads them: a day without its month is not read.
    const parts = month === '' ? [year] : day === '' ? [year, month] : [year, month, day];
    const shown = withValues`${quotedValue(parts.join('-'))} (${PART_COLUMNS[end ? 'end' : 'start'].slice(0, parts.length).join(', ')})`;
    const problem = partsProblem(parts);
    if (problem !== undefined) return { ok: false, shown, why: problem };
    const timeText = cell(row, end ? 'endTime' : 'time');
    const time = readTime(timeText);
    if (timeText !== '' && time === null) {
      report.dropped(
        `row ${row.number}`,
        withValues`time ${quotedValue(timeText)} not read (such as 14:30 or 2:30 PM): the date kept to the day`,
      );
    }
    const read = timelineJsDate({ year, month, day, ...(time ?? {}) });
    return read.ok ? read : { ok: false, shown, why: DATE_REFUSALS[read.reason] };
  };

  const builder = new StoreBuilder(report);
  let title = options.title;
  let description: string | undefined;
  const seen = new Set<string>();
  const eras: TableRow[] = [];
  for (const row of table.rows) {
    const where = `row ${row.number}`;
    const type = cell(row, 'type').toLowerCase();
    const headline = htmlToText(cell(row, 'headline'));
    const text = htmlToText(cell(row, 'text'));
    if (type === 'title') {
      if (headline) title = headline;
      if (text) description = text;
      report.mapped(where, 'title row → store title and description');
      if (cell(row, 'media')) report.dropped(where, TITLE_MEDIA_DROPPED);
      continue;
    }
    if (type === 'era') {
      eras.push(row);
      continue;
    }
    const start = dateOf(row, false);
    if (start === null) {
      report.droppedItem(where, 'no date');
      continue;
    }
    if (!start.ok) {
      report.droppedItem(where, withValues`date ${start.shown}: ${start.why}`);
      continue;
    }
    const end = dateOf(row, true);
    if (end && !end.ok)
      report.dropped(where, withValues`end date ${end.shown} left out: ${end.why}`);
    const mediaUrl = cell(row, 'media');
    const media = mediaUrl
      ? { url: mediaUrl, caption: cell(row, 'caption'), credit: cell(row, 'credit') }
      : null;
    let eventTitle = headline;
    if (eventTitle === '') {
      const from = text || (media ? mediaName(media) : '');
      if (from === '') {
        report.droppedItem(where, 'no headline, text or media caption');
        continue;
      }
      eventTitle = titleFromText(from);
      report.guessed(where, `title taken from the ${text ? 'text' : 'media'}`);
    }
    const draft: EventDraft = {
      title: eventTitle,
      start: start.date,
      ...(end?.ok ? { end: end.date } : {}),
      actors: [],
    };
    const group = htmlToText(cell(row, 'group') || cell(row, 'tag'));
    if (group) draft.actors = [group];
    const display = htmlToText(cell(row, 'displayDate'));
    if (display) draft.dateNote = display;
    const summary = media ? addMedia(media, text, where, builder, report, options.baseUrl) : text;
    if (summary) draft.summary = summary;
    if (cell(row, 'background')) report.dropped(where, 'background not imported');
    seen.add(`${eventTitle}|${draft.start}|${draft.end ?? ''}`);
    builder.event(draft, where);
  }
  for (const row of eras) {
    const where = `row ${row.number}`;
    const start = dateOf(row, false);
    const end = dateOf(row, true);
    // A date written wrong is said as an event's is; then, that an era needs both.
    if (start && !start.ok) {
      report.droppedItem(where, withValues`date ${start.shown}: ${start.why}`);
      continue;
    }
    if (end && !end.ok)
      report.dropped(where, withValues`end date ${end.shown} left out: ${end.why}`);
    if (!start?.ok || !end?.ok) {
      report.droppedItem(where, 'an era needs a start and an end date in 0001–9999');
      continue;
    }
    const eraTitle = htmlToText(cell(row, 'headline')) || 'Era';
    if (seen.has(`${eraTitle}|${start.date}|${end.date}`)) continue;
    builder.event(
      { title: eraTitle, start: start.date, end: end.date, actors: [ERAS_ACTOR] },
      where,
    );
  }
  if (eras.length > 0) report.mapped('', `era rows → periods in the lane "${ERAS_ACTOR}"`);
  if (builder.events.length === 0) {
    return {
      kind: 'refused',
      format: 'timelinejs-sheet',
      message: 'no row could be imported',
      notes: report.notes,
    };
  }
  const result: ImportReport = {
    format: 'timelinejs-sheet',
    items: table.rows.length,
    notes: report.notes,
  };
  return {
    kind: 'store',
    store: builder.build(title, description),
    report: result,
    ...(settled.assumedFor && settled.order ? { assumedDateOrder: settled.order } : {}),
    ...(ambiguousDates.length > 0 ? { ambiguousDates } : {}),
  };
}
