import { namePlaces } from '../problems';
import { listRows } from './import-dates';

/**
 * What an import did, for the person who ran it: which format was recognised, which of its
 * fields or columns went where (mapped), what was filled in by rule (guessed), and what
 * could not be carried over (dropped), each with where it was: a row number in a table
 * (the header is row 1) or a JSON path.
 */
export type ImportFormat =
  | 'timelinejs'
  | 'timelinejs-sheet'
  | 'simile'
  | 'timemap'
  | 'timemapjs'
  | 'kml'
  | 'feed'
  | 'geojson'
  | 'csv';

export const FORMAT_NAMES: Record<ImportFormat, string> = {
  timelinejs: 'TimelineJS JSON',
  'timelinejs-sheet': 'TimelineJS sheet (CSV)',
  simile: 'SIMILE Timeline',
  timemap: 'timemap export',
  timemapjs: 'timemap.js items',
  kml: 'KML (Google Earth)',
  // Named so that "This is a … file" reads well.
  feed: 'web feed (RSS or Atom)',
  geojson: 'GeoJSON',
  csv: 'CSV/TSV table',
};

/** The file a format's text was taken out of (read-import-bytes.ts), when it was not the text itself. */
export type FileContainer = 'xlsx' | 'ods' | 'kmz';

const CONTAINER_NAMES: Record<FileContainer, string> = {
  xlsx: 'Excel .xlsx',
  ods: 'OpenDocument .ods',
  kmz: 'KMZ',
};

/**
 * What a person calls the file: a table read from a workbook is a spreadsheet, not a "CSV",
 * and a KML read from its archive is a KMZ. Named, as FORMAT_NAMES, for "This is a … file".
 */
export function formatName(format: ImportFormat, container?: FileContainer): string {
  if (container === undefined) return FORMAT_NAMES[format];
  if (container === 'kmz') return format === 'kml' ? 'KMZ (Google Earth)' : FORMAT_NAMES[format];
  if (format === 'csv') return `spreadsheet (${CONTAINER_NAMES[container]})`;
  if (format === 'timelinejs-sheet') return `TimelineJS sheet (${CONTAINER_NAMES[container]})`;
  return FORMAT_NAMES[format];
}

/** `warned`: carried over as given, but it looks wrong (coordinates swapped, say). */
export type NoteKind = 'mapped' | 'guessed' | 'dropped' | 'warned';

export interface ImportNote {
  readonly kind: NoteKind;
  /** "row 12", "events[3].start_date", or "" for the whole file. */
  readonly where: string;
  readonly message: string;
  /** How many places `where` names, when it names more than one (groupNotes). */
  readonly places?: number;
  /**
   * A drop of a whole item (a row, an event, a slide): nothing of it is in the store. A drop
   * without it leaves out one field or value of an item that is kept (its coordinates, its
   * end date), or a column of every row; the counts keep the two apart, since "2 dropped"
   * reads as two incidents lost when one row went and another kept all but its coordinates.
   */
  readonly whole?: true;
}

export interface ImportReport {
  readonly format: ImportFormat;
  /** The workbook or archive the format's text came out of. */
  readonly container?: FileContainer;
  /** Items read from the file (rows, slides, events). */
  readonly items: number;
  readonly notes: readonly ImportNote[];
}

export class ReportBuilder {
  readonly notes: ImportNote[] = [];
  mapped(where: string, message: string) {
    this.notes.push({ kind: 'mapped', where, message });
  }
  guessed(where: string, message: string) {
    this.notes.push({ kind: 'guessed', where, message });
  }
  /** Something of a kept item left out: a field, a value, a column (see ImportNote.whole). */
  dropped(where: string, message: string) {
    this.notes.push({ kind: 'dropped', where, message });
  }
  /** Kept as the file gives it, but worth a look: it looks wrong. */
  warned(where: string, message: string) {
    this.notes.push({ kind: 'warned', where, message });
  }
  /** A whole item (row, event, slide) left out of the store; `places` when `where` names several. */
  droppedItem(where: string, message: string, places?: number) {
    this.notes.push({
      kind: 'dropped',
      where,
      message,
      whole: true,
      ...(places === undefined ? {} : { places }),
    });
  }
}

export const countNotes = (report: ImportReport, kind: NoteKind) =>
  report.notes.filter((note) => note.kind === kind).length;

/**
 * What an import left out, as a person counts it: whole items (rows, events) dropped, and
 * fields or values left out of the items kept.
 */
export function droppedCounts(notes: readonly ImportNote[]): {
  droppedItems: number;
  leftOutFields: number;
} {
  let droppedItems = 0;
  let leftOutFields = 0;
  for (const note of notes) {
    if (note.kind !== 'dropped') continue;
    // A note grouped over places (or "rows 35–36: 2 empty rows") stands for each of them.
    if (note.whole) droppedItems += note.places ?? 1;
    else leftOutFields += note.places ?? 1;
  }
  return { droppedItems, leftOutFields };
}

export const describeNote = (note: Pick<ImportNote, 'where' | 'message'>) =>
  note.where === '' ? note.message : `${note.where}: ${note.message}`;

/**
 * The report's words as a person reads them in the interface: the format's name, the rows a
 * question is about, and each note. These are the importers' own, in English; the Spanish
 * interface has its own (i18n/import-report-es.ts, loaded by useTranslatedImportWords).
 */
export interface ImportWords {
  formatName(format: ImportFormat, container?: FileContainer): string;
  /** The rows (or events) whose dates could be read either way. */
  listRows(rows: readonly number[], unit: 'row' | 'event'): string;
  /** A note, all of it in one language: its kind, where it was, what it says. */
  note(note: ImportNote): ShownNote;
  /** Why a file was refused: a converter's refusal, or why its bytes could not be read. */
  refusal(message: string): string;
}

export interface ShownNote {
  readonly kind: string;
  /** '' for the whole file. */
  readonly where: string;
  readonly message: string;
}

export const englishImportWords: ImportWords = {
  formatName,
  listRows,
  note: ({ kind, where, message }) => ({ kind, where, message }),
  refusal: (message) => message,
};

/** How many of an import's notes a list of (perhaps grouped) notes stands for. */
export const notesCovered = (notes: readonly ImportNote[]) =>
  notes.reduce((sum, note) => sum + (note.places ?? 1), 0);

const ROW = /^row (\d+)$/;
/** "rows 2, 3, 4 … and 7 more", or the first paths and how many more. */
function placesOf(wheres: readonly string[]): string {
  const rows = wheres.map((where) => ROW.exec(where)?.[1]);
  if (rows.every((row) => row !== undefined)) return listRows(rows.map(Number));
  return namePlaces(wheres);
}

/**
 * One line per thing an import did, not per item it did it to: the same note at many places
 * ("title taken from the description" for each of 1,159 events) becomes one note that names
 * the places. Without this the one dropped date among them was lost in the list.
 */
export function groupNotes(notes: readonly ImportNote[]): ImportNote[] {
  const groups = new Map<string, ImportNote[]>();
  const order: (ImportNote | ImportNote[])[] = [];
  for (const note of notes) {
    if (note.where === '' || note.places !== undefined) {
      order.push(note);
      continue;
    }
    const key = `${note.kind}\u0000${note.message}`;
    const group = groups.get(key);
    if (group) group.push(note);
    else {
      const fresh = [note];
      groups.set(key, fresh);
      order.push(fresh);
    }
  }
  return order.map((entry) => {
    if (!Array.isArray(entry)) return entry;
    const [first] = entry as [ImportNote];
    if (entry.length === 1) return first;
    const where = placesOf(entry.map((note) => note.where));
    return {
      kind: first.kind,
      where,
      message: first.message,
      places: entry.length,
      ...(first.whole ? { whole: true as const } : {}),
    };
  });
}
