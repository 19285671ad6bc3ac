import type { Problem } from '../../../format/problems';
import { validateStore } from '../../../format/validate-store';
import type { DraftDocument } from './draft-document';

/**
 * The draft checked by the app's own validator (the one the explorer and the CLI use), its
 * problems filed by JSON path so that each field shows its own: `events[3].start`.
 */
export interface DraftCheck {
  problems: readonly Problem[];
  byPath: ReadonlyMap<string, Problem[]>;
}

export function checkDraft(document: DraftDocument): DraftCheck {
  const result = validateStore(document);
  const byPath = new Map<string, Problem[]>();
  for (const problem of result.problems) {
    const list = byPath.get(problem.path);
    if (list) list.push(problem);
    else byPath.set(problem.path, [problem]);
  }
  return { problems: result.problems, byPath };
}

/** Problems at a path and below it (`events[3]` also gathers `events[3].title`). */
export function problemsUnder(check: DraftCheck, path: string): Problem[] {
  const out: Problem[] = [];
  for (const [at, problems] of check.byPath) {
    if (at === path || at.startsWith(`${path}.`) || at.startsWith(`${path}[`))
      out.push(...problems);
  }
  return out;
}
