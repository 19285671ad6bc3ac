import type { StoreEvent } from '../../format/validate-store';
import { useAllMessages } from '../../i18n/later-messages';
import type { StoreIndex } from '../../lib/store-index';
import { useFilteredEvents, useSearchPending } from '../../lib/use-filtered-events';
import { viewActions } from '../../lib/view-store';

/**
 * The event read here, hidden by a filter or a search chosen since: it stays open (the person
 * was reading it), and says why it is on neither the timeline nor the list, with the way to
 * show it again. An embedded page has no filters of its own (the link's apply): no button.
 */
export function HiddenByFilters({
  index,
  event,
  embedded,
}: {
  index: StoreIndex;
  event: StoreEvent;
  embedded: boolean;
}) {
  const t = useAllMessages();
  const shown = useFilteredEvents(index);
  const { pending, partial } = useSearchPending(index);
  // A search still being answered (or answered so far only from the events indexed yet, as
  // a large look's are) has hidden nothing yet.
  if (pending || partial || shown.includes(event)) return null;
  // Not a live region: the event count has said what the filter did; this is where it is read.
  return (
    <div className="event-details__hidden">
      <p>{t.hiddenByFilters}</p>
      {embedded ? null : (
        <button
          type="button"
          onClick={(e) => {
            // The note and its button go once the event is shown again: the focus goes to
            // the event's heading, not to the page's body.
            const heading = e.currentTarget.closest('section')?.querySelector<HTMLElement>('h2');
            viewActions.clearFilters();
            heading?.focus();
          }}
        >
          {t.clearFilters}
        </button>
      )}
    </div>
  );
}
