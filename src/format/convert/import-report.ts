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
  /**
   * The file's values the message quotes (a cell, a date as written), as it quotes them
   * (`"50.45"`), when it quotes any: `message` is `template[0] + values[0] + template[1] + …`.
   * Notes of one kind and template say the same thing of different values, and a report
   * lists them as one line (groupNotes).
   */
  readonly values?: readonly string[];
  /** The message's words around `values`, one piece more than there are values. */
  readonly template?: readonly string[];
  /**
   * A group whose values differ from note to note (groupNotes): which of `values` (the first
   * note's) differ, each written "…" in `message`, and the differing values of the first few
   * notes, one list per note, as examples.
   */
  readonly varied?: readonly number[];
  readonly examples?: readonly (readonly string[])[];
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

/** A value of the file that a note quotes, as the note writes it. */
export interface NoteValue {
  readonly written: string;
}

/** Text of the file (a cell, an attribute), quoted: `"50.45"`. */
export const quotedValue = (value: unknown): NoteValue => ({ written: JSON.stringify(value) });

/** A value written as it is: a date as the store would hold it, a number read from a cell. */
export const plainValue = (value: string | number): NoteValue => ({ written: String(value) });

/** A message that quotes values of the file, with its words kept apart from them. */
export interface ValuedMessage {
  readonly message: string;
  readonly template: readonly string[];
  readonly values: readonly string[];
}

const isNoteValue = (part: object): part is NoteValue => 'written' in part;

/**
 * A note's message whose NoteValues (quotedValue, plainValue) are the file's values, and the
 * rest its words: withValues`lon missing beside lat ${quotedValue(cell)}: coordinates left out`.
 * A ValuedMessage in it brings its own values; a string or number is words (the column, the
 * reason), so that notes which say different things are not taken as one.
 */
export function withValues(
  pieces: TemplateStringsArray,
  ...parts: readonly (string | number | NoteValue | ValuedMessage)[]
): ValuedMessage {
  const template = [pieces[0]!];
  const values: string[] = [];
  const words = (text: string) => (template[template.length - 1] += text);
  parts.forEach((part, i) => {
    if (typeof part !== 'object') words(String(part));
    else if (isNoteValue(part)) {
      values.push(part.written);
      template.push('');
    } else {
      words(part.template[0]!);
      part.values.forEach((value, j) => {
        values.push(value);
        template.push(part.template[j + 1]!);
      });
    }
    words(pieces[i + 1]!);
  });
  return { message: fillTemplate(template, values), template, values };
}

/** The template with its values, or with what stands for them. */
export const fillTemplate = (template: readonly string[], values: readonly string[]) =>
  template.map((piece, i) => piece + (values[i] ?? '')).join('');

function noteOf(kind: NoteKind, where: string, message: string | ValuedMessage): ImportNote {
  if (typeof message === 'string') return { kind, where, message };
  if (message.values.length === 0) return { kind, where, message: message.message };
  return { kind, where, ...message };
}

export class ReportBuilder {
  readonly notes: ImportNote[] = [];
  mapped(where: string, message: string | ValuedMessage) {
    this.notes.push(noteOf('mapped', where, message));
  }
  guessed(where: string, message: string | ValuedMessage) {
    this.notes.push(noteOf('guessed', where, message));
  }
  /** Something of a kept item left out: a field, a value, a column (see ImportNote.whole). */
  dropped(where: string, message: string | ValuedMessage) {
    this.notes.push(noteOf('dropped', where, message));
  }
  /** Kept as the file gives it, but worth a look: it looks wrong. */
  warned(where: string, message: string | ValuedMessage) {
    this.notes.push(noteOf('warned', where, message));
  }
  /** A whole item (row, event, slide) left out of the store; `places` when `where` names several. */
  droppedItem(where: string, message: string | ValuedMessage, places?: number) {
    this.notes.push({
      ...noteOf('dropped', where, message),
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

/** How many of a group's values are shown as examples. */
export const EXAMPLES_SHOWN = 3;

/** A group's example values: one note's values apart by ", ", the notes' by "; ". */
export const listExamples = (examples: readonly (readonly string[])[]) =>
  examples
    .map((values) => values.join(', '))
    .join(examples.some((v) => v.length > 1) ? '; ' : ', ');

/** The message with a grouped note's examples after it, in English. */
export const messageWithExamples = (note: Pick<ImportNote, 'message' | 'examples'>) =>
  note.examples ? `${note.message} (e.g. ${listExamples(note.examples)})` : note.message;

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
  note: (note) => ({ kind: note.kind, where: note.where, message: messageWithExamples(note) }),
  refusal: (message) => message,
};

/** How many of an import's notes a list of (perhaps grouped) notes stands for. */
export const notesCovered = (notes: readonly ImportNote[]) =>
  notes.reduce((sum, note) => sum + (note.places ?? 1), 0);

/** How much of an item's title a place shows: enough to find the item in the file. */
export const TITLE_SHOWN = 40;

/**
 * `event 12 ("Treaty of Brest-Litovsk")`: an item as a person finds it in the file, by its
 * number and, when it has one, its title, quoted (it is the file's text) and cut short.
 */
export function titledPlace(where: string, title: string): string {
  const characters = Array.from(title.replace(/\s+/g, ' ').trim());
  if (characters.length === 0) return where;
  const shown =
    characters.length > TITLE_SHOWN
      ? `${characters
          .slice(0, TITLE_SHOWN - 1)
          .join('')
          .trimEnd()}…`
      : characters.join('');
  return `${where} (${JSON.stringify(shown)})`;
}

/** What a list of places counts as runs of numbers ("rows 3–12"), by the word for one. */
const COUNTED_PLACES = new Set(['row', 'event', 'placemark']);
const COUNTED_PLACE = /^(\w+) (\d+)$/;

/**
 * Places as one list: "rows 3–12, 15 and 7 more" (or events, placemarks) when each is one of
 * them by its number, else the first few (paths, places named by a title) and how many more.
 */
export function listPlaces(wheres: readonly string[]): string {
  const numbered = wheres.map((where) => COUNTED_PLACE.exec(where));
  const word = numbered[0]?.[1];
  if (
    word !== undefined &&
    COUNTED_PLACES.has(word) &&
    numbered.every((match) => match?.[1] === word)
  )
    return listRows(
      numbered.map((match) => Number(match![2])),
      word,
    );
  return namePlaces(wheres);
}

/** What notes that say the same thing share: their kind and words, whatever their values. */
const sameThing = (note: ImportNote) =>
  note.template === undefined
    ? `${note.kind}\u0000${note.message}`
    : `${note.kind}\u0000\u0001${note.template.join('\u0001')}`;

/**
 * The note that stands for a group saying one thing of different values: the values that
 * differ are "…" in its message, and the first few of them are its examples.
 */
function withVariedValues(entry: readonly ImportNote[], note: ImportNote): ImportNote {
  const [first] = entry as [ImportNote];
  const { template, values } = first;
  if (template === undefined || values === undefined) return note;
  const varied = values.flatMap((value, i) =>
    entry.some((other) => other.values?.[i] !== value) ? [i] : [],
  );
  if (varied.length === 0) return note;
  const examples: string[][] = [];
  const seen = new Set<string>();
  for (const other of entry) {
    const differing = varied.map((i) => other.values![i]!);
    const key = differing.join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    examples.push(differing);
    if (examples.length === EXAMPLES_SHOWN) break;
  }
  const shown = values.map((value, i) => (varied.includes(i) ? '…' : value));
  return { ...note, message: fillTemplate(template, shown), template, values, varied, examples };
}

/**
 * One line per thing an import did, not per item it did it to: the same note at many places
 * ("title taken from the description" for each of 1,159 events) becomes one note that names
 * the places, and so do notes that say the same of different values ('lon missing beside lat
 * "50.45"', beside "39.97" …, for each of 400 rows), with a few of the values as examples.
 * Without this the one dropped date among them was lost in the list.
 */
export function groupNotes(notes: readonly ImportNote[]): ImportNote[] {
  const groups = new Map<string, ImportNote[]>();
  const order: (ImportNote | ImportNote[])[] = [];
  for (const note of notes) {
    if (note.where === '' || note.places !== undefined) {
      order.push(note);
      continue;
    }
    const key = sameThing(note);
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
    const where = listPlaces(entry.map((note) => note.where));
    return withVariedValues(entry, {
      kind: first.kind,
      where,
      message: first.message,
      ...(first.template ? { template: first.template, values: first.values! } : {}),
      places: entry.length,
      ...(first.whole ? { whole: true as const } : {}),
    });
  });
}
