import { memo, useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { DraftEvent } from '../model/draft-document';
import { NONE, draftActions, useDraft } from '../model/draft-store';
import { type DraftCheck, problemsUnder } from '../model/field-problems';
import { eventDateText } from '../model/event-date-text';
import { EventForm } from './event-form';
import { useEditorI18n } from './editor-i18n';
import { changeThenFocus } from './focus-return';

/** Above this many events only the rows in view are rendered: a 10,000-event draft stays quick. */
const VIRTUALIZE_ABOVE = 100;
const ESTIMATED_ROW_HEIGHT = 40;

/** The draft's events, every one of them reachable, and the form of the one selected. */
export function EventsPanel({ check }: { check: DraftCheck }) {
  const { m } = useEditorI18n();
  const events = useDraft((state) => state.document?.events ?? NONE);
  const selectedId = useDraft((state) => state.selectedEventId);
  const index = events.findIndex((event) => event.id === selectedId);
  const selected = index >= 0 ? events[index] : undefined;
  const scrollRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const virtual = events.length > VIRTUALIZE_ABOVE;
  // This build does not use the React Compiler, whose memoization the rule protects.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? events.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 8,
    getItemKey: (i) => events[i]!.id,
  });

  // The selected event stays in view in the list, as it does in the explorer's list.
  useEffect(() => {
    if (virtual && index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [index, virtual, virtualizer]);

  // The event deleted leaves the focus on the next one in the list (or the one before it),
  // and on the list's heading once none is left.
  const remove = (id: string) => {
    const neighbour = events[index + 1] ?? events[index - 1];
    changeThenFocus(
      () => draftActions.deleteEvent(id),
      () =>
        (neighbour &&
          scrollRef.current?.querySelector<HTMLElement>(
            `[data-event-id="${CSS.escape(neighbour.id)}"]`,
          )) ||
        headingRef.current,
    );
  };

  const row = (event: DraftEvent, i: number) => (
    <EventRow
      event={event}
      selected={event.id === selectedId}
      problems={problemsUnder(check, `events[${i}]`).length}
    />
  );

  return (
    <section className="editor-events" aria-labelledby="events-heading">
      <h2 id="events-heading" ref={headingRef} tabIndex={-1}>
        {m.draftEvents}
      </h2>
      {events.length === 0 ? <p className="editor-muted">{m.noEvents}</p> : null}
      {events.length > 0 ? (
        <div ref={scrollRef} className="editor-event-scroller">
          {virtual ? (
            <ul
              aria-label={m.draftEvents}
              className="editor-event-list is-virtual"
              style={{ height: virtualizer.getTotalSize() }}
            >
              {virtualizer.getVirtualItems().map((item) => (
                <li
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  aria-setsize={events.length}
                  aria-posinset={item.index + 1}
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  {row(events[item.index]!, item.index)}
                </li>
              ))}
            </ul>
          ) : (
            <ul aria-label={m.draftEvents} className="editor-event-list">
              {events.map((event, i) => (
                <li key={event.id}>{row(event, i)}</li>
              ))}
            </ul>
          )}
        </div>
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
        {date ?? m.noDate}
        {problems ? ` ⚠ ${problems}` : ''}
      </span>
    </button>
  );
});
