import type { DraftDocument } from './draft-document';

/** What one step of the draft's history did, in the terms the editor's forms use. */
export type HistoryChange =
  | { readonly kind: 'store'; readonly field: string }
  | {
      readonly kind: 'added' | 'removed';
      readonly item: 'event' | 'source' | 'actor';
      readonly name: string;
    }
  | {
      readonly kind: 'changed';
      readonly item: 'event' | 'source' | 'actor';
      readonly name: string;
      /** The one field changed; absent when several were (a related link, a merge). */
      readonly field?: string;
    };

type Fields = Readonly<Record<string, unknown>>;

const nameOf = (item: object) => String((item as Fields).title ?? (item as Fields).name ?? '');

/** The first item added, removed or changed between two lists (by id), or null. */
function listChange<T extends { readonly id: string }>(
  item: 'event' | 'source' | 'actor',
  before: readonly T[],
  after: readonly T[],
): HistoryChange | null {
  if (before === after) return null;
  const old = new Map(before.map((entry) => [entry.id, entry]));
  const kept = new Set(after.map((entry) => entry.id));
  for (const entry of after) {
    const was = old.get(entry.id);
    if (was === undefined) return { kind: 'added', item, name: nameOf(entry) };
    if (was === entry) continue;
    const [a, b] = [was as Fields, entry as Fields];
    const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
      (field) => JSON.stringify(a[field]) !== JSON.stringify(b[field]),
    );
    return fields.length === 1
      ? { kind: 'changed', item, name: nameOf(entry), field: fields[0]! }
      : { kind: 'changed', item, name: nameOf(entry) };
  }
  const gone = before.find((entry) => !kept.has(entry.id));
  return gone ? { kind: 'removed', item, name: nameOf(gone) } : null;
}

/**
 * What a step did, from the draft before it to the draft after it: the events first (most
 * steps are theirs), then the sources, the actors and the store's own fields. An Undo says
 * the step it takes back, so it is given the documents the other way round.
 */
export function historyChange(before: DraftDocument, after: DraftDocument): HistoryChange | null {
  const change =
    listChange('event', before.events, after.events) ??
    listChange('source', before.sources, after.sources) ??
    listChange('actor', before.actors, after.actors);
  if (change) return change;
  const field = ['title', 'language', 'description'].find(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  return field ? { kind: 'store', field } : null;
}
