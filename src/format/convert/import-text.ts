import type { FileContainer, ImportNote } from './import-report';

/** A file's bytes made into the text the converters read (read-import-bytes.ts). */
export interface ImportText {
  readonly text: string;
  /** What reading the bytes did (the KML taken out of a KMZ, the sheet read from a workbook), for the report. */
  readonly notes: readonly ImportNote[];
  /** The workbook or archive the text was taken out of; none for a file that is the text. */
  readonly container?: FileContainer;
}

/** A file that cannot be read as any format at all: the message says why, in words. */
export class ImportReadError extends Error {}
