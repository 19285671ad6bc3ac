import type { AmbiguousDate, DateOrder } from '../../../format/convert/import-dates';
import type { ImportText } from '../../../format/convert/import-text';
import { MAX_IMPORT_BYTES } from '../../../format/convert/import-limits';
import { EDITOR_MESSAGES, type EditorLang } from '../../../i18n/editor-messages';
import { type DraftDocument, documentFromJson } from './draft-document';
import { importWordsFor } from './import-words';
import { undatedEvents } from './undated';

/** What a file opened for editing turned out to be. */
export type OpenedFile =
  | {
      readonly kind: 'document';
      readonly document: DraftDocument;
      /**
       * Set when the file was converted: from what, how many of its items were left out, and
       * what, in words (one line for each reason, naming its places), in the editor's language.
       */
      readonly imported?: {
        readonly format: string;
        /** Whole items (rows, events) left out… */
        readonly leftOutCount: number;
        /** …and fields left out of the events kept (see ImportNote.whole). */
        readonly fieldsLeftOutCount: number;
        readonly leftOut: readonly string[];
        /** Its events kept without a date (rows whose date cell was empty), to be dated. */
        readonly undated: readonly { readonly id: string; readonly title: string }[];
      };
    }
  /**
   * Dates such as 03/04/2020 and nothing in the file says which is the day: ask, showing the
   * first of them as written, with their events' titles and both readings.
   */
  | {
      readonly kind: 'ask-date-order';
      readonly where: string;
      readonly dates: readonly AmbiguousDate[];
    }
  | { readonly kind: 'refused'; readonly message: string };

const looksLikeJson = (text: string) => /^\uFEFF?\s*[[{]/.test(text);

/**
 * A file's text as a draft: a `sourceline/1` store as it is, anything the explorer imports
 * (TimelineJS, SIMILE, timemap, a spreadsheet's CSV) through the same converter, with the
 * columns it recognises by name. The converter loads only when a file needs it.
 */
export async function documentFromFile(
  text: string,
  fileName: string,
  dateOrder?: DateOrder,
  /** What reading the file's bytes did (a KMZ's KML taken out): see read-import-bytes.ts. */
  read: Pick<ImportText, 'notes' | 'container'> = { notes: [] },
  lang: EditorLang = 'en',
): Promise<OpenedFile> {
  const m = EDITOR_MESSAGES[lang];
  if (looksLikeJson(text)) {
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      return { kind: 'refused', message: m.notJson((error as Error).message) };
    }
    const format = (data as { format?: unknown } | null)?.format;
    if (typeof format === 'string' && format.startsWith('sourceline/')) {
      const document = documentFromJson(data);
      return document
        ? { kind: 'document', document }
        : { kind: 'refused', message: m.notSourceline1(JSON.stringify(format)) };
    }
  }
  // Refused before the converters are loaded for it (import-limits.ts is kept light for this).
  if (text.length > MAX_IMPORT_BYTES) {
    return { kind: 'refused', message: m.fileTooLarge(Math.round(MAX_IMPORT_BYTES / 1e6)) };
  }
  const [{ convertText, titleFromFileName }, { describeNote, droppedCounts, groupNotes }, words] =
    await Promise.all([
      import('../../../format/convert/convert'),
      import('../../../format/convert/import-report'),
      importWordsFor(lang),
    ]);
  const outcome = convertText(text, {
    fallbackTitle: titleFromFileName(fileName),
    dateOrder,
    // Kept in the draft to be dated there (see documentFromImport).
    keepUndated: true,
    readNotes: read.notes,
    ...(read.container ? { container: read.container } : {}),
  });
  if (outcome.kind === 'refused') {
    // The editor has no column chooser: the explorer's Import dialog has.
    const choose = outcome.missing ? `. ${m.renameColumn}` : '';
    return { kind: 'refused', message: `${words.refusal(outcome.message)}${choose}` };
  }
  if (outcome.kind === 'ask-date-order')
    return {
      kind: 'ask-date-order',
      where: words.listRows(outcome.rows, outcome.unit),
      dates: outcome.ambiguousDates ?? [],
    };
  const document = documentFromJson(outcome.store);
  if (!document) return { kind: 'refused', message: m.convertedNotAStore };
  const dropped = outcome.report.notes.filter((note) => note.kind === 'dropped');
  const counts = droppedCounts(dropped);
  return {
    kind: 'document',
    document,
    imported: {
      format: words.formatName(outcome.report.format, outcome.report.container),
      leftOutCount: counts.droppedItems,
      fieldsLeftOutCount: counts.leftOutFields,
      // Whole items first: an event dropped matters more than a colour attribute left out,
      // and the note shows the first few.
      leftOut: groupNotes([
        ...dropped.filter((note) => note.whole),
        ...dropped.filter((note) => !note.whole),
      ]).map((note) => describeNote(words.note(note))),
      undated: undatedEvents(document.events),
    },
  };
}
