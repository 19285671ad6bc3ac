import type { EventInput } from '../../../format/schema';
import type { Store } from '../../../format/validate-store';
import type { LoadProgress, StoreReportData } from '../api/load-store';
import type { StoreLoadErrorData } from '../api/store-load-error';

/**
 * The store crosses to the page in chunks of plain events, without the parsed dates
 * (the page re-derives them quickly): structured cloning costs time per object, and one
 * huge message would block the page for seconds while it is deserialized.
 */
export const EVENTS_PER_CHUNK = 5_000;

export type WorkerReply =
  | { readonly type: 'progress'; readonly progress: LoadProgress }
  | { readonly type: 'events'; readonly events: readonly EventInput[] }
  | {
      readonly type: 'done';
      readonly store: Omit<Store, 'events'>;
      readonly report: StoreReportData;
    }
  | { readonly type: 'error'; readonly error: StoreLoadErrorData };
