import { type DraftDocument, emptyDocument } from './draft-document';
import { itemOf, validateDraft } from './field-problems';

/** The store's own fields the editor shows (draft-workspace.tsx), in the order shown. */
export const STORE_FIELDS = ['title', 'language'] as const;
export type StoreField = (typeof STORE_FIELDS)[number];

/**
 * The store's own fields that must be fixed before the draft is downloaded: a downloaded
 * store is a valid sourceline/1 file (docs/ui-contract.md), and unlike an unfinished event,
 * which the store leaves out and the rest still opens, a store without a title or with a
 * language that is not a tag is wrong as a whole, and it is one field to fix.
 */
export function storeFieldsToFix(document: Pick<DraftDocument, StoreField>): StoreField[] {
  // Checked on their own (they depend on nothing else): as quick for 10,000 events as for one.
  const alone = { ...emptyDocument(document.title), language: document.language };
  const problems = validateDraft(alone).problems.filter(
    (problem) => itemOf(problem.path) === '$' && problem.severity !== 'warning',
  );
  return STORE_FIELDS.filter((field) => problems.some((problem) => problem.path === field));
}
