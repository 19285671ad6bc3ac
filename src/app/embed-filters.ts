import type { EmbedFilters } from '../i18n/later-messages';

/** The parts of the view an embed's link filters by. */
interface FilterState {
  readonly query: string;
  readonly actorIds: readonly string[];
  readonly statuses: readonly string[];
}

/**
 * What the embed's link filters its events by, or null when it shows them all. The frame has
 * no search box and no filters to show it; this is what its line over the timeline names.
 */
export function embedFiltersOf({ query, actorIds, statuses }: FilterState): EmbedFilters | null {
  const shown = { query: query.trim(), actors: actorIds.length, statuses: statuses.length };
  return shown.query || shown.actors || shown.statuses ? shown : null;
}
