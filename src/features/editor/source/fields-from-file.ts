import type { SourceFields } from '../model/source-check';
import type { PageMetadata } from './page-metadata';
import type { SourceFileText } from './read-source-file';

export type PageField = keyof PageMetadata;

const PAGE_FIELDS: readonly PageField[] = ['url', 'publisher', 'published'];

/**
 * A source's fields once a file is opened into the form: the file's text, and what else it
 * says (its title, language, and a page's address, publisher and publication date) in the
 * fields still empty, never over what the person typed. `filled` names the page's fields
 * taken, for the form to say so: they are the site's own claims, to be checked.
 */
export function fieldsFromFile(
  current: SourceFields,
  read: SourceFileText,
  languageTyped: boolean,
): { fields: SourceFields; filled: PageField[] } {
  const fields: SourceFields = {
    ...current,
    text: read.text,
    title: current.title || read.title,
    // The file's own language (an HTML page's lang) over the store's, not over one typed.
    language: (languageTyped ? current.language : read.language) || current.language,
  };
  const filled: PageField[] = [];
  for (const field of PAGE_FIELDS) {
    const value = read.metadata[field];
    if (value === undefined || (current[field] ?? '').trim() !== '') continue;
    fields[field] = value;
    filled.push(field);
  }
  return { fields, filled };
}
