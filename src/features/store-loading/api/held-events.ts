/**
 * The page's side of a packed store read only window by window (held-windows.ts): the
 * events of each row group the worker holds, dropped when it puts the group out, and the
 * look at a window built from the groups it names, so that each window moved to is indexed
 * from its own events (a few row groups), never from every event read so far.
 */
import type { StoreEvent } from '../../../format/validate-store';
import { eventTime } from '../../../lib/store-index';
import type { HeldWindow } from './held-windows';

export class HeldEvents {
  private readonly byGroup = new Map<number, StoreEvent[]>();

  /** Events of `group`, as they arrive (a group may come in several hand-overs). */
  add(group: number, events: readonly StoreEvent[]): void {
    const held = this.byGroup.get(group);
    if (held) held.push(...events);
    else this.byGroup.set(group, [...events]);
  }

  /** The groups put out of memory: returns their events, so that what refers to them goes too. */
  evict(groups: readonly number[]): StoreEvent[] {
    const dropped: StoreEvent[] = [];
    for (const group of groups) {
      dropped.push(...(this.byGroup.get(group) ?? []));
      this.byGroup.delete(group);
    }
    return dropped;
  }

  /** Events held, over every group. */
  get size(): number {
    let size = 0;
    for (const events of this.byGroup.values()) size += events.length;
    return size;
  }

  /** The events of `held`'s groups that overlap its span (the window and its margin). */
  look(held: HeldWindow): StoreEvent[] {
    const { start, end } = held.span;
    const events: StoreEvent[] = [];
    for (const group of held.groups) {
      for (const event of this.byGroup.get(group) ?? []) {
        const time = eventTime(event);
        if (time.start < end && time.end > start) events.push(event);
      }
    }
    return events;
  }

  clear(): void {
    this.byGroup.clear();
  }
}
