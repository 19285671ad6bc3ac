import type { DataSet } from 'vis-data/esnext';

// vis-timeline keeps items and groups in plain objects keyed by id, so an id that names an
// Object.prototype property ("constructor" is a valid slug) would find that property and
// crash it. The widget only ever sees ids behind a prefix no such property starts with.
export const visId = (id: string) => `#${id}`;
export const specId = (id: string) => id.slice(1);

/**
 * Brings a DataSet in line with `specs`, touching only what changed; DOM content is built
 * only for entries that are new or whose signature changed. `refresh` may bring a changed
 * entry's content up to date itself and return the fields vis-timeline must be told about
 * (none, or a new start and end), instead of having the entry replaced; null replaces it.
 * Returns whether the DataSet was changed (vis-timeline then redraws, in the next frame).
 */
export function diffInto<
  S extends { id: string; signature: string },
  T extends { id: string; signature: string; content: HTMLElement },
>(
  set: DataSet<T, 'id'>,
  specs: readonly S[],
  convert: (spec: S) => T,
  refresh: (shown: T, spec: S) => Partial<T> | null = () => null,
): boolean {
  const nextIds = new Set(specs.map((spec) => visId(spec.id)));
  // Gone and replaced entries leave in one call, new ones come in one: each call is an event
  // that vis-timeline answers by re-sorting the items of every lane.
  const removed = set.getIds().filter((id) => !nextIds.has(String(id)));
  const updates: (Partial<T> & { id: string })[] = [];
  const added: S[] = [];
  for (const spec of specs) {
    const shown = set.get(visId(spec.id));
    if (shown === null) {
      added.push(spec);
      continue;
    }
    if (shown.signature === spec.signature) continue;
    const fields = refresh(shown, spec);
    if (fields === null) {
      // update() would merge into the old entry and keep fields the new one lacks (an `end`).
      removed.push(shown.id);
      added.push(spec);
      continue;
    }
    // `get` hands out the stored entry: its signature is kept without a change event,
    // which vis-timeline would answer by drawing the item again.
    shown.signature = spec.signature;
    if (Object.keys(fields).length > 0) updates.push({ ...fields, id: shown.id });
  }
  if (removed.length > 0) set.remove(removed);
  if (updates.length > 0) set.update(updates as never);
  if (added.length > 0) set.add(added.map(convert));
  return removed.length > 0 || updates.length > 0 || added.length > 0;
}
