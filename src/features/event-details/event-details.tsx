import type { CSSProperties, Ref } from 'react';
import { useLocale, useMessages } from '../../i18n/use-messages';
import { formatEventDate } from '../../lib/date-format';
import type { StoreIndex } from '../../lib/store-index';
import { useView, viewActions } from '../../lib/view-store';
import { ExcerptCard } from './excerpt-card';
import './event-details.css';

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/** The selected event and the evidence it rests on. The heading takes focus when chosen. */
interface Props {
  index: StoreIndex;
  headingRef: Ref<HTMLHeadingElement>;
  onClose: () => void;
}

export function EventDetails({ index, headingRef, onClose }: Props) {
  const t = useMessages();
  const locale = useLocale();
  const selectedEventId = useView((state) => state.selectedEventId);
  const event = selectedEventId === null ? undefined : index.eventById.get(selectedEventId);

  if (!event) {
    return (
      <section className="event-details event-details--empty" aria-label={t.eventDetails}>
        <p className="empty-state">{t.noSelection}</p>
        <p className="keyboard-hint">{t.keyboardHint}</p>
      </section>
    );
  }

  const excerpts = event.excerpts ?? [];
  return (
    <section className="event-details" aria-label={t.eventDetails}>
      <header className="event-details__header">
        <h2 ref={headingRef} tabIndex={-1}>
          {event.title}
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t.closeDetails}
          title={t.closeDetails}
          onClick={() => {
            viewActions.selectEvent(null);
            onClose();
          }}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <p className="event-details__date">
        <time dateTime={event.when.start.raw}>
          {formatEventDate(event.when, event.approximate, locale)}
        </time>
        {event.approximate ? <span className="badge">{t.approximate}</span> : null}
      </p>
      {event.dateNote ? (
        <details className="event-details__date-note">
          <summary>{t.dateNote}</summary>
          <p>{event.dateNote}</p>
        </details>
      ) : null}
      <dl className="event-details__facts">
        <dt>{t.actors}</dt>
        <dd>
          <ul className="chips">
            {event.actors.map((id) => {
              const actor = index.actorById.get(id);
              const lane = index.actorById.get(index.laneOf.get(id) ?? id);
              return (
                <li
                  key={id}
                  className="chip"
                  style={
                    { '--actor-color': lane?.color ?? actor?.color ?? '#4a5568' } as CSSProperties
                  }
                >
                  {actor?.name ?? id}
                </li>
              );
            })}
          </ul>
        </dd>
        {event.place ? (
          <>
            <dt>{t.place}</dt>
            <dd>{event.place.name}</dd>
          </>
        ) : null}
        {event.tags && event.tags.length > 0 ? (
          <>
            <dt>{t.tags}</dt>
            <dd>
              <ul className="tags">
                {event.tags.map((tag, i) => (
                  <li key={i}>{tag}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      {event.summary
        ? paragraphs(event.summary).map((paragraph, i) => (
            <p key={i} className="event-details__summary">
              {paragraph}
            </p>
          ))
        : null}
      <h3 className="event-details__evidence">{t.evidence(excerpts.length)}</h3>
      {excerpts.length === 0 ? <p className="empty-state">{t.noExcerpts}</p> : null}
      {excerpts.map((excerpt, i) => {
        const source = index.sourceById.get(excerpt.source);
        return source ? (
          <ExcerptCard
            key={i}
            excerpt={excerpt}
            source={source}
            storeLanguage={index.store.language}
          />
        ) : null;
      })}
    </section>
  );
}
