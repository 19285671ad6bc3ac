import type { Locale } from '../../../lib/date-format';
import { foldText } from '../../../lib/search-fold';
import type { DraftActor, DraftEvent, DraftSource } from './draft-document';
import { eventDateText } from './event-date-text';

/**
 * Finding a row in the editor's long lists (Draft events, Sources, Actors): a row is found
 * when what it is found by holds every word typed, anywhere, case and accents aside (the
 * explorer's search folding: "pionyang" finds "Pionyang", "lodz" "Łódź"). Parts of words
 * count, as a person looking for a row types the start of what they remember of it.
 */

/**
 * A list longer than this gets a find box. Up to eight rows are seen at a glance (the events'
 * list shows about eight before it scrolls), where a box would only push the list down;
 * beyond, a row is found by reading, and an imported sheet has thousands.
 */
export const FIND_ABOVE = 8;

/** Whether a list of `rows` has its find box: once it is long, and while the box has words in it. */
export function hasFindBox(rows: number, query: string): boolean {
  return rows > FIND_ABOVE || query !== '';
}

/** The folded words of a find box; none when it holds only spaces, which finds every row. */
export function findWords(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean);
}

/** Whether `folded` (text already through foldText) holds every word. */
export function holdsWords(folded: string, words: readonly string[]): boolean {
  return words.every((word) => folded.includes(word));
}

/** The text among `values` (a store opened as it came may hold anything), folded, one a line. */
function foldedLines(values: readonly unknown[]): string {
  return foldText(
    values.filter((value): value is string => typeof value === 'string' && value !== '').join('\n'),
  );
}

/**
 * What an event is found by: its title, its id, its date as the list shows it ("19 June 2024")
 * and as written ("2024-06-19"), its actors' names and its tags.
 */
export function eventFindText(
  event: DraftEvent,
  actorNames: ReadonlyMap<string, string>,
  locale: Locale,
): string {
  const actors = Array.isArray(event.actors) ? event.actors : [];
  const tags = Array.isArray(event.tags) ? event.tags : [];
  return foldedLines([
    event.title,
    event.id,
    eventDateText(event, locale),
    event.start,
    event.end,
    ...actors.map((id) => actorNames.get(id) ?? id),
    ...tags,
  ]);
}

/** What a source is found by: its title, publisher and address, and its id (a chip without a title shows it). */
export function sourceFindText(source: DraftSource): string {
  return foldedLines([source.title, source.publisher, source.url, source.id]);
}

/** What an actor is found by: its name and its id. */
export function actorFindText(actor: DraftActor): string {
  return foldedLines([actor.name, actor.id]);
}

/**
 * `textOf`, remembered per item. The draft changes its items immutably, so an item keeps its
 * object while another is edited: a keystroke in a 5,000-event draft folds one event again.
 */
export function rememberedFindText<T extends object>(textOf: (item: T) => string) {
  const known = new WeakMap<T, string>();
  return (item: T): string => {
    let text = known.get(item);
    if (text === undefined) {
      text = textOf(item);
      known.set(item, text);
    }
    return text;
  };
}

/** The items of `positions` (indexes into `items`) that hold every word, in the same order. */
export function foundPositions<T>(
  items: readonly T[],
  positions: readonly number[],
  words: readonly string[],
  textOf: (item: T) => string,
): readonly number[] {
  if (words.length === 0) return positions;
  return positions.filter((i) => holdsWords(textOf(items[i]!), words));
}

/**
 * Reads the find text of `items` from `from` on, until `budgetMs` has gone by, so that a
 * remembered `textOf` knows them before the first word is typed: a 5,000-event draft's dates
 * and folding are a noticeable wait when they come all at once with that word. Returns where
 * it stopped: `items.length` once every item is read.
 */
export function readFindTextAhead<T>(
  items: readonly T[],
  textOf: (item: T) => string,
  from: number,
  budgetMs: number,
  now: () => number = () => performance.now(),
): number {
  const until = now() + budgetMs;
  let at = from;
  // The clock is read every 64 items: reading it costs more than one remembered item.
  while (at < items.length) {
    const stop = Math.min(items.length, at + 64);
    for (; at < stop; at++) textOf(items[at]!);
    if (now() >= until) break;
  }
  return at;
}
