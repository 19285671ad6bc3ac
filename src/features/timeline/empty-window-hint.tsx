import { useMemo } from 'react';
import { useAllMessages } from '../../i18n/later-messages';
import { useLocale } from '../../i18n/use-messages';
import type { StoreEvent } from '../../format/validate-store';
import { formatEventDate } from '../../lib/date-format';
import type { TimeWindow } from '../../lib/time-window';
import { viewActions } from '../../lib/view-store';
import { nearestOutside } from './nearest-event';

/**
 * Over a timeline window with none of the events shown (a search's matches, a filter's, or a
 * sparse store, elsewhere): lanes left empty said nothing of where to look. It names the
 * nearest event and opens it, which moves the window to it.
 */
export function EmptyWindowHint({
  events,
  window,
}: {
  events: readonly StoreEvent[];
  window: TimeWindow;
}) {
  const t = useAllMessages();
  const locale = useLocale();
  const nearest = useMemo(() => nearestOutside(events, window), [events, window]);
  if (nearest === null) return null;
  const { event, side } = nearest;
  return (
    <div className="timeline-empty-window">
      <p dir="auto">
        {t.emptyWindow(side, event.title, formatEventDate(event.when, event.approximate, locale))}
      </p>
      <button type="button" onClick={() => viewActions.selectEvent(event)}>
        {t.emptyWindowShow}
      </button>
    </div>
  );
}
