import { useDeferredValue, useMemo, useState } from 'react';
import { useDraft } from '../model/draft-store';
import { findWords } from '../model/list-find';

/**
 * What a list's find box holds. Another draft opened starts with its lists whole: words typed
 * to find one draft's rows say nothing of the next one's. The rows follow the words a moment
 * behind the typing (a deferred value), so a keystroke in a 5,000-row list is never held up.
 */
export function useListFind() {
  const draftId = useDraft((state) => state.draftId);
  const [typed, setTyped] = useState({ draftId, query: '' });
  const query = typed.draftId === draftId ? typed.query : '';
  const deferred = useDeferredValue(query);
  const words = useMemo(() => findWords(deferred), [deferred]);
  const setQuery = (next: string) => setTyped({ draftId, query: next });
  /** `words`: the folded words the rows are found by; none while the box is empty. */
  return { query, setQuery, words };
}

export type ListFind = ReturnType<typeof useListFind>;
