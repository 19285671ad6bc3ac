import type { FetchedAddress } from './fetch-address';

/**
 * Why a document to import could not be fetched from its address: the server's status, or
 * null when no answer came (offline, a wrong host, or another site that does not let this
 * one read it, which the browser reports the same way). The page words it in the reader's
 * language (importFetchFailed, later-messages.ts; addressFailed, editor-messages.ts); the
 * message is for developers.
 */
export class AddressFetchError extends Error {
  readonly status: number | null;
  /** A Google Sheet's published CSV: the sheet may not be published. */
  readonly sheet: boolean;

  constructor(status: number | null, sheet: boolean, options?: ErrorOptions) {
    super(status === null ? 'No answer from the address.' : `HTTP ${status}`, options);
    this.name = 'AddressFetchError';
    this.status = status;
    this.sheet = sheet;
  }
}

/**
 * The document at an address (fetchAddress's), whole; AddressFetchError when the server
 * refuses it or nothing answers. An abort passes through as it is.
 */
export async function fetchDocument(fetched: FetchedAddress, init?: RequestInit): Promise<Blob> {
  try {
    const response = await fetch(fetched.url, init);
    if (!response.ok) throw new AddressFetchError(response.status, fetched.sheet);
    return await response.blob();
  } catch (error) {
    if (error instanceof AddressFetchError) throw error;
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new AddressFetchError(null, fetched.sheet, { cause: error });
  }
}
