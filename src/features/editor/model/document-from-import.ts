import type { ConvertedFile } from '../../../lib/import/import-session';
import { EDITOR_MESSAGES, type EditorLang } from '../../../i18n/editor-messages';
import { documentFromJson } from './draft-document';
import type { OpenedFile } from './document-from-file';
import { importWordsFor } from './import-words';
import { undatedEvents } from './undated';

/**
 * A file converted in the Import dialog (its columns mapped, its date order answered) as a
 * draft, with what the importer left out, in the editor's language.
 */
export async function documentFromImport(
  { verdict, store }: Pick<ConvertedFile, 'verdict' | 'store'>,
  lang: EditorLang = 'en',
): Promise<OpenedFile> {
  const [words, { describeNote }] = await Promise.all([
    importWordsFor(lang),
    import('../../../format/convert/import-report'),
  ]);
  let data: unknown;
  try {
    data = JSON.parse(await store.text());
  } catch {
    data = null;
  }
  const document = documentFromJson(data);
  if (!document) return { kind: 'refused', message: EDITOR_MESSAGES[lang].convertedNotAStore };
  return {
    kind: 'document',
    document,
    imported: {
      format: words.formatName(verdict.format, verdict.container),
      leftOutCount: verdict.counts.droppedItems,
      fieldsLeftOutCount: verdict.counts.leftOutFields,
      // The notes the dialog had, grouped: at most NOTES_SHOWN of them for a huge file.
      leftOut: verdict.notes
        .filter((note) => note.kind === 'dropped')
        .map((note) => describeNote(words.note(note))),
      undated: undatedEvents(document.events),
    },
  };
}
