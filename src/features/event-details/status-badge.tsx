import type { StoreEvent } from '../../format/validate-store';
import { StatusMark } from '../../components/status-mark';
import { useAllMessages } from '../../i18n/later-messages';

/** The event's status beside its date, with the note that says why; nothing when not stated. */
export function StatusBadge({ event }: { event: StoreEvent }) {
  const t = useAllMessages();
  if (!event.status) return null;
  return (
    <>
      <span className={`badge status-badge status-badge--${event.status}`}>
        <StatusMark status={event.status} /> {t.statusLabel(t.statusNames[event.status])}
      </span>
      {event.statusNote ? (
        <span className="status-note" dir="auto">
          {event.statusNote}
        </span>
      ) : null}
    </>
  );
}
