import {
  type ImportNote,
  type ImportWords,
  type NoteKind,
  type ShownNote,
  englishImportWords,
  fillTemplate,
  formatName,
  listExamples,
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
  const message = note.varied ? variedInSpanish(note) : messageInSpanish(note.message);
  if (where === undefined || message === undefined) return undefined;
  return { kind: KINDS[note.kind], where, message };
}

/** Stands in for a value that differs from note to note, where the tables read one. */
const STAND_IN = '\uE000';
const STOOD_IN = new RegExp(`"${STAND_IN}"|\\{${STAND_IN}\\}|\\[${STAND_IN}\\]|${STAND_IN}`, 'g');

/**
 * The stand-in for a value, shaped as the value is (quoted, a JSON object or list), since the
 * tables read a value by its shape (`"…"` where a quoted cell is).
 */
function standIn(value: string): string {
  const ends = { '"': '"', '{': '}', '[': ']' }[value[0] ?? ''];
  return ends !== undefined && value.endsWith(ends) && value.length > 1
    ? `${value[0]}${STAND_IN}${ends}`
    : STAND_IN;
}

/**
 * A note that says one thing of different values (groupNotes): its message read by the
 * tables with a stand-in for each value that differs, each then written "…", as in English,
 * and its examples after it.
 */
function variedInSpanish(note: ImportNote): string | undefined {
  const { template, values, varied, examples } = note;
  if (!template || !values || !varied) return undefined;
  const standing = values.map((value, i) => (varied.includes(i) ? standIn(value) : value));
  const spanish = messageInSpanish(fillTemplate(template, standing));
  const shown = spanish?.match(STOOD_IN)?.length ?? 0;
  // A stand-in the Spanish lost, or repeated, would show a value that is not every note's.
  if (spanish === undefined || shown !== varied.length) return undefined;
  const message = spanish.replace(STOOD_IN, '…');
  return examples ? `${message} (p. ej. ${listExamples(examples)})` : message;
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
