import { useCallback, useSyncExternalStore } from 'react';

/** Below this width the layout is the phone and tablet one: filters in a drawer, details in a sheet. */
export const COMPACT_QUERY = '(max-width: 860px)';

export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}
