import type { ConvertOptions, TableColumns } from '../../../format/convert/outcome';
import type { ImportFormat, ImportNote } from '../../../format/convert/import-report';

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
      readonly notes: readonly ImportNote[];
    }
  | {
      readonly kind: 'ask-date-order';
      readonly format: ImportFormat;
      readonly rows: readonly number[];
      readonly unit: 'row' | 'event';
      readonly table?: TableColumns;
    }
  | {
      readonly kind: 'store';
      readonly format: ImportFormat;
      readonly items: number;
      readonly table?: TableColumns;
      readonly notes: readonly ImportNote[];
      readonly counts: {
        readonly mapped: number;
        readonly guessed: number;
        readonly dropped: number;
      };
      readonly preview: readonly PreviewRow[];
      readonly events: number;
      readonly lanes: number;
      /** The sourceline/1 document, as the file to open. */
      readonly storeText: string;
    };

export type ImportReply =
  | { readonly type: 'progress'; readonly loaded: number; readonly total: number }
  | { readonly type: 'done'; readonly verdict: ImportVerdict }
  | { readonly type: 'error'; readonly message: string };

export const PREVIEW_ROWS = 5;
/** Notes sent to the page: the counts are exact; the list is for reading, not for a million rows. */
export const NOTES_SHOWN = 500;
