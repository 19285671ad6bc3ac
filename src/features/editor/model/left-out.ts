import type { Problem } from '../../../format/problems';
import { type DraftDocument, emptyDocument } from './draft-document';
import { itemOf, validateDraft } from './field-problems';
import { leavesOut } from './problem-text';

/**
 * How many sources, actors and events the draft, opened as a store, would be without:
 * those with a problem that drops them. (The store's own title and language never keep it
 * from opening: the explorer falls back and says so.)
 */
function itemsLeftOut(problems: readonly Problem[]): number {
  const items = new Set<string>();
  for (const problem of problems) {
    const item = itemOf(problem.path);
    if (item !== '$' && leavesOut(problem)) items.add(item);
  }
  return items.size;
}

/** The same, checked now: the validator keeps the checks of events that did not change. */
export const draftItemsLeftOut = (document: DraftDocument) =>
  itemsLeftOut(validateDraft(document).problems);

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
