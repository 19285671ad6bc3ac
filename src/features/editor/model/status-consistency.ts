import type { StatusAdviceKind } from '../../../i18n/status-advice-messages';
import type { DraftEvent } from './draft-document';

export type { StatusAdviceKind };

/**
 * Where an event's `status` says one thing and its own excerpts another. The validator
 * cannot say so (its warnings are the format's, fixed by the spec), and the store stays
 * valid either way: this is the editor's advice to a person about to publish, so only
 * what is plainly a contradiction counts (docs/editing.md, "Status and excerpts"). An
 * event has at most one: the rules are by status.
 */
export interface StatusAdvice {
  readonly kind: StatusAdviceKind;
  readonly event: DraftEvent;
  /** How many of the event's excerpts dispute it, for the wording. */
  readonly disputing: number;
}

const NONE: readonly StatusAdvice[] = [];

/**
 * The contradictions between an event's status and its excerpts. "Reported" and a status
 * not stated claim nothing an excerpt could contradict; a status the format does not know
 * is the validator's to report. An excerpt whose stance is neither of the format's values
 * counts neither way (the validator leaves it out of the file).
 */
export function statusAdvice(event: DraftEvent): readonly StatusAdvice[] {
  const disputing = event.excerpts.filter((excerpt) => excerpt.stance === 'disputes').length;
  const kind = kindOf(event, disputing);
  return kind === null ? NONE : [{ kind, event, disputing }];
}

function kindOf(event: DraftEvent, disputing: number): StatusAdviceKind | null {
  switch (event.status) {
    case 'confirmed':
      if (disputing > 0) return 'confirmed-but-disputed';
      return event.excerpts.length === 0 ? 'confirmed-without-excerpts' : null;
    case 'disputed':
      return disputing === 0 ? 'disputed-without-dispute' : null;
    case 'refuted':
      // A refuted claim may well quote the claim itself (supporting excerpts); what it
      // cannot lack is the passage that refutes it.
      return disputing === 0 ? 'refuted-without-dispute' : null;
    default:
      return null;
  }
}

/** Every event's advice, in the draft's order: what to look at before publishing. */
export function draftStatusAdvice(events: readonly DraftEvent[]): readonly StatusAdvice[] {
  const found: StatusAdvice[] = [];
  for (const event of events) found.push(...statusAdvice(event));
  return found;
}
