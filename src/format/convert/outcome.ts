import type { AmbiguousDate, DateOrder } from './import-dates';
import type { FileContainer, ImportFormat, ImportNote, ImportReport } from './import-report';
import type { ImportedStore } from './store-builder';

/** The target fields a table's columns can be mapped to (`--map field=column`). */
export const IMPORT_FIELDS = [
  'date',
  'end',
  'title',
  'summary',
  'actors',
  'tags',
  'place',
  'lat',
  'lon',
  'url',
  'source',
  'quote',
  // A quote's translation: chosen like the others, so that a column named in another language
  // ("English", "Traducción") can be read as it.
  'translation',
  // Confirmed, reported, disputed or refuted: a column chosen like the others, so that the
  // Import dialog shows it read, and a column of another name can be read as it.
  'status',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const isImportField = (name: string): name is ImportField =>
  (IMPORT_FIELDS as readonly string[]).includes(name);

/** Column names per field, as chosen by hand; `null` leaves a field unmapped. */
export type FieldMapping = Partial<Record<ImportField, string | null>>;

export interface ConvertOptions {
  /** Skip detection. */
  readonly from?: ImportFormat;
  readonly mapping?: FieldMapping;
  readonly dateOrder?: DateOrder;
  /** Title for a store whose file names none (the file name, say). */
  readonly fallbackTitle?: string;
  /** The address the file came from: its relative links are read against it. */
  readonly baseUrl?: string;
  /** What reading the file's bytes did (read-import-bytes.ts): first in the report. */
  readonly readNotes?: readonly ImportNote[];
  /** The workbook or archive the text was taken out of (read-import-bytes.ts), for its name. */
  readonly container?: FileContainer;
  /**
   * A table's rows with an empty date cell are kept as events with an empty `start` (noted as
   * guessed, KEPT_UNDATED) instead of left out. For the editor, whose draft keeps an event's
   * problems for the person to fix: such a store is not valid until each is given a date, so
   * the explorer, which shows the store, never asks for it.
   */
  readonly keepUndated?: boolean;
}

/** For a table: its columns and the column each field reads (after names and `--map`). */
export interface TableColumns {
  readonly columns: readonly string[];
  readonly mapping: Readonly<Record<ImportField, readonly string[]>>;
  /**
   * Fields left with no column because the one recognised by its name for them was chosen
   * by hand for another field (a column is read by one field): which column, and for which
   * field, so that the field can say so rather than silently reading none.
   */
  readonly displaced?: Readonly<
    Partial<Record<ImportField, { readonly column: string; readonly by: ImportField }>>
  >;
}

export type ConvertOutcome =
  | {
      readonly kind: 'store';
      readonly store: ImportedStore;
      readonly report: ImportReport;
      readonly table?: TableColumns;
      /**
       * The day/month order read without being given one or shown one by the file: the
       * order the format's own tool reads. A reader offered the choice can take the other.
       */
      readonly assumedDateOrder?: DateOrder;
      /**
       * Dates that only the day/month order decides, when it was given or assumed: shown
       * with the choice, so that the reader sees what changing it changes.
       */
      readonly ambiguousDates?: readonly AmbiguousDate[];
    }
  /** Dates such as 03/04/2020 and nothing in the file says which is the day: ask. */
  | {
      readonly kind: 'ask-date-order';
      readonly format: ImportFormat;
      readonly container?: FileContainer;
      /** Rows of a table (the header is row 1), or events of a JSON/XML file counted from 1. */
      readonly rows: readonly number[];
      readonly unit: 'row' | 'event';
      /** The first few of those dates, as written, with their events' titles and readings. */
      readonly ambiguousDates: readonly AmbiguousDate[];
      readonly table?: TableColumns;
    }
  | {
      readonly kind: 'refused';
      readonly format: ImportFormat | null;
      readonly message: string;
      readonly table?: TableColumns;
      /**
       * The field a table needs and no column was recognised for: where columns can be
       * chosen (the Import dialog, `--map`), the way out is to choose one.
       */
      readonly missing?: ImportField;
      /** What was found on the way, when there was a way (every row dropped, say). */
      readonly notes?: readonly ImportNote[];
    };
