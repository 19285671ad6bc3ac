import { type Axis, readCoordinate } from './coordinate-text';
import { headerKey, reportEmptyRows, type Table, type TableRow } from './csv-table';
import {
  DATE_REFUSALS,
  type DateOrder,
  describeAmbiguous,
  listRows,
  readDate,
  settleDateOrder,
} from './import-dates';
import { type ImportReport, ReportBuilder } from './import-report';
import { htmlToText } from './html-text';
import {
  type ConvertOutcome,
  type FieldMapping,
  IMPORT_FIELDS,
  type ImportField,
  type TableColumns,
} from './outcome';
import { type EventDraft, StoreBuilder, titleFromText } from './store-builder';

/**
 * Any CSV/TSV with a row per event: columns found by name (in English and Spanish, and the
 * columns Sourceline's own CSV export writes) or mapped by hand. Also the fields Sourceline
 * writes that are not import fields (id, date note, approximate, actor ids, translations),
 * so an exported CSV comes back as the same events.
 */
const ALIASES: Record<ImportField, string[]> = {
  date: [
    'date',
    'start',
    'startdate',
    'fecha',
    'eventdate',
    'fechainicio',
    'datetime',
    'timestamp',
    'when',
    'day',
  ],
  end: ['end', 'enddate', 'fechafin', 'until', 'finish'],
  title: [
    'title',
    'headline',
    'titulo',
    'titular',
    'name',
    'event',
    'eventname',
    'evento',
    'subject',
    'nombre',
  ],
  summary: [
    'summary',
    'description',
    'notes',
    'note',
    'text',
    'descripcion',
    'details',
    'body',
    'content',
    'notas',
    'resumen',
  ],
  actors: [
    'actors',
    'actor',
    'actor1',
    'actor2',
    'actores',
    'group',
    'groups',
    'category',
    'party',
    'parties',
    'participants',
    'who',
  ],
  tags: ['tags', 'tag', 'keywords', 'labels', 'etiquetas', 'themes'],
  place: [
    'place',
    'location',
    'lugar',
    'locationname',
    'city',
    'site',
    'ciudad',
    'country',
    'pais',
  ],
  lat: ['lat', 'latitude', 'latitud'],
  lon: ['lon', 'lng', 'long', 'longitude', 'longitud'],
  url: ['url', 'link', 'sourceurl', 'enlace', 'href', 'links'],
  source: ['source', 'sources', 'sourcetitle', 'fuente', 'fuentes'],
  quote: ['quote', 'quotes', 'excerpt', 'excerpts', 'cita', 'citas'],
};
// Fields that take every matching column (actor1 and actor2 both name actors).
const MULTI: ReadonlySet<ImportField> = new Set(['actors']);
const EXTRA = {
  id: ['id', 'eventid', 'uniqueid'],
  dateNote: ['datenote', 'displaydate'],
  approximate: ['approximate', 'circa'],
  actorIds: ['actorids'],
  translation: ['translation', 'translations'],
} as const;
type Extra = keyof typeof EXTRA;

const LIST = /\s*[;|]\s*/;
const splitList = (cell: string) =>
  cell
    .split(LIST)
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * Links joined with bare commas, as timemap's CSV download writes an event's sources
 * ("https://a,https://b"): split only where a comma starts another link, so a name with a
 * comma stays whole.
 */
const splitLinks = (cell: string) => cell.split(/\s*,\s*(?=https?:\/\/)/i);

/**
 * Which columns each field reads: by hand where mapped, else by name. A column chosen by
 * hand is that field's: a field that would have recognised it by its name looks further,
 * and when it finds nothing else it is listed in `displaced`, to be said at the field.
 */
export function mapColumns(header: readonly string[], chosen: FieldMapping = {}): TableColumns {
  const keys = header.map(headerKey);
  const taken = new Set<number>();
  const byHand = new Map<number, ImportField>();
  const mapping = {} as Record<ImportField, string[]>;
  const displaced: Partial<Record<ImportField, { column: string; by: ImportField }>> = {};
  for (const field of IMPORT_FIELDS) {
    const hand = chosen[field];
    if (hand !== undefined) {
      mapping[field] = hand === null || !header.includes(hand) ? [] : [hand];
      if (hand !== null && header.includes(hand)) {
        taken.add(header.indexOf(hand));
        if (!byHand.has(header.indexOf(hand))) byHand.set(header.indexOf(hand), field);
      }
    }
  }
  for (const field of IMPORT_FIELDS) {
    if (chosen[field] !== undefined) continue;
    const found: string[] = [];
    let lost: { column: string; by: ImportField } | undefined;
    for (const alias of ALIASES[field]) {
      keys.forEach((key, i) => {
        if (key !== alias) return;
        const by = byHand.get(i);
        if (by !== undefined) lost ??= { column: header[i]!, by };
        else if (!taken.has(i) && !found.includes(header[i]!)) {
          if (found.length === 0 || MULTI.has(field)) {
            found.push(header[i]!);
            taken.add(i);
          }
        }
      });
    }
    mapping[field] = found;
    if (found.length === 0 && lost) displaced[field] = lost;
  }
  return {
    columns: header,
    mapping,
    ...(Object.keys(displaced).length > 0 ? { displaced } : {}),
  };
}

/**
 * Why a field a table needs reads no column, for its refusal: chosen as none, its column
 * chosen for another field, or no column of its names.
 */
function noColumn(
  fields: readonly ImportField[],
  what: string,
  names: string,
  columns: TableColumns,
  chosen: FieldMapping,
): string {
  const lost = fields.map((field) => columns.displaced?.[field]).find(Boolean);
  if (lost)
    return `no column of ${what}: its column, ${JSON.stringify(lost.column)}, is chosen for ${lost.by}`;
  if (fields.some((field) => chosen[field] !== undefined)) return `no column of ${what} chosen`;
  return `no column of ${what} recognised by its name (${names}); columns: ${columns.columns.join(', ')}`;
}

function extraColumns(header: readonly string[], taken: ReadonlySet<string>) {
  const keys = header.map(headerKey);
  const out: Partial<Record<Extra, number>> = {};
  for (const extra of Object.keys(EXTRA) as Extra[]) {
    const i = keys.findIndex(
      (key, n) => !taken.has(header[n]!) && (EXTRA[extra] as readonly string[]).includes(key),
    );
    if (i >= 0) out[extra] = i;
  }
  return out;
}

const EXAMPLES: Readonly<Record<Axis, string>> = {
  lat: '50.45 or 50°27′N',
  lon: '30.52 or 30°31′E',
};

/**
 * A row's latitude and longitude, when both are read and on the globe; every other pair that
 * is not empty is reported, so no event loses its place on the map unsaid.
 */
function coordinatesOf(
  latText: string,
  lonText: string,
  where: string,
  report: ReportBuilder,
): { lat: number; lon: number } | undefined {
  if (latText === '' && lonText === '') return undefined;
  const texts: Record<Axis, string> = { lat: latText, lon: lonText };
  const reads = { lat: readCoordinate(latText, 'lat'), lon: readCoordinate(lonText, 'lon') };
  let outOfRange = false;
  for (const axis of ['lat', 'lon'] as const) {
    const other: Axis = axis === 'lat' ? 'lon' : 'lat';
    const read = reads[axis];
    if (texts[axis] === '') {
      report.dropped(
        where,
        `${axis} missing beside ${other} ${JSON.stringify(texts[other])}: coordinates left out`,
      );
    } else if (!read.ok && read.reason === 'unreadable') {
      report.dropped(
        where,
        `${axis} ${JSON.stringify(texts[axis])} not read (such as ${EXAMPLES[axis]}): coordinates left out`,
      );
    } else if (!read.ok) outOfRange = true;
  }
  if (outOfRange) report.dropped(where, 'coordinates out of range left out');
  return reads.lat.ok && reads.lon.ok ? { lat: reads.lat.value, lon: reads.lon.value } : undefined;
}

export interface TableConversion {
  readonly title: string;
  readonly mapping?: FieldMapping;
  readonly dateOrder?: DateOrder;
}

export function convertCsvTable(table: Table, options: TableConversion): ConvertOutcome {
  const report = new ReportBuilder();
  const columns = mapColumns(table.header, options.mapping);
  const { mapping } = columns;
  const taken = new Set(Object.values(mapping).flat());
  const extra = extraColumns(table.header, taken);
  const col = (name: string) => table.header.indexOf(name);
  const cellOf = (row: TableRow, field: ImportField) =>
    mapping[field].map((name) => row.cells[col(name)]?.trim() ?? '').filter(Boolean);
  const one = (row: TableRow, field: ImportField) => cellOf(row, field)[0] ?? '';
  const extraCell = (row: TableRow, which: Extra) =>
    extra[which] === undefined ? '' : (row.cells[extra[which]!]?.trim() ?? '');

  const chosen = options.mapping ?? {};
  if (mapping.date.length === 0) {
    return {
      kind: 'refused',
      format: 'csv',
      message: noColumn(['date'], 'dates', '"Date", "Fecha", "Start"…', columns, chosen),
      table: columns,
      missing: 'date',
    };
  }
  if (mapping.title.length === 0 && mapping.summary.length === 0) {
    return {
      kind: 'refused',
      format: 'csv',
      message: noColumn(
        ['title', 'summary'],
        'titles or descriptions',
        '"Title", "Headline", "Titular"…',
        columns,
        chosen,
      ),
      table: columns,
      missing: 'title',
    };
  }
  for (const field of IMPORT_FIELDS) {
    if (mapping[field].length > 0) {
      const how = options.mapping?.[field] !== undefined ? 'mapped by hand' : 'recognised by name';
      report.mapped(
        '',
        `${field} ← ${mapping[field].map((c) => JSON.stringify(c)).join(' + ')} (${how})`,
      );
    }
  }
  for (const [which, index] of Object.entries(extra)) {
    report.mapped('', `${which} ← ${JSON.stringify(table.header[index])} (recognised by name)`);
  }
  const ignored = table.header.filter(
    (name, i) => name !== '' && !taken.has(name) && !Object.values(extra).includes(i),
  );
  if (ignored.length > 0) report.dropped('', `columns not imported: ${ignored.join(', ')}`);
  reportEmptyRows(table, report);

  const dates = table.rows.flatMap((row) =>
    [one(row, 'date'), one(row, 'end')]
      .filter(Boolean)
      .map((text) => ({ where: row.number, text })),
  );
  const settled = settleDateOrder(dates, options.dateOrder);
  const rowNumbered = new Map(table.rows.map((row) => [row.number, row]));
  const ambiguousDates = describeAmbiguous(settled.ambiguous, 'row', (number) => {
    const row = rowNumbered.get(number);
    if (!row) return '';
    return (
      htmlToText(one(row, 'title')) || titleFromText(htmlToText(cellOf(row, 'summary')[0] ?? ''))
    );
  });
  if (settled.ask.length > 0) {
    return {
      kind: 'ask-date-order',
      format: 'csv',
      rows: settled.ask,
      unit: 'row',
      ambiguousDates,
      table: columns,
    };
  }
  if (settled.shownBy.length > 0) {
    report.guessed(
      '',
      `day/month order read as ${settled.order} from ${listRows(settled.shownBy)}`,
    );
  }

  const builder = new StoreBuilder(report);
  for (const row of table.rows) {
    const where = `row ${row.number}`;
    const start = readDate(one(row, 'date'), settled.order);
    if (!start.ok) {
      report.dropped(
        where,
        `date ${JSON.stringify(one(row, 'date'))}: ${DATE_REFUSALS[start.reason]}`,
      );
      continue;
    }
    let end: string | undefined;
    if (one(row, 'end') !== '') {
      const read = readDate(one(row, 'end'), settled.order);
      if (read.ok) end = read.date;
      else
        report.dropped(
          where,
          `end ${JSON.stringify(one(row, 'end'))} left out: ${DATE_REFUSALS[read.reason]}`,
        );
    }
    const summary = htmlToText(cellOf(row, 'summary').join('\n\n'));
    let title = htmlToText(one(row, 'title'));
    if (title === '') {
      if (summary === '') {
        report.dropped(where, 'no title and no description');
        continue;
      }
      title = titleFromText(summary);
      report.guessed(where, 'title taken from the description');
    }
    const draft: EventDraft = {
      title,
      start: start.date,
      ...(end ? { end } : {}),
      actors: [],
    };
    const id = extraCell(row, 'id');
    if (id) draft.id = id;
    const actorNames = cellOf(row, 'actors').flatMap(splitList).map(htmlToText).filter(Boolean);
    const actorIds = splitList(extraCell(row, 'actorIds'));
    draft.actors = actorNames;
    if (actorIds.length > 0 && actorIds.length === actorNames.length) {
      // Sourceline's own CSV: ids and names side by side; the ids are kept.
      actorNames.forEach((name, i) => builder.actor(name, { id: actorIds[i] }));
    }
    const dateNote = extraCell(row, 'dateNote');
    if (dateNote) draft.dateNote = htmlToText(dateNote);
    if (/^(true|yes|1|x|sí|si)$/i.test(extraCell(row, 'approximate'))) draft.approximate = true;
    const tags = cellOf(row, 'tags').flatMap(splitList).map(htmlToText).filter(Boolean);
    if (tags.length > 0) draft.tags = tags;
    const placeName = htmlToText(one(row, 'place'));
    const point = coordinatesOf(one(row, 'lat'), one(row, 'lon'), where, report);
    if (placeName || point) {
      draft.place = { name: placeName || `${point!.lat}, ${point!.lon}`, ...point };
      if (!placeName) report.guessed(where, 'place named by its coordinates');
    }
    let text = summary;
    const urls = cellOf(row, 'url')
      .flatMap((cell) => cell.split(/\s+|\s*[;|]\s*/))
      .filter((u) => /^https?:\/\//i.test(u));
    const quotes = htmlToText(one(row, 'quote'));
    const sourceNames = cellOf(row, 'source')
      .flatMap(splitList)
      .flatMap(splitLinks)
      .map(htmlToText)
      .filter(Boolean);
    if (quotes) {
      const parts = quotes
        .split(/\n\s*\n/)
        .map((q) => q.trim())
        .filter(Boolean);
      const translations = htmlToText(extraCell(row, 'translation')).split(/\n\s*\n/);
      const names = sourceNames.length > 0 ? sourceNames : urls;
      const sourceFor = (i: number) => {
        const name =
          names.length === 1 ? names[0] : names.length === parts.length ? names[i] : undefined;
        if (name === undefined) return undefined;
        const url = /^https?:\/\//i.test(name) ? name : urls.length === 1 ? urls[0] : undefined;
        return builder.source({ title: name, ...(url ? { url } : {}) });
      };
      const excerpts: NonNullable<EventDraft['excerpts']> = [];
      parts.forEach((quote, i) => {
        const source = sourceFor(i);
        if (source === undefined) {
          report.dropped(where, `quote ${i + 1} left out: no source it can be tied to`);
          return;
        }
        const translation =
          translations.length === parts.length ? translations[i]?.trim() : undefined;
        excerpts.push({ source, quote, ...(translation ? { translation } : {}) });
      });
      if (excerpts.length > 0) draft.excerpts = excerpts;
    } else if (urls.length > 0 || sourceNames.length > 0) {
      // A source backs an event only through a quote from it; without one, the reference is
      // kept where a reader sees it.
      text = [
        text,
        ...sourceNames.map((name) => `Source: ${name}`),
        ...urls.map((u) => `Link: ${u}`),
      ]
        .filter(Boolean)
        .join('\n\n');
    }
    if (text) draft.summary = text;
    builder.event(draft, where);
  }
  if (builder.events.length === 0) {
    return {
      kind: 'refused',
      format: 'csv',
      message: 'no row could be imported',
      table: columns,
      notes: report.notes,
    };
  }
  const result: ImportReport = { format: 'csv', items: table.rows.length, notes: report.notes };
  return {
    kind: 'store',
    store: builder.build(options.title),
    report: result,
    table: columns,
    ...(ambiguousDates.length > 0 ? { ambiguousDates } : {}),
  };
}
