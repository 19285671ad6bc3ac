import { temporal } from 'zundo';
import { create } from 'zustand';
import { useStore } from 'zustand';
import {
  type DraftActor,
  type DraftDocument,
  type DraftEvent,
  type DraftExcerpt,
  type DraftRelated,
  type DraftSource,
  OPTIONAL_EXCERPT_FIELDS,
  OPTIONAL_SOURCE_FIELDS,
  withoutEmpty,
} from './draft-document';
import { slugFrom, uniqueId } from './slugs';
import { isActorColor, memberOfChoices } from './actor-tree';
import { type HistoryChange, historyChange } from './history-change';

/**
 * The draft being edited. Only `document` is in the undo history (zundo): selection and
 * which panel is open are where the person is, not what they wrote. Typing in one field
 * is one step of history per pause (a change to the same field within a second joins the
 * step before), so Undo takes back a word or a sentence, not a letter.
 */
export interface DraftState {
  draftId: string | null;
  document: DraftDocument | null;
  /** Another tab edits this draft; this one shows it and follows its saves. */
  readOnly: boolean;
  selectedEventId: string | null;
  selectedSourceId: string | null;
}

const GROUP_WINDOW_MS = 1000;
let pendingGroup: string | null = null;
let lastGroup: { key: string; at: number } | null = null;

/**
 * Ids this page gave new events (`event-3`), made before they had a title. Such an id is
 * replaced by one from the title once the person leaves the event, or writes or previews the
 * draft (`settleEventIds`), so that a link to it reads as the event's name. An id that came
 * with a store is never changed: links to it may be out in the world. Kept for the page's
 * life, not in the draft: after a reload an id still `event-3` stays so.
 */
const madeHere = new Set<string>();

export const useDraftStore = create<DraftState>()(
  temporal(
    (): DraftState => ({
      draftId: null,
      document: null,
      readOnly: false,
      selectedEventId: null,
      selectedSourceId: null,
    }),
    {
      partialize: (state) => ({ document: state.document }),
      equality: (past, current) => past.document === current.document,
      limit: 500,
      handleSet: (handleSet) => (pastState, replace, currentState, delta) => {
        const now = Date.now();
        const group = pendingGroup;
        if (group !== null && lastGroup?.key === group && now - lastGroup.at < GROUP_WINDOW_MS) {
          lastGroup.at = now;
          return;
        }
        lastGroup = group === null ? null : { key: group, at: now };
        // zundo passes the four arguments on to its own recorder, typed as a setState.
        (handleSet as unknown as (...args: unknown[]) => void)(
          pastState,
          replace,
          currentState,
          delta,
        );
      },
    },
  ),
);

export function useDraft<T>(selector: (state: DraftState) => T): T {
  return useStore(useDraftStore, selector);
}

/** One empty list for selectors, so that "no items" is the same value on every render. */
export const NONE: readonly never[] = [];

export function useHistory() {
  const canUndo = useStore(useDraftStore.temporal, (history) => history.pastStates.length > 0);
  const canRedo = useStore(useDraftStore.temporal, (history) => history.futureStates.length > 0);
  return { canUndo, canRedo };
}

function change(recipe: (document: DraftDocument) => DraftDocument, group: string | null = null) {
  const { document, readOnly } = useDraftStore.getState();
  if (!document || readOnly) return;
  pendingGroup = group;
  try {
    useDraftStore.setState({ document: recipe(document) });
  } finally {
    pendingGroup = null;
  }
}

/**
 * Gives each event `which` picks whose id this page made a title's id, and every link to
 * it the new id; not a step of history (see below).
 */
function settleEventIds(which: (event: DraftEvent) => boolean) {
  const { document, readOnly, selectedEventId } = useDraftStore.getState();
  // Most selections are of a draft opened from a file: nothing made here, nothing to look at.
  if (!document || readOnly || madeHere.size === 0) return;
  const taken = new Set(document.events.map((event) => event.id));
  const renamed = new Map<string, string>();
  for (const event of document.events) {
    if (!madeHere.has(event.id) || !which(event) || !event.title.trim()) continue;
    taken.delete(event.id);
    // A title with no letters for an id ("…") keeps the id it has.
    const id = uniqueId(slugFrom(event.title, event.id), taken);
    taken.add(id);
    if (id !== event.id) renamed.set(event.id, id);
  }
  if (renamed.size === 0) return;
  const newId = (id: string) => renamed.get(id) ?? id;
  const events = document.events.map((event) => {
    const related = relatedOf(event);
    const relinked = related.some((entry) => renamed.has(relatedTarget(entry) ?? ''));
    if (!renamed.has(event.id) && !relinked) return event;
    return {
      ...event,
      id: newId(event.id),
      ...(relinked
        ? {
            related: related.map((entry) => {
              const target = relatedTarget(entry);
              return target !== null && renamed.has(target)
                ? { ...entry, event: newId(target) }
                : entry;
            }),
          }
        : {}),
    };
  });
  // Outside the history: an Undo takes back the person's last change, and with it the id
  // that change had (travel then selects the event it changed); the id follows the title
  // again when the event is left.
  const history = useDraftStore.temporal.getState();
  history.pause();
  useDraftStore.setState({
    document: { ...document, events },
    selectedEventId: selectedEventId === null ? null : newId(selectedEventId),
  });
  history.resume();
}

function mapEvent(id: string, recipe: (event: DraftEvent) => DraftEvent) {
  return (document: DraftDocument): DraftDocument => ({
    ...document,
    events: document.events.map((event) => (event.id === id ? recipe(event) : event)),
  });
}

const OPTIONAL_EVENT_FIELDS = [
  'end',
  'dateNote',
  'summary',
  'tags',
  'place',
  'status',
  'statusNote',
  'related',
] as const;

/** The event's related entries as a list (a `related` that is not one counts as none). */
export function relatedOf(event: DraftEvent): readonly DraftRelated[] {
  return Array.isArray(event.related) ? event.related : NONE;
}

/** The entry's target id, or null when the entry does not name one (kept as it came). */
export function relatedTarget(entry: unknown): string | null {
  return typeof entry === 'object' &&
    entry !== null &&
    typeof (entry as { event?: unknown }).event === 'string'
    ? (entry as { event: string }).event
    : null;
}

/** Each event's links to ids no event has any longer left out (a deleted event's). */
function withoutLinksTo(ids: ReadonlySet<string>, events: DraftEvent[]): DraftEvent[] {
  if (ids.size === 0) return events;
  return events.map((event) => {
    const related = relatedOf(event);
    const kept = related.filter((entry) => !ids.has(relatedTarget(entry) ?? ''));
    return kept.length === related.length
      ? event
      : withoutEmpty({ ...event, related: kept }, ['related']);
  });
}

/** The last Undo or Redo and what it did, said by the toolbar (`count` tells two alike apart). */
export const useLastTravel = create<{
  readonly direction: 'undo' | 'redo';
  readonly change: HistoryChange | null;
  readonly count: number;
}>()(() => ({ direction: 'undo', change: null, count: 0 }));

/**
 * An undo or a redo, and the selection kept on an event that is there: the event it brought
 * back (a deletion undone) is selected, and one it took away (a creation undone) gives the
 * selection to its neighbour in the list, rather than leaving none with events in the draft.
 */
function travel(direction: 'undo' | 'redo', step: () => void) {
  const from = useDraftStore.getState().document;
  const before = from?.events ?? [];
  step();
  const { document, selectedEventId } = useDraftStore.getState();
  if (from && document && from !== document) {
    // An Undo says the step it takes back: that step went from the draft now to the one before.
    const change =
      direction === 'undo' ? historyChange(document, from) : historyChange(from, document);
    useLastTravel.setState((last) => ({ direction, change, count: last.count + 1 }));
  }
  const after = document?.events ?? [];
  const had = new Set(before.map((event) => event.id));
  const returned = after.filter((event) => !had.has(event.id));
  if (returned.length === 1) {
    useDraftStore.setState({ selectedEventId: returned[0]!.id });
    return;
  }
  if (selectedEventId === null || after.some((event) => event.id === selectedEventId)) return;
  const at = before.findIndex((event) => event.id === selectedEventId);
  const neighbour = after[Math.min(Math.max(at, 0), after.length - 1)];
  useDraftStore.setState({ selectedEventId: neighbour?.id ?? null });
}

export const draftActions = {
  /** Shows a draft; its history starts empty (undo does not cross drafts). */
  load(draftId: string, document: DraftDocument, readOnly = false) {
    const temporalStore = useDraftStore.temporal.getState();
    temporalStore.pause();
    const first = document.events[0]?.id ?? null;
    useDraftStore.setState({
      draftId,
      document,
      readOnly,
      selectedEventId: first,
      selectedSourceId: document.sources[0]?.id ?? null,
    });
    temporalStore.clear();
    temporalStore.resume();
    lastGroup = null;
    madeHere.clear();
  },

  /**
   * Shows a draft whose content was just replaced by another (a store opened again over
   * it), the replacement being its one step of history: Undo brings back what it held, and
   * the autosave keeps that.
   */
  loadReplaced(draftId: string, before: DraftDocument, after: DraftDocument) {
    draftActions.load(draftId, before);
    change(() => after);
    useDraftStore.setState({
      selectedEventId: after.events[0]?.id ?? null,
      selectedSourceId: after.sources[0]?.id ?? null,
    });
  },

  /** A newer copy saved by the tab that edits this draft (this one is read-only). */
  follow(document: DraftDocument) {
    const temporalStore = useDraftStore.temporal.getState();
    temporalStore.pause();
    useDraftStore.setState({ document });
    temporalStore.resume();
  },

  close() {
    madeHere.clear();
    useDraftStore.setState({ draftId: null, document: null, selectedEventId: null });
    useDraftStore.temporal.getState().clear();
  },

  setReadOnly(readOnly: boolean) {
    useDraftStore.setState({ readOnly });
  },

  undo() {
    if (useDraftStore.getState().readOnly) return;
    lastGroup = null;
    travel('undo', () => useDraftStore.temporal.getState().undo());
  },

  redo() {
    if (useDraftStore.getState().readOnly) return;
    lastGroup = null;
    travel('redo', () => useDraftStore.temporal.getState().redo());
  },

  selectEvent(id: string | null) {
    const left = useDraftStore.getState().selectedEventId;
    if (left !== null && left !== id && madeHere.has(left))
      settleEventIds((event) => event.id === left);
    useDraftStore.setState({ selectedEventId: id });
  },

  /**
   * Before the draft is written or previewed: every event this page made and a title named
   * gets its title's id, the open one too (its form then shows it under that id).
   */
  settleEventIds() {
    settleEventIds(() => true);
  },

  selectSource(id: string | null) {
    useDraftStore.setState({ selectedSourceId: id });
  },

  setStoreField(field: 'title' | 'language' | 'description', value: string) {
    change(
      (document) => withoutEmpty({ ...document, [field]: value }, ['description']),
      `store.${field}`,
    );
  },

  addSource(source: Omit<DraftSource, 'id'>): string {
    const document = useDraftStore.getState().document;
    if (!document) return '';
    const id = uniqueId(
      slugFrom(source.title, 'source'),
      document.sources.map((s) => s.id),
    );
    const added = withoutEmpty({ ...source, id } as DraftSource, OPTIONAL_SOURCE_FIELDS);
    change((doc) => ({ ...doc, sources: [...doc.sources, added] }));
    useDraftStore.setState({ selectedSourceId: id });
    return id;
  },

  updateSource(id: string, patch: Partial<DraftSource>) {
    change((document) => ({
      ...document,
      sources: document.sources.map((source) =>
        source.id === id ? withoutEmpty({ ...source, ...patch }, OPTIONAL_SOURCE_FIELDS) : source,
      ),
    }));
  },

  /**
   * Deletes a source and, in the same step of history, the excerpts that quote it: an excerpt
   * left behind would cite a source the store does not have, and be dropped from the file
   * anyway. An event left with no excerpt stays (its title, date and actors are the person's
   * work) and is said to need one. Undo brings back the source and its excerpts together.
   * The selection goes to the next source (or the one before it).
   */
  deleteSource(id: string) {
    const before = useDraftStore.getState().document?.sources ?? [];
    const at = before.findIndex((source) => source.id === id);
    change((document) => ({
      ...document,
      sources: document.sources.filter((source) => source.id !== id),
      events: document.events.map((event) =>
        event.excerpts.some((excerpt) => excerpt.source === id)
          ? { ...event, excerpts: event.excerpts.filter((excerpt) => excerpt.source !== id) }
          : event,
      ),
    }));
    if (useDraftStore.getState().selectedSourceId === id) {
      const after = useDraftStore.getState().document?.sources ?? [];
      const next = after[Math.min(at, after.length - 1)];
      useDraftStore.setState({ selectedSourceId: next?.id ?? null });
    }
  },

  /**
   * A new event, selected, in one step of history: its title, date and actors are left to
   * fill, and its excerpts are the ones given (none, as for an event noted before its source
   * is to hand: the store keeps such an event, and says it rests on nothing yet).
   */
  newEvent(excerpts: readonly DraftExcerpt[] = []): string {
    if (!useDraftStore.getState().document || useDraftStore.getState().readOnly) return '';
    const left = useDraftStore.getState().selectedEventId;
    if (left !== null && madeHere.has(left)) settleEventIds((event) => event.id === left);
    const document = useDraftStore.getState().document!;
    const id = uniqueId(
      `event-${document.events.length + 1}`,
      document.events.map((event) => event.id),
    );
    madeHere.add(id);
    const event: DraftEvent = {
      id,
      title: '',
      start: '',
      actors: [],
      excerpts: excerpts.map((excerpt) => withoutEmpty(excerpt, OPTIONAL_EXCERPT_FIELDS)),
    };
    change((doc) => ({ ...doc, events: [...doc.events, event] }));
    useDraftStore.setState({ selectedEventId: id });
    return id;
  },

  /** A new event whose first excerpt is the passage; its title and date are left to fill. */
  newEventFromExcerpt(excerpt: DraftExcerpt): string {
    return draftActions.newEvent([excerpt]);
  },

  addExcerpt(eventId: string, excerpt: DraftExcerpt) {
    const added = withoutEmpty(excerpt, OPTIONAL_EXCERPT_FIELDS);
    change(mapEvent(eventId, (event) => ({ ...event, excerpts: [...event.excerpts, added] })));
  },

  updateExcerpt(eventId: string, index: number, patch: Partial<DraftExcerpt>) {
    change(
      mapEvent(eventId, (event) => ({
        ...event,
        excerpts: event.excerpts.map((excerpt, i) =>
          i === index ? withoutEmpty({ ...excerpt, ...patch }, OPTIONAL_EXCERPT_FIELDS) : excerpt,
        ),
      })),
      `excerpt.${eventId}.${index}.${Object.keys(patch).join()}`,
    );
  },

  removeExcerpt(eventId: string, index: number) {
    change(
      mapEvent(eventId, (event) => ({
        ...event,
        excerpts: event.excerpts.filter((_, i) => i !== index),
      })),
    );
  },

  /** Edits fields of an event; typing in one field is one step of history per pause. */
  updateEvent(id: string, patch: Partial<DraftEvent>) {
    change(
      mapEvent(id, (event) => withoutEmpty({ ...event, ...patch }, OPTIONAL_EVENT_FIELDS)),
      `event.${id}.${Object.keys(patch).join()}`,
    );
  },

  /**
   * Deletes an event, and in the same step of history the other events' links to it: an id
   * left behind would point to nothing, or to the next event given the same id. Undo brings
   * back the event and its links together.
   */
  deleteEvent(id: string) {
    change((document) => {
      const events = document.events.filter((event) => event.id !== id);
      return { ...document, events: withoutLinksTo(new Set([id]), events) };
    });
    if (useDraftStore.getState().selectedEventId === id) {
      useDraftStore.setState({ selectedEventId: null });
    }
  },

  /**
   * Relates the event to another of the draft. Not to itself, and not twice to the same
   * event (whatever the relation): returns false then, and nothing changes.
   */
  addRelated(eventId: string, target: string, relation: string): boolean {
    const document = useDraftStore.getState().document;
    const event = document?.events.find((e) => e.id === eventId);
    if (!event || target === eventId || !target) return false;
    if (relatedOf(event).some((entry) => relatedTarget(entry) === target)) return false;
    change(
      mapEvent(eventId, (e) => ({ ...e, related: [...relatedOf(e), { event: target, relation }] })),
    );
    return true;
  },

  /** The relation of the event's related entry at `index`. */
  setRelation(eventId: string, index: number, relation: string) {
    change(
      mapEvent(eventId, (event) => ({
        ...event,
        related: relatedOf(event).map((entry, i) =>
          i === index && typeof entry === 'object' && entry !== null
            ? { ...entry, relation }
            : entry,
        ),
      })),
      `related.${eventId}.${index}`,
    );
  },

  /** Removes the event's related entry at `index` (one whose id is not found, too). */
  removeRelated(eventId: string, index: number) {
    change(
      mapEvent(eventId, (event) =>
        withoutEmpty({ ...event, related: relatedOf(event).filter((_, i) => i !== index) }, [
          'related',
        ]),
      ),
    );
  },

  /** Creates an actor (id from its name) and returns its id. */
  addActor(actor: Omit<DraftActor, 'id'>): string {
    const document = useDraftStore.getState().document;
    if (!document) return '';
    const id = uniqueId(
      slugFrom(actor.name, 'actor'),
      document.actors.map((a) => a.id),
    );
    const added = withoutEmpty({ ...actor, id } as DraftActor, ['memberOf', 'color']);
    change((doc) => ({ ...doc, actors: [...doc.actors, added] }));
    return id;
  },

  /** Gives an actor another name; its id, by which events and members name it, stays. */
  renameActor(id: string, name: string) {
    const trimmed = name.trim();
    if (!trimmed) return;
    change((document) => ({
      ...document,
      actors: document.actors.map((actor) =>
        actor.id === id && actor.name !== trimmed ? { ...actor, name: trimmed } : actor,
      ),
    }));
  },

  /**
   * Edits an actor's name, kind, parent or colour, in one step of history. Its id stays. A
   * parent that would make a cycle, an empty name or a colour not `#rrggbb` changes nothing
   * (false); an empty `memberOf` or `color` takes the field off.
   */
  updateActor(
    id: string,
    patch: Partial<Pick<DraftActor, 'name' | 'kind' | 'memberOf' | 'color'>>,
  ): boolean {
    const document = useDraftStore.getState().document;
    const actor = document?.actors.find((a) => a.id === id);
    if (!document || !actor) return false;
    const name = patch.name === undefined ? actor.name : patch.name.trim();
    if (!name) return false;
    if (
      patch.memberOf &&
      !memberOfChoices(document.actors, id).some((a) => a.id === patch.memberOf)
    )
      return false;
    if (patch.color && !isActorColor(patch.color)) return false;
    const edited = withoutEmpty({ ...actor, ...patch, name } as DraftActor, ['memberOf', 'color']);
    change((doc) => ({
      ...doc,
      actors: doc.actors.map((a) => (a.id === id ? edited : a)),
    }));
    return true;
  },

  /**
   * Deletes an actor and, in the same step of history, takes it off the events it is an
   * actor of and off the actors that are members of it: an id left behind would name an
   * actor the store does not have, and drop those events from the file. Undo brings it back
   * everywhere at once.
   */
  deleteActor(id: string) {
    change((document) => ({
      ...document,
      actors: document.actors
        .filter((actor) => actor.id !== id)
        .map((actor) =>
          actor.memberOf === id
            ? withoutEmpty({ ...actor, memberOf: undefined }, ['memberOf'])
            : actor,
        ),
      events: document.events.map((event) =>
        event.actors.includes(id)
          ? { ...event, actors: event.actors.filter((actor) => actor !== id) }
          : event,
      ),
    }));
  },
};

/** What deleting a source takes with it: the excerpts quoting it, and the events they are in. */
export function sourceUse(events: readonly DraftEvent[], id: string) {
  const use = { excerpts: 0, events: 0, emptied: 0 };
  for (const event of events) {
    const quoting = event.excerpts.filter((excerpt) => excerpt.source === id).length;
    if (quoting === 0) continue;
    use.excerpts += quoting;
    use.events += 1;
    if (quoting === event.excerpts.length) use.emptied += 1;
  }
  return use;
}

/** Where an actor is named: the events it is an actor of, the actors that are members of it. */
export function actorUse(document: DraftDocument, id: string) {
  return {
    events: document.events.filter((event) => event.actors.includes(id)).length,
    members: document.actors.filter((actor) => actor.memberOf === id).length,
  };
}
