import { useQuery } from '@tanstack/react-query';
import { fetchEventDetails } from '../../lib/packed-details';
import { packedDetailsOf } from '../../lib/packed-details-registry';
import type { StoreIndex } from '../../lib/store-index';
import type { StoreEvent } from '../../format/validate-store';
import type { IncomingRelation } from '../../lib/event-evidence';

export interface EventWithDetails {
  readonly event: StoreEvent | undefined;
  /** A packed store's heavy columns are on their way. */
  readonly pending: boolean;
  /** Why they could not be fetched. */
  readonly error: Error | null;
  /**
   * A packed store: the relations other events state about this one, fetched with its row
   * (the index holds no event's `related`, so it cannot find them).
   */
  readonly incoming?: readonly IncomingRelation[];
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
  if (!query.data) return { event: listed, pending: query.isPending, error: query.error };
  const { relatedIn, ...fields } = query.data;
  return {
    event: { ...listed, ...fields },
    pending: query.isPending,
    error: query.error,
    ...(relatedIn ? { incoming: relatedIn } : {}),
  };
}
