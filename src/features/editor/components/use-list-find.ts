import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { whenIdle } from '../../../lib/when-idle';
import { useDraft } from '../model/draft-store';
import { findWords, readFindTextAhead } from '../model/list-find';

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

/** The main thread's time one slice of reading ahead takes: well under a frame. */
const READ_AHEAD_SLICE_MS = 8;
/** A page that is never idle still has the list read ahead within this time. */
const READ_AHEAD_WAIT_MS = 2_000;

/**
 * While a list has its find box, `textOf` (remembered) reads the rows' find text ahead in
 * the browser's idle time, a slice at a time, so that the first word typed finds rows at
 * once. A new list (an edit) reads again from its first row; rows read before cost a lookup.
 */
export function useFindTextReadAhead<T>(
  items: readonly T[],
  textOf: (item: T) => string,
  active: boolean,
) {
  useEffect(() => {
    if (!active) return;
    let at = 0;
    let cancel = whenIdle(function slice() {
      at = readFindTextAhead(items, textOf, at, READ_AHEAD_SLICE_MS);
      if (at < items.length) cancel = whenIdle(slice, READ_AHEAD_WAIT_MS);
    }, READ_AHEAD_WAIT_MS);
    return () => cancel();
  }, [items, textOf, active]);
}
