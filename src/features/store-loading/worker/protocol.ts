import type { LoadProgress, LoadedStore } from '../api/load-store';
import type { StoreLoadErrorData } from '../api/store-load-error';

export type WorkerReply =
  | { readonly type: 'progress'; readonly progress: LoadProgress }
  | { readonly type: 'done'; readonly loaded: LoadedStore }
  | { readonly type: 'error'; readonly error: StoreLoadErrorData };
