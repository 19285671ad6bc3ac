import { create } from 'zustand';
import { fetchAddress } from '../../format/convert/fetch-address';
import { AddressFetchError, fetchDocument } from '../../format/convert/fetch-document';
import { MAX_IMPORT_BYTES, isSourcelineStart } from '../../format/convert/import-limits';
import type { ConvertOptions, FieldMapping, ImportField } from '../../format/convert/outcome';
import type { DateOrder } from '../../format/convert/import-dates';
import { convertInWorker } from './import-client';
import type { ImportProgress, ImportVerdict } from './import-protocol';

/**
 * A file opened or dropped: a `sourceline/1` store opens as it is; anything else goes to the
 * Import dialog (components/import-dialog.tsx), which this state drives. The conversion runs in
 * a worker and is run again when a column is mapped by hand or the date order is chosen. What
 * is done with the result is the page's: the explorer opens it, the editor makes a draft of it
 * (each passes its `ImportTarget`).
 */
export type ImportPhase = 'idle' | 'reading' | 'ready' | 'too-large' | 'failed';

/**
 * Why an import failed before the importers could say anything of the file: its address
 * answered with an error status, or not at all (`status` null), or the importer itself
 * stopped. The dialog words it in the reader's language; what the importers refuse in a
 * file is a verdict instead.
 */
export type ImportFailure =
  | { readonly kind: 'fetch'; readonly status: number | null; readonly sheet: boolean }
  | { readonly kind: 'crashed' };

export interface ImportState {
  readonly phase: ImportPhase;
  readonly file: File | null;
  readonly options: ConvertOptions;
  readonly progress: ImportProgress | null;
  readonly verdict: ImportVerdict | null;
  readonly failure: ImportFailure | null;
  /** The address the file was fetched from (a link's document), which the store is named by. */
  readonly address: string | null;
}

const IDLE: ImportState = {
  phase: 'idle',
  file: null,
  options: {},
  progress: null,
  verdict: null,
  failure: null,
  address: null,
};

export type StoreVerdict = Extract<ImportVerdict, { kind: 'store' }>;

/** A conversion the person confirmed with Import. */
export interface ConvertedFile {
  readonly verdict: StoreVerdict;
  /** The file the person opened (its name names the store). */
  readonly file: File;
  /** The `sourceline/1` document made of it, as a JSON file named after it. */
  readonly store: File;
  readonly address?: string;
}

/** What the page does with a file once it is a store. */
export interface ImportTarget {
  /** A `sourceline/1` store after all (or JSON no importer reads): opened as a store. */
  openStore(file: File, address: string | undefined): void;
  /** Import chosen in the dialog. */
  openConverted(converted: ConvertedFile): void;
  /**
   * Rows with no date are kept, to be dated where the store is edited (ConvertOptions'
   * keepUndated): the editor's. The explorer shows the store, and an undated event cannot be.
   */
  readonly keepsUndated?: boolean;
}

export const useImport = create<ImportState>(() => IDLE);

let running: AbortController | null = null;
let target: ImportTarget | null = null;

function run(file: File, options: ConvertOptions, address: string | null) {
  running?.abort();
  const controller = new AbortController();
  running = controller;
  // Run again for the same file (a column or the date order chosen), the last verdict stays
  // on screen, marked as being updated, with the choices where they are; another file's goes.
  const same = useImport.getState().file === file;
  useImport.setState({
    phase: 'reading',
    file,
    options,
    progress: null,
    failure: null,
    address,
    ...(same ? {} : { verdict: null }),
  });
  convertInWorker(
    file,
    options,
    (progress) => {
      if (running === controller) useImport.setState({ progress });
    },
    controller.signal,
  ).then(
    (verdict) => {
      if (running !== controller) return;
      running = null;
      if (verdict.kind === 'not-import') {
        useImport.setState(IDLE);
        target?.openStore(file, address ?? undefined);
        return;
      }
      useImport.setState({ phase: 'ready', verdict });
    },
    () => {
      if (running !== controller) return;
      running = null;
      // The worker's own words (an exception's, in English) are for developers, not here.
      useImport.setState({ phase: 'failed', failure: { kind: 'crashed' } });
    },
  );
}

interface FetchedFrom {
  readonly baseUrl?: string;
  readonly address?: string;
}

const fileTitle = (name: string) => name.replace(/\.[a-z0-9]+$/i, '') || name;

/** "https://ex.org/data/timeline.json?v=2" → "timeline.json"; the host when the path is bare. */
function fileNameOf(url: URL): string {
  const last = decodeURIComponent(url.pathname.split('/').pop() ?? '');
  return last || url.hostname || 'imported';
}

export const importActions = {
  /**
   * A file from Open store… or a drop, or fetched from its `address` (as the link gave it),
   * which `baseUrl` is where it was found at.
   */
  async openFile(file: File, to: ImportTarget, { baseUrl, address }: FetchedFrom = {}) {
    target = to;
    const head = await file.slice(0, 65_536).text();
    if (isSourcelineStart(head)) {
      to.openStore(file, address);
      return;
    }
    if (file.size > MAX_IMPORT_BYTES) {
      running?.abort();
      useImport.setState({ ...IDLE, phase: 'too-large', file, address: address ?? null });
      return;
    }
    const options: ConvertOptions = {
      fallbackTitle: fileTitle(file.name),
      ...(baseUrl ? { baseUrl } : {}),
      ...(to.keepsUndated ? { keepUndated: true } : {}),
    };
    run(file, options, address ?? null);
  },

  /**
   * A document at an address that was refused as a store but is in a format the app imports
   * (the store error offers this): fetched again, most often from the browser's cache, and
   * imported as a file of that name, its relative links read against its address.
   */
  async openUrl(address: string, to: ImportTarget) {
    running?.abort();
    target = to;
    const url = new URL(address, window.location.href);
    const fetched = await fetchAddress(url.href);
    const file = new File([], fetched.name ?? fileNameOf(url));
    useImport.setState({ ...IDLE, phase: 'reading', file, address });
    let blob: Blob;
    try {
      blob = await fetchDocument(fetched, { credentials: 'same-origin' });
    } catch (error) {
      if (useImport.getState().file !== file) return;
      const status = error instanceof AddressFetchError ? error.status : null;
      useImport.setState({
        phase: 'failed',
        failure: { kind: 'fetch', status, sheet: fetched.sheet },
      });
      return;
    }
    if (useImport.getState().file !== file) return;
    // Relative links are read against where the data came from (an embed's JSON file).
    await importActions.openFile(new File([blob], file.name, { type: blob.type }), to, {
      baseUrl: fetched.url,
      address,
    });
  },

  mapField(field: ImportField, column: string | null) {
    const { file, options, address } = useImport.getState();
    if (!file) return;
    const mapping: FieldMapping = { ...options.mapping, [field]: column };
    run(file, { ...options, mapping }, address);
  },

  setDateOrder(dateOrder: DateOrder) {
    const { file, options, address } = useImport.getState();
    if (file) run(file, { ...options, dateOrder }, address);
  },

  /** Hands the converted store to the page, as a JSON file named after the person's file. */
  confirm() {
    const { verdict, file, address } = useImport.getState();
    if (verdict?.kind !== 'store' || !file) return;
    const store = new File([verdict.storeFile], `${fileTitle(file.name)}.json`, {
      type: 'application/json',
    });
    useImport.setState(IDLE);
    target?.openConverted({ verdict, file, store, ...(address ? { address } : {}) });
  },

  cancel() {
    running?.abort();
    running = null;
    useImport.setState(IDLE);
  },
};
