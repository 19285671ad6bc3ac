import { EventCheckCache } from '../../../format/event-check';
import type { Problem } from '../../../format/problems';
import {
  type ValidationInParts,
  actorsInNoEvent,
  precheckEvents,
  validateInParts,
} from '../../../format/validate-store';
import type { DraftDocument } from './draft-document';

// A published store's file is checked as the explorer would check it (publish-check.ts).
export { validateStoreText } from '../../../format/validate-store';

/**
 * The draft checked by the app's own validator (the one the explorer and the CLI use), its
 * problems filed by item (`events[3]`, `sources[0]`, or `$` for the store's own fields) so
 * that each field finds its own quickly: `events[3].start`. This module is the editor's one
 * door to the validator (eslint.config.js keeps it off the explorer's page); what a
 * keystroke checks again is decided in draft-checker.ts.
 */
export interface DraftCheck {
  byItem: ReadonlyMap<string, readonly Problem[]>;
  /** False while a large draft is still being checked (in slices, see checkInSlices). */
  done: boolean;
}

export const CHECKING: DraftCheck = { byItem: new Map(), done: false };

// The checks of events the draft has not changed are kept from one check to the next (by
// event object: the draft store changes a document immutably), so checking again costs
// the events that changed.
const cache = new EventCheckCache();

/** `events[3].start` → `events[3]`; a top-level field → `$`. */
export function itemOf(path: string): string {
  const close = path.indexOf(']');
  return close < 0 ? '$' : path.slice(0, close + 1);
}

/** The problems by item, in the order the validator found them. */
export function fileByItem(
  problems: readonly Problem[],
  into = new Map<string, Problem[]>(),
): Map<string, Problem[]> {
  for (const problem of problems) {
    const item = itemOf(problem.path);
    const list = into.get(item);
    if (list) list.push(problem);
    else into.set(item, [problem]);
  }
  return into;
}

/** The validator over a document (or a part of it: see draft-checker.ts), in parts. */
export function validateDraft(document: DraftDocument): ValidationInParts {
  const result = validateInParts(document, cache);
  // The editor's documents always have the format (documentFromJson, emptyDocument).
  if (!result.ok) throw new Error(`a draft the validator refuses: ${result.problems[0]?.message}`);
  return result;
}

/** The warnings about the draft's actors when its kept events name exactly `named`. */
export function draftActorsInNoEvent(
  document: DraftDocument,
  named: readonly string[],
): readonly Problem[] {
  return actorsInNoEvent(document, named, cache);
}

/** Problems at a path and below it (`events[3]` also gathers `events[3].title`). */
export function problemsUnder(check: DraftCheck, path: string): Problem[] {
  const problems = check.byItem.get(itemOf(path)) ?? [];
  return problems.filter(
    (problem) =>
      problem.path === path ||
      problem.path.startsWith(`${path}.`) ||
      problem.path.startsWith(`${path}[`),
  );
}

/** Events whose check is not kept yet: how much checking the draft would take now. */
export function uncheckedEvents(document: DraftDocument): number {
  let count = 0;
  for (const event of document.events) if (cache.get(event) === undefined) count++;
  return count;
}

/**
 * Checks the draft's events in slices of about `sliceMs`, each in its own task, so that
 * typing is never held up for longer than a slice; calls `onDone` once every event is
 * checked (a whole check is then quick). Returns a function that stops it.
 */
export function checkInSlices(
  document: DraftDocument,
  onDone: () => void,
  sliceMs = 10,
): () => void {
  let next = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const slice = () => {
    next = precheckEvents(document, cache, next, performance.now() + sliceMs);
    if (next >= document.events.length) onDone();
    else timer = setTimeout(slice, 0);
  };
  timer = setTimeout(slice, 0);
  return () => {
    if (timer !== null) clearTimeout(timer);
  };
}
