import { type Axis, readCoordinate } from './coordinate-text';
import { headerKey, reportEmptyRows, type Table, type TableRow } from './csv-table';
import { datesInCell, readDateSpan, SPAN_NOTES, SPAN_REFUSALS } from './date-span';
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
  plainValue,
  quotedValue,
  withValues,
} from './import-report';
import { htmlToText } from './html-text';
import {
  type ConvertOutcome,
  type FieldMapping,
  IMPORT_FIELDS,
  type ImportField,
  type TableColumns,
} from './outcome';
import { type EventDraft, StoreBuilder, titleFromText } from './store-builder';
import { type PlacedRow, findSwappedCoordinates } from './swapped-coordinates';
import {
  type EventStatus,
  RELATIONS,
  type Relation,
  STANCES,
  STATUSES,
  type Stance,
} from '../vocabulary';

/**
 * Any CSV/TSV with a row per event: columns found by name (in English and Spanish, and the
 * columns Sourceline's own CSV export writes) or mapped by hand. Also the fields Sourceline
 * writes that are not import fields (id, date note, approximate, status note, actor ids, related
 * events, source ids, translations, stances, locators), so an exported CSV comes back as the
 * same events with the same evidence.
 *
 * The excerpt columns (quote, translation, stance, locator, and source where it names one
 * source per quote) are read in slots: a cell's slots are separated by one blank line, and
 * slot n of each column belongs to quote n. An empty slot is that excerpt's "none" (no
 * translation, the default stance, no locator); two blank lines in a row leave an empty slot
 * between them. A slot with no quote beside it is left out and reported.
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
    'where',
    'donde',
  ],
  lat: ['lat', 'latitude', 'latitud'],
  lon: ['lon', 'lng', 'long', 'longitude', 'longitud'],
  url: [
    'url',
    'link',
    'sourceurl',
    'sourcelink',
    'enlace',
    'href',
    'links',
    'article',
    'articleurl',
    'articlelink',
    'weblink',
    'website',
    'uri',
  ],
  source: [
    'source',
    'sources',
    'sourcetitle',
    'sourcename',
    'fuente',
    'fuentes',
    'nombrefuente',
    'outlet',
    'publication',
  ],
  quote: ['quote', 'quotes', 'excerpt', 'excerpts', 'cita', 'citas'],
  translation: ['translation', 'translations', 'traduccion', 'traducciones'],
  status: ['status'],
};
// Fields that take every matching column (actor1 and actor2 both name actors).
const MULTI: ReadonlySet<ImportField> = new Set(['actors']);
const EXTRA = {
  id: ['id', 'eventid', 'uniqueid'],
  dateNote: ['datenote', 'displaydate'],
  approximate: ['approximate', 'circa'],
  actorIds: ['actorids'],
  statusNote: ['statusnote'],
  related: ['related', 'relatedevents'],
  sourceIds: ['sourceids'],
  stance: ['stance', 'stances'],
  locator: ['locator', 'locators'],
} as const;
type Extra = keyof typeof EXTRA;

const LIST = /\s*[;|]\s*/;
const splitList = (cell: string) =>
  cell
    .split(LIST)
    .map((part) => part.trim())
    .filter(Boolean);
const splitAtCommas = (cell: string) =>
  cell
    .split(/\s*[;|,]\s*/)
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * Links joined with bare commas, as timemap's CSV download writes an event's sources
 * ("https://a,https://b"): split only where a comma starts another link, so a name with a
 * comma stays whole.
 */
const splitLinks = (cell: string) => cell.split(/\s*,\s*(?=https?:\/\/)/i);

const LINK = /^https?:\/\/\S+$/i;
const isLink = (text: string) => LINK.test(text);

/**
 * Columns whose links are not sources: a picture's, or the `store` column of Sourceline's own
 * CSV (the address the events were read from, the same on every row).
 */
const NOT_SOURCE_LINKS = /^(store|image|images|img|photo|picture|thumbnail|media|icon|logo)/;

/** A column most of whose cells (four in five, at least one) are each one link. */
function holdsLinks(table: Table, index: number): boolean {
  let filled = 0;
  let links = 0;
  for (const row of table.rows) {
    const cell = row.cells[index]?.trim() ?? '';
    if (cell === '') continue;
    filled++;
    if (splitLinks(cell).every(isLink)) links++;
  }
  return links > 0 && links >= filled * 0.8;
}

/**
 * A link column no name was recognised for ("Article", "Reference", a `source` column of
 * links): read as `url` when no column was, so each row's link makes a source. Never over
 * a choice by hand.
 */
function findLinkColumn(
  table: Table,
  columns: TableColumns,
  chosen: FieldMapping,
): { columns: TableColumns; found?: string } {
  const { mapping } = columns;
  if (chosen.url !== undefined || mapping.url.length > 0) return { columns };
  const source = mapping.source[0];
  if (chosen.source === undefined && mapping.source.length === 1 && source !== undefined) {
    if (holdsLinks(table, table.header.indexOf(source)))
      return {
        columns: { ...columns, mapping: { ...mapping, source: [], url: [source] } },
        found: source,
      };
  }
  const used = new Set(Object.values(mapping).flat());
  const index = table.header.findIndex(
    (name, i) =>
      name !== '' &&
      !used.has(name) &&
      !NOT_SOURCE_LINKS.test(headerKey(name)) &&
      holdsLinks(table, i),
  );
  if (index < 0) return { columns };
  const found = table.header[index]!;
  return { columns: { ...columns, mapping: { ...mapping, url: [found] } }, found };
}

/** A link as a source's title until its own is known: "example.org/news/treaty-signed". */
export function titleOfLink(link: string): string {
  try {
    const url = new URL(link);
    const path = decodeURIComponent(url.pathname).replace(/\/+$/, '');
    return `${url.hostname.replace(/^www\./, '')}${path}` || link;
  } catch {
    return link;
  }
}

/**
 * The source names that a file gives with more than one link ("Wikipedia" beside six of its
 * articles), with how many: such a name is the site's, not one page's, and six sources all
 * titled "Wikipedia" could not be told apart in the editor or the details. A name is paired
 * with a link where its row gives one link.
 */
function publishersAmong(
  rows: readonly { urls: readonly string[]; sourceNames: readonly string[] }[],
): Map<string, number> {
  const linksOf = new Map<string, Set<string>>();
  for (const { urls, sourceNames } of rows) {
    const links = new Set([...urls, ...sourceNames.filter(isLink)]);
    if (links.size !== 1) continue;
    const link = [...links][0]!;
    for (const name of new Set(sourceNames)) {
      if (name === '' || isLink(name)) continue;
      const known = linksOf.get(name);
      if (known) known.add(link);
      else linksOf.set(name, new Set([link]));
    }
  }
  return new Map(
    [...linksOf].filter(([, links]) => links.size > 1).map(([name, links]) => [name, links.size]),
  );
}

/**
 * A page's title from its address, where the address carries one: Wikipedia's
 * "Treaty_of_Brest-Litovsk", a news site's "treaty-signed-in-pyongyang". Else the address
 * shortened (titleOfLink).
 */
export function titleOfPage(link: string): string {
  try {
    const segments = new URL(link).pathname.split('/').filter(Boolean);
    const last = decodeURIComponent(segments.at(-1) ?? '').replace(/\.(?:s?html?|php|aspx?)$/i, '');
    const words = last.includes('_') ? last.replace(/_+/g, ' ') : last.replace(/-+/g, ' ');
    // "1", "index", "a3f9c2": a page number or a key, not a title.
    if (!/\p{L}{3}/u.test(words) || /^(?:index|default|home|article|view)$/i.test(words))
      return titleOfLink(link);
    return words.trim();
  } catch {
    return titleOfLink(link);
  }
}

/** A cell's excerpt slots, as written: one blank line between two (see above), each trimmed. */
const slotsOf = (cell: string) =>
  cell
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((slot) => slot.trim());

const isStance = (text: string): text is Stance => (STANCES as readonly string[]).includes(text);
const isStatus = (text: string): text is EventStatus =>
  (STATUSES as readonly string[]).includes(text);
const isRelation = (text: string): text is Relation =>
  (RELATIONS as readonly string[]).includes(text);

/** "causes: other-event", "causes other-event", "see also: x" → the relation and the id. */
function readRelated(entry: string): { relation: string; event: string } | undefined {
  const parts = /^(.+?)\s*(?::\s*|\s+)(\S+)$/.exec(entry);
  if (!parts) return undefined;
  return { relation: parts[1]!.toLowerCase().replace(/[\s_]+/g, '-'), event: parts[2]! };
}

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
        withValues`${axis} missing beside ${other} ${quotedValue(texts[other])}: coordinates left out`,
      );
    } else if (!read.ok && read.reason === 'unreadable') {
      report.dropped(
        where,
        withValues`${axis} ${quotedValue(texts[axis])} not read (such as ${EXAMPLES[axis]}): coordinates left out`,
      );
    } else if (!read.ok) outOfRange = true;
  }
  if (outOfRange) report.dropped(where, 'coordinates out of range left out');
  return reads.lat.ok && reads.lon.ok ? { lat: reads.lat.value, lon: reads.lon.value } : undefined;
}

/**
 * Each event's related events, once every row has its id: an entry the store could not hold
 * (an unknown relation or event, the event itself) is left out and reported.
 */
function linkRelated(
  builder: StoreBuilder,
  relatedOf: readonly { id: string; where: string; entries: readonly string[] }[],
  idInStore: ReadonlyMap<string, string>,
  report: ReportBuilder,
) {
  const eventById = new Map(builder.events.map((event) => [event.id, event]));
  /** The entry as the store holds it, or why it cannot be held. */
  const link = (entry: string, id: string): { event: string; relation: Relation } | string => {
    const read = readRelated(entry);
    if (!read) return 'not "relation: event id"';
    if (!isRelation(read.relation))
      return 'not a relation ("causes", "responds-to", "part-of" or "see-also")';
    const target = idInStore.get(read.event);
    if (target === undefined) return 'no event with that id';
    if (target === id) return 'the event itself';
    return { event: target, relation: read.relation };
  };
  for (const { id, where, entries } of relatedOf) {
    const related: { event: string; relation: Relation }[] = [];
    for (const entry of entries) {
      const linked = link(entry, id);
      if (typeof linked === 'string')
        report.dropped(where, withValues`related ${quotedValue(entry)} left out: ${linked}`);
      else related.push(linked);
    }
    const event = eventById.get(id);
    if (event && related.length > 0) event.related = related;
  }
}

export interface TableConversion {
  readonly title: string;
  readonly mapping?: FieldMapping;
  readonly dateOrder?: DateOrder;
  /** See ConvertOptions.keepUndated. */
  readonly keepUndated?: boolean;
}

const DUPLICATE_ROW = 'every cell the same as an earlier row: kept as a second event';

/** The note for a row kept with no date (ConvertOptions.keepUndated). */
export const KEPT_UNDATED = 'no date: kept without one, to be filled in';

export function convertCsvTable(table: Table, options: TableConversion): ConvertOutcome {
  const report = new ReportBuilder();
  const byLinks = findLinkColumn(
    table,
    mapColumns(table.header, options.mapping),
    options.mapping ?? {},
  );
  const { columns } = byLinks;
  const { mapping } = columns;
  const taken = new Set(Object.values(mapping).flat());
  const extra = extraColumns(table.header, taken);
  const col = (name: string) => table.header.indexOf(name);
  const cellOf = (row: TableRow, field: ImportField) =>
    mapping[field].map((name) => row.cells[col(name)]?.trim() ?? '').filter(Boolean);
  const one = (row: TableRow, field: ImportField) => cellOf(row, field)[0] ?? '';
  const extraCell = (row: TableRow, which: Extra) =>
    extra[which] === undefined ? '' : (row.cells[extra[which]!]?.trim() ?? '');
  // Untrimmed, for slots: a leading empty slot ("\n\nsecond") is a slot.
  const rawExtra = (row: TableRow, which: Extra) =>
    extra[which] === undefined ? '' : (row.cells[extra[which]!] ?? '');
  const rawOne = (row: TableRow, field: ImportField) =>
    mapping[field].map((name) => row.cells[col(name)] ?? '').find((cell) => cell.trim() !== '') ??
    '';

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
      const how =
        options.mapping?.[field] !== undefined
          ? 'mapped by hand'
          : field === 'url' && byLinks.found !== undefined
            ? 'its cells are links'
            : 'recognised by name';
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
      .flatMap(datesInCell)
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
  // A list in a cell is split at ";" (or "|"). A column that joins its names with commas
  // ("North Korea, Russia"), as people fill a "Who" column, is split at its commas too, and the
  // report says so: a name with a comma in it is cut in two there. Such a column is one where
  // more cells join with commas alone than with ";": one cell typed with ";" among thousands
  // with commas must not make "Hamas, Japan" an actor of each of them. A cell with ";" is
  // still split at ";" only. Sourceline's own CSV, whose actor ids stand beside the names,
  // always uses ";".
  const commaLists = new Set<ImportField>();
  for (const field of ['actors', 'tags'] as const) {
    if (field === 'actors' && extra.actorIds !== undefined) continue;
    const cells = table.rows.flatMap((row) => cellOf(row, field));
    const listed = cells.filter((cell) => LIST.test(cell)).length;
    const commas = cells.filter((cell) => !LIST.test(cell) && cell.includes(',')).length;
    if (commas === 0 || commas <= listed) continue;
    commaLists.add(field);
    report.guessed(
      '',
      listed === 0
        ? `${field} split at commas: no cell of the column uses ";"`
        : `${field} split at commas in the cells without ";": ${commas} cells join with commas, ${listed} with ";"`,
    );
  }
  const listOf = (row: TableRow, field: ImportField) =>
    cellOf(row, field).flatMap((cell) =>
      commaLists.has(field) && !LIST.test(cell) ? splitAtCommas(cell) : splitList(cell),
    );
  if (settled.shownBy.length > 0) {
    report.guessed(
      '',
      `day/month order read as ${settled.order} from ${listRows(settled.shownBy)}`,
    );
  }

  const sourcesOfRow = (row: TableRow) => {
    const urls = cellOf(row, 'url')
      .flatMap((cell) => cell.split(/\s+|\s*[;|]\s*/))
      .flatMap(splitLinks)
      .filter((u) => /^https?:\/\//i.test(u));
    const sourceCell = rawOne(row, 'source');
    // One source per quote slot, a blank line between, as Sourceline writes them; else a list.
    const sourceNames = /\n[ \t]*\n/.test(sourceCell.trim())
      ? slotsOf(sourceCell).map(htmlToText)
      : cellOf(row, 'source')
          .flatMap(splitList)
          .flatMap(splitLinks)
          .map(htmlToText)
          .filter(Boolean);
    return { urls, sourceNames };
  };
  // Read once: the publishers are found over every row before any row is made an event.
  const rowSources = table.rows.map(sourcesOfRow);
  const publishers = publishersAmong(rowSources);
  for (const [name, links] of publishers) {
    report.guessed(
      '',
      `${JSON.stringify(name)} names sources at ${links} links: read as their publisher, each source titled from its link`,
    );
  }
  /** A source named in a row, with the row's link: a publisher's name names the page's site. */
  const namedSource = (name: string, url: string | undefined) =>
    url !== undefined && publishers.has(name)
      ? { title: titleOfPage(url), publisher: name, url }
      : { title: name, ...(url ? { url } : {}) };

  const builder = new StoreBuilder(report);
  /** The id each event has in the file → its id in the store (the first with it). */
  const idInStore = new Map<string, string>();
  const relatedOf: { id: string; where: string; entries: string[] }[] = [];
  let linkSources = 0;
  const placed: PlacedRow[] = [];
  const rowsSeen = new Set<string>();
  for (const [rowIndex, row] of table.rows.entries()) {
    const where = `row ${row.number}`;
    const dateCell = one(row, 'date');
    // An empty cell is a date not known yet; one that cannot be read is still left out.
    const undated = dateCell === '' && options.keepUndated === true;
    if (dateCell === '' && !undated) {
      // Said plainly: 'date "": not a date (such as 2024-06-19…)' reads as a date mistyped.
      report.droppedItem(where, 'no date');
      continue;
    }
    const start = undated
      ? ({ ok: true, start: '', approximate: false, readAs: [] } as const)
      : readDateSpan(dateCell, settled.order);
    if (!start.ok) {
      report.droppedItem(
        where,
        withValues`date ${quotedValue(one(row, 'date'))}: ${SPAN_REFUSALS[start.reason]}`,
      );
      continue;
    }
    for (const reading of start.readAs) report.guessed(where, SPAN_NOTES[reading]);
    let end = start.end;
    if (one(row, 'end') !== '') {
      const read = readDate(one(row, 'end'), settled.order);
      if (read.ok) end = read.date;
      else
        report.dropped(
          where,
          withValues`end ${quotedValue(one(row, 'end'))} left out: ${DATE_REFUSALS[read.reason]}`,
        );
    }
    const summary = htmlToText(cellOf(row, 'summary').join('\n\n'));
    let title = htmlToText(one(row, 'title'));
    if (title === '') {
      if (summary === '') {
        report.droppedItem(where, 'no title and no description');
        continue;
      }
      title = titleFromText(summary);
      report.guessed(where, 'title taken from the description');
    }
    if (undated) report.guessed(where, KEPT_UNDATED);
    const draft: EventDraft = {
      title,
      start: start.start,
      ...(end ? { end } : {}),
      ...(start.approximate ? { approximate: true } : {}),
      actors: [],
    };
    const id = extraCell(row, 'id');
    if (id) draft.id = id;
    const actorNames = listOf(row, 'actors').map(htmlToText).filter(Boolean);
    const actorIds = splitList(extraCell(row, 'actorIds'));
    draft.actors = actorNames;
    if (actorIds.length > 0 && actorIds.length === actorNames.length) {
      // Sourceline's own CSV: ids and names side by side. The ids are kept, and tell apart
      // actors of the same name.
      draft.actorIds = actorNames.map((name, i) => builder.actorById(actorIds[i]!, name));
    } else if (actorIds.length > 0 && actorNames.length === 0) {
      draft.actorIds = actorIds.map((actorId) => builder.actorById(actorId, actorId));
    }
    const dateNote = extraCell(row, 'dateNote');
    if (dateNote) draft.dateNote = htmlToText(dateNote);
    if (/^(true|yes|1|x|sí|si)$/i.test(extraCell(row, 'approximate'))) draft.approximate = true;
    const status = one(row, 'status');
    if (isStatus(status.toLowerCase())) draft.status = status.toLowerCase() as EventStatus;
    else if (status !== '')
      report.dropped(
        where,
        withValues`status ${quotedValue(status)} left out: not confirmed, reported, disputed or refuted`,
      );
    const statusNote = htmlToText(extraCell(row, 'statusNote'));
    if (statusNote) draft.statusNote = statusNote;
    const tags = listOf(row, 'tags').map(htmlToText).filter(Boolean);
    if (tags.length > 0) draft.tags = tags;
    const placeName = htmlToText(one(row, 'place'));
    const point = coordinatesOf(one(row, 'lat'), one(row, 'lon'), where, report);
    if (placeName || point) {
      draft.place = { name: placeName || `${point!.lat}, ${point!.lon}`, ...point };
      if (!placeName) report.guessed(where, 'place named by its coordinates');
      else if (point) placed.push({ where, name: placeName, ...point });
    }
    let text = summary;
    const { urls, sourceNames } = rowSources[rowIndex]!;
    const quoteSlots = slotsOf(rawOne(row, 'quote')).flatMap((slot) => {
      // A cell of HTML paragraphs is read as slots too.
      const text = htmlToText(slot);
      return text === '' ? [''] : text.split(/\n\s*\n/);
    });
    if (quoteSlots.some(Boolean)) {
      // Slot n is quote n's. A column with as many slots as there are quotes, where the quotes
      // cell has empty slots too (extra blank lines, written by hand), is read against the
      // quotes that are there.
      const filled = quoteSlots.flatMap((quote, i) => (quote === '' ? [] : [i]));
      const aligned = <T>(values: readonly T[], empty: T): T[] => {
        if (values.length === quoteSlots.length || values.length !== filled.length)
          return [...values];
        const out = quoteSlots.map(() => empty);
        filled.forEach((slot, n) => (out[slot] = values[n]!));
        return out;
      };
      const slotsOfExtra = (which: Extra) =>
        aligned(slotsOf(rawExtra(row, which)).map(htmlToText), '');
      const translations = aligned(slotsOf(rawOne(row, 'translation')).map(htmlToText), '');
      const stances = slotsOfExtra('stance');
      const locators = slotsOfExtra('locator');
      for (const [what, values] of [
        ['translation', translations],
        ['stance', stances],
        ['locator', locators],
      ] as const) {
        values.forEach((value, i) => {
          if (value !== '' && !quoteSlots[i])
            report.dropped(where, `${what} ${i + 1} left out: no quote ${i + 1} beside it`);
        });
      }
      const names = aligned(sourceNames.length > 0 ? sourceNames : urls, '');
      const givenIds = aligned(splitList(extraCell(row, 'sourceIds')), '');
      const sourceIds =
        givenIds.length === 1 || givenIds.length === quoteSlots.length ? givenIds : [];
      const sourceFor = (i: number) => {
        const name =
          names.length === 1 ? names[0] : names.length === quoteSlots.length ? names[i] : undefined;
        const url =
          name !== undefined && /^https?:\/\//i.test(name)
            ? name
            : urls.length === 1
              ? urls[0]
              : undefined;
        const id = sourceIds[sourceIds.length === 1 ? 0 : i];
        if (id) {
          // Sourceline's own CSV: the source's id is kept, and tells apart sources of one title.
          return builder.sourceById(id, name || id, url);
        }
        if (name === undefined || name === '') return undefined;
        return builder.source(namedSource(name, url));
      };
      const excerpts: NonNullable<EventDraft['excerpts']> = [];
      quoteSlots.forEach((quote, i) => {
        if (quote === '') return;
        const stance = (stances[i] ?? '').toLowerCase();
        if (stance !== '' && !isStance(stance)) {
          // Counting a dispute as support, or the reverse, would misstate the evidence.
          report.dropped(
            where,
            withValues`quote ${i + 1} left out: stance ${quotedValue(stances[i])} is neither supports nor disputes`,
          );
          return;
        }
        const source = sourceFor(i);
        if (source === undefined) {
          report.dropped(where, `quote ${i + 1} left out: no source it can be tied to`);
          return;
        }
        const translation = translations[i];
        const locator = locators[i];
        excerpts.push({
          source,
          quote,
          ...(translation ? { translation } : {}),
          ...(stance ? { stance: stance as Stance } : {}),
          ...(locator ? { locator } : {}),
        });
      });
      if (excerpts.length > 0) draft.excerpts = excerpts;
    } else if (urls.length > 0 || sourceNames.length > 0) {
      // A source backs an event only through a quote from it, and no quote is invented: each
      // link becomes a source of the store, ready for its text and a quote (the editor's next
      // step), and the reference stays in the summary, the one place that ties it to the event.
      const named = sourceNames.filter((name) => name !== '' && !isLink(name));
      const links = [...urls, ...sourceNames.filter(isLink)];
      for (const link of links) {
        builder.source(
          named.length === 1 && links.length === 1
            ? namedSource(named[0]!, link)
            : { title: titleOfLink(link), url: link },
        );
        linkSources++;
      }
      text = [
        text,
        ...sourceNames.filter(Boolean).map((name) => `Source: ${name}`),
        ...urls.map((u) => `Link: ${u}`),
      ]
        .filter(Boolean)
        .join('\n\n');
    }
    if (text) draft.summary = text;
    // A row pasted twice makes two events, each counted and drawn: kept (two reports of one
    // thing can be meant), but said, as a person would want to know before publishing.
    const cells = row.cells.map((cell) => cell.trim()).join('\u0000');
    if (rowsSeen.has(cells)) report.warned(where, DUPLICATE_ROW);
    else rowsSeen.add(cells);
    const made = builder.event(draft, where);
    if (draft.id !== undefined && !idInStore.has(draft.id)) idInStore.set(draft.id, made);
    if (!idInStore.has(made)) idInStore.set(made, made);
    const related = splitList(extraCell(row, 'related'));
    if (related.length > 0) relatedOf.push({ id: made, where, entries: related });
  }
  linkRelated(builder, relatedOf, idInStore, report);
  for (const row of findSwappedCoordinates(placed)) {
    report.warned(
      row.where,
      withValues`latitude ${plainValue(row.lat)} and longitude ${plainValue(row.lon)} look swapped: other rows put ${quotedValue(row.name)} at ${plainValue(row.elsewhere.lat)}, ${plainValue(row.elsewhere.lon)}; kept as given`,
    );
  }
  if (linkSources > 0)
    report.guessed(
      '',
      'links without a quote made sources: quote a passage of each to back its event',
    );
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
