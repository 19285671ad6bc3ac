import {
  type ImportNote,
  type ImportWords,
  type NoteKind,
  type ShownNote,
  englishImportWords,
  formatName,
} from '../format/convert/import-report';
import { FORMAT_NAMES_ES } from './import-formats-es';
import { messageInSpanish } from './import-notes-es';
import { rowsInSpanish, whereInSpanish } from './import-places-es';
import { refusalInSpanish } from './import-refusals-es';

/**
 * The importers' words in Spanish (ImportWords, import-report.ts), loaded only by the Spanish
 * interface, after its first screen: a note is shown in Spanish when the tables have Spanish
 * for all of it, where it was as well as what it says, else whole in English; a sentence half
 * in each language reads worse than one the person can look up.
 */

/** The kinds as the Import dialog counts them (importCounts in messages-es.ts). */
const KINDS: Readonly<Record<NoteKind, string>> = {
  mapped: 'asignado',
  guessed: 'deducido',
  dropped: 'descartado',
  warned: 'aviso',
};

/** The note in Spanish; undefined when the tables have no Spanish for a part of it. */
export function noteInSpanish(note: ImportNote): ShownNote | undefined {
  const where = whereInSpanish(note.where);
  const message = messageInSpanish(note.message);
  if (where === undefined || message === undefined) return undefined;
  return { kind: KINDS[note.kind], where, message };
}

export const spanishImportWords: ImportWords = {
  formatName: (format, container) => {
    const english = formatName(format, container);
    return FORMAT_NAMES_ES.get(english) ?? english;
  },
  listRows: rowsInSpanish,
  note: (note) => noteInSpanish(note) ?? englishImportWords.note(note),
  refusal: (message) => refusalInSpanish(message) ?? message,
};
