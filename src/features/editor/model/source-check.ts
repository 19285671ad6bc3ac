import type { Problem } from '../../../format/problems';
import {
  type DraftSource,
  OPTIONAL_SOURCE_FIELDS,
  emptyDocument,
  withoutEmpty,
} from './draft-document';
import { validateDraft } from './field-problems';

export type SourceFields = Omit<DraftSource, 'id'>;

// The id is made from the title when the source is added (draftActions.addSource): any
// valid slug stands in for it here.
const STAND_IN_ID = 'source';

/**
 * What the app's validator would say of a source as the form holds it, by field
 * (`language`, `url`, …; `''` for the source as a whole): what would leave the source, or
 * one of its fields, out of the store, so that the form can say so at the field before the
 * source is saved. A warning about the source as a whole (such as no event citing it yet)
 * is not the form's business.
 */
export function sourceFieldProblems(fields: SourceFields): Map<string, Problem[]> {
  const source = withoutEmpty({ ...fields, id: STAND_IN_ID }, OPTIONAL_SOURCE_FIELDS);
  const { problems } = validateDraft({ ...emptyDocument('check'), sources: [source] });
  const byField = new Map<string, Problem[]>();
  for (const problem of problems) {
    const field = /^sources\[0\]\.(\w+)/.exec(problem.path)?.[1];
    if (field === undefined && (problem.severity === 'warning' || problem.path !== 'sources[0]'))
      continue;
    const key = field ?? '';
    byField.set(key, [...(byField.get(key) ?? []), problem]);
  }
  return byField;
}
