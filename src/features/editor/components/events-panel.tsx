import { parseStoreDate } from '../../../format/dates';
import { formatStoreDate } from '../../../lib/date-format';
import { NONE, draftActions, useDraft } from '../model/draft-store';
import { type DraftCheck, problemsUnder } from '../model/field-problems';
import { EventForm } from './event-form';
import { useEditorI18n } from './editor-i18n';

/** The draft's events, and the form of the one selected. */
export function EventsPanel({ check }: { check: DraftCheck }) {
  const { m, lang } = useEditorI18n();
  const events = useDraft((state) => state.document?.events ?? NONE);
  const selectedId = useDraft((state) => state.selectedEventId);
  const index = events.findIndex((event) => event.id === selectedId);
  const selected = index >= 0 ? events[index] : undefined;

  return (
    <section className="editor-events" aria-labelledby="events-heading">
      <h2 id="events-heading">{m.draftEvents}</h2>
      {events.length === 0 ? <p className="editor-muted">{m.noEvents}</p> : null}
      {events.length > 0 ? (
        <ul aria-label={m.draftEvents} className="editor-event-list">
          {events.slice(0, 200).map((event, i) => {
            const date = parseStoreDate(event.start);
            const problems = problemsUnder(check, `events[${i}]`).length;
            return (
              <li key={event.id}>
                <button
                  type="button"
                  aria-pressed={event.id === selectedId}
                  onClick={() => draftActions.selectEvent(event.id)}
                >
                  <span>{event.title || m.untitledEvent}</span>{' '}
                  <span className="editor-muted">
                    {date ? formatStoreDate(date, lang) : m.noDate}
                    {problems ? ` ⚠ ${problems}` : ''}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      {selected ? (
        <EventForm key={selected.id} event={selected} index={index} check={check} />
      ) : null}
    </section>
  );
}
