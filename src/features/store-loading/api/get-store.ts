import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Problem } from '../../../format/problems';
import {
  MAX_STORE_BYTES,
  type DroppedCounts,
  refuseTooLarge,
  validateStoreText,
} from '../../../format/validate-store';
import { type StoreIndex, buildStoreIndex } from '../../../lib/store-index';

export const DEFAULT_STORE_URL = '/data/events.json';

export type StoreLoadErrorKind = 'network' | 'http' | 'refused';

/** Why a store could not be shown at all; `retryable` says whether trying again can help. */
export class StoreLoadError extends Error {
  constructor(
    readonly kind: StoreLoadErrorKind,
    message: string,
    readonly details: { status?: number; problems?: readonly Problem[] } = {},
  ) {
    super(message);
    this.name = 'StoreLoadError';
  }

  get retryable(): boolean {
    return this.kind === 'network' || (this.details.status ?? 0) >= 500;
  }
}

export interface LoadedStore {
  readonly url: string;
  readonly index: StoreIndex;
  readonly problems: readonly Problem[];
  readonly dropped: DroppedCounts;
  readonly warnings: number;
}

export async function getStore(url: string, signal?: AbortSignal): Promise<LoadedStore> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new StoreLoadError('network', `The store at ${url} could not be reached.`);
  }
  if (!response.ok) {
    throw new StoreLoadError(
      'http',
      `The server answered ${response.status} ${response.statusText}`.trim(),
      {
        status: response.status,
      },
    );
  }
  const declared = Number(response.headers.get('Content-Length') ?? 0);
  if (declared > MAX_STORE_BYTES) {
    const refused = refuseTooLarge(declared);
    throw new StoreLoadError('refused', 'The store is too large.', { problems: refused.problems });
  }
  const bytes = await response.arrayBuffer();
  const text = new TextDecoder('utf-8').decode(bytes);
  const result = validateStoreText(text, bytes.byteLength);
  if (!result.ok) {
    throw new StoreLoadError('refused', 'The store was refused.', { problems: result.problems });
  }
  return {
    url,
    index: buildStoreIndex(result.store),
    problems: result.problems,
    dropped: result.dropped,
    warnings: result.warnings,
  };
}

export const storeQueryOptions = (url: string) =>
  queryOptions({
    queryKey: ['store', url],
    queryFn: ({ signal }) => getStore(url, signal),
    // A store is a static document: no refetching on focus, and no retry when the answer
    // itself is the problem (4xx, invalid store), only when the network or server failed.
    staleTime: Infinity,
    gcTime: 5 * 60_000,
    refetchOnWindowFocus: false,
    retry: (failureCount, error) =>
      error instanceof StoreLoadError && error.retryable && failureCount < 2,
  });

export function useEventStore(url: string) {
  return useQuery(storeQueryOptions(url));
}
