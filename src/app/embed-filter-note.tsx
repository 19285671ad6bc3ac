import { useAllMessages } from '../i18n/later-messages';
import type { StoreIndex } from '../lib/store-index';
import { useFilteredEvents, useSearchPending } from '../lib/use-filtered-events';
import { useView, viewActions } from '../lib/view-store';
import { embedFiltersOf } from './embed-filters';

/**
 * An embed whose link filters its events says so over its timeline, since the frame shows no
 * search box or filters (a reader had no hint that any applied); one whose link leaves none
 * says that instead, over the empty grid, with the way to show them all: the frame has no
 * other. The link's search is the article's, rendered as text like everything from a link.
 */
export function EmbedFilterNote({
  index,
  onShowAll,
}: {
  index: StoreIndex;
  /** After Show all events: where the focus goes, its button gone. */
  onShowAll: () => void;
}) {
  const t = useAllMessages();
  const query = useView((state) => state.query);
  const actorIds = useView((state) => state.actorIds);
  const statuses = useView((state) => state.statuses);
  const shown = useFilteredEvents(index);
  const { pending } = useSearchPending(index);
  const filters = embedFiltersOf({ query, actorIds, statuses });
  if (!filters) return null;
  // A search still being answered has left out nothing yet; an empty store says so elsewhere.
  if (pending || shown.length > 0 || index.events.length === 0)
    return (
      <p className="embed__filtered" dir="auto">
        {t.embedFiltered(filters)}
      </p>
    );
  return (
    <div className="embed__no-match">
      <p dir="auto">{t.embedNoMatch(filters)}</p>
      <button
        type="button"
        onClick={() => {
          viewActions.clearFilters();
          onShowAll();
        }}
      >
        {t.embedShowAll}
      </button>
    </div>
  );
}
