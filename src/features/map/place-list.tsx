import { useEffect, useRef } from 'react';
import type { StoreEvent } from '../../format/validate-store';
import { useMapMessages } from '../../i18n/map-messages';
import { useLocale, useMessages } from '../../i18n/use-messages';
import { StatusMark } from '../../components/status-mark';
import { formatStoreDate } from '../../lib/date-format';
import { viewActions } from '../../lib/view-store';

interface Props {
  title: string;
  events: readonly StoreEvent[];
  /** All the events of the place; more than `events` when the list is cut short. */
  total: number;
  selectedEventId: string | null;
  canZoom: boolean;
  onZoom: () => void;
  onClose: () => void;
  /** After an event is chosen (map-panel's `onChosen`). */
  onChosen?: () => void;
}

/** The events at a place with several: each selects its event, as the events list does. */
export function PlaceList({
  title,
  events,
  total,
  selectedEventId,
  canZoom,
  onZoom,
  onClose,
  onChosen,
}: Props) {
  const m = useMapMessages();
  const t = useMessages();
  const locale = useLocale();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [title]);
  return (
    <div
      className="map-list"
      role="group"
      aria-label={title}
      // Escape closes the list, as its button does; the map's own keys are not for it.
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onClose();
      }}
    >
      <div className="map-list__header">
        <h3 ref={headingRef} tabIndex={-1}>
          {title}
        </h3>
        <button type="button" onClick={onClose}>
          {m.closeList}
        </button>
      </div>
      <ul>
        {events.map((event) => (
          <li key={event.id}>
            <button
              type="button"
              aria-current={event.id === selectedEventId ? 'true' : undefined}
              onClick={() => {
                viewActions.selectEvent(event);
                onChosen?.();
              }}
            >
              <span className="map-list__date">{formatStoreDate(event.when.start, locale)}</span>{' '}
              <span className="map-list__title" dir="auto">
                {event.title}
              </span>
              {/* As the events list says it: a refuted claim is never a plain line. */}
              {event.status ? (
                <span className="map-list__status">
                  {' '}
                  <StatusMark status={event.status} /> {t.statusNames[event.status]}
                </span>
              ) : null}
            </button>
          </li>
        ))}
      </ul>
      {total > events.length ? (
        <p className="map-list__more">{m.more(total - events.length)}</p>
      ) : null}
      {canZoom ? (
        <button type="button" className="map-list__zoom" onClick={onZoom}>
          {m.zoomHere}
        </button>
      ) : null}
    </div>
  );
}
