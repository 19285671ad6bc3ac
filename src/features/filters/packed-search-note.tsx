import { useAllMessages } from '../../i18n/later-messages';
import { heavyTextsState, useSearchStatus } from '../../lib/search-service';
import type { StoreIndex } from '../../lib/store-index';

/**
 * What the search of a packed store shown whole covers, said under the search box: its
 * summaries and excerpts come into the index once the search has started, and until then a
 * word only they hold finds nothing. Nothing once they are in: it then covers what a JSON
 * store's does. Loaded with the later parts (app.tsx), as only packed stores show it.
 */
export function PackedSearchNote({ index }: { index: StoreIndex }) {
  const t = useAllMessages();
  // Re-rendered as the worker tells how far it has got, and when the search starts.
  useSearchStatus((status) => status.version + status.heavyVersion);
  const heavy = heavyTextsState(index);
  if (heavy === null || heavy === 'not-started') return t.searchHeavyNotStarted;
  if (heavy.state === 'adding') return t.searchHeavyAdding(heavy.share);
  if (heavy.state === 'failed') return t.searchHeavyFailed(heavy.reason);
  return null;
}
