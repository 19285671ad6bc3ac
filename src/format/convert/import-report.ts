/**
 * What an import did, for the person who ran it: which format was recognised, which of its
 * fields or columns went where (mapped), what was filled in by rule (guessed), and what
 * could not be carried over (dropped), each with where it was: a row number in a table
 * (the header is row 1) or a JSON path.
 */
export type ImportFormat =
  'timelinejs' | 'timelinejs-sheet' | 'simile' | 'timemap' | 'timemapjs' | 'csv';

export const FORMAT_NAMES: Record<ImportFormat, string> = {
  timelinejs: 'TimelineJS JSON',
  'timelinejs-sheet': 'TimelineJS sheet (CSV)',
  simile: 'SIMILE Timeline',
  timemap: 'timemap export',
  timemapjs: 'timemap.js items',
  csv: 'CSV/TSV table',
};

export type NoteKind = 'mapped' | 'guessed' | 'dropped';

export interface ImportNote {
  readonly kind: NoteKind;
  /** "row 12", "events[3].start_date", or "" for the whole file. */
  readonly where: string;
  readonly message: string;
}

export interface ImportReport {
  readonly format: ImportFormat;
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
  dropped(where: string, message: string) {
    this.notes.push({ kind: 'dropped', where, message });
  }
}

export const countNotes = (report: ImportReport, kind: NoteKind) =>
  report.notes.filter((note) => note.kind === kind).length;

export const describeNote = (note: ImportNote) =>
  note.where === '' ? note.message : `${note.where}: ${note.message}`;
