import type { Problem } from '../../../format/problems';
import type { DraftDocument } from './draft-document';
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
