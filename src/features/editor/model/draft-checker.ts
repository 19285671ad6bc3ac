import { moveProblem } from '../../../format/event-check';
import type { Problem } from '../../../format/problems';
import type { DraftDocument } from './draft-document';
import { EventTies } from './event-ties';
import {
  type DraftCheck,
  draftActorsInNoEvent,
  fileByItem,
  itemOf,
  validateDraft,
} from './field-problems';

/**
 * The draft's problems, kept up to date with each change by checking again only what the
 * change can affect, with the app's validator itself: a keystroke in an event's field
 * validates a document made of that event and the events tied to it (event-ties.ts) and
 * files what it finds under their own indexes; a keystroke in the store's title validates
 * the store without its events. The warnings about actors that no event names are asked of
 * the validator again only when the set of actors the kept events name changes. What this
 * gives equals a whole validation (draft-checker.test.ts holds it to that); a change it
 * cannot follow (sources or actors edited, events added, removed or moved, a first check)
 * is a whole validation, with the validator's cache of event checks.
 */

/** More changed events than this (a paste of many, an undo of a large step): check all. */
const MAX_CHANGED_EVENTS = 64;

/** How a document differs from the one checked before: its store fields, some of its events. */
interface Change {
  header: boolean;
  events: number[];
}

function changeBetween(previous: DraftDocument, next: DraftDocument): Change | null {
  if (!Array.isArray(previous.events) || !Array.isArray(next.events)) return null;
  if (previous.events.length !== next.events.length) return null;
  let header = false;
  for (const key of new Set([...Object.keys(previous), ...Object.keys(next)])) {
    if (key === 'events') continue;
    if (previous[key] === next[key] && Object.hasOwn(previous, key) === Object.hasOwn(next, key))
      continue;
    // Sources and actors are what every event's check asks about.
    if (key === 'sources' || key === 'actors') return null;
    header = true;
  }
  const events: number[] = [];
  for (let k = 0; k < next.events.length; k++) {
    if (previous.events[k] !== next.events[k]) {
      events.push(k);
      if (events.length > MAX_CHANGED_EVENTS) return null;
    }
  }
  return { header, events };
}

export class DraftChecker {
  /** How the checks were made, for the tests and the measurements. */
  readonly counts = { whole: 0, header: 0, events: 0 };
  private document: DraftDocument | null = null;
  private result: DraftCheck | null = null;
  private lastChange: { from: DraftDocument; next: DraftDocument; change: Change | null } | null =
    null;
  /** Every problem but the actors-in-no-event warnings, by item. */
  private rest = new Map<string, Problem[]>();
  private actorsInNoEvent = new Map<string, Problem[]>();
  private ties = new EventTies([]);
  /** The actors each event names as kept by the validator (null: the event is dropped). */
  private keptActors: (readonly string[] | null)[] = [];
  /** How many kept events name each actor (only actors some event names). */
  private actorUses = new Map<string, number>();

  /**
   * @param partLimit Above this many events to check again (of a draft of `events`), a
   *   whole check is as quick: the tests lift it to check apart in small drafts too.
   */
  constructor(private readonly partLimit = (events: number) => events / 2) {}

  /** Whether `next` can be checked from the last document checked, at the cost of what changed. */
  follows(next: DraftDocument): boolean {
    return next === this.document || this.changeTo(next) !== null;
  }

  check(next: DraftDocument): DraftCheck {
    if (next === this.document && this.result) return this.result;
    const change = this.changeTo(next);
    try {
      if (change === null) this.checkWhole(next);
      else {
        if (change.header) this.checkHeader(next);
        if (change.events.length > 0 && !this.checkEvents(next, change.events))
          this.checkWhole(next);
      }
    } catch (error) {
      // Half updated, this account would be wrong from then on: the next check starts whole.
      this.document = null;
      this.result = null;
      throw error;
    }
    this.document = next;
    this.result = { byItem: this.merged(), done: true };
    return this.result;
  }

  private changeTo(next: DraftDocument): Change | null {
    const from = this.document;
    if (from === null) return null;
    if (this.lastChange?.from !== from || this.lastChange.next !== next) {
      this.lastChange = { from, next, change: changeBetween(from, next) };
    }
    return this.lastChange.change;
  }

  private checkWhole(next: DraftDocument) {
    this.counts.whole++;
    const result = validateDraft(next);
    this.rest = fileByItem(result.problems);
    this.actorsInNoEvent = fileByItem(result.actorsInNoEvent);
    this.ties = new EventTies(next.events);
    this.keptActors = result.kept.map((event) => event?.actors ?? null);
    this.actorUses = new Map();
    for (const actors of this.keptActors) for (const id of actors ?? []) this.countUse(id, 1);
  }

  /** The store's own fields changed: their problems are the same with or without events. */
  private checkHeader(next: DraftDocument) {
    this.counts.header++;
    const result = validateDraft({ ...next, events: [] });
    const header = result.problems.filter((problem) => itemOf(problem.path) === '$');
    if (header.length > 0) this.rest.set('$', header);
    else this.rest.delete('$');
  }

  /** Some events changed in place; false when too many are tied to them to check apart. */
  private checkEvents(next: DraftDocument, changed: readonly number[]): boolean {
    const seeds = new Set<number>();
    // What was tied to the events before they changed can change with them, as can what is now.
    for (const index of changed) this.ties.forEachTied(index, (tied) => seeds.add(tied));
    for (const index of changed) {
      this.ties.remove(index);
      this.ties.add(index, next.events[index]);
    }
    const part = this.ties.closure(seeds, this.partLimit(next.events.length));
    if (part === null) return false;
    this.counts.events++;

    const result = validateDraft({ ...next, events: part.map((index) => next.events[index]!) });
    for (const index of part) this.rest.delete(`events[${index}]`);
    for (const problem of result.problems) {
      const item = itemOf(problem.path);
      // The part's other items (the store's fields, sources, actors) are the draft's own,
      // unchanged: only its events' problems are news.
      if (!item.startsWith('events[')) continue;
      const at = Number(item.slice('events['.length, -1));
      const index = part[at]!;
      const placed = at === index ? problem : moveProblem(problem, at, index);
      const list = this.rest.get(`events[${index}]`);
      if (list) list.push(placed);
      else this.rest.set(`events[${index}]`, [placed]);
    }

    const usedBefore = new Map<string, boolean>();
    const recount = (actors: readonly string[] | null, by: number) => {
      for (const id of actors ?? []) {
        if (!usedBefore.has(id)) usedBefore.set(id, this.actorUses.has(id));
        this.countUse(id, by);
      }
    };
    part.forEach((index, at) => {
      recount(this.keptActors[index]!, -1);
      this.keptActors[index] = result.kept[at]?.actors ?? null;
      recount(this.keptActors[index], 1);
    });
    const usedChanged = [...usedBefore].some(([id, used]) => this.actorUses.has(id) !== used);
    if (usedChanged) {
      this.actorsInNoEvent = fileByItem(draftActorsInNoEvent(next, [...this.actorUses.keys()]));
    }
    return true;
  }

  private countUse(id: string, by: number) {
    const count = (this.actorUses.get(id) ?? 0) + by;
    if (count > 0) this.actorUses.set(id, count);
    else this.actorUses.delete(id);
  }

  /** The problems by item as the validator lists them: an actor's warning after its others. */
  private merged(): Map<string, readonly Problem[]> {
    const byItem = new Map<string, readonly Problem[]>(this.rest);
    for (const [item, warnings] of this.actorsInNoEvent) {
      byItem.set(item, [...(this.rest.get(item) ?? []), ...warnings]);
    }
    return byItem;
  }
}
