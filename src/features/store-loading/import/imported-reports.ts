import type {
  FileContainer,
  ImportFormat,
  ImportNote,
} from '../../../format/convert/import-report';
import { type StoreSource, sourceKey } from '../../../lib/store-source';

/**
 * What the importer could not carry over, kept for the store it made, so that the store's
 * report panel lists it beside what the validator found: the validator never sees a row
 * that the importer dropped.
 */
export interface ImportedReport {
  readonly format: ImportFormat;
  readonly container?: FileContainer;
  /** Every drop, counted on all the importer's notes: whole items (rows, events)… */
  readonly droppedItems: number;
  /** …and fields left out of the items kept (see ImportNote.whole). */
  readonly leftOutFields: number;
  /** The drops as sent by the worker (at most NOTES_SHOWN notes of all kinds). */
  readonly notes: readonly ImportNote[];
}

const reports = new Map<string, ImportedReport>();

export function rememberImport(source: StoreSource, report: ImportedReport): void {
  reports.set(sourceKey(source), report);
}

export function importReportOf(source: StoreSource | undefined): ImportedReport | undefined {
  return source ? reports.get(sourceKey(source)) : undefined;
}
