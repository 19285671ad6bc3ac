import { useEffect, useRef } from 'react';
import { useLocale, useMessages } from '../../i18n/use-messages';
import { formatEventDate } from '../../lib/date-format';
import type { StoreIndex } from '../../lib/store-index';
import { useFilteredEvents } from '../../lib/use-filtered-events';
import { useView, viewActions } from '../../lib/view-store';
import './event-list.css';

/** Every event that passes the filters, in time order: the keyboard's way into the timeline. */
export function EventList({ index, onChosen }: { index: StoreIndex; onChosen: () => void }) {
  const t = useMessages();
  const locale = useLocale();
  const events = useFilteredEvents(index);
  const selectedEventId = useView((state) => state.selectedEventId);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (selectedEventId === null) return;
    const item = listRef.current?.querySelector<HTMLElement>(
      `[data-event-id="${CSS.escape(selectedEventId)}"]`,
    );
    item?.scrollIntoView({ block: 'nearest' });
  }, [selectedEventId]);

  return (
    <section className="event-list" aria-labelledby="event-list-heading">
      <header className="event-list__header">
        <h2 id="event-list-heading">{t.events}</h2>
        <span className="event-list__count" aria-live="polite">
          {t.eventCount(events.length, index.events.length)}
        </span>
      </header>
      {events.length === 0 ? (
        <p className="empty-state">
          {index.events.length === 0 ? t.noEventsInStore : t.noEventsMatch}
        </p>
      ) : null}
      <ol ref={listRef} className="event-list__items" aria-label={t.events}>
        {events.map((event) => {
          const selected = event.id === selectedEventId;
          return (
            <li
              key={event.id}
              data-event-id={event.id}
              className={selected ? 'is-selected' : undefined}
            >
              <button
                type="button"
                aria-current={selected ? 'true' : undefined}
                onClick={() => {
                  viewActions.selectEvent(event);
                  onChosen();
                }}
              >
                <span className="event-list__title">{event.title}</span>
                <time className="event-list__date" dateTime={event.when.start.raw}>
                  {formatEventDate(event.when, event.approximate, locale)}
                </time>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
