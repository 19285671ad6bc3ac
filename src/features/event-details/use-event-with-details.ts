import { useQuery } from '@tanstack/react-query';
import { fetchEventDetails } from '../../lib/packed-details';
import { packedDetailsOf } from '../../lib/packed-details-registry';
import type { StoreIndex } from '../../lib/store-index';
import type { StoreEvent } from '../../format/validate-store';

export interface EventWithDetails {
  readonly event: StoreEvent | undefined;
  /** A packed store's heavy columns are on their way. */
  readonly pending: boolean;
  /** Why they could not be fetched. */
  readonly error: Error | null;
}

/**
 * The selected event, whole: from a JSON store as it is; from a packed store, with its
 * summary, notes and excerpts fetched (once; kept by the query cache) when it is selected.
 */
export function useEventWithDetails(
  index: StoreIndex,
  listed: StoreEvent | undefined,
): EventWithDetails {
  const source = packedDetailsOf(index);
  const query = useQuery({
    queryKey: ['packed-details', source?.detailsUrl ?? null, listed?.id ?? null],
    queryFn: () => fetchEventDetails(source!, listed!.id),
    enabled: source !== undefined && listed !== undefined,
    staleTime: Infinity,
    retry: 1,
  });
  if (!source || !listed) return { event: listed, pending: false, error: null };
  return {
    event: query.data ? { ...listed, ...query.data } : listed,
    pending: query.isPending,
    error: query.error,
  };
}
