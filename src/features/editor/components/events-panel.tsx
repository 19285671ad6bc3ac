import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { DraftDocument, DraftEvent } from '../model/draft-document';
import { NONE, draftActions, useDraft, useDraftStore } from '../model/draft-store';
import { type DraftCheck, problemsUnder } from '../model/field-problems';
import { eventDateText } from '../model/event-date-text';
import { isUndated } from '../model/undated';
import { type EventOrder, orderedEventIndexes } from '../model/event-order';
import { eventFindText, hasFindBox, foundPositions, rememberedFindText } from '../model/list-find';
import { EventForm } from './event-form';
import { FindBox, FindResult } from './find-box';
import { useFindTextReadAhead, useListFind } from './use-list-find';
import { useEditorI18n } from './editor-i18n';
import { EVENT_TITLE_ID, changeThenFocus } from './focus-return';
import { UndoDeleteNotice } from './undo-delete-notice';

/** Above this many events only the rows in view are rendered: a 10,000-event draft stays quick. */
const VIRTUALIZE_ABOVE = 100;
const ESTIMATED_ROW_HEIGHT = 40;
const LIST_ID = 'draft-events-list';
const FOUND_ID = 'draft-events-found';

/** The draft's events, every one of them reachable, and the form of the one selected. */
export function EventsPanel({ check }: { check: DraftCheck }) {
  const { m, lang } = useEditorI18n();
  const events = useDraft((state) => state.document?.events ?? NONE);
  const actors = useDraft((state) => state.document?.actors ?? NONE);
  const selectedId = useDraft((state) => state.selectedEventId);
  const readOnly = useDraft((state) => state.readOnly);
  const index = events.findIndex((event) => event.id === selectedId);
  const selected = index >= 0 ? events[index] : undefined;
  // Listed by date, as the explorer shows them, unless the person asks for the file's order;
  // `shown` holds positions in the draft, whose paths the problems are reported under.
  const [order, setOrder] = useState<EventOrder>('date');
  const ordered = useMemo(() => orderedEventIndexes(events, order), [events, order]);
  // Found by the words of `Find events`, in that order. An event is found by its actors'
  // names, so a renamed actor (a new actors list) or another language reads them again.
  const find = useListFind();
  const findInput = useRef<HTMLInputElement>(null);
  const findText = useMemo(() => {
    const names = new Map(actors.map((actor) => [actor.id, actor.name]));
    return rememberedFindText((event: DraftEvent) => eventFindText(event, names, lang));
  }, [actors, lang]);
  const shown = useMemo(
    () => foundPositions(events, ordered, find.words, findText),
    [events, ordered, find.words, findText],
  );
  const filtering = find.words.length > 0;
  const findShown = hasFindBox(events.length, find.query);
  useFindTextReadAhead(events, findText, findShown && !filtering);
  const shownAt = index >= 0 ? shown.indexOf(index) : -1;
  const scrollRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const virtual = shown.length > VIRTUALIZE_ABOVE;
  // This build does not use the React Compiler, whose memoization the rule protects.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? shown.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 8,
    getItemKey: (i) => events[shown[i]!]!.id,
  });

  // New words show the list of what they find from its first row (the selected event's,
  // when it is among them: the next effect).
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [find.words]);

  // The selected event stays in view in the list, as it does in the explorer's list, when
  // it is chosen, when a new date moves it and when words find it: the list scrolls, not the
  // page around it, where the person may be typing in the form.
  useEffect(() => {
    if (shownAt < 0) return;
    if (virtual) virtualizer.scrollToIndex(shownAt, { align: 'auto' });
    else if (scrollRef.current && selectedId !== null)
      scrollRowIntoList(scrollRef.current, selectedId);
  }, [shownAt, virtual, virtualizer, selectedId, find.words]);

  // The last event deleted, and the draft as the delete left it: its notice (and Undo
  // delete, which is the history's Undo) stands while that is still the draft, and goes
  // with the next change, an edit as well as an undo.
  const [deleted, setDeleted] = useState<{ title: string; after: DraftDocument } | null>(null);
  const deletionStands = useDraft((state) => deleted !== null && state.document === deleted.after);
  const rowOf = (id: string) =>
    scrollRef.current?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`);

  // The event deleted leaves the focus on the next one in the list (or the one before it),
  // and on the list's heading once none is left, or when the words had hidden its row.
  const remove = (id: string) => {
    const at = shownAt < 0 ? undefined : (shown[shownAt + 1] ?? shown[shownAt - 1]);
    const neighbour = at === undefined ? undefined : events[at];
    const title = events.find((event) => event.id === id)?.title || m.untitledEvent;
    changeThenFocus(
      () => {
        const before = useDraftStore.getState().document;
        draftActions.deleteEvent(id);
        const after = useDraftStore.getState().document;
        setDeleted(after && after !== before ? { title, after } : null);
      },
      () => (neighbour && rowOf(neighbour.id)) || headingRef.current,
    );
  };

  // Undone, the event is back and selected; the focus goes to its row, as the notice goes.
  const undoDelete = () =>
    changeThenFocus(
      () => {
        draftActions.undo();
        setDeleted(null);
      },
      () => {
        const restored = useDraftStore.getState().selectedEventId;
        return (restored && rowOf(restored)) || headingRef.current;
      },
    );

  const row = (i: number) => {
    const event = events[i]!;
    return (
      <EventRow
        event={event}
        selected={event.id === selectedId}
        problems={problemsUnder(check, `events[${i}]`).length}
      />
    );
  };

  return (
    <section className="editor-events" aria-labelledby="events-heading">
      <div className="editor-section-head">
        <h2 id="events-heading" ref={headingRef} tabIndex={-1}>
          {m.draftEvents}
        </h2>
        <button
          type="button"
          disabled={readOnly}
          // An event noted before its source is to hand: its form opens at its Title.
          onClick={() =>
            changeThenFocus(
              () => draftActions.newEvent(),
              () => window.document.getElementById(EVENT_TITLE_ID),
            )
          }
        >
          {m.newEvent}
        </button>
      </div>
      {events.length === 0 ? <p className="editor-muted">{m.noEvents}</p> : null}
      {events.length > 1 ? (
        <div className="editor-list-tools">
          {findShown ? (
            <FindBox
              find={find}
              inputRef={findInput}
              label={m.findEvents}
              placeholder={m.findEventsBy}
              listId={LIST_ID}
              resultId={FOUND_ID}
            />
          ) : null}
          <label className="editor-event-order">
            {m.eventOrder}{' '}
            <select value={order} onChange={(e) => setOrder(e.target.value as EventOrder)}>
              <option value="date">{m.orderByDate}</option>
              <option value="file">{m.orderAsInFile}</option>
            </select>
          </label>
        </div>
      ) : null}
      {findShown ? (
        <FindResult
          id={FOUND_ID}
          find={find}
          inputRef={findInput}
          found={filtering ? shown.length : null}
          counted={(found) => m.eventsShown(found, events.length)}
          nothingFound={m.noEventFound}
          note={
            selected && shownAt < 0 ? (
              <p className="editor-muted">
                {m.selectedEventHidden(selected.title || m.untitledEvent)}
              </p>
            ) : null
          }
        />
      ) : null}
      {shown.length > 0 ? (
        <div ref={scrollRef} className="editor-event-scroller">
          {virtual ? (
            <ul
              id={LIST_ID}
              aria-label={m.draftEvents}
              className="editor-event-list is-virtual"
              style={{ height: virtualizer.getTotalSize() }}
            >
              {virtualizer.getVirtualItems().map((item) => (
                <li
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  aria-setsize={shown.length}
                  aria-posinset={item.index + 1}
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  {row(shown[item.index]!)}
                </li>
              ))}
            </ul>
          ) : (
            <ul id={LIST_ID} aria-label={m.draftEvents} className="editor-event-list">
              {shown.map((i) => (
                <li key={events[i]!.id}>{row(i)}</li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
      {deleted && deletionStands ? (
        <UndoDeleteNotice message={m.eventDeleted(deleted.title)} onUndo={undoDelete} />
      ) : null}
      {selected ? (
        <EventForm
          key={selected.id}
          event={selected}
          index={index}
          check={check}
          onDelete={() => remove(selected.id)}
        />
      ) : null}
    </section>
  );
}

/** Scrolls `list` (only) until the row of event `id` is in it, when it is not. */
function scrollRowIntoList(list: HTMLElement, id: string) {
  const row = list.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`);
  if (!row) return;
  const inList = list.getBoundingClientRect();
  const box = row.getBoundingClientRect();
  if (box.top < inList.top) list.scrollTop -= inList.top - box.top;
  else if (box.bottom > inList.bottom) list.scrollTop += box.bottom - inList.bottom;
}

/**
 * One event in the list. A keystroke changes one event (and the list with it): the rows of
 * the others, unchanged, are not drawn again.
 */
const EventRow = memo(function EventRow({
  event,
  selected,
  problems,
}: {
  event: DraftEvent;
  selected: boolean;
  problems: number;
}) {
  const { m, lang } = useEditorI18n();
  // As the explorer's list shows it (approximate, a period).
  const date = eventDateText(event, lang);
  return (
    <button
      type="button"
      data-event-id={event.id}
      aria-pressed={selected}
      onClick={() => draftActions.selectEvent(event.id)}
    >
      <span>{event.title || m.untitledEvent}</span>{' '}
      <span className="editor-muted">
        {isUndated(event) ? (
          <strong className="editor-date-needed">{m.dateNeeded}</strong>
        ) : (
          (date ?? m.noDate)
        )}
        {/* As the explorer's list says it: a refuted claim is never a plain line. */}
        {event.status && Object.hasOwn(m.statusNames, event.status)
          ? ` · ${m.statusNames[event.status as keyof typeof m.statusNames]}`
          : ''}
        {problems ? ` ⚠ ${problems}` : ''}
      </span>
    </button>
  );
});
