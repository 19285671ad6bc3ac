import type { DraftEvent } from './draft-document';

/**
 * An event with no date at all (not one typed wrong): an imported row whose date cell was
 * empty, kept for the person to date. The store cannot hold it until it has one, so the
 * file Download store writes leaves it out, and the draft marks it as needing a date.
 */
export function isUndated(event: Pick<DraftEvent, 'start'>): boolean {
  const start: unknown = event.start;
  return start === undefined || (typeof start === 'string' && start.trim() === '');
}

/** The draft's undated events, as an import's summary names them. */
export function undatedEvents(
  events: readonly DraftEvent[],
): { readonly id: string; readonly title: string }[] {
  return events.filter(isUndated).map((event) => ({ id: event.id, title: event.title }));
}
