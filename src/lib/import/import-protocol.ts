import type {
  ConvertOptions,
  ConvertOutcome,
  ImportField,
  TableColumns,
} from '../../format/convert/outcome';
import type { AmbiguousDate, DateOrder } from '../../format/convert/import-dates';
import type { FileContainer, ImportFormat, ImportNote } from '../../format/convert/import-report';

/** The import worker's request and replies: the page never parses a large file itself. */
export interface ImportRequest {
  readonly file: Blob;
  readonly name: string;
  readonly options: ConvertOptions;
}

/** One event as the preview shows it. */
export interface PreviewRow {
  readonly title: string;
  readonly start: string;
  readonly end?: string;
  readonly lanes: readonly string[];
}

export type ImportVerdict =
  /** A sourceline store after all (or nothing importable that is JSON): open it as a store. */
  | { readonly kind: 'not-import' }
  | {
      readonly kind: 'refused';
      readonly message: string;
      readonly table?: TableColumns;
      /** A field no column was recognised for: it can be chosen under Columns. */
      readonly missing?: ImportField;
      readonly notes: readonly ImportNote[];
    }
  /** Passed on as the converter says it. */
  | Extract<ConvertOutcome, { kind: 'ask-date-order' }>
  | {
      readonly kind: 'store';
      readonly format: ImportFormat;
      /** The workbook or archive the format's text came out of, for its name. */
      readonly container?: FileContainer;
      readonly items: number;
      /** See ConvertOutcome: the order read when the file showed none, offered to change. */
      readonly assumedDateOrder?: DateOrder;
      /** The dates the order decides, when it was given or assumed (see ConvertOutcome). */
      readonly ambiguousDates?: readonly AmbiguousDate[];
      readonly table?: TableColumns;
      readonly notes: readonly ImportNote[];
      readonly counts: {
        readonly mapped: number;
        readonly guessed: number;
        /** Whole items (rows, events) left out of the store. */
        readonly droppedItems: number;
        /** Fields or values left out of items that were kept, and columns not imported. */
        readonly leftOutFields: number;
        /** Kept as given, but looking wrong (ImportNote kind `warned`). */
        readonly warned: number;
      };
      readonly preview: readonly PreviewRow[];
      readonly events: number;
      readonly lanes: number;
      /**
       * The sourceline/1 document, as the file to open: a Blob made in the worker, so the
       * page never receives (or encodes again) tens of megabytes of text for a large import.
       */
      readonly storeFile: Blob;
    };

/**
 * The import's steps in the worker, in order: the file's bytes (counted), then turning its
 * rows into events and preparing the preview and the store's text (no count to give: one
 * call each). Opening the result is the store loader's, with its own progress.
 */
export const IMPORT_STAGES = ['reading', 'converting', 'preparing'] as const;
export type ImportStage = (typeof IMPORT_STAGES)[number];

export interface ImportProgress {
  readonly stage: ImportStage;
  /** Bytes read so far while reading; 0 with a total of 0 in the steps that have no count. */
  readonly loaded: number;
  readonly total: number;
}

export type ImportReply =
  | ({ readonly type: 'progress' } & ImportProgress)
  | { readonly type: 'done'; readonly verdict: ImportVerdict }
  | { readonly type: 'error'; readonly message: string };

export const PREVIEW_ROWS = 5;
/** Notes sent to the page: the counts are exact; the list is for reading, not for a million rows. */
export const NOTES_SHOWN = 500;
