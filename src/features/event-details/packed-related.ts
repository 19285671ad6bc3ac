import type { IncomingRelation, RelatedLink } from '../../lib/event-evidence';
import type { StoreIndex } from '../../lib/store-index';
import type { StoreEvent } from '../../format/validate-store';

/**
 * A packed store's event: its links as `relatedLinks` finds them (the index holds no event's
 * `related`, so none from other events), then the relations other events state about it,
 * fetched with its row (`related_in`), as relatedLinks would list them (ids the store does
 * not have skipped, each once). Apart from relatedLinks, which the first screen holds.
 */
export function withIncoming(
  index: StoreIndex,
  event: StoreEvent,
  links: readonly RelatedLink[],
  incoming: readonly IncomingRelation[],
): readonly RelatedLink[] {
  const all = [...links];
  const seen = new Set(links.map((link) => `${link.direction}|${link.relation}|${link.event.id}`));
  for (const { event: id, relation } of incoming) {
    const other = index.eventById.get(id);
    const key = `in|${relation}|${id}`;
    if (!other || other.id === event.id || seen.has(key)) continue;
    seen.add(key);
    all.push({ event: other, relation, direction: 'in' });
  }
  return all;
}
