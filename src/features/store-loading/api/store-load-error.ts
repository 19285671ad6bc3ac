import type { FileContainer, ImportFormat } from '../../../format/convert/import-report';
import type { Problem } from '../../../format/problems';

export type StoreLoadErrorKind =
  'network' | 'http' | 'timeout' | 'too-large' | 'refused' | 'empty' | 'file';

export interface StoreLoadErrorData {
  readonly kind: StoreLoadErrorKind;
  readonly message: string;
  readonly status?: number;
  readonly problems?: readonly Problem[];
  /** A refused document that is in a format the app imports (a TimelineJS file, a CSV). */
  readonly importable?: Importable;
}

/** What a refused document could be imported as: its format, and the workbook or archive it is in. */
export interface Importable {
  readonly format: ImportFormat;
  readonly container?: FileContainer;
}

/**
 * Why a store could not be shown. Plain data inside, so it crosses the worker boundary;
 * `retryable` says whether trying again can help (the network or the server failed),
 * as opposed to the answer itself being the problem (a 4xx, an invalid store).
 */
export class StoreLoadError extends Error {
  readonly data: StoreLoadErrorData;

  constructor(data: StoreLoadErrorData) {
    super(data.message);
    this.name = 'StoreLoadError';
    this.data = data;
  }

  get kind(): StoreLoadErrorKind {
    return this.data.kind;
  }

  get retryable(): boolean {
    const { kind, status = 0 } = this.data;
    return (
      kind === 'network' ||
      kind === 'timeout' ||
      (kind === 'http' && (status >= 500 || status === 429))
    );
  }
}
