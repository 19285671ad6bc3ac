/**
 * Which events of a draft the validator's checks across events tie together, so that a
 * change to one event is checked again with the events whose problems can change with it,
 * and no others:
 * - events that declare the same id (the first one kept keeps it; a later one is dropped as
 *   a duplicate, and an earlier one being dropped lets the next one keep it);
 * - an event and the events declaring an id it links to (`related`: a link to an id no kept
 *   event has is left out), and back;
 * - hence every event linked together, as part-of cycles are broken over all of them.
 * Kept as the event ids and link targets written in the document, whatever their validity:
 * tying too much costs a little checking, tying too little would show stale problems.
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function declaredId(event: unknown): string | undefined {
  return isRecord(event) && typeof event.id === 'string' ? event.id : undefined;
}

function linkTargets(event: unknown): string[] {
  if (!isRecord(event) || !Array.isArray(event.related)) return [];
  const targets: string[] = [];
  for (const entry of event.related)
    if (isRecord(entry) && typeof entry.event === 'string') targets.push(entry.event);
  return targets;
}

function addTo(map: Map<string, Set<number>>, key: string, index: number) {
  const set = map.get(key);
  if (set) set.add(index);
  else map.set(key, new Set([index]));
}

function removeFrom(map: Map<string, Set<number>>, key: string, index: number) {
  const set = map.get(key);
  if (!set) return;
  set.delete(index);
  if (set.size === 0) map.delete(key);
}

export class EventTies {
  private readonly ids: (string | undefined)[] = [];
  private readonly targets: string[][] = [];
  private readonly declaring = new Map<string, Set<number>>();
  private readonly linkingTo = new Map<string, Set<number>>();

  constructor(events: readonly unknown[]) {
    events.forEach((event, index) => this.add(index, event));
  }

  /** The event at `index` is now `event` (the one there before must have been removed). */
  add(index: number, event: unknown) {
    const id = declaredId(event);
    const targets = linkTargets(event);
    this.ids[index] = id;
    this.targets[index] = targets;
    if (id !== undefined) addTo(this.declaring, id, index);
    for (const target of targets) addTo(this.linkingTo, target, index);
  }

  remove(index: number) {
    const id = this.ids[index];
    if (id !== undefined) removeFrom(this.declaring, id, index);
    for (const target of this.targets[index] ?? []) removeFrom(this.linkingTo, target, index);
    this.ids[index] = undefined;
    this.targets[index] = [];
  }

  /** Calls `visit` with every event directly tied to the one at `index` (itself included). */
  forEachTied(index: number, visit: (tied: number) => void) {
    visit(index);
    const id = this.ids[index];
    if (id !== undefined) {
      this.declaring.get(id)?.forEach(visit);
      this.linkingTo.get(id)?.forEach(visit);
    }
    for (const target of this.targets[index] ?? []) this.declaring.get(target)?.forEach(visit);
  }

  /**
   * The events tied to `seeds`, directly or through others, in document order; null as soon
   * as there are more than `limit` (checking them all at once is then as quick).
   */
  closure(seeds: Iterable<number>, limit: number): number[] | null {
    const found = new Set<number>();
    const pending: number[] = [];
    const visit = (index: number) => {
      if (found.has(index)) return;
      found.add(index);
      pending.push(index);
    };
    for (const seed of seeds) visit(seed);
    while (pending.length > 0) {
      if (found.size > limit) return null;
      this.forEachTied(pending.pop()!, visit);
    }
    if (found.size > limit) return null;
    return [...found].sort((a, b) => a - b);
  }
}
