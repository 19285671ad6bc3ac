import { parseStoreDate } from '../../../format/dates';
import type { DraftEvent } from './draft-document';

/** How the editor lists a draft's events: by date, as the explorer does, or as in the file. */
export type EventOrder = 'date' | 'file';

/** An event's place in time: its start's first instant, then its end's (a period after a day). */
interface DateKey {
  start: number;
  end: number;
}

// An event keeps its object while another is edited, so a keystroke parses one date, not all.
const keys = new WeakMap<DraftEvent, DateKey | null>();

function dateKey(event: DraftEvent): DateKey | null {
  let key = keys.get(event);
  if (key === undefined) {
    // A store opened as it came may hold anything there: only a string can be a date.
    const start =
      typeof event.start === 'string' && event.start ? parseStoreDate(event.start) : null;
    const end =
      start && typeof event.end === 'string' && event.end ? parseStoreDate(event.end) : null;
    key = start ? { start: start.start, end: end ? end.end : start.end } : null;
    keys.set(event, key);
  }
  return key;
}

/**
 * The positions of `events` in the order the list shows them. By date: the earliest start
 * first, a shorter event before a longer one that starts with it, events with no date yet
 * last; ties in the file's order, so that the order is stable while a person types.
 */
export function orderedEventIndexes(events: readonly DraftEvent[], order: EventOrder): number[] {
  const indexes = events.map((_, i) => i);
  if (order === 'file') return indexes;
  const dated = events.map(dateKey);
  return indexes.sort((a, b) => {
    const x = dated[a];
    const y = dated[b];
    if (x === null || x === undefined || y === null || y === undefined)
      return (x ? 0 : 1) - (y ? 0 : 1) || a - b;
    return x.start - y.start || x.end - y.end || a - b;
  });
}
