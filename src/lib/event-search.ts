import type { StoreEvent } from '../format/validate-store';
import type { StoreIndex } from './store-index';

/** Lower case without accents, so "pionyang" finds "Pionyang" and "rusia" finds "Rusia". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const haystacks = new WeakMap<StoreEvent, string>();

function haystackOf(index: StoreIndex, event: StoreEvent): string {
  let text = haystacks.get(event);
  if (text === undefined) {
    const parts = [
      event.title,
      event.summary ?? '',
      event.place?.name ?? '',
      ...(event.tags ?? []),
    ];
    for (const id of event.actors) parts.push(index.actorById.get(id)?.name ?? id);
    for (const excerpt of event.excerpts ?? [])
      parts.push(excerpt.quote, excerpt.translation ?? '');
    text = foldText(parts.join('\n'));
    haystacks.set(event, text);
  }
  return text;
}

/** Events whose text holds every word of the query, in the order given. */
export function searchEvents(
  index: StoreIndex,
  events: readonly StoreEvent[],
  query: string,
): readonly StoreEvent[] {
  const terms = foldText(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return events;
  return events.filter((event) => {
    const haystack = haystackOf(index, event);
    return terms.every((term) => haystack.includes(term));
  });
}
