import type { ImportWords } from '../../../format/convert/import-report';
import type { EditorLang } from '../../../i18n/editor-messages';

/**
 * The importers' words in the editor's language, loaded when a file is opened, as the
 * converters are: the Spanish tables only for the Spanish editor.
 */
export async function importWordsFor(lang: EditorLang): Promise<ImportWords> {
  if (lang === 'es') return (await import('../../../i18n/import-report-es')).spanishImportWords;
  return (await import('../../../format/convert/import-report')).englishImportWords;
}
